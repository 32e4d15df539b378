import { describe, expect, it } from 'vitest';
import { buildLog, correctedText, summarize, summaryLines } from '../../src/review/outcome.js';
import { initialState, reducer, type Action } from '../../src/review/reducer.js';
import { BARE, HIS, ITEMS, SPACE, T, TALK, TALK2, TEXT } from './helpers.js';

const play = (actions: Action[]) => actions.reduce(reducer, initialState(ITEMS));

describe('review outcome', () => {
  it('applies accepted and edited decisions in one pass through the fix module', () => {
    const s = play([
      { type: 'accept', time: T(1) },
      { type: 'edit' }, { type: 'editKey', key: 'clear' }, { type: 'editInsert', text: 'meet for' }, { type: 'editCommit', time: T(2) },
      { type: 'accept', time: T(3) },
      { type: 'move', by: 1 },
      { type: 'pick', index: 1 }, { type: 'accept', time: T(4) },
    ]);
    const r = correctedText(TEXT, s);
    expect(r.text).toBe('Washington and its allies meet for the initial talks in spheres of influence.');
    expect(r.conflicts).toEqual([]);
  });

  it('reports, never drops, edits that overlap (a resumed session whose spans moved)', () => {
    const s = play([{ type: 'move', by: 2 }, { type: 'accept', time: T(1) }]);
    // Forge an overlapping accepted decision past the reducer's guard.
    const forged = { key: TALK2.key, ruleId: TALK2.ruleId, start: TALK2.start, end: TALK2.end, original: 'talk', replacement: 'talks', decision: 'accepted' as const, time: T(2) };
    const steps = [...s.steps, { at: TALK2.key, decisions: [forged] }];
    const r = correctedText(TEXT, initialState(ITEMS, steps));
    expect(r.text).toBe(TEXT.replace('initial talk', 'initial talks'));
    expect(r.conflicts).toEqual([forged]);
  });

  it('summarizes by decision and category; never-decided counts as skipped', () => {
    const s = play([{ type: 'accept', time: T(1) }, { type: 'reject', time: T(2) }, { type: 'skip', time: T(3) }]);
    const sum = summarize(s);
    expect(sum).toEqual({
      total: 5, accepted: 1, rejected: 1, edited: 0, skipped: 3,
      byCategory: {
        'metonym-pronoun': { accepted: 1, rejected: 0, edited: 0, skipped: 0 },
        'garbled-syntax': { accepted: 0, rejected: 1, edited: 0, skipped: 0 },
        'number-agreement': { accepted: 0, rejected: 0, edited: 0, skipped: 1 },
        'lexical-choice': { accepted: 0, rejected: 0, edited: 0, skipped: 1 },
        calque: { accepted: 0, rejected: 0, edited: 0, skipped: 1 },
      },
    });
    expect(summaryLines(sum)[0]).toBe('5 findings: 1 accepted, 0 edited, 1 rejected, 3 skipped');
    expect(summaryLines(sum)[1]).toBe('  metonym-pronoun   1 accepted, 0 edited, 0 rejected, 0 skipped');
  });

  it('logs one entry per finding in text order, with span, original, replacement and time', () => {
    const s = play([{ type: 'accept', time: T(1) }, { type: 'reject', time: T(2) }, { type: 'accept', time: T(3) }, { type: 'accept', time: T(4) }, { type: 'override', time: T(5) }]);
    const log = buildLog(s, { file: 'a.txt', output: 'a.reviewed.txt', sourceSha256: 'abc', finishedAt: T(9), unmatched: [], conflicts: [] });
    expect(log.decisions.map((d) => [d.ruleId, d.start, d.end, d.original, d.replacement, d.decision, d.time])).toEqual([
      [HIS.ruleId, HIS.start, HIS.end, 'his', 'its', 'accepted', T(1)],
      [BARE.ruleId, BARE.start, BARE.end, 'sit for', null, 'rejected', T(2)],
      [TALK.ruleId, TALK.start, TALK.end, 'initial talk', null, 'rejected', T(5)],
      [TALK2.ruleId, TALK2.start, TALK2.end, 'talk', 'talks', 'accepted', T(4)],
      [SPACE.ruleId, SPACE.start, SPACE.end, 'the influence space', null, 'skipped', null],
    ]);
    expect(log.decisions[2]?.note).toBe('superseded by lexical-choice/talk (“talk” → “talks”)');
    expect(log).toMatchObject({ schemaVersion: 1, file: 'a.txt', output: 'a.reviewed.txt', finishedAt: T(9), summary: { accepted: 2, rejected: 2, skipped: 1 } });
  });
});

import { describe, expect, it } from 'vitest';
import { buildItems } from '../../src/review/items.js';
import { initialState, reducer } from '../../src/review/reducer.js';
import { parseSession, restoreSession, reviewPaths, serializeSession, SessionError, sha256, type SessionFile } from '../../src/review/session.js';
import type { Finding } from '../../src/rules/types.js';
import { play, T } from './helpers.js';

const finding = (text: string, original: string, from = 0): Finding => {
  const start = text.indexOf(original, from);
  return {
    ruleId: 'calque/sphere-of-influence', category: 'calque', severity: 'warning', start, end: start + original.length, text: original,
    message: 'm', suggestions: ['a sphere of influence'], reason: 'r', confidence: 0.9,
  };
};

const TEXT = 'One country has no right to exert the influence space.\nAnother wants the influence space too.\n';
const items = buildItems(TEXT, [finding(TEXT, 'the influence space', 40), finding(TEXT, 'the influence space')]);

function sessionOf(steps: SessionFile['steps'], cursor: string | null = null): SessionFile {
  return { schemaVersion: 1, file: 'a.txt', sourceSha256: sha256(TEXT), cursor, steps, unmatched: [] };
}

describe('review session file', () => {
  it('names the files next to FILE', () => {
    expect(reviewPaths('/w/article.txt')).toEqual({
      session: '/w/article.txt.mtaudit-session.json', log: '/w/article.txt.review-log.json', reviewed: '/w/article.reviewed.txt', backup: '/w/article.txt.bak',
    });
    expect(reviewPaths('/w/notes.md').reviewed).toBe('/w/notes.reviewed.md');
    expect(reviewPaths('/w/README').reviewed).toBe('/w/README.reviewed.txt');
    expect(reviewPaths('/w.d/.profile').reviewed).toBe('/w.d/.profile.reviewed.txt');
  });

  it('round-trips through JSON', () => {
    const s = play(initialState(items), [{ type: 'accept', time: T(1) }, { type: 'reject', time: T(2) }]);
    const file = sessionOf(s.steps, null);
    expect(parseSession(serializeSession(file))).toEqual(file);
  });

  it('refuses a damaged session, naming what is wrong', () => {
    expect(() => parseSession('{')).toThrow(new SessionError('not valid JSON'));
    expect(() => parseSession('{"schemaVersion":2}')).toThrow('schemaVersion must be 1');
    const bad = { ...sessionOf([]), steps: [{ at: 'k', decisions: [{ key: 'k', ruleId: 'r', start: 5, end: 2, original: '', replacement: null, decision: 'accepted', time: T(1) }] }] };
    expect(() => parseSession(JSON.stringify(bad))).toThrow('steps[0].decisions[0]: start and end must be offsets, start <= end');
    const kind = { ...sessionOf([]), steps: [{ at: 'k', decisions: [{ key: 'k', ruleId: 'r', start: 1, end: 2, original: '', replacement: null, decision: 'maybe', time: T(1) }] }] };
    expect(() => parseSession(JSON.stringify(kind))).toThrow(/decision must be one of accepted, rejected, edited, skipped/);
  });

  it('re-attaches decisions by rule id + context after an edit elsewhere moved every offset', () => {
    const s = play(initialState(items), [{ type: 'accept', time: T(1) }, { type: 'reject', time: T(2) }]);
    const edited = `BREAKING: a new first paragraph.\n\n${TEXT}`;
    const moved = buildItems(edited, [finding(edited, 'the influence space'), finding(edited, 'the influence space', 80)]);
    const r = restoreSession(moved, sessionOf(s.steps, items[1]?.key ?? null));
    expect(r.newlyUnmatched).toBe(0);
    expect(r.cursor).toBe(moved[1]?.key);
    const st = initialState(moved, r.steps, r.cursor);
    expect(st.decided.get(moved[0]?.key ?? '')).toMatchObject({ decision: 'accepted', start: 68, end: 87, original: 'the influence space' });
    expect(st.decided.get(moved[1]?.key ?? '')).toMatchObject({ decision: 'rejected' });
  });

  it('keeps decisions whose finding is gone as unmatched, never dropping them', () => {
    const s = play(initialState(items), [{ type: 'accept', time: T(1) }, { type: 'move', by: -1 }, { type: 'skip', time: T(2) }]);
    const changed = TEXT.replace('exert the influence space', 'exert a sphere of influence');
    const now = buildItems(changed, [finding(changed, 'the influence space')]);
    const r = restoreSession(now, { ...sessionOf(s.steps), unmatched: [{ key: 'old', ruleId: 'x', start: 0, end: 1, original: 'O', replacement: null, decision: 'rejected', time: T(0) }] });
    expect(r.steps).toEqual([]);
    expect(r.newlyUnmatched).toBe(1);
    expect(r.unmatched.map((d) => [d.key, d.decision])).toEqual([['old', 'rejected'], [items[0]?.key, 'skipped']]);
  });
});

describe('review items', () => {
  it('sorts by position, keys by context, and shows the sentence around the span', () => {
    expect(items.map((i) => [i.start, i.line, i.column])).toEqual([[34, 1, 35], [69, 2, 15]]);
    expect(items[0]?.key).not.toBe(items[1]?.key);
    expect(items[0]?.context).toEqual({ before: 'One country has no right to exert ', after: '.' });
    expect(items[1]?.context).toEqual({ before: 'Another wants ', after: ' too.' });
  });

  it('clips a long sentence at word boundaries with an ellipsis', () => {
    const long = `${'word '.repeat(80)}the influence space ${'more '.repeat(80)}end.`;
    const [it0] = buildItems(long, [finding(long, 'the influence space')]);
    expect(it0?.context.before.startsWith('…word')).toBe(true);
    expect(it0?.context.before.length).toBeLessThanOrEqual(161);
    expect(it0?.context.after.endsWith('more…')).toBe(true);
  });
});

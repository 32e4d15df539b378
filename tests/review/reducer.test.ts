import { describe, expect, it } from 'vitest';
import { acceptedEdits, conflictsWith, initialState, nextOpen, reducer, type ReviewState } from '../../src/review/reducer.js';
import { BARE, HIS, ITEMS, item, play, run, SPACE, T, TALK, TALK2 } from './helpers.js';

const at = (s: ReviewState) => s.items[s.cursor]?.key ?? 'summary';

describe('review reducer: deciding', () => {
  it('starts on the first finding with nothing decided', () => {
    const s = initialState(ITEMS);
    expect(s).toMatchObject({ cursor: 0, selected: 0, steps: [], notice: null, exit: null, mode: { kind: 'browse' } });
    expect(s.decided.size).toBe(0);
  });

  it('accept records the shown suggestion with the time from the action, then moves on', () => {
    const s = run([{ type: 'accept', time: T(1) }]);
    expect(s.decided.get(HIS.key)).toEqual({
      key: HIS.key, ruleId: HIS.ruleId, start: HIS.start, end: HIS.end, original: 'his', replacement: 'its', decision: 'accepted', time: T(1),
    });
    expect(s.steps).toEqual([{ at: HIS.key, decisions: [s.decided.get(HIS.key)] }]);
    expect(at(s)).toBe(BARE.key);
  });

  it('accept without a suggestion says what to do and decides nothing', () => {
    const s = run([{ type: 'move', by: 1 }, { type: 'accept', time: T(1) }]);
    expect(s.steps).toHaveLength(0);
    expect(s.notice).toMatch(/No suggestion.*e writes one.*r rejects/);
    expect(at(s)).toBe(BARE.key);
  });

  it('reject and skip keep the text, with a null replacement', () => {
    const s = run([{ type: 'reject', time: T(1) }, { type: 'skip', time: T(2) }]);
    expect(s.decided.get(HIS.key)).toMatchObject({ decision: 'rejected', replacement: null, time: T(1) });
    expect(s.decided.get(BARE.key)).toMatchObject({ decision: 'skipped', replacement: null, time: T(2) });
    expect(at(s)).toBe(TALK.key);
    expect(acceptedEdits(s)).toEqual([]);
  });

  it('pick shows another suggestion, and accept takes it; a missing number says so', () => {
    let s = run([{ type: 'pick', index: 1 }]);
    expect(s.selected).toBe(1);
    s = reducer(s, { type: 'pick', index: 4 });
    expect(s.selected).toBe(1);
    expect(s.notice).toBe('No suggestion 5: this finding has 2.');
    s = reducer(s, { type: 'accept', time: T(1) });
    expect(s.decided.get(HIS.key)?.replacement).toBe('their');
    // Coming back shows the suggestion that was taken.
    s = reducer(s, { type: 'move', by: -1 });
    expect(s.selected).toBe(1);
  });

  it('after a decision, goes to the next open finding, wrapping to earlier ones, then to the summary', () => {
    let s = run([{ type: 'move', by: 1 }, { type: 'move', by: 1 }, { type: 'reject', time: T(1) }]);
    expect(at(s)).toBe(TALK2.key);
    s = play(s, [{ type: 'reject', time: T(2) }, { type: 'reject', time: T(3) }]);
    expect(at(s)).toBe(HIS.key);
    s = play(s, [{ type: 'reject', time: T(4) }, { type: 'skip', time: T(5) }]);
    expect(s.cursor).toBe(ITEMS.length);
    expect(nextOpen(s.items, s.decided, 0)).toBe(ITEMS.length);
  });

  it('a later decision on the same finding replaces the earlier one', () => {
    const s = run([{ type: 'accept', time: T(1) }, { type: 'move', by: -1 }, { type: 'reject', time: T(2) }]);
    expect(s.decided.get(HIS.key)).toMatchObject({ decision: 'rejected', time: T(2) });
    expect(s.steps).toHaveLength(2);
    expect(acceptedEdits(s)).toEqual([]);
  });
});

describe('review reducer: editing', () => {
  it('opens the field with the shown suggestion, edits it, and saves an edited decision', () => {
    let s = run([{ type: 'pick', index: 1 }, { type: 'edit' }]);
    expect(s.mode).toEqual({ kind: 'edit', buffer: 'their', caret: 5 });
    s = play(s, [
      { type: 'editKey', key: 'backspace' },
      { type: 'editKey', key: 'home' },
      { type: 'editInsert', text: '>' },
      { type: 'editKey', key: 'end' },
      { type: 'editKey', key: 'left' },
      { type: 'editKey', key: 'left' },
      { type: 'editKey', key: 'right' },
      { type: 'editInsert', text: 'x\ny' },
    ]);
    expect(s.mode).toEqual({ kind: 'edit', buffer: '>thex yi', caret: 7 });
    s = reducer(s, { type: 'editKey', key: 'clear' });
    s = reducer(s, { type: 'editInsert', text: 'the alliance’s' });
    s = reducer(s, { type: 'editCommit', time: T(3) });
    expect(s.mode.kind).toBe('browse');
    expect(s.decided.get(HIS.key)).toMatchObject({ decision: 'edited', replacement: 'the alliance’s', time: T(3) });
    expect(at(s)).toBe(BARE.key);
  });

  it('an edit equal to a suggestion is an accept; equal to the original, a hint', () => {
    let s = run([{ type: 'edit' }, { type: 'editKey', key: 'clear' }, { type: 'editInsert', text: 'their' }, { type: 'editCommit', time: T(1) }]);
    expect(s.decided.get(HIS.key)).toMatchObject({ decision: 'accepted', replacement: 'their' });
    s = run([{ type: 'edit' }, { type: 'editKey', key: 'clear' }, { type: 'editInsert', text: 'his' }, { type: 'editCommit', time: T(1) }]);
    expect(s.mode.kind).toBe('edit');
    expect(s.notice).toMatch(/original text/);
    expect(s.steps).toHaveLength(0);
  });

  it('writes a replacement where the rule had none; Esc cancels without deciding', () => {
    let s = run([{ type: 'move', by: 1 }, { type: 'edit' }]);
    expect(s.mode).toEqual({ kind: 'edit', buffer: 'sit for', caret: 7 });
    s = reducer(s, { type: 'cancel' });
    expect(s.mode.kind).toBe('browse');
    expect(s.steps).toHaveLength(0);
    s = play(s, [{ type: 'edit' }, { type: 'editKey', key: 'clear' }, { type: 'editInsert', text: 'meet for' }, { type: 'editCommit', time: T(2) }]);
    expect(s.decided.get(BARE.key)).toMatchObject({ decision: 'edited', replacement: 'meet for' });
  });

  it('edit keys do nothing outside the field, and the caret stays in bounds', () => {
    const s0 = initialState(ITEMS);
    expect(reducer(s0, { type: 'editInsert', text: 'x' })).toBe(s0);
    expect(reducer(s0, { type: 'editKey', key: 'backspace' })).toBe(s0);
    expect(reducer(s0, { type: 'editCommit', time: T(1) })).toBe(s0);
    let s = reducer(s0, { type: 'edit' });
    s = play(s, [{ type: 'editKey', key: 'home' }, { type: 'editKey', key: 'left' }, { type: 'editKey', key: 'backspace' }]);
    expect(s.mode).toEqual({ kind: 'edit', buffer: 'its', caret: 0 });
    s = play(s, [{ type: 'editKey', key: 'end' }, { type: 'editKey', key: 'right' }]);
    expect(s.mode).toEqual({ kind: 'edit', buffer: 'its', caret: 3 });
  });
});

describe('review reducer: undo', () => {
  it('undoes any number of steps, returning to each finding in turn', () => {
    const s3 = run([{ type: 'accept', time: T(1) }, { type: 'reject', time: T(2) }, { type: 'skip', time: T(3) }]);
    expect(s3.decided.size).toBe(3);
    const s2 = reducer(s3, { type: 'undo' });
    expect(at(s2)).toBe(TALK.key);
    expect(s2.decided.has(TALK.key)).toBe(false);
    expect(s2.notice).toBe('Undone: skipped “initial talk”.');
    const s1 = reducer(s2, { type: 'undo' });
    expect(at(s1)).toBe(BARE.key);
    const s0 = reducer(s1, { type: 'undo' });
    expect(at(s0)).toBe(HIS.key);
    expect(s0.decided.size).toBe(0);
    expect(s0.steps).toEqual([]);
    expect(s0.notice).toBe('Undone: accepted “his” → “its”.');
    const again = reducer(s0, { type: 'undo' });
    expect(again.notice).toBe('Nothing to undo.');
    expect(again.steps).toEqual([]);
  });

  it('undo brings back the decision a later one replaced', () => {
    let s = run([{ type: 'accept', time: T(1) }, { type: 'move', by: -1 }, { type: 'reject', time: T(2) }]);
    s = reducer(s, { type: 'undo' });
    expect(s.decided.get(HIS.key)).toMatchObject({ decision: 'accepted', time: T(1) });
    expect(s.selected).toBe(0);
  });

  it('works from the summary page and leaves edit mode', () => {
    let s = run([{ type: 'accept', time: T(1) }, { type: 'edit' }, { type: 'undo' }]);
    // In the edit field `u` is text (the keymap sends editInsert); the action itself still undoes.
    expect(s.mode.kind).toBe('browse');
    expect(s.steps).toHaveLength(0);
    s = run([{ type: 'reject', time: T(1) }, { type: 'move', by: 9 }]);
    expect(s.cursor).toBe(ITEMS.length);
    s = reducer(s, { type: 'undo' });
    expect(at(s)).toBe(HIS.key);
  });
});

describe('review reducer: conflicts', () => {
  it('accepting an edit that overlaps an accepted one shows the conflict and decides nothing yet', () => {
    // Accepting TALK moves on to TALK2, which overlaps it.
    const s = run([{ type: 'move', by: 2 }, { type: 'accept', time: T(1) }, { type: 'accept', time: T(2) }]);
    expect(at(s)).toBe(TALK2.key);
    expect(s.mode.kind).toBe('conflict');
    if (s.mode.kind !== 'conflict') return;
    expect(s.mode.pending).toMatchObject({ key: TALK2.key, replacement: 'talks', decision: 'accepted', time: T(2) });
    expect(s.mode.with.map((d) => d.key)).toEqual([TALK.key]);
    expect(s.steps).toHaveLength(1);
  });

  it('keep: the earlier edit stays and this finding stays open', () => {
    let s = run([{ type: 'move', by: 2 }, { type: 'accept', time: T(1) }, { type: 'accept', time: T(2) }]);
    s = reducer(s, { type: 'cancel' });
    expect(s.mode.kind).toBe('browse');
    expect(s.notice).toBe('Kept the earlier edit; this finding is still open.');
    expect(s.decided.has(TALK2.key)).toBe(false);
    expect(s.decided.get(TALK.key)?.decision).toBe('accepted');
  });

  it('override: this edit wins, the earlier becomes rejected with a note; undo restores both', () => {
    let s = run([{ type: 'move', by: 2 }, { type: 'accept', time: T(1) }, { type: 'pick', index: 1 }, { type: 'accept', time: T(2) }, { type: 'override', time: T(3) }]);
    expect(s.decided.get(TALK2.key)).toMatchObject({ decision: 'accepted', replacement: 'negotiations', time: T(2) });
    expect(s.decided.get(TALK.key)).toMatchObject({
      decision: 'rejected', replacement: null, time: T(3), note: 'superseded by lexical-choice/talk (“talk” → “negotiations”)',
    });
    expect(s.notice).toBe('Rejected 1 earlier edit in its favour.');
    expect(acceptedEdits(s).map((d) => d.key)).toEqual([TALK2.key]);
    s = reducer(s, { type: 'undo' });
    expect(s.decided.get(TALK.key)?.decision).toBe('accepted');
    expect(s.decided.has(TALK2.key)).toBe(false);
    expect(at(s)).toBe(TALK2.key);
  });

  it('an edit that conflicts goes through the same choice', () => {
    let s = run([{ type: 'move', by: 2 }, { type: 'accept', time: T(1) }, { type: 'edit' }, { type: 'editInsert', text: '!' }, { type: 'editCommit', time: T(2) }]);
    expect(s.mode.kind).toBe('conflict');
    s = reducer(s, { type: 'override', time: T(3) });
    expect(s.decided.get(TALK2.key)).toMatchObject({ decision: 'edited', replacement: 'talks!' });
  });

  it('re-accepting the same finding with another suggestion is no conflict; rejections never conflict', () => {
    const s = run([{ type: 'accept', time: T(1) }, { type: 'move', by: -1 }, { type: 'pick', index: 1 }, { type: 'accept', time: T(2) }]);
    expect(s.mode.kind).toBe('browse');
    expect(s.decided.get(HIS.key)?.replacement).toBe('their');
    const d = { ...(s.decided.get(HIS.key) as NonNullable<ReturnType<typeof s.decided.get>>), key: 'other', decision: 'rejected' as const, replacement: null };
    expect(conflictsWith(s.decided, d)).toEqual([]);
  });

  it('override and the conflict keys do nothing outside a conflict', () => {
    const s = initialState(ITEMS);
    expect(reducer(s, { type: 'override', time: T(1) })).toBe(s);
    expect(reducer(s, { type: 'cancel' })).toBe(s);
  });
});

describe('review reducer: accept the rest of a rule', () => {
  const text = 'They exert the influence space. The talk. We see the influence space. And the influence space again.';
  const a = item('calque/sphere-of-influence', 'the influence space', ['a sphere of influence'], { text });
  const b = item('calque/sphere-of-influence', 'the influence space', ['a sphere of influence'], { text, from: a.end });
  const c = item('calque/sphere-of-influence', 'the influence space', ['a sphere of influence'], { text, from: b.end });
  const other = item('article/the-talk', 'The talk', ['The talks'], { text });
  const clash = item('lexical-choice/influence', 'influence space again', ['influence'], { text });
  const items = [a, other, b, c, clash];

  it('accepts every open finding of the rule in one step, leaving others and decided ones alone', () => {
    let s = run([{ type: 'move', by: 2 }, { type: 'reject', time: T(1) }], items);
    // On c now (b rejected); move back to a: A takes a and c, not the rejected b.
    s = play(s, [{ type: 'move', by: -3 }, { type: 'acceptRule', time: T(2) }]);
    expect(s.decided.get(a.key)).toMatchObject({ decision: 'accepted', replacement: 'a sphere of influence', time: T(2) });
    expect(s.decided.get(b.key)?.decision).toBe('rejected');
    expect(s.decided.get(c.key)?.decision).toBe('accepted');
    expect(s.decided.has(other.key)).toBe(false);
    expect(s.notice).toBe('Accepted 2 × calque/sphere-of-influence.');
    expect(at(s)).toBe(other.key);
    s = reducer(s, { type: 'undo' });
    expect(s.decided.has(a.key) || s.decided.has(c.key)).toBe(false);
    expect(at(s)).toBe(a.key);
  });

  it('leaves open, and names, the ones that would overlap an accepted edit', () => {
    let s = run([{ type: 'move', by: 4 }, { type: 'accept', time: T(1) }], items);
    expect(s.decided.get(clash.key)?.decision).toBe('accepted');
    s = play({ ...s, cursor: 0 }, [{ type: 'move', by: -4 }, { type: 'acceptRule', time: T(2) }]);
    expect(s.decided.has(c.key)).toBe(false);
    expect(s.notice).toBe('Accepted 2 × calque/sphere-of-influence. 1 left open: they overlap accepted edits (line 1).');
  });

  it('says so when there is nothing to accept', () => {
    const s = run([{ type: 'move', by: 1 }, { type: 'move', by: 1 }], [HIS, BARE]);
    expect(reducer(s, { type: 'acceptRule', time: T(1) }).notice).toMatch(/summary/);
    const bare = reducer(initialState([BARE]), { type: 'acceptRule', time: T(1) });
    expect(bare.notice).toBe('Nothing to accept for garbled-syntax/sit-for.');
    expect(bare.steps).toEqual([]);
  });
});

describe('review reducer: moving, help, finishing', () => {
  it('moves with clamping and says when it is at the first finding', () => {
    let s = reducer(initialState(ITEMS), { type: 'move', by: -1 });
    expect(s.cursor).toBe(0);
    expect(s.notice).toBe('This is the first finding.');
    s = reducer(s, { type: 'move', by: 99 });
    expect(s.cursor).toBe(ITEMS.length);
    expect(s.notice).toBeNull();
    s = reducer(s, { type: 'move', by: -1 });
    expect(at(s)).toBe(SPACE.key);
  });

  it('toggles help; cancel closes it', () => {
    let s = reducer(initialState(ITEMS), { type: 'help' });
    expect(s.mode.kind).toBe('help');
    s = reducer(s, { type: 'help' });
    expect(s.mode.kind).toBe('browse');
    s = reducer(reducer(s, { type: 'help' }), { type: 'cancel' });
    expect(s.mode.kind).toBe('browse');
  });

  it('finishes only from the summary page; quit works anywhere', () => {
    let s = reducer(initialState(ITEMS), { type: 'finish' });
    expect(s.exit).toBeNull();
    expect(s.notice).toMatch(/summary/);
    s = reducer(reducer(s, { type: 'move', by: 99 }), { type: 'finish' });
    expect(s.exit).toBe('finish');
    expect(reducer(initialState(ITEMS), { type: 'quit' }).exit).toBe('quit');
  });

  it('decision keys on the summary page explain where they are', () => {
    const s = run([{ type: 'move', by: 99 }, { type: 'reject', time: T(1) }]);
    expect(s.steps).toEqual([]);
    expect(s.notice).toMatch(/This is the summary/);
  });

  it('resumes from steps on the finding it was at, or the first open one', () => {
    const made = run([{ type: 'accept', time: T(1) }, { type: 'reject', time: T(2) }]);
    expect(at(initialState(ITEMS, made.steps))).toBe(TALK.key);
    expect(at(initialState(ITEMS, made.steps, SPACE.key))).toBe(SPACE.key);
    expect(at(initialState(ITEMS, made.steps, 'gone'))).toBe(TALK.key);
    expect(initialState(ITEMS, made.steps).decided.get(HIS.key)?.replacement).toBe('its');
    expect(initialState([], []).cursor).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { helpLine } from '../../src/review/components/Help.js';
import { actionFor, applyInput, KEYMAP, keyModeOf, keyName, lookup, type KeyMode } from '../../src/review/keymap.js';
import { initialState, reducer, type ReviewState } from '../../src/review/reducer.js';
import { HIS, ITEMS, T, TALK } from './helpers.js';

const now = () => T(7);
const type = (s: ReviewState, ...keys: (string | [string, Record<string, boolean>])[]) =>
  keys.reduce((st, k) => (typeof k === 'string' ? applyInput(st, k, {}, now) : applyInput(st, k[0], k[1], now)), s);

describe('keymap data', () => {
  it('binds no key twice within a mode, and every command makes an action', () => {
    for (const mode of Object.keys(KEYMAP) as KeyMode[]) {
      const keys = KEYMAP[mode].flatMap((b) => b.keys);
      expect(new Set(keys).size, mode).toBe(keys.length);
      for (const b of KEYMAP[mode]) expect(actionFor(b.command, b.keys[0] ?? '', now).type).toBeTruthy();
    }
  });

  it('has the keys the issue names', () => {
    const browse = (k: string) => lookup('browse', k)?.command;
    expect([browse('a'), browse('y'), browse('r'), browse('n'), browse('e'), browse('s'), browse('u'), browse('A'), browse('q'), browse('?')]).toEqual([
      'accept', 'accept', 'reject', 'reject', 'edit', 'skip', 'undo', 'acceptRule', 'quit', 'help',
    ]);
    for (const d of '123456789') expect(browse(d)).toBe('pick');
    expect([browse('left'), browse('k'), browse('right'), browse('j'), browse('ctrl+c')]).toEqual(['prev', 'prev', 'next', 'next', 'quit']);
  });

  it('names keys from Ink’s flags', () => {
    expect(keyName('c', { ctrl: true })).toBe('ctrl+c');
    expect(keyName('', { leftArrow: true })).toBe('left');
    expect(keyName('\r', { return: true })).toBe('return');
    expect(keyName('', { escape: true })).toBe('escape');
    expect(keyName('', { delete: true })).toBe('delete');
    expect(keyName('A', { shift: true } as never)).toBe('A');
  });

  it('builds the help line from the table', () => {
    expect(helpLine('browse')).toBe('a accept · r reject · 1-9 pick · e edit · s skip · u undo · ←→ move · q quit · ? help');
    expect(helpLine('summary')).toBe('Enter finish · u undo · ← back · q quit · ? help');
    expect(helpLine('conflict')).toBe('o use this one · k keep earlier · q quit');
  });
});

describe('applyInput', () => {
  const s0 = initialState(ITEMS);

  it('maps keys to reducer actions with the clock’s time', () => {
    const s = type(s0, 'y');
    expect(s.decided.get(HIS.key)).toMatchObject({ decision: 'accepted', time: T(7) });
    expect(type(s0, '2').selected).toBe(1);
    expect(type(s0, 'n').decided.get(HIS.key)?.decision).toBe('rejected');
    expect(keyModeOf(type(s0, '?'))).toBe('help');
    expect(type(s0, ['', { rightArrow: true }]).cursor).toBe(1);
    expect(type(s0, ['c', { ctrl: true }]).exit).toBe('quit');
  });

  it('ignores keys no table binds, returning the same state', () => {
    expect(type(s0, 'x')).toBe(s0);
    expect(type(s0, ['', { tab: true }])).toBe(s0);
  });

  it('reads a burst of keys one by one, each in the mode the last left', () => {
    const s = type(s0, 'ar');
    expect(s.decided.get(HIS.key)?.decision).toBe('accepted');
    expect([...s.decided.values()].map((d) => d.decision)).toEqual(['accepted', 'rejected']);
    const e = type(s0, 'e', ['u', { ctrl: true }], 'our\r');
    expect(e.decided.get(HIS.key)).toMatchObject({ decision: 'edited', replacement: 'our' });
    // Control keys inside a burst keep their meaning: Ctrl-U (\x15) clears, DEL deletes.
    const f = type(s0, 'e\u0015ourx\u007f\r');
    expect(f.decided.get(HIS.key)).toMatchObject({ decision: 'edited', replacement: 'our' });
    // After quitting, the rest of a burst is ignored.
    expect(type(s0, 'qa').decided.size).toBe(0);
  });

  it('in the edit field, letters are text: q types q, Ctrl-C quits, Backspace (DEL) deletes', () => {
    let s = type(s0, 'e', 'q');
    expect(s.mode).toMatchObject({ kind: 'edit', buffer: 'itsq' });
    s = type(s, ['', { delete: true }], ['', { backspace: true }], 'X');
    expect(s.mode).toMatchObject({ kind: 'edit', buffer: 'itX' });
    expect(type(s, '\u0001')).toBe(s);
    s = type(s, ['', { escape: true }]);
    expect(s.mode.kind).toBe('browse');
    expect(type(type(s0, 'e'), ['c', { ctrl: true }]).exit).toBe('quit');
  });

  it('in a conflict, o takes this edit and k keeps the earlier', () => {
    const c = type(reducer(s0, { type: 'move', by: 2 }), 'a', 'a');
    expect(keyModeOf(c)).toBe('conflict');
    expect(type(c, 'a')).toBe(c);
    expect(type(c, 'o').decided.get(TALK.key)?.decision).toBe('rejected');
    expect(type(c, 'k').decided.get(TALK.key)?.decision).toBe('accepted');
  });

  it('on the summary page, Enter finishes', () => {
    const s = type(s0, 'jjjjj');
    expect(keyModeOf(s)).toBe('summary');
    expect(type(s, ['\r', { return: true }]).exit).toBe('finish');
    expect(type(s, 'k').cursor).toBe(ITEMS.length - 1);
  });
});

import { describe, expect, it } from 'vitest';
import { applyFixes, overlaps } from '../../src/fix/apply.js';

describe('applyFixes', () => {
  it('applies non-overlapping edits in one pass, in any order', () => {
    const text = 'Washington and his allies sit for the talk';
    const r = applyFixes(text, [
      { start: text.indexOf('talk'), end: text.length, text: 'talks' },
      { start: text.indexOf('his'), end: text.indexOf('his') + 3, text: 'its' },
    ]);
    expect(r.text).toBe('Washington and its allies sit for the talks');
    expect(r.conflicts).toEqual([]);
  });

  it('keeps the first of overlapping edits and reports the rest', () => {
    const a = { start: 0, end: 5, text: 'X' };
    const b = { start: 3, end: 8, text: 'Y' };
    const r = applyFixes('abcdefghij', [a, b]);
    expect(r.text).toBe('Xfghij');
    expect(r.conflicts).toEqual([b]);
  });

  it('treats adjacent edits as compatible and same-point insertions as a conflict', () => {
    expect(overlaps({ start: 0, end: 2, text: '' }, { start: 2, end: 4, text: '' })).toBe(false);
    expect(overlaps({ start: 2, end: 2, text: 'a' }, { start: 2, end: 2, text: 'b' })).toBe(true);
    expect(overlaps({ start: 2, end: 2, text: 'a' }, { start: 0, end: 4, text: 'b' })).toBe(true);
    expect(overlaps({ start: 0, end: 2, text: 'a' }, { start: 2, end: 2, text: 'b' })).toBe(false);
  });

  it('rejects edits outside the text', () => {
    expect(() => applyFixes('abc', [{ start: 2, end: 9, text: '' }])).toThrow(RangeError);
  });
});

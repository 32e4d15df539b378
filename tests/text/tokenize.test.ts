import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/text/tokenize.js';

const texts = (s: string) => tokenize(s).map((t) => t.text);

describe('tokenize', () => {
  it('splits words, numbers and punctuation with offsets', () => {
    const toks = tokenize('Rates rose 2,9 percent, to 4,100.');
    expect(toks.map((t) => [t.text, t.kind])).toEqual([
      ['Rates', 'word'], ['rose', 'word'], ['2,9', 'number'], ['percent', 'word'], [',', 'punct'],
      ['to', 'word'], ['4,100', 'number'], ['.', 'punct'],
    ]);
    for (const t of toks) expect('Rates rose 2,9 percent, to 4,100.'.slice(t.start, t.end)).toBe(t.text);
  });

  it('keeps hyphenated words and contractions whole, splits possessives', () => {
    expect(texts('the 23-year-old don’t Washington’s users’ O’Brien')).toEqual([
      'the', '23-year-old', 'don’t', 'Washington', '’s', 'users', '’', 'O’Brien',
    ]);
  });

  it('normalizes case and curly apostrophes', () => {
    expect(tokenize('Kremlin’s').map((t) => t.norm)).toEqual(['kremlin', "'s"]);
  });

  it('keeps astral characters whole and handles CRLF', () => {
    expect(texts('a 😀 b\r\nc')).toEqual(['a', '😀', 'b', 'c']);
  });

  it('covers every non-space character exactly once (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
        const toks = tokenize(s);
        let pos = 0;
        for (const t of toks) {
          expect(t.start).toBeGreaterThanOrEqual(pos);
          expect(s.slice(pos, t.start).trim()).toBe('');
          expect(s.slice(t.start, t.end)).toBe(t.text);
          pos = t.end;
        }
        expect(s.slice(pos).trim()).toBe('');
      }),
    );
  });
});

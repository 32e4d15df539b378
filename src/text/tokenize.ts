/**
 * Token segmentation with UTF-16 offsets. One pass of one sticky regex; no allocation beyond
 * the tokens themselves, since this runs over every byte of every file.
 */

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  /** Position in doc.tokens. */
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Lower case, curly apostrophes straightened: what patterns match against. */
  readonly norm: string;
  readonly kind: TokenKind;
}

// A number: digits with inner separators ("2,9", "4,100", "0.75"), not followed by a letter or
// hyphen (so "23-year-old" stays one word). A word: letters/digits joined by inner hyphens or
// apostrophes ("don’t", "O’Brien", "variable-rate"). Anything else: one punctuation char
// (a whole astral character, thanks to the u flag).
const TOKEN =
  /(\p{N}+(?:[.,]\p{N}+)*(?![\p{L}\p{M}\p{N}-]))|([\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*)|(\S)/uy;
const SPACE = /\s+/y;
const POSSESSIVE = /^(.+?)(['’][sS])$/u;

export function normalize(s: string): string {
  return s.toLowerCase().replace(/’/g, "'");
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  const push = (start: number, end: number, kind: TokenKind): void => {
    const t = text.slice(start, end);
    tokens.push({ index: tokens.length, start, end, text: t, norm: normalize(t), kind });
  };
  while (pos < text.length) {
    SPACE.lastIndex = pos;
    if (SPACE.test(text)) {
      pos = SPACE.lastIndex;
      continue;
    }
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(text);
    if (!m) break; // unreachable: (\S) matches any non-space
    const start = pos;
    const end = TOKEN.lastIndex;
    if (m[1] !== undefined) push(start, end, 'number');
    else if (m[2] !== undefined) {
      // Split the possessive / contracted 's, as taggers do: "Washington’s" -> Washington + ’s.
      const p = POSSESSIVE.exec(m[2]);
      if (p && p[1] && p[1].length > 0) {
        push(start, start + p[1].length, 'word');
        push(start + p[1].length, end, 'word');
      } else push(start, end, 'word');
    } else push(start, end, 'punct');
    pos = end;
  }
  return tokens;
}

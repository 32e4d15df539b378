/**
 * Token segmentation with UTF-16 offsets. One pass: ASCII runs are scanned by character code,
 * anything else by one sticky regex (the definition of a token); no allocation beyond the
 * tokens themselves, since this runs over every byte of every file.
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

/** ASCII letters and digits: the ASCII members of [\p{L}\p{M}\p{N}]. */
export function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** ASCII whitespace as \s sees it: tab, LF, VT, FF, CR, space. */
function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

function hasUpper(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

/**
 * The end of an ASCII word starting at `pos` (letters/digits joined by inner - ' ’), or -1
 * when a character that decides it is not ASCII (the caller then uses the regex).
 */
function asciiWordEnd(text: string, pos: number): number {
  const n = text.length;
  let j = pos;
  for (;;) {
    while (j < n && isAsciiAlnum(text.charCodeAt(j))) j++;
    if (j === n) return j;
    const c = text.charCodeAt(j);
    if (c === 45 || c === 39 || c === 0x2019) {
      if (j + 1 === n) return j;
      const d = text.charCodeAt(j + 1);
      if (isAsciiAlnum(d)) {
        j += 2;
        continue;
      }
      return d >= 128 ? -1 : j;
    }
    return c >= 128 ? -1 : j;
  }
}

/**
 * The end of an ASCII number at `pos` as the TOKEN regex's first branch matches it
 * (backtracking included), 0 when that branch does not match, -1 when undecidable in ASCII.
 */
function asciiNumberEnd(text: string, pos: number): number {
  const n = text.length;
  let j = pos;
  while (j < n && isAsciiDigit(text.charCodeAt(j))) j++;
  let prevEnd = 0; // end of the previous complete group, 0 when there is none
  for (;;) {
    if (j === n) return j;
    const c = text.charCodeAt(j);
    if ((c === 46 || c === 44) && j + 1 < n) {
      const d = text.charCodeAt(j + 1);
      if (d >= 128) return -1;
      if (isAsciiDigit(d)) {
        prevEnd = j;
        j += 2;
        while (j < n && isAsciiDigit(text.charCodeAt(j))) j++;
        continue;
      }
    }
    if (c >= 128) return -1;
    // (?![\p{L}\p{M}\p{N}-]): a following letter, digit or hyphen fails here; backtracking
    // then ends the number before its last [.,] group, followed by that [.,].
    if (isAsciiAlnum(c) || c === 45) return prevEnd;
    return j;
  }
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  const push = (start: number, end: number, kind: TokenKind): void => {
    const t = text.slice(start, end);
    tokens.push({ index: tokens.length, start, end, text: t, norm: normalize(t), kind });
  };
  // All-ASCII token (a curly apostrophe inside a word is handled by normalize).
  const pushAscii = (start: number, end: number, kind: TokenKind): void => {
    const t = text.slice(start, end);
    let norm = t;
    if (kind === 'word') {
      if (hasUpper(t)) norm = t.toLowerCase();
      if (norm.includes('’')) norm = norm.replace(/’/g, "'");
    }
    tokens.push({ index: tokens.length, start, end, text: t, norm, kind });
  };
  const pushWord = (start: number, end: number): void => {
    // Split the possessive / contracted 's, as taggers do: "Washington’s" -> Washington + ’s.
    if (end - start >= 3) {
      const s = text.charCodeAt(end - 1);
      const a = text.charCodeAt(end - 2);
      if ((s === 115 || s === 83) && (a === 39 || a === 0x2019)) {
        pushAscii(start, end - 2, 'word');
        pushAscii(end - 2, end, 'word');
        return;
      }
    }
    pushAscii(start, end, 'word');
  };
  const n = text.length;
  while (pos < n) {
    const c = text.charCodeAt(pos);
    if (c < 128) {
      // Fast path for ASCII; anything it cannot decide falls through to the regexes.
      if (isAsciiSpace(c)) {
        pos++;
        continue;
      }
      if (isAsciiDigit(c)) {
        const e = asciiNumberEnd(text, pos);
        if (e > 0) {
          pushAscii(pos, e, 'number');
          pos = e;
          continue;
        }
        if (e === 0) {
          const w = asciiWordEnd(text, pos);
          if (w !== -1) {
            pushWord(pos, w);
            pos = w;
            continue;
          }
        }
      } else if (isAsciiAlnum(c)) {
        const w = asciiWordEnd(text, pos);
        if (w !== -1) {
          pushWord(pos, w);
          pos = w;
          continue;
        }
      } else {
        pushAscii(pos, pos + 1, 'punct');
        pos++;
        continue;
      }
    }
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

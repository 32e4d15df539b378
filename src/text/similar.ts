/**
 * String similarity behind tested thresholds: the one module that wraps `string-similarity`
 * (Dice coefficient over character bigrams, case-insensitive).
 *
 * Similarity never detects anything on its own (Harper's fuzzy matcher turned "huge" into
 * "hunger pang"): callers first find a candidate by a structural test (a known name's words in
 * another order, a translation-equivalent word), then use these helpers to accept near
 * spellings of one word or to rank known names. The thresholds are pinned by
 * tests/text/similar.test.ts.
 */
import stringSimilarity from 'string-similarity';

/** Two single words are spelling variants ("Organisation"/"Organization") at or above this. */
export const WORD_THRESHOLD = 0.7;
/** Two names with the same number of content words are variants at or above this. */
export const NAME_THRESHOLD = 0.8;

/** Dice similarity in [0, 1], case-folded, curly apostrophes straightened. */
export function similarity(a: string, b: string): number {
  const fa = fold(a);
  const fb = fold(b);
  if (fa === fb) return 1;
  if (fa.length < 2 || fb.length < 2) return 0;
  return stringSimilarity.compareTwoStrings(fa, fb);
}

function fold(s: string): string {
  return s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
}

/**
 * True when two single words are spellings of one word: same first letter, both at least five
 * letters, lengths within two, and a Dice score at or above WORD_THRESHOLD. Short words never
 * match (a short word's bigrams are too few to tell "fund" from "fun").
 */
export function isSpellingVariant(a: string, b: string): boolean {
  const fa = fold(a);
  const fb = fold(b);
  if (fa === fb) return true;
  if (/\s/.test(fa) || /\s/.test(fb)) return false;
  if (fa.length < 5 || fb.length < 5 || fa[0] !== fb[0] || Math.abs(fa.length - fb.length) > 2) return false;
  return similarity(fa, fb) >= WORD_THRESHOLD;
}

/**
 * True when two multi-word names are variants of each other: the same number of words and a
 * Dice score at or above NAME_THRESHOLD over the whole name.
 */
export function isNameVariant(a: string, b: string): boolean {
  const wa = fold(a).split(' ');
  const wb = fold(b).split(' ');
  if (wa.length !== wb.length) return false;
  return similarity(a, b) >= NAME_THRESHOLD;
}

export interface Ranked<T> {
  readonly item: T;
  readonly score: number;
}

/** Candidates ranked by similarity to `query`, best first; ties keep the given order. */
export function rankBySimilarity<T>(query: string, items: readonly T[], key: (t: T) => string): Ranked<T>[] {
  return items
    .map((item, i) => ({ item, score: similarity(query, key(item)), i }))
    .sort((x, y) => y.score - x.score || x.i - y.i)
    .map(({ item, score }) => ({ item, score }));
}

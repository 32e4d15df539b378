/**
 * Where a rule's trigger words are, from the document's word index, without visiting every
 * token: walking all tokens to test each norm against a set costs a memory load and a string
 * hash per token, which is most of what a cheap rule costs. `wordPositions(doc, WORDS)` gives
 * the same tokens, in the same (ascending) order, as `for (t of doc.tokens) if (WORDS.has(t.norm))`.
 *
 * Unlike doc.positionsIn, no pairwise merge: the lists of the words are marked in one byte
 * array, which is then read in order. Computed once per document and set (the set object is
 * the key, so pass a module-level constant).
 */
import { normsOfKeys, type Doc } from './document.js';

interface WordIndex {
  /** Per token, 1 + the number of its word in `words` (in `words` order), or 0. */
  readonly marks: Int32Array;
  /** The words of `words` the document has, by that number. */
  readonly words: string[];
  positions?: Int32Array;
  values?: unknown[];
}

function cacheOf(doc: Doc): Map<object, WordIndex> {
  return doc.memo(cacheOf, () => new Map<object, WordIndex>());
}

function indexOf(doc: Doc, words: ReadonlySet<string> | ReadonlyMap<string, unknown>): WordIndex {
  const cache = cacheOf(doc);
  let index = cache.get(words);
  if (!index) {
    const marks = new Int32Array(doc.tokens.length);
    const found: string[] = [];
    doc.forEachNormIn(words, (w, at) => {
      found.push(w);
      const n = found.length;
      for (let k = 0; k < at.length; k++) marks[at[k] as number] = n;
    });
    index = { marks, words: found };
    cache.set(words, index);
  }
  return index;
}

/** Per token, nonzero when its norm is in `words`. */
export function wordMarks(doc: Doc, words: ReadonlySet<string> | ReadonlyMap<string, unknown>): Int32Array {
  return indexOf(doc, words).marks;
}

/** Indices of the tokens whose norm is in `words`, ascending. */
export function wordPositions(doc: Doc, words: ReadonlySet<string> | ReadonlyMap<string, unknown>): Int32Array {
  const index = indexOf(doc, words);
  if (!index.positions) {
    const marks = index.marks;
    let n = 0;
    for (let i = 0; i < marks.length; i++) if (marks[i] !== 0) n++;
    const out = new Int32Array(n);
    for (let i = 0, k = 0; k < n; i++) if (marks[i] !== 0) out[k++] = i;
    index.positions = out;
  }
  return index.positions;
}

/** `words.get(norm)` for each token of wordPositions(doc, words), in the same order (no string lookup per token). */
export function wordValues<V>(doc: Doc, words: ReadonlyMap<string, V>): readonly V[] {
  const index = indexOf(doc, words);
  if (!index.values) {
    const byWord = index.words.map((w) => words.get(w) as V);
    const at = wordPositions(doc, words);
    const out = new Array<V>(at.length);
    for (let k = 0; k < at.length; k++) out[k] = byWord[(index.marks[at[k] as number] as number) - 1] as V;
    index.values = out;
  }
  return index.values as V[];
}

/**
 * Indices of the tokens whose norm is the norm of a key of `texts` (a case-keeping lookup,
 * "Cup" not "cup"), ascending: every token whose text is a key is among them, so a rule
 * that tests `texts.has(t.text)` on these alone finds what it found on every token.
 */
export function textPositions(doc: Doc, texts: ReadonlySet<string> | ReadonlyMap<string, unknown>): Int32Array {
  return wordPositions(doc, normsOfKeys(texts));
}

/** `/^\p{Lu}/u.test(s)`, without the regex for an ASCII first character. */
export function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(s);
}

/** `/^\p{Ll}/u.test(s)`, without the regex for an ASCII first character. */
export function startsLower(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER_START.test(s);
}

const UPPER_START = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;

/**
 * Indices of the tokens whose norm satisfies `test`, ascending: `test` runs once per distinct
 * word of the document, not per token. `key` names the test (a module-level constant).
 */
export function vocabularyPositions(doc: Doc, key: object, test: (norm: string) => boolean): Int32Array {
  const words = doc.memo(key, () => {
    const out = new Set<string>();
    for (const w of doc.vocabulary()) if (test(w)) out.add(w);
    return out;
  });
  return wordPositions(doc, words);
}

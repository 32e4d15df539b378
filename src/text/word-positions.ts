/**
 * Where a rule's trigger words are, from the document's word index, without visiting every
 * token: walking all tokens to test each norm against a set costs a memory load and a string
 * hash per token, which is most of what a cheap rule costs. `wordPositions(doc, WORDS)` gives
 * the same tokens, in the same (ascending) order, as `for (t of doc.tokens) if (WORDS.has(t.norm))`.
 *
 * Computed once per document and set (the set object is the key, so pass a module-level
 * constant).
 */
import { normsOfKeys, type Doc, type Token } from './document.js';

interface WordIndex {
  /** Indices of the tokens whose norm is in the set, ascending. */
  readonly positions: Int32Array;
  values?: unknown[];
}

function cacheOf(doc: Doc): Map<object, WordIndex> {
  return doc.memo(cacheOf, () => new Map<object, WordIndex>());
}

/**
 * The document's tokens of `words`: the word index's lists of the words found, as one ascending
 * array. The lists are disjoint and each ascending, so one list is copied and more are joined and
 * sorted: the cost follows the matches, not the document's length (a trigger set is looked up for
 * every document, and most documents have few of its words).
 */
function indexOf(doc: Doc, words: ReadonlySet<string> | ReadonlyMap<string, unknown>): WordIndex {
  const cache = cacheOf(doc);
  let index = cache.get(words);
  if (!index) {
    const lists: (readonly number[])[] = [];
    let total = 0;
    doc.forEachNormIn(words, (_, at) => {
      lists.push(at);
      total += at.length;
    });
    const positions = new Int32Array(total);
    let k = 0;
    for (const at of lists) for (let j = 0; j < at.length; j++) positions[k++] = at[j] as number;
    if (lists.length > 1) positions.sort();
    index = { positions };
    cache.set(words, index);
  }
  return index;
}

/** Indices of the tokens whose norm is in `words`, ascending. */
export function wordPositions(doc: Doc, words: ReadonlySet<string> | ReadonlyMap<string, unknown>): Int32Array {
  return indexOf(doc, words).positions;
}

/** `words.get(norm)` for each token of wordPositions(doc, words), in the same order: one lookup per matched token. */
export function wordValues<V>(doc: Doc, words: ReadonlyMap<string, V>): readonly V[] {
  const index = indexOf(doc, words);
  if (!index.values) {
    const { positions } = index;
    const out = new Array<V>(positions.length);
    for (let k = 0; k < positions.length; k++) out[k] = words.get((doc.tokens[positions[k] as number] as Token).norm) as V;
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

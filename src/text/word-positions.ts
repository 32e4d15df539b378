/**
 * Where a rule's trigger words are, from the document's word index, without visiting every
 * token: walking all tokens to test each norm against a set costs a memory load and a string
 * hash per token, which is most of what a cheap rule costs. `wordPositions(doc, WORDS)` gives
 * the same tokens, in the same (ascending) order, as `for (t of doc.tokens) if (WORDS.has(t.norm))`.
 *
 * Computed once per document and set (the set object is the key, so pass a module-level
 * constant).
 */
import { normsOfKeys, type Doc } from './document.js';

interface WordIndex {
  /** The words of `words` the document has, in the order forEachNormIn visits them. */
  readonly words: string[];
  /** Indices of their tokens, ascending. */
  readonly positions: Int32Array;
  /** Per position, the number (1-based) of its word in `words`; built on first use. */
  numbers?: Int32Array;
  marks?: Int32Array;
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
    const found: string[] = [];
    const lists: (readonly number[])[] = [];
    let total = 0;
    doc.forEachNormIn(words, (w, at) => {
      found.push(w);
      lists.push(at);
      total += at.length;
    });
    const positions = new Int32Array(total);
    let k = 0;
    for (const at of lists) for (let j = 0; j < at.length; j++) positions[k++] = at[j] as number;
    if (lists.length > 1) positions.sort();
    index = { words: found, positions };
    cache.set(words, index);
  }
  return index;
}

/** Per position of indexOf(doc, words).positions, the 1-based number of its word. */
function numbersOf(doc: Doc, index: WordIndex): Int32Array {
  if (!index.numbers) {
    const n = new Int32Array(index.positions.length);
    if (index.words.length === 1) n.fill(1);
    else {
      // Token -> word number for the matched tokens only, then read in position order.
      const byToken = new Map<number, number>();
      index.words.forEach((w, k) => {
        const at = doc.positions(w);
        for (let j = 0; j < at.length; j++) byToken.set(at[j] as number, k + 1);
      });
      for (let k = 0; k < n.length; k++) n[k] = byToken.get(index.positions[k] as number) as number;
    }
    index.numbers = n;
  }
  return index.numbers;
}

/** Per token, nonzero when its norm is in `words`. */
export function wordMarks(doc: Doc, words: ReadonlySet<string> | ReadonlyMap<string, unknown>): Int32Array {
  const index = indexOf(doc, words);
  if (!index.marks) {
    const marks = new Int32Array(doc.tokens.length);
    const numbers = numbersOf(doc, index);
    for (let k = 0; k < index.positions.length; k++) marks[index.positions[k] as number] = numbers[k] as number;
    index.marks = marks;
  }
  return index.marks;
}

/** Indices of the tokens whose norm is in `words`, ascending. */
export function wordPositions(doc: Doc, words: ReadonlySet<string> | ReadonlyMap<string, unknown>): Int32Array {
  return indexOf(doc, words).positions;
}

/** `words.get(norm)` for each token of wordPositions(doc, words), in the same order (no string lookup per token). */
export function wordValues<V>(doc: Doc, words: ReadonlyMap<string, V>): readonly V[] {
  const index = indexOf(doc, words);
  if (!index.values) {
    const byWord = index.words.map((w) => words.get(w) as V);
    const numbers = numbersOf(doc, index);
    const out = new Array<V>(numbers.length);
    for (let k = 0; k < numbers.length; k++) out[k] = byWord[(numbers[k] as number) - 1] as V;
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

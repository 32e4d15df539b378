/**
 * The document a rule sees: the text as read, its tokens and sentences, and part-of-speech
 * tags computed on demand, one sentence at a time, only where a rule asks.
 */
import type { Tagger, Upos } from '../nlp/tagger.js';
import { LineIndex } from './lines.js';
import { segmentSentences, type Sentence } from './sentences.js';
import { normalize, tokenize, type Token } from './tokenize.js';

export type { Sentence, Token, Upos };

/** Two ascending, disjoint index lists as one ascending list. */
function merge(a: ArrayLike<number>, b: ArrayLike<number>): Int32Array {
  const out = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = (a[i] as number) < (b[j] as number) ? (a[i++] as number) : (b[j++] as number);
  while (i < a.length) out[k++] = a[i++] as number;
  while (j < b.length) out[k++] = b[j++] as number;
  return out;
}

// The norms of a text-keyed lookup's keys, computed once per lookup (see normsOfKeys).
const NORMS_OF_KEYS = new WeakMap<object, ReadonlySet<string>>();

/** The norms of the keys of a lookup that keeps case ("Cup", not "cup"): computed once per lookup. */
export function normsOfKeys(texts: ReadonlyMap<string, unknown> | ReadonlySet<string>): ReadonlySet<string> {
  let norms = NORMS_OF_KEYS.get(texts);
  if (!norms) {
    norms = new Set([...texts.keys()].map(normalize));
    NORMS_OF_KEYS.set(texts, norms);
  }
  return norms;
}

// A long word list passed as an array (a rule's module-level list), as a set: made once per list.
const WORD_SETS = new WeakMap<readonly string[], ReadonlySet<string>>();

function wordSetOf(words: readonly string[]): ReadonlySet<string> {
  let set = WORD_SETS.get(words);
  if (!set) {
    set = new Set(words);
    WORD_SETS.set(words, set);
  }
  return set;
}

export class Doc {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  private readonly sentenceByToken: Int32Array;
  private readonly tagger: Tagger | undefined;
  private readonly tags = new Map<number, readonly Upos[]>();
  private lineIndex: LineIndex | undefined;
  private readonly memos = new Map<unknown, unknown>();
  private wordIndex: Map<string, number[]> | undefined;
  /** The word index's norms and token lists as two arrays, in its order: walked without an iterator. */
  private vocabNorms: string[] = [];
  private vocabLists: number[][] = [];
  /**
   * Per sentence, three numbers for isSentenceInitial: its dateline's end, and the first token
   * that is no opening quote or bracket from the sentence's first token and from the dateline's
   * end; -1 until first asked.
   */
  private initialLimits: Int32Array | undefined;
  private readonly sentenceToks = new Map<number, readonly Token[]>();

  constructor(text: string, tagger?: Tagger) {
    this.text = text;
    this.tokens = tokenize(text);
    this.sentences = segmentSentences(text, this.tokens);
    this.sentenceByToken = new Int32Array(this.tokens.length);
    for (const s of this.sentences) this.sentenceByToken.fill(s.index, s.firstToken, s.endToken);
    this.tagger = tagger;
  }

  /**
   * A per-document cache for analyses several rules share (the gazetteer's name matches,
   * the metonym antecedent analysis): computed once per document, on first use.
   * `key` must be unique to the computation (a module-level symbol or function).
   */
  memo<T>(key: unknown, compute: () => T): T {
    if (this.memos.has(key)) return this.memos.get(key) as T;
    const v = compute();
    this.memos.set(key, v);
    return v;
  }

  /** Token indices by norm, ascending: built once, on first use. */
  private get index(): Map<string, number[]> {
    if (this.wordIndex) return this.wordIndex;
    const index = new Map<string, number[]>();
    const norms: string[] = [];
    const lists: number[][] = [];
    const toks = this.tokens;
    for (let i = 0; i < toks.length; i++) {
      const norm = (toks[i] as Token).norm;
      const list = index.get(norm);
      if (list) list.push(i);
      else {
        const fresh = [i];
        index.set(norm, fresh);
        norms.push(norm);
        lists.push(fresh);
      }
    }
    this.wordIndex = index;
    this.vocabNorms = norms;
    this.vocabLists = lists;
    return index;
  }

  /** How many distinct norms the document's tokens have. */
  get vocabularySize(): number {
    return this.index.size;
  }

  /** The distinct norms of the document's tokens, in the order they first occur. */
  vocabulary(): readonly string[] {
    if (!this.wordIndex) void this.index;
    return this.vocabNorms;
  }

  /** Whether some token's norm is `norm`. */
  hasNorm(norm: string): boolean {
    return this.index.has(norm);
  }

  /** How many tokens have the norm `norm`. */
  countOf(norm: string): number {
    return this.index.get(norm)?.length ?? 0;
  }

  /**
   * Each norm of the document that `lookup` has, with its token indices (ascending): walks the
   * document's vocabulary when the lookup is larger (a word list against a short article), else
   * the lookup's keys.
   */
  forEachNormIn(lookup: ReadonlySet<string> | ReadonlyMap<string, unknown>, visit: (norm: string, at: readonly number[]) => void): void {
    const index = this.index;
    if (lookup.size > index.size) {
      // The vocabulary's arrays, not the map's entries: no iterator or pair per word.
      const norms = this.vocabNorms;
      const lists = this.vocabLists;
      for (let k = 0; k < norms.length; k++) if (lookup.has(norms[k] as string)) visit(norms[k] as string, lists[k] as number[]);
    } else {
      // forEach, not an iterator: no result object per key (a set passes each key twice).
      (lookup as ReadonlyMap<string, unknown>).forEach((_, n) => {
        const list = index.get(n);
        if (list) visit(n, list);
      });
    }
  }

  /** Indices of the tokens whose norm is one of `norms`, ascending (each once). */
  positions(...norms: string[]): ArrayLike<number> {
    // One word: its list in the word index as it is (no set to build, nothing to merge).
    if (norms.length === 1) return this.index.get(norms[0] as string) ?? [];
    return this.positionsIn(norms);
  }

  /**
   * Indices of the tokens whose norm is in `norms` (words, or a lookup's keys), ascending (each
   * once). A lookup, or a long word list, is matched against the vocabulary by forEachNormIn.
   */
  positionsIn(norms: Iterable<string> | ReadonlyMap<string, unknown>): ArrayLike<number> {
    const index = this.index;
    const lists: (readonly number[])[] = [];
    const lookup =
      norms instanceof Set || norms instanceof Map
        ? (norms as ReadonlySet<string> | ReadonlyMap<string, unknown>)
        : Array.isArray(norms) && norms.length > 8
          ? wordSetOf(norms as readonly string[])
          : undefined;
    if (lookup) this.forEachNormIn(lookup, (_, list) => lists.push(list));
    else {
      for (const n of new Set(norms as Iterable<string>)) {
        const list = index.get(n);
        if (!list) continue;
        lists.push(list);
      }
    }
    if (lists.length === 0) return [];
    if (lists.length === 1) return lists[0] as readonly number[];
    if (lists.length === 2) return merge(lists[0] as readonly number[], lists[1] as readonly number[]);
    // More lists (disjoint, each ascending): one array of them all, sorted in place.
    let total = 0;
    for (const list of lists) total += list.length;
    const out = new Int32Array(total);
    let at = 0;
    for (const list of lists) for (let k = 0; k < list.length; k++) out[at++] = list[k] as number;
    return out.sort();
  }

  /**
   * The tokens whose exact text is a key of `texts` (lookups that keep case, "Cup" not "cup"),
   * in document order, from the word index.
   */
  tokensWithText(texts: ReadonlyMap<string, unknown> | ReadonlySet<string>): Token[] {
    return this.tokensWith(normsOfKeys(texts)).filter((t) => texts.has(t.text));
  }

  /** The tokens whose norm is in `norms` (words, or a lookup's keys), in document order: for rules that start from trigger words. */
  tokensWith(norms: Iterable<string> | ReadonlyMap<string, unknown>): Token[] {
    const toks = this.tokens;
    const at = this.positionsIn(norms);
    const out = new Array<Token>(at.length);
    for (let k = 0; k < at.length; k++) out[k] = toks[at[k] as number] as Token;
    return out;
  }

  get lines(): LineIndex {
    this.lineIndex ??= new LineIndex(this.text);
    return this.lineIndex;
  }

  sentenceOf(token: Token): Sentence {
    return this.sentences[this.sentenceByToken[token.index] ?? 0] as Sentence;
  }

  /** The tokens of a sentence: one array per sentence, made on first use (rules ask per token, and a sentence may be long). */
  sentenceTokens(s: Sentence): readonly Token[] {
    let toks = this.sentenceToks.get(s.index);
    if (!toks) {
      toks = this.tokens.slice(s.firstToken, s.endToken);
      this.sentenceToks.set(s.index, toks);
    }
    return toks;
  }

  /** Index of the token that starts at UTF-16 offset `start`, or -1 (binary search). */
  tokenIndexAt(start: number): number {
    const toks = this.tokens;
    let lo = 0;
    let hi = toks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const s = (toks[mid] as Token).start;
      if (s === start) return mid;
      if (s < start) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** The token at `index`, or undefined past either end. */
  at(index: number): Token | undefined {
    return this.tokens[index];
  }

  /** The next token in the same sentence, or undefined. */
  next(t: Token, k = 1): Token | undefined {
    const n = this.tokens[t.index + k];
    return n && this.sentenceByToken[n.index] === this.sentenceByToken[t.index] ? n : undefined;
  }

  /** The previous token in the same sentence, or undefined. */
  prev(t: Token, k = 1): Token | undefined {
    const p = this.tokens[t.index - k];
    return p && this.sentenceByToken[p.index] === this.sentenceByToken[t.index] ? p : undefined;
  }

  /**
   * True when the token starts its sentence (ignoring opening quotes and brackets), or starts
   * it after a dateline: only such tokens come before it, from the dateline's end if the token
   * is past it, else from the sentence's first token. Both limits are found once per sentence.
   */
  isSentenceInitial(t: Token): boolean {
    const s = this.sentenceOf(t);
    const limits = (this.initialLimits ??= new Int32Array(this.sentences.length * 3).fill(-1));
    const k = s.index * 3;
    if (limits[k] === -1) {
      const dl = this.datelineEnd(s);
      limits[k] = dl;
      limits[k + 1] = this.firstNonOpener(s.firstToken, s.endToken);
      limits[k + 2] = this.firstNonOpener(dl, s.endToken);
    }
    return t.index <= (limits[(limits[k] as number) <= t.index ? k + 2 : k + 1] as number);
  }

  /** The first token from `from` that is no opening quote, bracket or dash; `end` if none. */
  private firstNonOpener(from: number, end: number): number {
    let i = from;
    while (i < end && (this.tokens[i] as Token).kind === 'punct' && /^["“‘'«(\[—–-]$/.test((this.tokens[i] as Token).text)) i++;
    return i;
  }

  /**
   * The token after a wire dateline that opens sentence `s` ("PRAGUE:", "Isfahan:", "KYIV
   * (Reuters) -"): up to four capitalized words, an optional agency in brackets, then a colon or
   * a dash; the sentence's first token when there is none. Asked once per sentence: its
   * result is kept with the sentence's other limits (isSentenceInitial).
   */
  private datelineEnd(s: Sentence): number {
    const toks = this.tokens;
    let i = s.firstToken;
    while (i < s.endToken && i - s.firstToken < 4 && (toks[i] as Token).kind === 'word' && /^\p{Lu}/u.test((toks[i] as Token).text)) i++;
    if (i > s.firstToken && toks[i]?.text === '(') {
      while (i < s.endToken && (toks[i] as Token).text !== ')' && i - s.firstToken < 8) i++;
      i++;
    }
    return i > s.firstToken && i < s.endToken && /^[:—–-]$/.test((toks[i] as Token).text) ? i + 1 : s.firstToken;
  }

  /** Whether the tagger's lexicon has the word, case folded; false without a tagger that can tell. */
  knowsWord(word: string): boolean {
    return this.tagger?.knows?.(word) ?? false;
  }

  /** Whether a POS tagger is available: rules that need tags stay silent without one. */
  get canTag(): boolean {
    return this.tagger !== undefined;
  }

  /** The UPOS tag of a token; tags its whole sentence on first use. 'X' without a tagger. */
  pos(t: Token): Upos {
    const s = this.sentenceOf(t);
    return this.sentenceTags(s)[t.index - s.firstToken] ?? 'X';
  }

  sentenceTags(s: Sentence): readonly Upos[] {
    let tags = this.tags.get(s.index);
    if (!tags) {
      const toks = this.sentenceTokens(s);
      tags = this.tagger
        ? this.tagger.tag(
            this.text.slice(s.start, s.end),
            toks.map((t) => ({ start: t.start - s.start, end: t.end - s.start })),
          )
        : toks.map(() => 'X' as Upos);
      this.tags.set(s.index, tags);
    }
    return tags;
  }
}

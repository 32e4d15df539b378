/**
 * Part-of-speech tags for the engine's own tokens, computed by wink-nlp
 * (wink-eng-lite-web-model) one sentence at a time, only when a rule asks.
 *
 * Loading: wink-nlp and its model are CommonJS. They are loaded with a synchronous
 * `createRequire` on the first tag() call (about 50 ms to require the model + 70 ms to build
 * the pipeline), so importing this module costs nothing and `tag()` can stay synchronous. One
 * wink instance is shared by every tagger of the process. Only `import type` touches the
 * packages at compile time: wink-nlp ships `types/index.d.ts`, which declares both the
 * 'wink-nlp' API and its `Model` shape, so no local .d.ts is needed. Whether the lexicon knows a
 * word (knows) is read from a list the build writes (lexiconList), without loading the model.
 *
 * Alignment: wink tokenizes differently from the engine ("don’t" -> do + n’t, "23-year-old"
 * -> 23 - year - old, "U.S." and "#tag" kept whole, "Iași" split at the "ș"). Each wink
 * token is located in the sentence by a sequential search of its value (wink only ever skips
 * whitespace, BOM and zero-width spaces between tokens, so the search never drifts), then each
 * engine token takes the tag of the wink token that starts at its start, else the one that
 * contains its start, else the first one that starts inside it:
 *  - an engine token covering several wink tokens takes the first one's tag ("don’t" -> AUX,
 *    "I’m" -> PRON, "Iași" -> PROPN), except hyphenated compounds, see compoundTag();
 *  - a wink token covering several engine tokens gives its tag to each of them ("U.S." ->
 *    U PROPN, . PROPN, S PROPN, . PROPN).
 * Engine tokens that overlap no wink token (zero-width or format characters wink drops) get a
 * tag from their characters (NUM, PUNCT, SYM, else X).
 *
 * Never throws: bad spans, empty or odd input and even a failing model load all degrade to
 * character-class tags, and the result always has exactly tokens.length entries.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ItsFunction, Model, WinkMethods } from 'wink-nlp';

export type Upos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART' | 'PRON'
  | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

/** Offsets relative to the sentence text, half-open, UTF-16. */
export interface TokenSpan {
  readonly start: number;
  readonly end: number;
}

export interface Tagger {
  /** One tag per given token span (same length, same order), for one sentence. */
  tag(sentence: string, tokens: readonly TokenSpan[]): Upos[];
  /** Lemmas as well, if wink provides them cheaply (its.lemma); same alignment. */
  tagWithLemmas?(sentence: string, tokens: readonly TokenSpan[]): { pos: Upos[]; lemma: string[] };
  /** Whether the model's lexicon has the word (case folded): "hygiene" but not "katowice". */
  knows?(word: string): boolean;
}

const UPOS: ReadonlySet<string> = new Set<Upos>([
  'ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN',
  'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X', 'SPACE',
]);

// ---------------------------------------------------------------------------------------------
// Lazy, shared wink instance.

let wink: WinkMethods | undefined;
let winkFailed = false;
/** The number of lexemes in the model's own lexicon (see getWink). */
let lexiconSize = 0;
const knownWords = new Map<string, boolean>();

/** Whether the model's lexicon has the word, case folded; false when the model cannot load. */
function inLexicon(word: string): boolean {
  const w = word.toLowerCase();
  let known = knownWords.get(w);
  if (known === undefined) {
    const list = WINK_SPACE.test(w) ? undefined : lexiconList();
    known = list ? list.has(w) : readsAsLexeme(w);
    knownWords.set(w, known);
  }
  return known;
}

/** Whether wink reads the word as one token of its own lexicon; loads the model. */
function readsAsLexeme(w: string): boolean {
  const nlp = getWink();
  try {
    const ids = nlp ? (nlp.readDoc(w).tokens().out(nlp.its.uniqueId) as number[]) : [];
    return ids.length === 1 && (ids[0] as number) < lexiconSize;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// The precomputed lexicon: whether a word is known without loading the model.

/**
 * The characters wink's tokenizer splits at (its model's trex.helpers.splitter): a word without
 * them is one raw token, which wink reads as one token of its lexicon exactly when the word is
 * one of the lexicon's lower-case lexemes that reads so (knownWordsOfModel). A word with them
 * is asked of wink itself.
 */
const WINK_SPACE = /[\s\u200b-\u200d\u2060]/u;

/**
 * The build's list of the words the lexicon knows (scripts/precompute.mjs writes lexiconFile()
 * next to this module): the version line of wink-nlp and its model, then the words, sorted, one
 * a line. Knowing a word thus costs no model load (some 200 ms): a document no rule tags is
 * checked without wink.
 */
export const LEXICON_FILE = new URL('./lexicon.txt', import.meta.url);

/** Sorted words, one a line, searched in place: reading the file costs no array and no set. */
class SortedLines {
  constructor(private readonly text: string) {}

  has(w: string): boolean {
    const t = this.text;
    // [lo, hi) holds whole lines: lo is a line's start, hi a line's end.
    let lo = 0;
    let hi = t.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = t.lastIndexOf('\n', mid - 1) + 1;
      const nl = t.indexOf('\n', mid);
      const end = nl < 0 ? t.length : nl;
      const line = t.slice(start, end);
      if (line === w) return true;
      if (line < w) lo = end + 1;
      else hi = start - 1;
    }
    return false;
  }
}

/** The versions of wink-nlp and its model, which the precomputed list must match. */
function winkVersions(): string {
  const require = createRequire(import.meta.url);
  const version = (p: string): string => (require(`${p}/package.json`) as { version: string }).version;
  return `wink-nlp ${version('wink-nlp')} wink-eng-lite-web-model ${version('wink-eng-lite-web-model')}`;
}

let lexicon: SortedLines | undefined;
let lexiconMissing = false;

/** The precomputed list, if the build wrote it for these versions of wink; else undefined. */
function lexiconList(): SortedLines | undefined {
  if (lexicon || lexiconMissing) return lexicon;
  try {
    const text = readFileSync(LEXICON_FILE, 'utf8');
    const nl = text.indexOf('\n');
    if (nl > 0 && text.slice(0, nl) === winkVersions()) lexicon = new SortedLines(text.slice(nl + 1));
  } catch {
    // not built (tests run from the sources) or unreadable: ask wink
  }
  lexiconMissing = lexicon === undefined;
  return lexicon;
}

/**
 * The lower-case words of the model's own lexicon that wink reads as one token of that lexicon
 * ("hygiene", but not "don't", which it expands into two), sorted: what inLexicon answers from.
 */
export function knownWordsOfModel(): string[] {
  const nlp = getWink();
  if (!nlp) throw new Error('wink-nlp could not load its model');
  const require = createRequire(import.meta.url);
  const model = require('wink-eng-lite-web-model') as Model & { core(): { features: { lexeme: { list: string[] } } } };
  const lexemes = model.core().features.lexeme.list.slice(0, lexiconSize);
  return lexemes.filter((w) => w === w.toLowerCase() && !WINK_SPACE.test(w) && readsAsLexeme(w)).sort();
}

/** The text of the precomputed list (LEXICON_FILE). */
export function lexiconFile(): string {
  return `${winkVersions()}\n${knownWordsOfModel().join('\n')}`;
}

function getWink(): WinkMethods | undefined {
  if (wink || winkFailed) return wink;
  try {
    const require = createRequire(import.meta.url);
    const winkNLP = require('wink-nlp') as (model: Model, pipe?: string[]) => WinkMethods;
    const model = require('wink-eng-lite-web-model') as Model;
    // POS only: wink's tagger does not look at sentence boundaries, so 'sbd' would only cost.
    wink = winkNLP(model, ['pos']);
    // wink numbers the lexemes of its lexicon first and gives each word it has not seen the next
    // number: the first unknown word read on a new instance marks where the lexicon ends.
    lexiconSize = wink.readDoc('zqxjkvoovprobe').tokens().out(wink.its.uniqueId)[0] as number;
  } catch {
    winkFailed = true; // never retry a failed load on every sentence
  }
  return wink;
}

// ---------------------------------------------------------------------------------------------
// Wink analysis of one sentence.

interface WinkTokens {
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly value: readonly string[];
  readonly pos: readonly Upos[];
  readonly lemma: readonly string[] | undefined;
}

function analyse(nlp: WinkMethods, sentence: string, wantLemmas: boolean): WinkTokens {
  const doc = nlp.readDoc(sentence);
  const toks = doc.tokens();
  const value = toks.out(nlp.its.value) as string[];
  const rawPos = toks.out(nlp.its.pos) as string[];
  // wink's .d.ts types its.lemma with a signature out() does not accept; it works at runtime.
  const lemmaFn = nlp.its.lemma as unknown as ItsFunction<string>;
  const lemma = wantLemmas ? (toks.out(lemmaFn) as string[]) : undefined;
  const n = value.length;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const pos: Upos[] = new Array<Upos>(n);
  let cursor = 0;
  for (let i = 0; i < n; i++) {
    const v = value[i] ?? '';
    let at = sentence.startsWith(v, cursor) ? cursor : sentence.indexOf(v, cursor);
    // Not found would mean wink altered the text; never seen, but keep going sequentially.
    if (at < 0) at = Math.min(cursor, sentence.length);
    start[i] = at;
    end[i] = Math.min(at + v.length, sentence.length);
    cursor = end[i] as number;
    const p = rawPos[i];
    pos[i] = p !== undefined && UPOS.has(p) ? (p as Upos) : 'X';
  }
  return { start, end, value, pos, lemma };
}

// ---------------------------------------------------------------------------------------------
// Alignment.

/** Index of the last wink token starting at or before `s`, or -1. */
function lastStartingAtOrBefore(starts: Int32Array, s: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if ((starts[mid] as number) <= s) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

const HEAD_TAGS: ReadonlySet<Upos> = new Set<Upos>(['NOUN', 'VERB', 'ADJ', 'PROPN', 'NUM']);
const NOMINAL_NEXT: ReadonlySet<Upos> = new Set<Upos>(['NOUN', 'PROPN', 'ADJ']);

/**
 * Tag of an engine word that wink split at hyphens ("23-year-old", "short-term",
 * "well-known"). The first part's tag would say NUM, ADJ, ADV; English compounds are
 * right-headed, so:
 *  - a compound whose head (last part) is NOUN/ADJ, directly followed by a NOUN/PROPN/ADJ, is a
 *    prenominal modifier: ADJ, as in the Penn Treebank ("23-year-old man", "two-day meeting",
 *    "short-term policy", "variable-rate mortgage");
 *  - otherwise the head's tag if it is NOUN/VERB/ADJ/PROPN/NUM ("the 23-year-old" ADJ,
 *    "well-known" and "state-owned" VERB like wink's other participles, "long-term" NOUN,
 *    "1-0" NUM, "Jean-Claude" PROPN);
 *  - otherwise (head ADP/ADV/PART..., e.g. "follow-up") the first part's tag.
 */
function compoundTag(w: WinkTokens, first: number, last: number): Upos {
  let head = last;
  while (head > first && w.pos[head] === 'PUNCT') head--;
  const headTag = w.pos[head] as Upos;
  let next = last + 1;
  while (next < w.pos.length && w.pos[next] === 'SPACE') next++;
  const nextTag = w.pos[next];
  if ((headTag === 'NOUN' || headTag === 'ADJ') && nextTag !== undefined && NOMINAL_NEXT.has(nextTag)) {
    return 'ADJ';
  }
  if (HEAD_TAGS.has(headTag)) return headTag;
  return w.pos[first] as Upos;
}

/** A tag from the characters alone, for tokens wink did not see. */
function charTag(text: string): Upos {
  if (text.length === 0) return 'X';
  if (/^\s+$/u.test(text)) return 'SPACE';
  if (/^\p{N}+(?:[.,:]\p{N}+)*$/u.test(text)) return 'NUM';
  if (/^\p{P}+$/u.test(text)) return 'PUNCT';
  if (/^\p{S}+$/u.test(text)) return 'SYM';
  return 'X';
}

function clampSpan(sentence: string, t: TokenSpan | undefined): [number, number] | undefined {
  if (!t) return undefined;
  const s = Number(t.start);
  const e = Number(t.end);
  if (!Number.isFinite(s) || !Number.isFinite(e)) return undefined;
  const a = Math.max(0, Math.min(Math.trunc(s), sentence.length));
  const b = Math.max(a, Math.min(Math.trunc(e), sentence.length));
  return [a, b];
}

interface Aligned {
  pos: Upos[];
  lemma: string[];
}

function align(
  sentence: string,
  tokens: readonly TokenSpan[],
  w: WinkTokens | undefined,
  wantLemmas: boolean,
): Aligned {
  const n = tokens.length;
  const pos: Upos[] = new Array<Upos>(n);
  const lemma: string[] = wantLemmas ? new Array<string>(n) : [];
  const m = w ? w.start.length : 0;
  for (let k = 0; k < n; k++) {
    const span = clampSpan(sentence, tokens[k]);
    if (!span) {
      pos[k] = 'X';
      if (wantLemmas) lemma[k] = '';
      continue;
    }
    const [s, e] = span;
    let first = -1;
    if (w && m > 0) {
      const j = lastStartingAtOrBefore(w.start, s);
      if (j >= 0 && (s < (w.end[j] as number) || (w.start[j] === s && s === e))) first = j;
      else if (j + 1 < m && (w.start[j + 1] as number) < e) first = j + 1;
    }
    if (!w || first < 0) {
      const text = sentence.slice(s, e);
      pos[k] = charTag(text);
      if (wantLemmas) lemma[k] = text.toLowerCase();
      continue;
    }
    // Wink tokens inside this engine token, beyond the first.
    let last = first;
    while (last + 1 < m && (w.start[last + 1] as number) < e) last++;
    let tag = w.pos[first] as Upos;
    let lem = w.lemma?.[first];
    if (last > first) {
      let hyphenated = false;
      for (let i = first + 1; i < last; i++) if (w.value[i] === '-') hyphenated = true;
      if (hyphenated) {
        tag = compoundTag(w, first, last);
        if (wantLemmas) {
          let head = last;
          while (head > first && w.pos[head] === 'PUNCT') head--;
          lem = sentence.slice(s, w.start[head]).toLowerCase() + (w.lemma?.[head] ?? '');
        }
      }
    }
    pos[k] = tag;
    if (wantLemmas) lemma[k] = lem ?? sentence.slice(s, e).toLowerCase();
  }
  return { pos, lemma };
}

function run(sentence: unknown, tokens: unknown, wantLemmas: boolean): Aligned {
  const spans: readonly TokenSpan[] = Array.isArray(tokens) ? (tokens as TokenSpan[]) : [];
  const text = typeof sentence === 'string' ? sentence : '';
  if (spans.length === 0) return { pos: [], lemma: [] };
  let w: WinkTokens | undefined;
  const nlp = getWink();
  if (nlp && text.length > 0) {
    try {
      w = analyse(nlp, text, wantLemmas);
    } catch {
      w = undefined;
    }
  }
  try {
    return align(text, spans, w, wantLemmas);
  } catch {
    // Unreachable in practice; the contract is one tag per token, whatever happens.
    return { pos: spans.map((): Upos => 'X'), lemma: spans.map(() => '') };
  }
}

/**
 * Loads the model now rather than on the first tag() call: for a worker thread, which can
 * warm up before its first task arrives. Never throws.
 */
export function warmTagger(): void {
  const nlp = getWink();
  try {
    nlp?.readDoc('The model is warm.');
  } catch {
    // a failed warm-up only means the first tag() pays
  }
}

/** A tagger backed by wink-nlp; the model is loaded on the first call, not at import. */
export function createWinkTagger(): Tagger {
  return {
    tag(sentence: string, tokens: readonly TokenSpan[]): Upos[] {
      return run(sentence, tokens, false).pos;
    },
    tagWithLemmas(sentence: string, tokens: readonly TokenSpan[]): { pos: Upos[]; lemma: string[] } {
      return run(sentence, tokens, true);
    },
    knows: inLexicon,
  };
}

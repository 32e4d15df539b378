/**
 * Token patterns for rule packs. A pattern is elements separated by spaces; each element
 * matches one token:
 *
 *   word | a|the          a literal, or alternatives (case-insensitive, ’ folded to ')
 *   =Word                 a literal, case-sensitive
 *   {take} | {take|make}  any inflection of a lemma (verb forms and noun plural)
 *   <NOUN> | <NOUN|PROPN> a part-of-speech tag (the sentence gets tagged on demand)
 *   <NUM>|two|{say}       alternatives may mix words, lemmas and tags
 *   *                     any word or number
 *   !a|the                any word or number except these
 *   ^                     (first element only) the match starts its sentence
 *   x?                    suffix ?: the element is optional
 *   [ ... ]               brackets on elements mark the span to flag, e.g. `tensions [of] the`
 *   \x                    a literal punctuation char that has a meaning here (\? \[ \] \* \! \^)
 *
 * Matching walks the tokens with backtracking only over optional elements, memoizing
 * failures, so a match attempt costs at most elements x tokens comparisons.
 */
import { formsOf } from '../nlp/inflect.js';
import type { Doc, Token, Upos } from '../text/document.js';

export type Element =
  | { readonly kind: 'words'; readonly words: ReadonlySet<string>; readonly optional: boolean }
  | { readonly kind: 'exact'; readonly words: ReadonlySet<string>; readonly optional: boolean }
  | { readonly kind: 'lemma'; readonly lemmas: readonly string[]; readonly words: ReadonlySet<string>; readonly optional: boolean }
  | { readonly kind: 'pos'; readonly tags: ReadonlySet<string>; readonly optional: boolean }
  /** `*`, or `!a|{make}|<VERB>`: any word or number except these words, forms of these lemmas, or tags. */
  | { readonly kind: 'any'; readonly except: ReadonlySet<string>; readonly exceptTags?: ReadonlySet<string>; readonly optional: boolean }
  /** Alternatives mixing words, lemmas and tags: `<NUM>|two|three`, `{say}|<VERB>`. */
  | { readonly kind: 'mixed'; readonly words: ReadonlySet<string>; readonly tags: ReadonlySet<string>; readonly optional: boolean };

export interface Pattern {
  readonly source: string;
  readonly elements: readonly Element[];
  readonly sentenceStart: boolean;
  /** Element indices of the flagged span, half-open; the whole pattern when unbracketed. */
  readonly markFrom: number;
  readonly markTo: number;
  /** Normalized words a match can start with; undefined when any token can start one. */
  readonly anchors: ReadonlySet<string> | undefined;
  /** One set per required literal element: a document lacking all words of one cannot match. */
  readonly required: readonly ReadonlySet<string>[];
  readonly hasOptional: boolean;
  readonly needsPos: boolean;
  /**
   * Required elements after the first that need no tags, each with the window of offsets
   * from the match start its token can sit at (optional elements before it may be skipped):
   * matchAt tests them before anything that tags a sentence.
   */
  readonly literalChecks: readonly LiteralCheck[];
}

/** A required, tag-free element `element` whose token lies at start + [lo, hi]. */
export interface LiteralCheck {
  readonly element: Element;
  readonly lo: number;
  readonly hi: number;
}

export interface Match {
  /** Token index each element matched, or -1 when an optional element was skipped. */
  readonly slots: readonly number[];
  readonly firstToken: number;
  readonly endToken: number;
  /** Flagged span, UTF-16 offsets. */
  readonly start: number;
  readonly end: number;
}

export class PatternError extends Error {}

const UPOS = new Set([
  'ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X',
]);

function unescape(s: string): string {
  return s.replace(/\\(.)/g, '$1');
}

/** Alternatives split on the top-level "|", outside <...> and {...}: `<NUM>|two|{say|tell}`. */
function topLevelAlts(s: string): string[] {
  return s.match(/<[^>]*>|\{[^}]*\}|[^|<{]+/g) ?? [];
}

// Nothing to unescape, fold or lower-case: most alternatives ("said|told|stated").
const PLAIN = /^[^\\’\p{Lu}]*$/u;

function splitAlts(body: string): string[] {
  if (PLAIN.test(body)) return body.split('|');
  return body.split('|').map((w) => unescape(w).toLowerCase().replace(/’/g, "'"));
}

/**
 * Parsed elements by their text: the packs' ~3,000 patterns repeat a few hundred elements
 * ("the", "a|an|the", "{make}", "<NOUN>"), and an element is immutable, so patterns share one.
 * A malformed element throws and is never stored.
 */
const PARSED = new Map<string, Element>();

function parseElement(raw: string, source: string): Element {
  let e = PARSED.get(raw);
  if (!e) {
    e = parseNewElement(raw, source);
    PARSED.set(raw, e);
  }
  return e;
}

function parseNewElement(raw: string, source: string): Element {
  let s = raw;
  let optional = false;
  if (s.length > 1 && s.endsWith('?') && !s.endsWith('\\?')) {
    optional = true;
    s = s.slice(0, -1);
  }
  const bad = (why: string): never => {
    throw new PatternError(`pattern "${source}": element "${raw}": ${why}`);
  };
  if (s === '*') return { kind: 'any', except: new Set(), optional };
  // Mixed alternatives: split on top-level |, outside <...> and {...} (only these have a < or {).
  const alts = /[<{]/.test(s) ? topLevelAlts(s) : [];
  if (alts.length > 1 && alts.join('|') === s) {
    const words = new Set<string>();
    const tags = new Set<string>();
    for (const a of alts) {
      const e = parseElement(a, source);
      if (e.kind === 'pos') for (const t of e.tags) tags.add(t);
      else if (e.kind === 'words' || e.kind === 'lemma') for (const w of e.words) words.add(w);
      else bad(`"${a}" cannot be an alternative`);
    }
    return { kind: 'mixed', words, tags, optional };
  }
  if (s.startsWith('!') && s.length > 1) {
    const except = new Set<string>();
    const exceptTags = new Set<string>();
    for (const a of topLevelAlts(s.slice(1))) {
      if (a.startsWith('<') || a.startsWith('{')) {
        const e = parseElement(a, source);
        if (e.kind === 'pos') for (const t of e.tags) exceptTags.add(t);
        else if (e.kind === 'lemma') for (const w of e.words) except.add(w);
      } else for (const w of splitAlts(a)) except.add(w);
    }
    return exceptTags.size > 0 ? { kind: 'any', except, exceptTags, optional } : { kind: 'any', except, optional };
  }
  if (s.startsWith('{')) {
    if (!s.endsWith('}') || s.length < 3) bad('unclosed {lemma}');
    const lemmas = splitAlts(s.slice(1, -1));
    if (lemmas.some((l) => !/^[a-z][a-z'-]*$/.test(l))) bad('a lemma is one lower-case word');
    const words = new Set<string>();
    for (const l of lemmas) for (const f of formsOf(l)) words.add(f);
    return { kind: 'lemma', lemmas, words, optional };
  }
  if (s.startsWith('<')) {
    if (!s.endsWith('>') || s.length < 3) bad('unclosed <TAG>');
    const tags = s.slice(1, -1).split('|');
    for (const t of tags) if (!UPOS.has(t)) bad(`unknown tag ${t} (use Universal POS tags)`);
    return { kind: 'pos', tags: new Set(tags), optional };
  }
  if (s.startsWith('=') && s.length > 1) {
    return { kind: 'exact', words: new Set(s.slice(1).split('|').map(unescape)), optional };
  }
  const words = splitAlts(s);
  if (words.some((w) => w.length === 0)) bad('empty alternative');
  return { kind: 'words', words: new Set(words), optional };
}

/** Splits a pattern on spaces, peeling the [ ] span marks off element edges. */
export function compilePattern(source: string): Pattern {
  const parts = source.trim().split(/\s+/).filter((p) => p.length > 0);
  let sentenceStart = false;
  if (parts[0] === '^') {
    sentenceStart = true;
    parts.shift();
  }
  if (parts.length === 0) throw new PatternError(`pattern "${source}": empty`);
  const elements: Element[] = [];
  let markFrom = -1;
  let markTo = -1;
  for (let raw of parts) {
    if (raw.startsWith('[') && raw.length > 1) {
      if (markFrom !== -1) throw new PatternError(`pattern "${source}": more than one [`);
      markFrom = elements.length;
      raw = raw.slice(1);
    }
    let closes = false;
    if (raw.endsWith(']') && !raw.endsWith('\\]') && raw.length > 1) {
      closes = true;
      raw = raw.slice(0, -1);
    }
    elements.push(parseElement(raw, source));
    if (closes) {
      if (markFrom === -1 || markTo !== -1) throw new PatternError(`pattern "${source}": ] without [`);
      markTo = elements.length;
    }
  }
  if ((markFrom === -1) !== (markTo === -1)) throw new PatternError(`pattern "${source}": unbalanced [ ]`);
  if (elements.every((e) => e.optional)) throw new PatternError(`pattern "${source}": every element is optional`);
  const marked = elements.slice(markFrom === -1 ? 0 : markFrom, markTo === -1 ? elements.length : markTo);
  if (marked.every((e) => e.optional)) throw new PatternError(`pattern "${source}": the marked span is all optional`);
  return {
    source,
    elements,
    sentenceStart,
    markFrom: markFrom === -1 ? 0 : markFrom,
    markTo: markTo === -1 ? elements.length : markTo,
    anchors: anchorsOf(elements),
    required: elements.flatMap((e) =>
      e.optional ? [] : e.kind === 'words' || e.kind === 'lemma' ? [e.words] : e.kind === 'exact' ? [new Set([...e.words].map((w) => w.toLowerCase().replace(/’/g, "'")))] : [],
    ),
    hasOptional: elements.some((e) => e.optional),
    needsPos: elements.some(needsTags),
    literalChecks: literalChecksOf(elements),
  };
}

function needsTags(e: Element): boolean {
  return e.kind === 'pos' || (e.kind === 'mixed' && e.tags.size > 0) || (e.kind === 'any' && e.exceptTags !== undefined);
}

function literalChecksOf(elements: readonly Element[]): LiteralCheck[] {
  const out: LiteralCheck[] = [];
  let skippable = 0;
  for (let i = 0; i < elements.length; i++) {
    const e = elements[i] as Element;
    if (e.optional) skippable++;
    else if (i > 0 && !needsTags(e)) out.push({ element: e, lo: i - skippable, hi: i });
  }
  return out;
}

function anchorsOf(elements: readonly Element[]): ReadonlySet<string> | undefined {
  // A required first element of words: its own set (elements are shared and never change).
  const e0 = elements[0] as Element;
  if (!e0.optional && (e0.kind === 'words' || e0.kind === 'lemma' || (e0.kind === 'mixed' && e0.tags.size === 0))) return e0.words;
  const anchors = new Set<string>();
  for (const e of elements) {
    if (e.kind === 'words' || e.kind === 'lemma' || (e.kind === 'mixed' && e.tags.size === 0)) for (const w of e.words) anchors.add(w);
    else if (e.kind === 'exact') for (const w of e.words) anchors.add(w.toLowerCase().replace(/’/g, "'"));
    else return undefined;
    if (!e.optional) return anchors;
  }
  return anchors;
}

export function elementMatches(e: Element, t: Token, doc: Doc): boolean {
  switch (e.kind) {
    case 'mixed':
      return e.words.has(t.norm) || (e.tags.size > 0 && e.tags.has(doc.pos(t)));
    case 'words':
    case 'lemma':
      return e.words.has(t.norm);
    case 'exact':
      return e.words.has(t.text);
    case 'any':
      return t.kind !== 'punct' && !e.except.has(t.norm) && !(e.exceptTags !== undefined && e.exceptTags.has(doc.pos(t)));
    case 'pos':
      return e.tags.has(doc.pos(t) as Upos);
  }
}

/** Tries the pattern with its first element at token `at`; the match stays in one sentence. */
export function matchAt(p: Pattern, doc: Doc, at: number): Match | undefined {
  const first = doc.at(at);
  if (!first) return undefined;
  if (p.sentenceStart && !doc.isSentenceInitial(first)) return undefined;
  const sentence = doc.sentenceOf(first);
  // Fast rejection, before any allocation: most attempts fail on the first two elements when
  // both are required. The same element tests the walk below would make first, so the result
  // (and which sentences get tagged) is unchanged.
  // Then every required element that needs no tags must find its token in its window, so
  // a sentence is tagged only for attempts whose words are all there (tags are per sentence
  // and do not depend on which rule asked first, so findings are unchanged).
  const e0 = p.elements[0] as Element;
  if (!e0.optional && !needsTags(e0) && !elementMatches(e0, first, doc)) return undefined;
  const end = sentence.endToken;
  for (const c of p.literalChecks) {
    const lo = at + c.lo;
    if (lo >= end) return undefined;
    const hi = Math.min(at + c.hi, end - 1);
    let found = false;
    for (let ti = lo; ti <= hi && !found; ti++) found = elementMatches(c.element, doc.at(ti) as Token, doc);
    if (!found) return undefined;
  }
  if (!e0.optional) {
    if (!elementMatches(e0, first, doc)) return undefined;
    const e1 = p.elements[1];
    if (e1 && !e1.optional) {
      const t1 = at + 1 < end ? doc.at(at + 1) : undefined;
      if (!t1 || !elementMatches(e1, t1, doc)) return undefined;
    }
    if (!p.hasOptional) return matchFixed(p, doc, at, end);
  }
  // The walk below allocates nothing: slots and the failure memo are module scratch, the memo
  // stamped with a generation instead of cleared. Each element takes at most one token, so a
  // walk state is (element, tokens taken) and the memo has (n + 1)^2 cells.
  const n = p.elements.length;
  if (SCRATCH_SLOTS.length < n) SCRATCH_SLOTS = new Int32Array(n * 2);
  if (FAILED_AT.length < (n + 1) * (n + 1)) FAILED_AT = new Int32Array((n + 1) * (n + 1) * 2);
  SCRATCH_SLOTS.fill(-1, 0, n);
  if (++generation === 0x7fffffff) {
    FAILED_AT.fill(0);
    generation = 1;
  }
  const endToken = walk(p, doc, at, sentence.endToken, 0, at);
  if (endToken === -1 || endToken === at) return undefined;
  const slots = Array.from(SCRATCH_SLOTS.subarray(0, n));
  // A match must start on its first token; an optional first element that was skipped
  // means a later element matched here, which an anchor at `at` also allows.
  let firstMarked = -1;
  let lastMarked = -1;
  for (let i = p.markFrom; i < p.markTo; i++) {
    const s = slots[i] as number;
    if (s === -1) continue;
    if (firstMarked === -1) firstMarked = s;
    lastMarked = s;
  }
  const a = doc.at(firstMarked === -1 ? at : firstMarked) as Token;
  const b = doc.at(lastMarked === -1 ? endToken - 1 : lastMarked) as Token;
  return { slots, firstToken: at, endToken, start: a.start, end: b.end };
}

let SCRATCH_SLOTS = new Int32Array(16);
/** FAILED_AT[element * (n + 1) + tokens taken] === generation: that state is known to fail. */
let FAILED_AT = new Int32Array(256);
let generation = 0;

/**
 * The end token of a match of elements ei.. from token ti, or -1. (element, token) pairs
 * known to fail are memoized: a pattern of many optional elements (a desk's pack is untrusted
 * input) costs elements x tokens, never 2^elements.
 */
function walk(p: Pattern, doc: Doc, at: number, sentenceEnd: number, ei: number, ti: number): number {
  const n = p.elements.length;
  if (ei === n) return ti;
  const key = ei * (n + 1) + (ti - at);
  if (FAILED_AT[key] === generation) return -1;
  const e = p.elements[ei] as Element;
  const t = ti < sentenceEnd ? doc.at(ti) : undefined;
  if (t && elementMatches(e, t, doc)) {
    SCRATCH_SLOTS[ei] = ti;
    const end = walk(p, doc, at, sentenceEnd, ei + 1, ti + 1);
    if (end !== -1) return end;
    SCRATCH_SLOTS[ei] = -1;
  }
  const end = e.optional ? walk(p, doc, at, sentenceEnd, ei + 1, ti) : -1;
  if (end === -1) FAILED_AT[key] = generation;
  return end;
}

/** matchAt for a pattern without optional elements: element i is token at + i. */
function matchFixed(p: Pattern, doc: Doc, at: number, sentenceEnd: number): Match | undefined {
  const n = p.elements.length;
  if (at + n > sentenceEnd) return undefined;
  for (let i = 2; i < n; i++) if (!elementMatches(p.elements[i] as Element, doc.at(at + i) as Token, doc)) return undefined;
  const slots = new Array<number>(n);
  for (let i = 0; i < n; i++) slots[i] = at + i;
  const a = doc.at(at + p.markFrom) as Token;
  const b = doc.at(at + p.markTo - 1) as Token;
  return { slots, firstToken: at, endToken: at + n, start: a.start, end: b.end };
}

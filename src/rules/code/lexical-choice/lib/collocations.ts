/**
 * Light verbs and their object nouns ("make a mistake", "take measures", "hold talks"), and
 * dimension or intensity adjectives and the nouns they modify ("heavy rain", "high prices"): the
 * closed sets, how a pair is read from tagged text, and the counts of each pair in clean English
 * (src/data/collocation-counts.txt, made by scripts/count-collocations.mjs with pairsIn below, so
 * the rule usual-collocation reads text exactly as the counts were made).
 *
 * Built on first use, not when the module loads, so start-up does not pay for it.
 */
import type { Doc, Token } from '../../../../text/document.js';
import { readList } from '../../../../data/lists.js';
import { pluralOf, verbForm } from '../../../../nlp/inflect.js';

/**
 * verb: a light verb and the head noun of an object with a determiner, adjective, number or
 * possessive ("made a serious mistake"); bare: one with none ("take place", "make sense", "take
 * steps"), idioms whose noun has another sense with a determiner ("a clearer picture"); adj: an
 * adjective and the noun right after it.
 */
export type CollocSet = 'verb' | 'bare' | 'adj';

/**
 * Light verbs a translation swaps for one another (lemmas; "carry" stands for "carry out", the
 * only way it is read). "have" and "get" go with almost any noun and are left out.
 */
export const LIGHT_VERBS: readonly string[] = `make do take give hold pay commit carry conduct perform raise pose reach achieve
  deliver lodge file launch undertake stage wage cause inflict exert render put set`.split(/\s+/);

/**
 * Dimension and intensity adjectives with their comparative and superlative forms, by the side of
 * the scale they stand on: a word is only ever replaced by one on its own side ("small majority"
 * is not a wrong "large majority").
 */
const ADJ_FORMS: Readonly<Record<string, readonly [side: 'up' | 'down', forms: string]>> = {
  big: ['up', 'bigger biggest'], large: ['up', 'larger largest'], great: ['up', 'greater greatest'],
  high: ['up', 'higher highest'], strong: ['up', 'stronger strongest'], heavy: ['up', 'heavier heaviest'],
  hard: ['up', 'harder hardest'], deep: ['up', 'deeper deepest'], serious: ['up', ''], severe: ['up', ''],
  huge: ['up', ''], wide: ['up', 'wider widest'], broad: ['up', 'broader broadest'], tall: ['up', 'taller tallest'],
  thick: ['up', 'thicker thickest'], sharp: ['up', 'sharper sharpest'], steep: ['up', 'steeper steepest'],
  fierce: ['up', 'fiercer fiercest'], intense: ['up', ''], violent: ['up', ''], harsh: ['up', 'harsher harshest'],
  strict: ['up', 'stricter strictest'], tough: ['up', 'tougher toughest'], grave: ['up', ''], vast: ['up', ''],
  enormous: ['up', ''], powerful: ['up', ''], bitter: ['up', ''], tight: ['up', 'tighter tightest'],
  long: ['up', 'longer longest'], low: ['down', 'lower lowest'], small: ['down', 'smaller smallest'],
  little: ['down', ''], light: ['down', 'lighter lightest'], weak: ['down', 'weaker weakest'],
  thin: ['down', 'thinner thinnest'], narrow: ['down', 'narrower narrowest'], slight: ['down', 'slighter slightest'],
  short: ['down', 'shorter shortest'],
};

/**
 * The swaps a translation makes, as the member it writes -> the members English may want instead
 * (the rule suggests one of these only): "do a mistake" (make), "make measures" (take), "make a
 * crime" (commit), "achieve an agreement" (reach), "give a question" (raise);
 * "strong rain" (heavy), "big importance" (great), "heavy injuries" (serious), "high building"
 * (tall). Members not listed here are never flagged, only counted: "perform", "conduct", "put",
 * "sharp", "huge" and the like have senses of their own ("put pictures", "a sharp increase").
 */
const SWAPS: Readonly<Record<string, string>> = {
  make: 'take do hold commit pay carry conduct pose raise launch give deliver wage',
  do: 'make take carry conduct commit pay perform hold',
  take: 'make hold pay',
  give: 'make raise pose',
  achieve: 'reach',
  big: 'great heavy high serious strong severe',
  large: 'high great heavy',
  strong: 'heavy high great severe serious',
  heavy: 'serious severe strong',
  hard: 'harsh heavy severe strong',
  high: 'tall heavy great strong',
  tall: 'high',
  small: 'low light',
  low: 'small',
  weak: 'light low',
  little: 'small low',
};
let swaps: ReadonlyMap<string, ReadonlySet<string>> | undefined;

/** The members English may want where a translation wrote `member` (empty: it is never flagged). */
export function swapsFor(member: string): ReadonlySet<string> {
  swaps ??= new Map(Object.entries(SWAPS).map(([m, list]) => [m, new Set(list.split(' '))]));
  return swaps.get(member) ?? new Set();
}

export interface Pair {
  readonly set: CollocSet;
  /** the member's lemma: "make", "heavy" */
  readonly member: string;
  /** the noun's key (nounKey): "mistake", "rain" */
  readonly noun: string;
  /** the member's token (for "carry out", "carry") */
  readonly at: Token;
  /** the noun's token */
  readonly head: Token;
}

let verbByForm: ReadonlyMap<string, string> | undefined;
let adjByForm: ReadonlyMap<string, string> | undefined;

function verbs(): ReadonlyMap<string, string> {
  if (!verbByForm) {
    const m = new Map<string, string>();
    for (const v of LIGHT_VERBS) for (const f of ['base', 's', 'past', 'pp', 'ing'] as const) m.set(verbForm(v, f), v);
    verbByForm = m;
  }
  return verbByForm;
}

function adjectives(): ReadonlyMap<string, string> {
  if (!adjByForm) {
    const m = new Map<string, string>();
    for (const [a, [, forms]] of Object.entries(ADJ_FORMS)) for (const f of [a, ...forms.split(' ')]) if (f) m.set(f, a);
    adjByForm = m;
  }
  return adjByForm;
}

/** The side of the scale an adjective of the set stands on. */
export function sideOf(adj: string): 'up' | 'down' | undefined {
  return ADJ_FORMS[adj]?.[0];
}

/**
 * The same degree of another adjective of the set: ("heavier", "strong") -> "stronger"; undefined
 * where the word is not a form of `from` or the other has no such form ("more severe").
 */
export function sameDegree(from: string, word: string, to: string): string | undefined {
  const a = [from, ...(ADJ_FORMS[from]?.[1] ?? '').split(' ')];
  const b = [to, ...(ADJ_FORMS[to]?.[1] ?? '').split(' ')];
  const k = a.indexOf(word);
  return k >= 0 && b[k] ? b[k] : undefined;
}

/** The members a translation swaps (swapsFor is not empty). */
export function swappedMembers(): readonly string[] {
  return Object.keys(SWAPS);
}

let swapped: ReadonlySet<string> | undefined;
/** Every form of the members a translation swaps (swapsFor): the words the rule starts from. */
export function swappedForms(): ReadonlySet<string> {
  if (!swapped) {
    const out = new Set<string>();
    for (const [f, m] of [...verbs(), ...adjectives()]) if (SWAPS[m]) out.add(f);
    swapped = out;
  }
  return swapped;
}

/** The lemma of a member's form (a light verb or an adjective of the set). */
export function memberOf(norm: string): string | undefined {
  return verbs().get(norm) ?? adjectives().get(norm);
}

/** Every form of every member: the words the counts start from. */
export function memberForms(): ReadonlySet<string> {
  return new Set([...verbs().keys(), ...adjectives().keys()]);
}

/** The lemma of a light verb's form, if it is one. */
export function lightVerbOf(norm: string): string | undefined {
  return verbs().get(norm);
}

/** A noun's key: its singular where a plural's spelling gives it back ("measures" -> "measure"), else the word. */
export function nounKey(norm: string): string {
  if (norm.length > 3 && norm.endsWith('s') && !norm.endsWith('ss')) {
    for (const c of [`${norm.slice(0, -3)}y`, norm.slice(0, -2), norm.slice(0, -1)]) if (c.length > 1 && pluralOf(c) === norm) return c;
  }
  return norm;
}

/** Adjectives a verb takes as a complement before its object ("make sure the doors are shut"). */
const COMPLEMENT = new Set(['sure', 'clear', 'certain', 'possible', 'available', 'public', 'known', 'plain', 'ready', 'easy', 'free', 'good', 'short', 'open', 'safe']);
const POSSESSIVE = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
/** Words a verb's object may open with or hold before its noun: determiners, adjectives, numbers, possessives. */
function modifier(doc: Doc, t: Token): boolean {
  if (t.kind === 'number') return true;
  if (t.kind !== 'word') return false;
  if (POSSESSIVE.has(t.norm)) return true;
  const tag = doc.pos(t);
  return tag === 'DET' || tag === 'ADJ' || tag === 'NUM';
}

/** Particles that make the verb phrasal when they follow its object ("held the economy back"). */
const PARTICLES = new Set(['back', 'away', 'out', 'up', 'down', 'off', 'over', 'aside', 'apart', 'together', 'around', 'forward']);

/** Nouns of time that open an adverbial after a verb ("made the previous day", "take this week"). */
const TIME_NOUNS = new Set(
  'day days week weeks month months year years night nights morning evening afternoon weekend hour hours minute minutes'.split(' '),
);

/**
 * Whether the object's head noun ends the verb's object: not before an adjective or a second noun
 * phrase (a complement: "made such a step possible", "take this the wrong way"), a particle ("held
 * the economy back"), a number (a label: "do step 7") or, after a determiner or adjective, "of"
 * (the noun is a sense of its own: "take the appearance of", "made the role of").
 */
function objectEnds(doc: Doc, head: Token, bare: boolean): boolean {
  // a time adverbial, not an object ("he had made the previous day"); "a great deal" is an amount
  if (TIME_NOUNS.has(head.norm)) return false;
  const before = doc.prev(head);
  if (head.norm === 'deal' && before && /^(great|good)$/.test(before.norm)) return false;
  const a = doc.next(head);
  if (!a) return true;
  // "their wage and price decisions": the head is further on
  if (a.norm === 'and' || a.norm === 'or') return false;
  if (a.kind === 'number' || PARTICLES.has(a.norm) || a.norm === "'s" || (!bare && a.norm === 'of')) return false;
  const tag = a.kind === 'word' ? doc.pos(a) : '';
  // a complement ("made such a step possible"), a second object, or a bare infinitive ("make the action look")
  if (tag === 'ADJ' || tag === 'DET' || tag === 'NUM' || tag === 'PRON' || tag === 'VERB') return false;
  // a second object after an adverb: "give this movie also a try", "give the film more credibility"
  const b = tag === 'ADV' ? doc.next(a) : undefined;
  return !b || b.kind !== 'word' || !/^(DET|ADJ|NUM)$/.test(doc.pos(b));
}

/**
 * The pair a member's token opens, if it has one. A light verb (tagged VERB; "carry" only before
 * "out") takes the head noun of the object after it: up to four determiners, adjectives, numbers
 * or possessives, then a run of nouns, whose last one is the head ("took tough security
 * measures"), and it must end the object (objectEnds); a pronoun, a particle ("make up", "take over") or a name there is no pair. An
 * adjective (tagged ADJ) takes the one noun right after it, if no noun follows that one ("heavy
 * rain", not "high school students").
 */
export function pairAt(doc: Doc, t: Token): Pair | undefined {
  if (t.kind !== 'word') return undefined;
  const tag = doc.pos(t);
  const verb = tag === 'VERB' ? verbs().get(t.norm) : undefined;
  if (verb) {
    let n = doc.next(t);
    if (verb === 'carry') {
      if (n?.norm !== 'out') return undefined;
      n = doc.next(n);
    }
    // "make sure the", "make clear these": an adjective complement, then the object
    if (n && COMPLEMENT.has(n.norm)) return undefined;
    let skipped = 0;
    let dets = 0;
    while (n && skipped < 4 && modifier(doc, n)) {
      // two determiners are two noun phrases: "take this the wrong way"
      if (doc.pos(n) === 'DET' && ++dets > 1) return undefined;
      n = doc.next(n);
      skipped++;
    }
    if (!n || n.kind !== 'word' || doc.pos(n) !== 'NOUN') return undefined;
    let head: Token = n;
    for (let m = doc.next(n); m && m.kind === 'word' && doc.pos(m) === 'NOUN' && !m.norm.endsWith('ing'); m = doc.next(m)) head = m;
    if (!objectEnds(doc, head, skipped === 0)) return undefined;
    return { set: skipped === 0 ? 'bare' : 'verb', member: verb, noun: nounKey(head.norm), at: t, head };
  }
  const adj = tag === 'ADJ' ? adjectives().get(t.norm) : undefined;
  if (adj) {
    const n = doc.next(t);
    if (!n || n.kind !== 'word' || doc.pos(n) !== 'NOUN') return undefined;
    const after = doc.next(n);
    if (after && after.kind === 'word' && /^(NOUN|PROPN)$/.test(doc.pos(after))) return undefined;
    return { set: 'adj', member: adj, noun: nounKey(n.norm), at: t, head: n };
  }
  return undefined;
}

/** What clean English puts with one noun, in one set. */
export interface NounRow {
  readonly noun: string;
  readonly set: CollocSet;
  /** member -> times seen */
  readonly counts: ReadonlyMap<string, number>;
  readonly total: number;
}

let rows: ReadonlyMap<string, NounRow> | undefined;

/** The counted row of a noun in a set, if clean English has the noun with any member. */
export function nounRow(set: CollocSet, noun: string): NounRow | undefined {
  return allRows().get(`${set}:${noun}`);
}

/** Every counted row, by "set:noun". */
export function allRows(): ReadonlyMap<string, NounRow> {
  if (!rows) {
    const m = new Map<string, NounRow>();
    for (const line of readList('collocation-counts.txt')) {
      const [set, noun, total, ...pairs] = line.split(' ');
      const counts = new Map<string, number>();
      for (const p of pairs) {
        const colon = p.lastIndexOf(':');
        counts.set(p.slice(0, colon), Number(p.slice(colon + 1)));
      }
      m.set(`${set}:${noun}`, { set: set as CollocSet, noun: noun as string, counts, total: Number(total) });
    }
    rows = m;
  }
  return rows;
}

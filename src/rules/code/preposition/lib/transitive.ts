/**
 * Verbs that take a direct object, and the prepositions English also puts straight after them, for
 * the rule transitive-preposition: counted in clean English (the `transitive` lines of
 * src/data/preposition-head-counts.txt, made by scripts/count-preposition-heads.mjs) and completed
 * from knowledge of English (the + entries of the `transitive` lines of preposition-heads.txt).
 *
 * The counts are taken only where the verb is active and has its own object slot (activeSlot): not
 * a noun the tagger missed ("the request for", "his mention of"), not a passive or an adjectival
 * participle ("was opposed to", "are faced with", "as opposed to"). There a verb is counted as
 * followed by a direct object (a determiner, noun, name, number, adjective or object pronoun) or by
 * a preposition. A preposition seen there at least MIN_SEEN times is allowed after the verb.
 */
import type { Doc, Token } from '../../../../text/document.js';
import { readList } from '../../../../data/lists.js';
import { formsOf, formsMatching, type Form } from '../../../../nlp/inflect.js';
import { MIN_SEEN, pairCounts, prepKey } from './governed.js';

export interface TransitiveVerb {
  readonly lemma: string;
  /** Prepositions English puts right after the verb (toward for towards too). */
  readonly allowed: ReadonlySet<string>;
  /** Prepositions the rule checks after the verb: "about" and "to", and the ones marked - in preposition-heads.txt, less the allowed ones. */
  readonly checked: ReadonlySet<string>;
  /** Active uses counted with a direct object right after the verb. */
  readonly direct: number;
  /** Active uses counted with a preposition right after the verb. */
  readonly observed: number;
}

/** Words before a participle that make it passive or adjectival ("is opposed to", "as opposed to"). */
const PASSIVE_BEFORE = new Set(
  `be is are was were been being am 's 're get gets got gotten getting become becomes became becoming remain remains remained
  remaining seem seems seemed stay stays stayed feel feels felt as`.split(/\s+/),
);
/** Adverbs that may stand between "was" and its participle. */
const BETWEEN = new Set(['not', "n't", 'never', 'also', 'already', 'still', 'just', 'then', 'now', 'often', 'always', 'first', 'later', 'again']);
/** Tags of a word before the verb that make it a noun ("the request", "its reach", "further study"). */
const NOUN_BEFORE = new Set(['DET', 'ADJ', 'NUM']);
const POSSESSIVE = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their', "'s", 'whose']);
/** Subject pronouns, which cannot open the verb's object. */
const SUBJECT = new Set(['i', 'he', 'she', 'we', 'they', 'who', 'which', 'what', 'there']);
/** Tags that open a noun phrase. */
const NP_START = new Set(['DET', 'NOUN', 'PROPN', 'NUM', 'ADJ', 'PRON']);

/** Words after which a base or -s form is a verb: a subject pronoun, a modal, "do", the infinitive "to". */
const VERB_BEFORE = new Set(
  `i you he she it we they who that which will would shall should can could may might must do does did don't doesn't didn't
  won't wouldn't can't cannot couldn't shouldn't to let please`.split(/\s+/),
);
/** Words before "to" that make it a preposition, not an infinitive marker ("due to lack of"). */
const TO_PREPOSITION = new Set(`due owing prior thanks according next close similar contrary addition relation regard respect opposed`.split(/\s+/));
/** Adverbs that, between a noun and a participle, make a reduced relative ("the law just passed"). */
const REDUCED = new Set(['just', 'newly', 'previously', 'widely', 'commonly', 'duly', 'hastily']);
/** Linking verbs, after which an -ing form is an adjective ("seems often lacking with"). */
const LINKING = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared', 'look', 'looks', 'looked', 'become', 'becomes', 'became', 'remain', 'remains', 'remained', 'sound', 'sounds', 'sounded']);
/** Words that open a participle clause or a clause without its subject ("while opposed to", "when faced with"). */
const CLAUSE_OPENER = new Set(['while', 'when', 'whilst', 'if', 'once', 'unless', 'though', 'although', 'until', 'than', 'because', 'whether', 'and', 'or', 'but']);

/** The word before `t` in its sentence, past adverbs ("also", "not", "recently"). */
function wordBefore(doc: Doc, t: Token): Token | undefined {
  const first = doc.sentenceOf(t).firstToken;
  for (let k = t.index - 1; k >= first && k > t.index - 4; k--) {
    const w = doc.at(k) as Token;
    if (BETWEEN.has(w.norm) || (doc.pos(w) === 'ADV' && /ly$|^(also|never|not|still|just|then|already|only|even)$/.test(w.norm))) continue;
    return w;
  }
  return undefined;
}

/**
 * Whether the verb token at `t` is an active verb with an object slot after it: tagged VERB, not
 * after a determiner, adjective, number or possessive (a noun); a past participle not after a form
 * of "be", "get", "become", "remain", "seem", after "as" (passive or adjectival), after punctuation
 * or a conjunction (a participle clause, "..., faced with"); a base or -s form after a subject, a
 * modal, "do" or an infinitive "to" (so "is lack of", "due to lack of" are nouns the tagger missed).
 */
export function activeSlot(doc: Doc, t: Token, lemma: string): boolean {
  if (doc.pos(t) !== 'VERB') return false;
  const first = doc.sentenceOf(t).firstToken;
  const prev = t.index > first ? (doc.at(t.index - 1) as Token) : undefined;
  if (!prev) return false;
  if (POSSESSIVE.has(prev.norm) || (prev.norm !== 'that' && NOUN_BEFORE.has(doc.pos(prev)) && !/ly$/.test(prev.norm))) return false;
  const forms = formsOfWord(lemma, t.norm);
  const before = wordBefore(doc, t);
  if (!before) return false;
  if (forms.includes('ing')) return !LINKING.has(before.norm);
  if (forms.includes('pp')) {
    if (PASSIVE_BEFORE.has(before.norm) || CLAUSE_OPENER.has(before.norm)) return false;
    // "the resolution just adopted to": a participle after a noun and "just" is a reduced relative
    if (REDUCED.has(prev.norm)) return false;
    if (before.kind === 'punct' || doc.pos(before) === 'SCONJ' || doc.pos(before) === 'ADP') return false;
    if (forms.includes('past')) return true;
  }
  if (!forms.includes('base') && !forms.includes('s')) return forms.includes('past');
  if (VERB_BEFORE.has(before.norm)) {
    // after a modal, "do" or "to" only the base form is a verb ("devoted to studies of")
    if (!forms.includes('base') && !/^(it|he|she|who|that|which)$/.test(before.norm)) return false;
    if (before.norm !== 'to') return true;
    const w = before.index > first ? (doc.at(before.index - 1) as Token) : undefined;
    return !w || !TO_PREPOSITION.has(w.norm);
  }
  if (doc.pos(before) !== 'NOUN' && doc.pos(before) !== 'PROPN') return false;
  // a subject noun phrase does not follow a preposition: "a shipment of meat produce to" is a noun
  let k = before.index;
  while (k > first && /^(NOUN|PROPN|ADJ)$/.test(doc.pos(doc.at(k - 1) as Token))) k--;
  return k === first || doc.pos(doc.at(k - 1) as Token) !== 'ADP';
}

/** Whether the token starts a noun phrase that could be a direct object. */
export function opensObject(doc: Doc, t: Token | undefined): boolean {
  return !!t && t.kind !== 'punct' && (t.kind === 'number' || (NP_START.has(doc.pos(t)) && !SUBJECT.has(t.norm)));
}

/** Prepositions checked after every verb of the list unless allowed; others only where marked. */
const DEFAULT_CHECKED = ['about', 'to'];

let byForm: ReadonlyMap<string, TransitiveVerb> | undefined;
/** The verb forms each word of a listed verb is ("put": base, past, participle), computed once. */
const FORMS = new Map<string, readonly Form[]>();

function formsOfWord(lemma: string, norm: string): readonly Form[] {
  const key = `${lemma} ${norm}`;
  let f = FORMS.get(key);
  if (!f) FORMS.set(key, (f = formsMatching(lemma, norm)));
  return f;
}

function build(): ReadonlyMap<string, TransitiveVerb> {
  const extras = new Map<string, string[]>();
  const marked = new Map<string, string[]>();
  for (const line of readList('preposition-heads.txt')) {
    const [kind, lemma, ...more] = line.split(/\s+/);
    if (kind !== 'transitive') continue;
    extras.set(lemma as string, more.filter((m) => m.startsWith('+')).map((m) => prepKey(m.slice(1))));
    marked.set(lemma as string, more.filter((m) => m.startsWith('-')).map((m) => prepKey(m.slice(1))));
  }
  const out = new Map<string, TransitiveVerb>();
  for (const line of readList('preposition-head-counts.txt')) {
    const [kind, lemma, , observed, direct, ...pairs] = line.split(' ');
    if (kind !== 'transitive') continue;
    const allowed = new Set(extras.get(lemma as string) ?? []);
    // Each spelling on its own ("towards", "toward"), as counted.
    for (const [p, c] of pairCounts(pairs)) if (c >= MIN_SEEN) allowed.add(prepKey(p));
    const checked = new Set([...DEFAULT_CHECKED, ...(marked.get(lemma as string) ?? [])].filter((p) => !allowed.has(p)));
    const verb: TransitiveVerb = { lemma: lemma as string, allowed, checked, direct: Number(direct), observed: Number(observed) };
    for (const f of formsOf(lemma as string)) if (!out.has(f)) out.set(f, verb);
  }
  return out;
}

/** The transitive verb a word form is, if any. */
export function transitiveVerb(norm: string): TransitiveVerb | undefined {
  byForm ??= build();
  return byForm.get(norm);
}

/** Every form of every transitive verb, for a rule that starts from them. */
export function transitiveForms(): ReadonlyMap<string, TransitiveVerb> {
  byForm ??= build();
  return byForm;
}

/**
 * What follows a verb or an adjective: a preposition, a bare object (a noun phrase the head takes
 * without one), the subject of a that-less clause ("insisted the plan was fair"), an adjunct of
 * time or measure ("waited two hours", "complained last week"), or something else. Shared by the
 * rule dropped-preposition and by scripts/count-dropped-preposition-heads.mjs, which counts these
 * in clean English, so a head's "bare object" count is exactly how often the rule would fire on it
 * in clean copy.
 */
import type { Doc, Token } from '../../../../text/document.js';

export type HeadKind = 'verb' | 'adj';

export type After =
  | { readonly kind: 'prep'; readonly prep: string }
  | { readonly kind: 'object'; readonly start: Token; readonly end: Token }
  | { readonly kind: 'clause' | 'adjunct' | 'other' };

/** The prepositions counted after a head. */
export const PREPS: ReadonlySet<string> = new Set(
  `of in on at for with by from to into onto about against over under through towards toward among between across after
  before since during until within without upon beside behind near around along beyond despite via amid inside outside
  off like`.split(/\s+/),
);
/** Words that make a noun phrase after the head an adjunct of time, extent or manner, not its object. */
const ADJUNCT: ReadonlySet<string> = new Set(
  `monday tuesday wednesday thursday friday saturday sunday weekend weekends morning mornings afternoon evening night nights
  day days week weeks month months year years decade decades century hour hours minute minutes second seconds time times
  while moment moments period season seasons spring summer autumn fall winter january february march april may june july
  august september october november december today tomorrow yesterday tonight now then once twice ago way ways lot lots bit
  instant`.split(/\s+/),
);
/**
 * Words that make it an adjunct or a complement when they open it, after at most "a", "the" or
 * "all" ("waited longer", "complained more", "wait a little", "the same"), not inside it.
 */
const ADJUNCT_FIRST: ReadonlySet<string> = new Set(
  'long longer further short early late well right no any much more less most least little half enough same'.split(' '),
);
/** Subject pronouns: what follows them is a clause. */
const SUBJECT = new Set(['i', 'he', 'she', 'we', 'they', 'there']);
/** Words that open a clause or a question, never an object here. */
const CLAUSE_OPENER = new Set(['that', 'which', 'what', 'whether', 'how', 'who', 'whom', 'when', 'where', 'why', 'if', 'as', 'so', 'than', 'such']);
/** Tags a noun phrase is made of. */
const NP = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);
/** Particles after the noun phrase: a phrasal verb ("wait it out"), not a bare object. */
const PARTICLE = new Set(['out', 'up', 'down', 'off', 'back', 'away', 'around', 'aside']);
/** Words after the noun phrase that end the search for a clause's verb. */
const STOP = new Set(['and', 'or', 'but', 'who', 'which', 'that', 'whose', 'where', 'when', 'while', 'because', 'if', 'as']);
/** Marks before a head that make it a verb of speech after a quotation ("…,” complained the mayor). */
const SPEECH_BEFORE = /^[,”"’':;—–-]$/;

/** Whether the word is a participle or gerund form ("participating", "referred"). */
function participle(norm: string): boolean {
  return /(ing|ed)$/.test(norm);
}

/**
 * Whether a verb after the noun phrase starts a reduced relative clause, not the verb of a
 * that-less clause: a gerund ("the noise coming from the site") or a participle before a
 * preposition ("the detainees arrested in May", "the agreement signed by both sides").
 */
function reducedRelative(doc: Doc, v: Token, end: number): boolean {
  if (doc.pos(v) !== 'VERB') return false;
  if (/ing$/.test(v.norm)) return true;
  const next = v.index + 1 < end ? (doc.at(v.index + 1) as Token) : undefined;
  return /(ed|en)$/.test(v.norm) && !!next && (next.norm === 'by' || next.norm === 'last');
}

/**
 * What follows head `t` (a verb or adjective, as tagged) in its sentence. A preposition may come
 * after one -ly adverb ("argued strongly for"); an object must follow at once.
 */
export function whatFollows(doc: Doc, t: Token, kind: HeadKind): After {
  const s = doc.sentenceOf(t);
  const end = s.endToken;
  const toks = doc.tokens;
  let j = t.index + 1;
  if (j >= end) return { kind: 'other' };
  let n = toks[j] as Token;
  if (n.kind === 'word' && /ly$/.test(n.norm) && !PREPS.has(n.norm) && doc.pos(n) === 'ADV' && j + 1 < end) {
    const m = toks[j + 1] as Token;
    if (PREPS.has(m.norm)) {
      j++;
      n = m;
    }
  }
  if (n.kind !== 'word') return { kind: 'other' };
  if (PREPS.has(n.norm)) {
    const after = j + 1 < end ? (toks[j + 1] as Token) : undefined;
    // "to" before a verb is an infinitive
    if (n.norm === 'to' && after && after.kind === 'word' && /^(VERB|AUX)$/.test(doc.pos(after))) return { kind: 'other' };
    return { kind: 'prep', prep: n.norm === 'towards' ? 'toward' : n.norm };
  }
  if (j !== t.index + 1) return { kind: 'other' };
  const tag = doc.pos(n);
  if (!NP.has(tag)) return { kind: 'other' };
  if (CLAUSE_OPENER.has(n.norm)) return { kind: 'other' };
  if (SUBJECT.has(n.norm)) return { kind: 'clause' };
  // "differ both in X and in Y": a correlative before a preposition
  if (/^(both|either|neither|all|each)$/.test(n.norm) && j + 1 < end && PREPS.has((toks[j + 1] as Token).norm)) return { kind: 'other' };
  // a word the lexicon lacks is a foreign phrase ("aucune idée comment monter")
  if (/^\p{Ll}/u.test(n.text) && doc.canTag && !doc.knowsWord(n.norm)) return { kind: 'other' };
  // before the head: a determiner or an adjective makes it a noun or an attributive word
  // ("the waiting list"); a quotation's end makes it a verb of speech with its subject after it
  const prev = t.index > s.firstToken ? (toks[t.index - 1] as Token) : undefined;
  // a capitalized head inside a sentence is a name ("Mrs. Henry Cater Parmer"); a capitalized
  // determiner after it opens a sentence the splitter missed
  if (!doc.isSentenceInitial(t) && /^\p{Lu}/u.test(t.text)) return { kind: 'other' };
  if (!doc.isSentenceInitial(n) && /^\p{Lu}/u.test(n.text) && /^(DET|PRON)$/.test(tag) && n.norm !== 'i') return { kind: 'other' };
  // "there would result a rate": the subject comes after the verb
  for (let b = t.index - 1; b >= s.firstToken && b >= t.index - 3; b--) if ((toks[b] as Token).norm === 'there') return { kind: 'other' };
  if (prev && (prev.kind === 'punct' ? kind === 'verb' && SPEECH_BEFORE.test(prev.text) : /^(DET|ADJ)$/.test(doc.pos(prev)) || prev.norm === "'s")) return { kind: 'other' };
  // a bare noun or adjective after an adjective, a participle or a gerund modifies it ("contrary
  // views", "participating countries"): only a determiner or a pronoun starts an object there
  if ((kind === 'adj' || participle(t.norm)) && !/^(DET|PRON)$/.test(tag)) return { kind: 'other' };
  // the noun phrase: determiners, adjectives, nouns, names, numbers, possessives, "of" phrases
  let k = j;
  let adjunct = false;
  let nominal = false;
  while (k < end && k - j < 10) {
    const w = toks[k] as Token;
    if (w.kind === 'number') adjunct = true;
    else if (w.kind === 'word') {
      if (ADJUNCT.has(w.norm) || ((k === j || (k === j + 1 && /^(a|an|the|all)$/.test(n.norm))) && ADJUNCT_FIRST.has(w.norm)) || (w.norm === 'deal' && /^(great|good)$/.test(toks[k - 1]?.norm ?? ''))) adjunct = true;
      const wt = doc.pos(w);
      if (!(NP.has(wt) || w.norm === 'of' || w.norm === "'s")) break;
      if (k > j && CLAUSE_OPENER.has(w.norm)) break;
      if (wt !== 'ADJ') nominal = true;
    } else if (!/^[-’']$/.test(w.text)) break;
    k++;
  }
  if (adjunct) return { kind: 'adjunct' };
  // adjectives alone are a complement or an adverb ("wait longer", "disagree whole-heartedly")
  if (!nominal) return { kind: 'other' };
  const after = k < end ? (toks[k] as Token) : undefined;
  if (after && after.kind === 'word') {
    if (/^(VERB|AUX|PART)$/.test(doc.pos(after)) && !reducedRelative(doc, after, end)) return { kind: 'clause' };
    if (PARTICLE.has(after.norm)) return { kind: 'other' };
  }
  // a that-less clause whose subject runs on ("insists Dick Nixon's slogan for governor ... is")
  if (after && after.text === '!') return { kind: 'other' }; // a vocative: "listen, ball boys!"
  for (let m = k; m < end && m - k < 8; m++) {
    const w = toks[m] as Token;
    if (w.kind === 'punct' && /^["“”'‘’]$/.test(w.text)) continue; // insisted the customer "is always right"
    if (w.kind === 'punct' || STOP.has(w.norm)) break;
    if (doc.pos(w) === 'AUX') return { kind: 'clause' };
  }
  return { kind: 'object', start: n, end: toks[k - 1] as Token };
}

/**
 * A preposition clean English does not put after a head that governs one: "opened an
 * investigation to its contractor" (into), "three members had argued beside a bigger cut" (for),
 * "companies must comply to the rules" (with), "Beijing will respond on the measures" (to). The
 * reverse of a table of wrong pairs: for about 750 news nouns, verbs and adjectives, the
 * prepositions English allows after them (lib/governed.ts, counted in 2.95 M words of clean
 * English and completed by hand), so any other one is suspect, whatever the source language.
 *
 * Only prepositions that seldom open an adjunct are checked: after a noun "to", "toward(s)",
 * "into", "onto", "about", "against", "on" and "over"; after a verb or an adjective also "at",
 * "of" and "beside". "in", "for", "with", "from" and "by" open a time, place, manner, purpose or
 * agent phrase after almost any head ("an investigation in Ankara", "voted with a show of
 * hands", "search by the police"), so they are never checked. The preposition must follow the
 * head at once (after a verb or adjective, one -ly adverb may come between), and what follows
 * it must not be an adjunct: no number, time, medium or occasion word in the next four words,
 * no capitalized name after a preposition of place, no "to" before a verb (an infinitive), no
 * "at all", no "about" as an adverb ("turned about and"), no relative pronoun. A noun is
 * skipped after a preposition ("in return to"), and where a verb before it takes the
 * preposition itself ("send our sympathy to the families", "narrow the search to"); an
 * adjective after "most", "the" or "something" is a noun phrase ("the most famous of all").
 *
 * Suspect tier: fluent English bends these patterns now and then ("the political events reacted
 * on the economic"), so it runs only in copy that already shows MT artifacts. It defers to the
 * plain rules (RuleMeta.defers): where one of them flags the span (the preposition tables, "entered
 * to"; a garbled-syntax rule, "asked to employers"), this rule adds nothing.
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';
import { formsOf } from '../../../nlp/inflect.js';
import { governedHead, MIN_EXPECTED, prepKey, type GovernedHead, type HeadKind } from './lib/governed.js';

/** Prepositions checked after a noun. */
const AFTER_NOUN = new Set(['to', 'toward', 'towards', 'into', 'onto', 'about', 'against', 'on', 'over']);
/** Prepositions checked after a verb or an adjective. */
const AFTER_OTHER = new Set([...AFTER_NOUN, 'at', 'of', 'beside']);
/** Checked even where the counts expect too few to tell: no head governs them. */
const NEVER_GOVERNED = new Set(['beside']);
/** Verbs of motion and place, after which "beside" is a place ("fell beside the road", "fought beside them"). */
const BESIDE_OK = new Set(
  `climb flee head return arrive enter escape emerge withdraw rise fall drop jump soar plunge turn switch shift migrate emigrate
  fight struggle lead point`.split(/\s+/),
);
/** Prepositions of place: a capitalized name after one is a place or a named event. */
const OF_PLACE = new Set(['on', 'at', 'over', 'onto', 'into', 'toward', 'towards']);
/** Words that make the phrase after the preposition an adjunct of time, extent, medium or occasion. */
const ADJUNCT = new Set(
  `monday tuesday wednesday thursday friday saturday sunday weekend weekends morning afternoon evening night nights day days
  week weeks month months year years decade decades hour hours minute minutes time times while moment period season seasons
  spring summer autumn winter january february march april may june july august september october november december today
  tomorrow yesterday tonight now then once first last past next recent coming early late end start beginning eve anniversary
  behalf basis grounds average record top whole contrary part sake extent degree terms assumption wane side back statement
  interview speech tweet post video twitter facebook television tv radio website conference briefing meeting session summit
  hearing forum rally ceremony visit trip phone call letter page death one two three four five six seven eight nine ten eleven
  twelve twenty thirty forty fifty hundred hundreds thousand thousands million millions dozen dozens`.split(/\s+/),
);
const RELATIVE = new Set(['which', 'whom', 'whose', 'where', 'when', 'what', 'who']);
/** Verbs that take an object and a preposition of their own: "send sympathy to", "narrow the search to". */
const OBJECT_AND_PREPOSITION: ReadonlySet<string> = new Set(
  `give send provide extend reduce narrow limit restrict confine direct bring take add pay offer lend owe grant deny refuse show
  express convey pass hand deliver return transfer move shift turn convert change apply attach devote dedicate pose present
  introduce submit report explain describe leave sell lift put place attribute ascribe compare link tie relate tell expose
  contribute promise lead raise lower increase cut expand carry import export ship admit welcome invite allocate assign award
  entrust channel divert restore commit make set keep hold draw push pull throw issue address forward refer recommend mail
  write read teach announce lease rent loan use hang pin`
    .split(/\s+/)
    .flatMap((v) => [...formsOf(v)]),
);
/** Tags a noun phrase before the head may have. */
const NP_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'ADV']);

function kindsOf(tag: string): readonly HeadKind[] {
  if (tag === 'NOUN') return ['noun'];
  if (tag === 'VERB') return ['verb', 'adj'];
  if (tag === 'ADJ') return ['adj'];
  return [];
}

/**
 * The words after the preposition, up to four, stopping at punctuation, the sentence end or another
 * preposition, and after the noun that ends the phrase ("the capital" of "the capital late on Friday").
 */
function objectPhrase(doc: Doc, from: number, sentEnd: number): Token[] {
  const out: Token[] = [];
  for (let i = from; i < sentEnd && out.length < 4; i++) {
    const t = doc.at(i) as Token;
    if (t.kind === 'punct' || (out.length > 0 && AFTER_OTHER.has(t.norm))) break;
    const last = out[out.length - 1];
    if (last && /^(NOUN|PROPN|PRON)$/.test(doc.pos(last)) && !/^(NOUN|PROPN)$/.test(doc.pos(t)) && t.norm !== "'s") break;
    out.push(t);
  }
  return out;
}

/** Whether "(one's) own (free) will", "own accord" or "own volition" starts at word index `from`. */
function ownAccord(doc: Doc, from: number, sentEnd: number): boolean {
  const w = (k: number) => (k < sentEnd ? (doc.at(k) as Token).norm : '');
  if (w(from + 1) !== 'own') return false;
  const noun = w(from + 2) === 'free' ? w(from + 3) : w(from + 2);
  return /^(will|accord|volition)$/.test(noun);
}

/**
 * Whether the words after the preposition start an adjunct or a verb, not the head's complement.
 * Exported for scripts/preposition-head-candidates.mjs, which counts complements as the rule sees them.
 */
export function adjunctFollows(doc: Doc, p: Token, sentEnd: number): boolean {
  const words = objectPhrase(doc, p.index + 1, sentEnd);
  const o = words[0];
  if (!o || o.kind !== 'word') return true;
  if (RELATIVE.has(o.norm)) return true;
  if (p.norm === 'at' && /^(all|least|most|last|once|first|best|worst)$/.test(o.norm)) return true;
  // "decide of their own free will", "left of his own accord"
  if (p.norm === 'of' && ownAccord(doc, p.index + 1, sentEnd)) return true;
  if (p.norm === 'about' && (words.length === 1 || doc.pos(o) === 'CCONJ' || o.norm === 'as')) return true;
  if (p.norm === 'to') {
    // an infinitive: "afraid to speak", "certain to quickly win"
    const v = /ly$/.test(o.norm) && words[1] ? words[1] : o;
    if (doc.pos(v) === 'VERB' || doc.pos(v) === 'AUX') return true;
  }
  if (words.some((w) => w.kind === 'number' || ADJUNCT.has(w.norm))) return true;
  const first = o.norm === 'the' && words[1] ? words[1] : o;
  return OF_PLACE.has(p.norm) && /^\p{Lu}/u.test(first.text) && !doc.isSentenceInitial(first);
}

/**
 * Whether the noun head ends an "of" phrase ("the application of the analysis to", "the agreement
 * of this alliance on"): the preposition may belong to the noun before "of".
 */
function inOfPhrase(doc: Doc, t: Token, s: number): boolean {
  for (let k = t.index - 1; k >= s && t.index - k <= 5; k--) {
    const w = doc.at(k) as Token;
    if (w.norm === 'of') return true;
    if (w.kind === 'punct' || !/^(DET|ADJ|NUM|NOUN|PROPN|PRON)$/.test(doc.pos(w))) return false;
  }
  return false;
}

/** An apostrophe glued to a word in -s: the possessive of a plural ("the societies' criticism"). */
function isPluralPossessive(doc: Doc, w: Token): boolean {
  if (w.text !== "'" && w.text !== '’') return false;
  const p = doc.prev(w);
  return !!p && p.end === w.start && p.kind === 'word' && /s$/i.test(p.text);
}

/** Whether a verb before the noun head's phrase takes the preposition itself ("send our deepest sympathy to"). */
function verbTakesIt(doc: Doc, t: Token, s: number): boolean {
  let k = t.index - 1;
  while (k >= s && t.index - k <= 6) {
    const w = doc.at(k) as Token;
    // A plural's possessive apostrophe stays inside the phrase: "taking the societies' criticism to heart".
    if (isPluralPossessive(doc, w)) {
      k--;
      continue;
    }
    if (w.kind === 'punct' || OBJECT_AND_PREPOSITION.has(w.norm) || !(NP_TAGS.has(doc.pos(w)) || w.norm === 'and' || w.norm === 'or')) break;
    k--;
  }
  const v = k >= s ? doc.at(k) : undefined;
  return !!v && OBJECT_AND_PREPOSITION.has(v.norm) && (doc.pos(v) === 'VERB' || k === s);
}

export const rule: Rule = {
  meta: {
    id: 'governed-preposition',
    category: 'preposition',
    severity: 'info',
    suspect: true,
    defers: true,
    description: 'A preposition clean English does not use after this noun, verb or adjective (“investigation to”, “argued beside”, “respond on”), in copy that shows other MT artifacts.',
    examples: {
      bad: [
        { text: 'Prosecutors opened an investigation [[to]] the contractor, who was detained on Wednesday.', output: 'Prosecutors opened an investigation into the contractor, who was detained on Wednesday.' },
        { text: 'Three members had argued [[beside]] a bigger cut, the vice-president said.', output: 'Three members had argued for a bigger cut, the vice-president said.' },
        { text: 'Analysts expect Beijing to respond [[on]] the measures with curbs of its own.', output: 'Analysts expect Beijing to respond to the measures with curbs of its own.' },
        { text: 'Companies must comply [[to]] the new limits within 15 days.', output: 'Companies must comply with the new limits within 15 days.' },
        { text: 'The striker arrived [[to]] the capital late on Friday.', output: 'The striker arrived in the capital late on Friday.' },
        { text: 'Family doctors will participate [[at]] the campaign this autumn.', output: 'Family doctors will participate in the campaign this autumn.' },
        { text: 'The estimates were based [[to]] a survey of households.', output: 'The estimates were based on a survey of households.' },
        { text: 'Critics say the new law is a violation [[to]] the constitution.', output: 'Critics say the new law is a violation of the constitution.' },
        { text: 'Several members were exposed [[on]] the virus.', output: 'Several members were exposed to the virus.' },
      ],
      good: [
        'Prosecutors opened an investigation into the contractor.',
        'Three members had argued for a bigger cut.',
        "Ministers are taking the building societies' criticism to heart.",
        'The investigation on Tuesday found nothing.',
        'The minister sent his deepest sympathy to the families of the victims.',
        'Narrow your search to the type of flat you want.',
        'He was afraid to speak.',
        'It was the most famous of all the trials.',
        'The two issues are not related at all.',
        'The soldiers turned about and marched home.',
        'The striker arrived on Friday.',
        'Fans arrived at Wembley early.',
        'Voters who voted with a show of hands were counted.',
        'The family escaped with minor burns.',
        'The search by the police lasted a week.',
        'He fought beside them in the war.',
        'Countries that decide of their own free will to stay in the bloc.',
        'The ceaseless yearning and searching of youth.',
        'The figures are based on a survey of 2,000 households.',
        'Talks will proceed with the consent of both sides.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const toks = doc.tokens;
    // From each checked preposition (the document's word index) back to its head: the word right
    // before it, or the one before an -ly word before it ("argued strongly beside").
    const at = doc.positionsIn(AFTER_OTHER);
    for (let a = 0; a < at.length; a++) {
      const j = at[a] as number;
      if (j >= 1 && j + 1 < toks.length) visit(j - 1, j);
      const m = toks[j - 1];
      if (j >= 2 && m && !AFTER_OTHER.has(m.norm) && /ly$/.test(m.norm)) visit(j - 2, j);
    }

    function visit(i: number, j: number): void {
      const t = toks[i] as Token;
      if (t.kind !== 'word') return;
      const n1 = toks[i + 1] as Token;
      if (!governedHead('noun', t.norm) && !governedHead('verb', t.norm) && !governedHead('adj', t.norm)) return;
      const s = doc.sentenceOf(t);
      const p = toks[j] as Token;
      if (doc.sentenceOf(p) !== s) return;
      let head: GovernedHead | undefined;
      for (const k of kindsOf(doc.pos(t))) if ((head = governedHead(k, t.norm))) break;
      if (!head) return;
      if (j > i + 1 && (head.kind === 'noun' || doc.pos(n1) !== 'ADV')) return;
      if (!(head.kind === 'noun' ? AFTER_NOUN : AFTER_OTHER).has(p.norm)) return;
      const prep = prepKey(p.norm);
      if (head.allowed.has(prep)) return;
      if (head.expected(prep) < MIN_EXPECTED && !NEVER_GOVERNED.has(prep)) return;
      if (prep === 'beside' && BESIDE_OK.has(head.lemma)) return;
      const sentEnd = s.endToken;
      if (adjunctFollows(doc, p, sentEnd)) return;
      const prev = i > s.firstToken ? (toks[i - 1] as Token) : undefined;
      // a verb after a determiner or adjective is a noun the tagger missed ("the five-column lead of")
      if (head.kind === 'verb' && prev && /^(DET|ADJ)$/.test(doc.pos(prev))) return;
      // an -ing form before "of" is a noun ("the yearning and searching of youth")
      if (head.kind === 'verb' && prep === 'of' && /ing$/.test(t.norm)) return;
      if (head.kind === 'adj' && prev && /^(most|least|the|a|an)$/.test(prev.norm)) return;
      // "something serious to everyone": an adjective after an indefinite pronoun
      const prev2 = i - 2 >= s.firstToken ? (toks[i - 2] as Token) : undefined;
      if (head.kind === 'adj' && [prev, prev2].some((w) => w && /^(some|any|no|every)(thing|one|body)$/.test(w.norm))) return;
      if (head.kind === 'noun' && prev && doc.pos(prev) === 'ADP') return;
      if (head.kind === 'noun' && (verbTakesIt(doc, t, s.firstToken) || inOfPhrase(doc, t, s.firstToken))) return;
      const right = /^\p{Lu}/u.test(p.text) ? head.usual.charAt(0).toUpperCase() + head.usual.slice(1) : head.usual;
      ctx.report({
        start: p.start,
        end: p.end,
        message: `“${t.text} ${p.text}”: clean English does not use “${p.norm}” after “${head.lemma}”; the usual preposition is “${head.usual}”.`,
        suggestions: [right],
        reason: `after “${head.lemma}” English uses ${[...head.allowed].sort().join(', ')}`,
        confidence: 0.5,
      });
    }
  },
};

/**
 * A preposition put between a verb and its direct object: "the ministers discussed about the
 * budget", "children attending to state nurseries", "the parties reached to an agreement", "the
 * report emphasized on the risks". Languages that mark the object with a preposition ("discutir
 * sobre", "обсуждать о") or whose verb takes one leave it in the translation.
 *
 * For 350 news verbs that take a direct object (lib/transitive.ts, preposition-heads.txt), clean
 * English was counted where the verb is active with its own object slot: how often a noun phrase
 * follows it and how often each preposition does. A preposition counted there twice, or listed by
 * hand ("attend to the wounded", "enter into talks", "stressed to reporters"), is allowed. "about"
 * and "to" are checked after every verb of the list; "on", "of" and "with" only after the verbs
 * marked for them ("emphasized on", "lacks of", "contacted with": "with" is comitative after most
 * verbs, "on" and "of" open adjuncts or follow nouns the tagger calls verbs); "in", "at", "for",
 * "by" and "from" never, as they open a place, time, purpose or agent phrase after any verb.
 * "attend to" is flagged only before a school or an event ("attend to the matter" is clean).
 *
 * Guards: the slot must be active (activeSlot: no passive, participle clause or reduced relative,
 * "was opposed to", "faced with", "the resolution just adopted"; no noun the tagger took for a
 * verb, "due to lack of", "the signing of"); the object must not be fronted ("what I like about",
 * "the city they visited on their tour"); what follows the preposition must open a noun phrase
 * that is not a time, number or occasion ("visited on Monday", "reached about 300"), nor an
 * infinitive after "to".
 *
 * Suspect tier, deferring to the plain rules (the preposition tables know "discuss about",
 * "visited to"): on 2.95 M words of clean English it adds two findings with suspect rules forced
 * on, one a real slip ("to congratulate to the birth"), one a noun ("Primary stresses on").
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';
import { activeSlot, opensObject, transitiveForms, type TransitiveVerb } from './lib/transitive.js';
import { isCount } from './lib/counts.js';

/** Nouns of an event or institution one attends: "attend to" before them is the slip, before others a real sense ("attend to the wounded"). */
const ATTENDED = new Set(
  `school schools nursery nurseries kindergarten kindergartens university universities college colleges class classes lesson lessons
  lecture lectures course courses seminar seminars meeting meetings summit summits conference conferences ceremony ceremonies
  funeral funerals wedding weddings church mass service services session sessions event events match matches game games concert
  concerts festival festivals rally rallies hearing hearings court trial trials forum forums talks party parties parade parades
  celebration celebrations congress convention exhibition fair premiere reception inauguration training workshop workshops`.split(/\s+/),
);
/** Words that make the phrase after the preposition an adjunct of time, extent, medium or occasion. */
const ADJUNCT = new Set(
  `monday tuesday wednesday thursday friday saturday sunday weekend weekends morning afternoon evening night nights day days
  week weeks month months year years decade decades hour hours minute minutes time times moment occasion occasions basis
  behalf grounds record average top whole contrary part sake extent degree terms condition conditions account way ways
  january february march april may june july august september october november december today tomorrow yesterday tonight
  television tv radio website twitter facebook instagram telegram x youtube air camera tape film video phone telephone
  one two three four five six seven eight nine ten hundred hundreds thousand thousands million millions dozen dozens
  half third quarter percent cent per point sidelines margins margin eve`.split(/\s+/),
);
/** Words that front the verb's object ("what I like about", "everything he mentioned to"). */
const FRONTED = new Set(['what', 'which', 'whom', 'whatever', 'whichever', 'everything', 'something', 'anything', 'nothing', 'all', 'much', 'little', 'whose']);
/** Words that may open the object of "about" though not a noun phrase: "discussed about how". */
const ABOUT_CLAUSE = new Set(['how', 'what', 'whether', 'why', 'when', 'where', 'who']);

/** Whether the object was fronted: a wh-word or an indefinite pronoun a few words before the verb. */
function fronted(doc: Parameters<Rule['check']>[0]['doc'], t: Token, first: number): boolean {
  for (let k = t.index - 1; k >= first && k >= t.index - 9; k--) {
    const w = doc.at(k) as Token;
    if (FRONTED.has(w.norm)) return true;
    if (w.kind === 'punct') return false;
  }
  return false;
}

/** Whether the words after the preposition open the verb's object, not an adjunct or an infinitive. */
function objectFollows(doc: Parameters<Rule['check']>[0]['doc'], p: Token, end: number): boolean {
  const o = p.index + 1 < end ? (doc.at(p.index + 1) as Token) : undefined;
  if (!o) return false;
  if (p.norm === 'about' && (ABOUT_CLAUSE.has(o.norm) || (o.norm.endsWith('ing') && doc.pos(o) === 'VERB'))) return true;
  if (!opensObject(doc, o) || isCount(o)) return false;
  if (p.norm === 'to' && (doc.pos(o) === 'VERB' || doc.pos(o) === 'AUX' || o.norm === 'death' || o.norm === 'life')) return false;
  // the noun phrase, up to four words, ends at its noun ("Lucknow" of "Lucknow on Tuesday")
  for (let k = p.index + 1; k < end && k <= p.index + 4; k++) {
    const w = doc.at(k) as Token;
    if (w.kind === 'punct') break;
    if (w.kind === 'number' || ADJUNCT.has(w.norm)) return false;
    const next = doc.at(k + 1);
    if (/^(NOUN|PROPN|PRON)$/.test(doc.pos(w)) && next && !/^(NOUN|PROPN)$/.test(doc.pos(next)) && next.norm !== "'s") break;
  }
  return true;
}

/** Whether the verb "attend" is followed by "to" and a school or an event, not a matter to care for. */
function attendsEvent(doc: Parameters<Rule['check']>[0]['doc'], p: Token, end: number): boolean {
  for (let k = p.index + 1; k < end && k <= p.index + 4; k++) {
    const w = doc.at(k) as Token;
    if (ATTENDED.has(w.norm)) return true;
    if (w.kind !== 'word' || /^(ADP|PRON|CCONJ|SCONJ|AUX|PART)$/.test(doc.pos(w))) return false;
  }
  return false;
}

/**
 * Whether the verb ends a clause whose object was fronted with no relative word: "the bridge we
 * built to the century", "a role he inhabits to the point": a subject pronoun before the verb
 * (past auxiliaries, adverbs and "want to"), after a noun that is not a time.
 */
function contactClause(doc: Parameters<Rule['check']>[0]['doc'], t: Token, first: number): boolean {
  let k = t.index - 1;
  while (k > first && k >= t.index - 5) {
    const w = doc.at(k) as Token;
    if (!(/^(AUX|ADV|PART)$/.test(doc.pos(w)) || w.norm === 'to' || (doc.pos(w) === 'VERB' && (doc.at(k + 1) as Token).norm === 'to'))) break;
    k--;
  }
  const subj = doc.at(k) as Token;
  if (k <= first || !/^(i|you|he|she|we|they|it)$/.test(subj.norm)) return false;
  let n = doc.at(k - 1) as Token;
  // "games that you want to purchase to": "that" after a noun is a relative pronoun
  if (n.norm === 'that' && k - 2 >= first) n = doc.at(k - 2) as Token;
  return /^(NOUN|PROPN|ADJ)$/.test(doc.pos(n)) && !ADJUNCT.has(n.norm) && !/day$/.test(n.norm);
}

export const rule: Rule = {
  meta: {
    id: 'transitive-preposition',
    category: 'preposition',
    severity: 'info',
    suspect: true,
    defers: true,
    description: 'A preposition between a verb and its direct object (“discussed about the budget”, “captured to the airport”, “debated on the bill”), in copy that shows other MT artifacts.',
    examples: {
      bad: [
        { text: 'The ministers [[discussed about]] the budget on Tuesday.', output: 'The ministers discussed the budget on Tuesday.' },
        { text: 'Rebels [[captured to]] the airport after heavy fighting.', output: 'Rebels captured the airport after heavy fighting.' },
        { text: 'The commission [[reviewed about]] the safety of the reactor.', output: 'The commission reviewed the safety of the reactor.' },
        { text: 'Lawmakers [[debated on]] the bill until midnight.', output: 'Lawmakers debated the bill until midnight.' },
        { text: 'The report [[emphasized on]] the risks of a sudden rise in rates.', output: 'The report emphasized the risks of a sudden rise in rates.' },
        { text: 'Police said they [[contacted with]] the family of the victim.', output: 'Police said they contacted the family of the victim.' },
        { text: 'Most children [[attending to]] state nurseries are under four.', output: 'Most children attending state nurseries are under four.' },
        { text: 'The delegation [[visited to]] Paris and Berlin last week.', output: 'The delegation visited Paris and Berlin last week.' },
        { text: 'The new sculpture [[resembles to]] a bird in flight.', output: 'The new sculpture resembles a bird in flight.' },
      ],
      good: [
        'The ministers discussed the budget on Tuesday.',
        'The ministers discussed with the unions how to fund the plan.',
        'The parties reached an agreement.',
        'Nurses attended to the wounded.',
        'Both sides entered into talks in May.',
        'The bill was opposed to the last by the opposition.',
        'Faced with a strike, the company raised wages.',
        'The project was delayed due to lack of funding.',
        'What I like about the plan is its cost.',
        'She stressed to reporters that nothing had been decided.',
        'The minister visited on Monday.',
        'Prices reached about 300 dollars a tonne.',
        'He married into a wealthy family.',
        'A role he inhabits to the point of disappearing.',
        'The signing of the treaty was delayed.',
        'He said he would attend to the matter himself.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const toks = doc.tokens;
    const report = (t: Token, p: Token, verb: TransitiveVerb): void =>
      ctx.report({
        start: t.start,
        end: p.end,
        message: `“${t.text} ${p.text}”: “${verb.lemma}” takes a direct object in English, without “${p.norm}”.`,
        suggestions: [t.text],
        reason: `English says “${verb.lemma} something”, with no preposition`,
        confidence: 0.6,
      });
    doc.forEachNormIn(transitiveForms(), (norm, at) => {
      const verb = transitiveForms().get(norm) as TransitiveVerb;
      for (const i of at) {
        if (verb.lemma === 'attend' && toks[i + 1]?.norm === 'to') {
          const t = toks[i] as Token;
          const s = doc.sentenceOf(t);
          if (activeSlot(doc, t, 'attend') && attendsEvent(doc, toks[i + 1] as Token, s.endToken)) report(t, toks[i + 1] as Token, verb);
          continue;
        }
        const p = toks[i + 1];
        if (!p || !verb.checked.has(p.norm)) continue;
        const t = toks[i] as Token;
        const s = doc.sentenceOf(t);
        if (doc.sentenceOf(p) !== s || !activeSlot(doc, t, verb.lemma)) continue;
        const end = s.endToken;
        if (!objectFollows(doc, p, end) || fronted(doc, t, s.firstToken) || contactClause(doc, t, s.firstToken)) continue;
        // before "of" or "on" a gerund or an -s form after a noun is a noun ("the signing of", "cost analyses of")
        if (p.norm === 'of' && (t.norm.endsWith('ing') || (t.norm.endsWith('s') && /^(NOUN|PROPN)$/.test(doc.pos(toks[i - 1] as Token))))) continue;
        report(t, p, verb);
      }
    });
  },
};

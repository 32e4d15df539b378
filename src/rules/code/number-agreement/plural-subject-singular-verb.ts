/**
 * A plural subject with a singular verb: “the figures shows”, “food prices has risen”, “the
 * authorities has ordered”, and with a singular noun in between, “the results of the study
 * shows”, “prices in the capital has risen”. MT agrees the verb with the nearest noun or drops the plural from the verb.
 *
 * The subject is a lower-case plural noun (tagged NOUN) right before the verb (one adverb may
 * sit between), and its noun phrase must start the clause: after a determiner, at the start
 * of the sentence, or after a word that opens a clause (that, said, and, because...). A noun
 * phrase after a preposition (“the price of goods has”, “caught by the police is”) is another
 * phrase’s object and stays quiet; so do amounts (“five years is a long time”), nouns that
 * look plural but take a singular verb (news, series, politics, measles) and names.
 */
import { inCompanyName } from '../capitalization/company-names.js';
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';
import { NUMBER_WORDS, loadSet, looksPlural, matchCase, singularize } from './lib/english.js';

const COMMON = loadSet('capitalization-common-words.txt');

const TO_PLURAL: ReadonlyMap<string, string> = new Map([
  ['is', 'are'], ['was', 'were'], ['has', 'have'], ['does', 'do'], ["isn't", "aren't"], ["wasn't", "weren't"],
  ["hasn't", "haven't"], ["doesn't", "don't"],
]);
const LEXICAL = new Set([
  'shows', 'indicates', 'suggests', 'reveals', 'remains', 'seems', 'appears', 'continues', 'needs', 'includes',
  'says', 'rises', 'falls', 'grows', 'stands', 'comes', 'goes', 'makes', 'takes', 'gives', 'points', 'confirms',
  'demonstrates', 'proves', 'exceeds', 'reaches', 'varies', 'depends', 'stays', 'requires', 'contains', 'affects',
  'reflects', 'plays', 'faces', 'wants', 'believes', 'expects', 'plans', 'claims', 'warns', 'argues',
  'agrees', 'insists', 'hopes', 'fears', 'accuses', 'demands', 'knows', 'thinks', 'lives', 'works', 'looks',
  'supports', 'opposes', 'backs', 'favours', 'favors', 'rejects', 'accepts', 'welcomes', 'condemns', 'lacks', 'holds',
  'keeps', 'seeks', 'sees', 'leads', 'owns', 'uses', 'costs', 'pays', 'sells', 'buys', 'offers', 'provides', 'allows',
  'happens', 'exists', 'belongs', 'occurs', 'survives', 'becomes', 'gets', 'feels', 'tends', 'continues', 'struggles',
  // Verbs whose -s form is seldom a plural noun: "the new rules applies to all".
  'applies', 'explains', 'involves', 'represents', 'threatens', 'hurts', 'creates', 'brings', 'puts', 'follows',
  'expires', 'lasts', 'differs', 'compares', 'operates', 'serves', 'implies', 'deserves', 'emerges', 'ensures',
  'guarantees', 'prevents', 'remains', 'returns', 'employs', 'receives', 'produces', 'enjoys', 'forces', 'prohibits',
]);
/** The verbs the rule starts from: those with a plural form to suggest, and the lexical ones. */
const VERB_WORDS: ReadonlySet<string> = new Set([...TO_PLURAL.keys(), ...LEXICAL]);
// Plural-looking nouns that take a singular verb, and plurals whose verb may be either.
const SINGULAR_PLURALS = new Set([
  'news', 'series', 'species', 'means', 'politics', 'economics', 'physics', 'mathematics', 'athletics', 'ethics',
  'logistics', 'statistics', 'dynamics', 'tactics', 'headquarters', 'crossroads', 'whereabouts', 'barracks',
  'gallows', 'diabetes', 'measles', 'rabies', 'herpes', 'mumps', 'shingles', 'gas', 'bias', 'alias', 'atlas', 'canvas',
  'chaos', 'ethos', 'kudos', 'lens', 'yes', 'pancreas', 'tennis', 'billiards', 'darts', 'gymnastics', 'olympics',
  'data', 'media', 'criteria', 'staff', 'personnel', 'crew', 'youth', 'clergy', 'aircraft', 'thanks', 'odds',
  'works', 'customs', 'arms', 'sports', 'savings', 'earnings', 'proceeds', 'premises', 'remains', 'goods', 'outskirts',
  'congress', 'status', 'campus', 'bus', 'virus', 'bonus', 'census', 'consensus', 'focus', 'plus', 'minus', 'corpus',
  'electronics', 'graphics', 'genetics', 'linguistics', 'aerobics', 'robotics', 'semantics', 'acoustics', 'optics',
  'mechanics', 'classics', 'pros', 'cons', 'ms', 'mrs', 'mr', 'its', 'this', 'his', 'us', 'times', 'species',
  // "The damages to rice fields was": the noun itself is the error (uncountable-counted).
  'damages', 'summons', 'livestock', 'poultry', 'steelworks', 'ironworks', 'waterworks', 'gasworks', 'glassworks', 'brickworks', 'fireworks',
]);
// Amounts take a singular verb: "five years is a long time", "two million euros is".
const UNITS = new Set([
  'years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds', 'decades', 'centuries', 'dollars', 'euros',
  'pounds', 'yen', 'rubles', 'roubles', 'yuan', 'miles', 'kilometres', 'kilometers', 'metres', 'meters', 'tonnes',
  'tons', 'percent', 'points', 'degrees', 'votes', 'goals',
]);
// Before a number, these make "the two countries" a group rather than an amount.
const GROUP_DETERMINERS = new Set(['the', 'their', 'its', 'our', 'his', 'her']);
const DETERMINERS = new Set([
  'the', 'these', 'those', 'their', 'its', 'his', 'her', 'our', 'my', 'your', 'such', 'many', 'several', 'both',
  'all', 'most', 'some', 'few', 'numerous', 'various', 'other', 'whose', 'no', 'any',
]);
// After these a noun phrase starts a clause as its subject.
const CLAUSE_OPENERS = new Set([
  'that', 'said', 'says', 'say', 'and', 'but', 'because', 'while', 'when', 'if', 'as', 'since', 'although', 'though',
  'whether', 'so', 'warned', 'added', 'noted', 'believe', 'believes', 'think', 'thinks', 'reported', 'told',
  'stressed', 'explained', 'insisted', 'argued', 'claimed', 'confirmed', 'announced', 'unless',
  'until', 'once', 'yet', 'meanwhile', 'however', 'now', 'also', ',', ';', ':', '“', '"', '(', '—', '–',
  // Verbs that take a clause rather than a noun as object: "officials believe the figures
  // shows". (Not "know", "show", "find": "He who knows others is wise".)
  'believed', 'thought', 'hope', 'hopes', 'hoped', 'suggest', 'suggests', 'suggested', 'indicate', 'indicates',
  'indicated', 'admitted', 'acknowledged', 'stated', 'declared', 'estimated', 'predicted', 'warn', 'warns', 'claim',
  'claims', 'argue', 'argues', 'insist', 'insists', 'noting', 'saying', 'adding', 'ensure', 'ensures', 'agreed',
  'realize', 'realized', 'realise', 'realised',
]);
// Coordinators: after these a noun phrase may be a second conjunct ("goods and services is").
const CONJUNCTIONS = new Set(['and', 'or', 'nor', '&', ',']);
// "so many friends", "too few doctors": an intensifier, not a clause opener.
const INTENSIFIERS = new Set(['so', 'too', 'how', 'as', 'very']);
const ADVERBS = new Set(['also', 'still', 'now', 'already', 'currently', 'reportedly', 'often', 'usually', 'always', 'only', 'even', 'again', 'therefore', 'however', 'generally', 'mostly', 'largely']);
const OF_QUANTITIES = new Set([
  'millions', 'thousands', 'hundreds', 'dozens', 'tens', 'billions', 'lots', 'tons', 'tonnes', 'loads', 'scores',
  'heaps', 'kinds', 'types', 'sorts', 'forms', 'units', 'pieces', 'bits', 'amounts', 'quantities', 'cups', 'bottles',
  'barrels', 'litres', 'liters', 'hectares', 'acres', 'percent', 'per',
]);

/** Plurals of people a count may stand before: "200 people was", "40 workers has". */
const COUNTED_PEOPLE = /^(?:people|persons|men|women|children|\p{Ll}+(?:ers|ors|ists|ants|ents|ees|ians))$/u;
/** Words before a count that belong to it: "about 200", "more than 40", "at least 12". */
const APPROXIMATORS: ReadonlySet<string> = new Set(['about', 'around', 'some', 'nearly', 'almost', 'roughly', 'approximately', 'over', 'only', 'just', 'another']);

const LARGE_NUMBERS = new Set(['hundreds', 'thousands', 'millions', 'dozens', 'tens', 'billions', 'scores', 'majority', 'lot', 'lots', 'plenty', 'percent']);

function pluralVerb(v: Token): string | undefined {
  const irregular = TO_PLURAL.get(v.norm);
  if (irregular) return matchCase(v.text, irregular);
  if (!LEXICAL.has(v.norm)) return undefined;
  const w = v.norm;
  const base = w === 'goes' ? 'go' : /[^aeiou]ies$/.test(w) ? `${w.slice(0, -3)}y` : /(?:ss|sh|ch|x|z|o)es$/.test(w) ? w.slice(0, -2) : w.slice(0, -1);
  return matchCase(v.text, base);
}

/**
 * Walks back from the noun `n` over the noun phrase (adjectives, nouns, participles) and
 * returns the token before it, or null at the start of the sentence. Undefined when the
 * phrase holds an amount or runs past six words.
 */
function beforePhrase(doc: Doc, n: Token): Token | null | undefined {
  let cur: Token | undefined = doc.prev(n);
  for (let k = 0; k < 6; k++) {
    if (!cur) return null;
    if (cur.kind === 'number' || NUMBER_WORDS.has(cur.norm)) {
      // "the two countries has": a number after a definite determiner names a group, no amount.
      const d = doc.prev(cur);
      if (cur === doc.prev(n) && d && GROUP_DETERMINERS.has(d.norm) && !UNITS.has(n.norm)) return d;
      // "about 200 people was": a count of people is plural; an amount ("five years is") is not.
      if (cur !== doc.prev(n) || !COUNTED_PEOPLE.test(n.norm)) return undefined;
      let b = doc.prev(cur);
      if (b && (b.norm === 'than' || b.norm === 'least')) {
        const m = doc.prev(b);
        if (!m || !['more', 'fewer', 'less', 'at'].includes(m.norm)) return undefined;
        b = doc.prev(m);
      } else if (b && APPROXIMATORS.has(b.norm)) b = doc.prev(b);
      return b ?? null;
    }
    if (cur.kind !== 'word' || DETERMINERS.has(cur.norm)) return cur;
    const pos = doc.pos(cur);
    // An -ing word may be a gerund with this noun as its object ("peeling potatoes is").
    if (/ing$/.test(cur.norm) && pos !== 'NOUN') return undefined;
    // "more teachers teaching smaller classes": a participle clause after another noun.
    if (/ing$/.test(cur.norm)) {
      const p = doc.prev(cur);
      if (p && p.kind === 'word' && ['NOUN', 'PRON', 'PROPN'].includes(doc.pos(p))) return undefined;
    }
    if (!['ADJ', 'NOUN', 'PROPN'].includes(pos) && !(pos === 'VERB' && /ed$/.test(cur.norm)) && cur.norm !== "'s") return cur;
    cur = doc.prev(cur);
  }
  return undefined;
}

/**
 * `b` is the token right before a noun phrase: does the phrase open a clause after it? After
 * “and”/“or”/a comma that follows another noun or adjective the phrase is a second conjunct
 * (“the output of goods and services is”, “a free and independent people”), and the whole
 * coordination must open the clause.
 */
function opensAfter(doc: Doc, b: Token, depth: number): boolean {
  if (CONJUNCTIONS.has(b.norm)) {
    let p = doc.prev(b);
    if (p && p.norm === ',' && b.norm !== ',') p = doc.prev(p);
    if (p && p.kind === 'word') {
      const pos = doc.pos(p);
      const listed = b.norm === ',' ? pos === 'ADJ' || (pos === 'NOUN' && looksPlural(p.norm)) : ['NOUN', 'PROPN', 'ADJ', 'NUM', 'PRON', 'DET'].includes(pos) || (pos === 'VERB' && /s$/.test(p.norm));
      if (listed) return depth < 6 && startsClause(doc, p, depth + 1);
    }
  }
  return CLAUSE_OPENERS.has(b.norm);
}

/** The plural subject noun phrase of `n` starts its clause. */
function startsClause(doc: Doc, n: Token, depth = 0): boolean {
  const before = beforePhrase(doc, n);
  if (before === undefined) return false;
  if (before === null) return true;
  // "Hundreds of people was": a large number of ... is the subject.
  if (before.norm === 'of') {
    const q = doc.prev(before);
    if (q === undefined || !LARGE_NUMBERS.has(q.norm)) return false;
    // "a lot of", "the majority of": the article opens the phrase.
    const art = doc.prev(q);
    if (art && (art.norm === 'a' || art.norm === 'the')) {
      const b = doc.prev(art);
      return b === undefined || doc.isSentenceInitial(art) || opensAfter(doc, b, depth);
    }
    return startsClause(doc, q, depth + 1);
  }
  if (DETERMINERS.has(before.norm)) {
    const b2 = doc.prev(before);
    if (b2 && INTENSIFIERS.has(b2.norm) && (before.norm === 'many' || before.norm === 'few')) return false;
    return b2 === undefined || opensAfter(doc, b2, depth);
  }
  // "That smoking causes problems is a fact": a clause as subject.
  if (before.norm === 'that' && doc.isSentenceInitial(before)) return false;
  return opensAfter(doc, before, depth) || doc.isSentenceInitial(n);
}

// Prepositions whose phrase may sit between a plural head and its verb: "the results of the
// study shows", "prices in the capital has risen", "workers at the plant has".
const HEAD_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'in', 'at', 'from', 'for', 'on', 'across', 'around', 'near', 'outside', 'inside']);

/** Cheap word test: a HEAD_PREPOSITIONS word within six words before `n`, after a plural-looking word. */
function pluralBeforePreposition(doc: Doc, n: Token): boolean {
  let cur = doc.prev(n);
  for (let k = 0; k < 6 && cur; k++, cur = doc.prev(cur)) {
    if (HEAD_PREPOSITIONS.has(cur.norm)) {
      const h = doc.prev(cur);
      return h !== undefined && looksPlural(h.norm);
    }
  }
  return false;
}

/** A capitalized word at the start of a sentence is a common plural, not a name ("Mars", "Socrates"). */
function commonAtStart(doc: Doc, t: Token): boolean {
  if (!doc.isSentenceInitial(t) || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || /ics$/.test(t.norm)) return false;
  const sg = singularize(t.norm);
  return sg !== undefined && COMMON.has(sg);
}

function isPluralNoun(doc: Doc, t: Token | undefined): boolean {
  return (
    t !== undefined && t.kind === 'word' && (/^\p{Ll}/u.test(t.text) || commonAtStart(doc, t)) && looksPlural(t.norm) && !SINGULAR_PLURALS.has(t.norm) &&
    !/(?:works|news|ics|thirds|fourths|fifths|tenths|quarters|halves)$/.test(t.norm) &&
    !UNITS.has(t.norm) && t.norm !== 'police' &&
    (doc.pos(t) === 'NOUN' || (doc.pos(t) === 'PROPN' && doc.isSentenceInitial(t)))
  );
}

export const rule: Rule = {
  meta: {
    id: 'plural-subject-singular-verb',
    category: 'number-agreement',
    severity: 'warning',
    description: 'A plural subject with a singular verb: “the figures shows”, “prices has risen”, “the results of the study shows”.',
    examples: {
      bad: [
        { text: 'The office said the new rules [[applies]] to all ticket holders.', output: 'The office said the new rules apply to all ticket holders.' },
        { text: 'The figures [[shows]] that exports fell in March.', output: 'The figures show that exports fell in March.' },
        { text: 'The two countries [[has]] signed a trade agreement.', output: 'The two countries have signed a trade agreement.' },
        { text: 'Food prices [[has]] risen by 20 percent this year.', output: 'Food prices have risen by 20 percent this year.' },
        { text: 'Officials said the authorities [[has]] ordered an evacuation.', output: 'Officials said the authorities have ordered an evacuation.' },
        { text: 'The negotiations [[was]] held behind closed doors.', output: 'The negotiations were held behind closed doors.' },
        { text: 'The results of the study [[shows]] that the drug works.', output: 'The results of the study show that the drug works.' },
        { text: 'Protesters [[has]] blocked the main road since Monday.', output: 'Protesters have blocked the main road since Monday.' },
        { text: 'He said the sanctions [[is]] not working.', output: 'He said the sanctions are not working.' },
        { text: 'Details of the plan [[was]] not disclosed.', output: 'Details of the plan were not disclosed.' },
        { text: 'Prices in the capital [[has]] risen by 5 percent.', output: 'Prices in the capital have risen by 5 percent.' },
        { text: 'The workers at the plant [[was]] told to go home.', output: 'The workers at the plant were told to go home.' },
        { text: 'Hundreds of people [[was]] evacuated from the area.', output: 'Hundreds of people were evacuated from the area.' },
        { text: 'Witnesses said many people [[was]] injured.', output: 'Witnesses said many people were injured.' },
        { text: 'Outside, about 200 people [[was]] holding photographs of the victims.', output: 'Outside, about 200 people were holding photographs of the victims.' },
        { text: 'More than 40 workers [[has]] been laid off.', output: 'More than 40 workers have been laid off.' },
        { text: 'A lot of people [[has]] lost their jobs.', output: 'A lot of people have lost their jobs.' },
        { text: 'The majority of voters [[supports]] the reform.', output: 'The majority of voters support the reform.' },
        { text: 'Analysts believe the figures [[shows]] a slowdown.', output: 'Analysts believe the figures show a slowdown.' },
        { text: 'Prices and wages [[has]] risen this year.', output: 'Prices and wages have risen this year.' },
        { text: 'Exports fell, and the losses [[was]] heavy.', output: 'Exports fell, and the losses were heavy.' },
      ],
      good: [
        'Shares of Allied Growers Inc rose after the offer. Allied Growers is owned by a family trust.',
        'The two years was a long time to wait, he said.',
        'The first two weeks is the hardest part.',
        'The figures show that exports fell in March.',
        'The price of goods has risen.',
        'Anyone caught by the police is in trouble.',
        'Five years is a long time in politics.',
        'Two million euros is a lot of money.',
        'Ten years is a long time, and 200 metres is a long way.',
        'One in 200 workers is affected.',
        'The news is good.',
        'Measles is spreading.',
        'The United States has agreed.',
        'What matters is the result.',
        'One in five adults is obese.',
        'The sales tax is high.',
        'The data shows a clear trend.',
        'Each of the players has a role.',
        'The headquarters is in Paris.',
        'The list of candidates is long.',
        'Demand for homes in the city has risen.',
        'The number of jobs in the sector is falling.',
        'Two years in prison is a long time.',
        'The talks, which the envoy says are useful, continue.',
        'Peeling potatoes is a drag.',
        'A people is more than its state.',
        'The number of people is rising.',
        'Mars has two moons, and Socrates was a philosopher.',
        'Avionics has become more important.',
        'The street where the President lives is closed.',
        'That smoking causes health problems is a fact.',
        'The Nation’s output of goods and services is now higher than ever.',
        'The welfare of businessmen, farmers, and workers depends on trade.',
        'The pay gap between executives and their workers is now among the largest in history.',
        'Our survival as a free and independent people requires strong forces.',
        'The fact that we have those concerns is evidence of our ideals.',
        'To be back among so many friends is a happy one.',
        'Hiring more teachers teaching smaller classes requires more classrooms.',
        'The only way to defeat the terrorists is to defeat their vision.',
        'For the first time, rural affairs has received the attention it deserves.',
        'The cumulative effects of price falls of these commodities were severe.',
        'I hear the voices of dissent-who does not?',
        'Before us and our friends is the challenge of an ideology.',
        'Our obligation to veterans and dependents is large and continuing.',
        'He who knows others is wise.',
        'While we sleep, two-thirds of the world is plotting against us.',
        'Science is to computer science as hydrodynamics is to plumbing.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    if (!doc.canTag) return;
    for (const v of doc.tokensWith(VERB_WORDS)) {
      if (!TO_PLURAL.has(v.norm) && !LEXICAL.has(v.norm)) continue;
      if (!/^\p{Ll}/u.test(v.text)) continue;
      let n = doc.prev(v);
      if (n && ADVERBS.has(n.norm)) n = doc.prev(n);
      if (!n || n.kind !== 'word') continue;
      let subject: Token | undefined;
      if (isPluralNoun(doc, n)) {
        if (!startsClause(doc, n)) continue;
        subject = n;
      } else if (n.kind === 'word' && /^\p{Ll}/u.test(n.text) && !n.text.includes('-') && !looksPlural(n.norm) && pluralBeforePreposition(doc, n) && doc.pos(n) === 'NOUN') {
        // "the results of the study shows": a singular noun inside "of ..." after a plural head.
        let before = beforePhrase(doc, n);
        if (before && DETERMINERS.has(before.norm)) before = doc.prev(before) ?? null;
        if (!before || !HEAD_PREPOSITIONS.has(before.norm)) continue;
        const head = doc.prev(before);
        if (!head || !isPluralNoun(doc, head) || (before.norm === 'of' && OF_QUANTITIES.has(head.norm)) || !startsClause(doc, head)) continue;
        subject = head;
      }
      if (!subject) continue;
      if (!['VERB', 'AUX'].includes(doc.pos(v))) continue;
      // "Supermarkets is best known for", after the story named Supermarkets General Corp: a
      // company's name in the plural is one company.
      if (/^\p{Lu}/u.test(subject.text) && inCompanyName(doc, subject.index, subject.index + 1)) continue;
      // "demoralizing price falls of these commodities": a noun, not a verb.
      if (LEXICAL.has(v.norm) && doc.next(v)?.norm === 'of') continue;
      // "rural affairs has received": the name of a field of policy.
      if (subject.norm === 'affairs') {
        const b = beforePhrase(doc, subject);
        if (!b || !DETERMINERS.has(b.norm)) continue;
      }
      const fix = pluralVerb(v);
      if (!fix) continue;
      ctx.report({
        start: v.start,
        end: v.end,
        message: `“${doc.text.slice(subject.start, v.end)}”: the subject “${subject.text}” is plural, so English says “${fix}”.`,
        suggestions: [fix],
        reason: 'a plural subject takes a plural verb',
        confidence: 0.8,
      });
    }
  },
};

/**
 * A plural quantifier before a singular count noun: "two offer", "these decision", "many
 * country", "several player". Languages that mark number on the quantifier alone (or not at
 * all) lose the English plural -s in translation.
 *
 * Candidates are picked by word (numbers, these, those, many, several, few, both, various,
 * numerous, multiple), so only those sentences are tagged. The noun must be tagged NOUN, be
 * lower case, look singular, and end its phrase: a following noun makes it a modifier ("two
 * party leaders", "these price rises"). Numbers written in digits stay quiet after a name or a
 * noun ("Article 5 guarantee", "Section 230 protection"), after a/an/each/every/the, and when
 * they look like years.
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';
import { vocabularyPositions } from '../../../text/word-positions.js';
import { currencyWords } from '../../../data/countries.js';
import { MONTHS } from '../garbled-syntax/lib/english.js';
import { NUMBER_WORDS, UNIT_ABBREVIATION, dashJoined, loadSet, looksPlural, matchCase, numberTakesSingular, pluralize } from './lib/english.js';

const UNCOUNTABLE = loadSet('uncountable-nouns.txt');
const QUANTIFIERS = new Set(['these', 'those', 'many', 'several', 'few', 'both', 'various', 'numerous', 'multiple', 'countless']);
// "dozens of", "thousands of": the noun after "of" is plural.
const OF_QUANTIFIERS = new Set(['dozens', 'hundreds', 'thousands', 'millions', 'billions', 'scores', 'tens']);
const TRIGGERS: ReadonlySet<string> = new Set([...QUANTIFIERS, ...NUMBER_WORDS, ...OF_QUANTIFIERS]);
// "a number of country": these take a plural count noun after "of" (or an uncountable one).
const NUMBER_OF = new Set(['number', 'series', 'couple', 'handful', 'multitude', 'host', 'slew', 'raft', 'spate', 'string', 'dozen', 'pair']);
// Words between a quantifier and its noun that leave the noun plural: "three other platforms".
const BETWEEN = new Set(['other', 'more', 'additional', 'further', 'extra', 'new', 'different', 'separate', 'major', 'main', 'key', 'big', 'small', 'large', 'local', 'foreign', 'senior', 'top', 'former', 'young', 'old', 'armed', 'injured', 'wounded', 'suspected', 'unidentified', 'unnamed', 'masked', 'civilian', 'military', 'private', 'public', 'state-owned', 'regional', 'national', 'international', 'european', 'western']);
// A number after these is a label or part of a measure phrase, not a count.
const NUMBER_BLOCKERS = new Set([
  'a', 'an', 'each', 'every', 'per', 'one', 'no', 'the', 'this', 'that', 'its', 'his', 'her', 'their', 'our',
  'top', 'number', 'page', 'no.', 'under', 'aged', 'grade', 'level', 'phase', 'stage', 'round', 'season',
  'chapter', 'article', 'section', 'room', 'gate', 'flight', 'route', 'platform', 'terminal', 'group',
  'category', 'class', 'tier', 'day', 'week', 'year', 'game', 'match', 'series', 'part', 'volume',
  'million', 'billion', 'trillion', 'thousand', 'hundred', 'millions', 'billions',
  '$', '€', '£', '¥', '₽', '#', "'", '’', '-', '–', '/', '.', ':', '+', '=', 'of', 'than', 'to', 'and', 'or', 'by', 'between',
]);
// Nouns these/those/many take in the singular in informal but accepted English, or that are
// names of measures: "these kind of", "those sort of".
const SINGULAR_OK = new Set(['thou', 'grand', 'kind', 'sort', 'type', 'lot', 'bit', 'couple', 'number', "o'clock", 'percent', 'per', 'cent', 'time', 'way', 'one', 'folk', 'noon', 'midnight', 'horse', 'cavalry', 'infantry', 'artillery']);
// Verbs the tagger often reads as nouns after a pronoun quantifier: "these look like", "they
// both go", "three left on base".
const VERBISH = new Set([
  'cast', 'cut', 'hit', 'set', 'bet', 'spread', 'shut', 'split', 'left', 'right', 'get', 'got', 'go', 'went', 'come', 'came', 'can', 'could', 'will', 'would', 'may',
  'might', 'must', 'need', 'put', 'fall', 'stop', 'say', 'said', 'do', 'did', 'make', 'made', 'take',
  'took', 'know', 'knew', 'want', 'see', 'saw', 'seem', 'look', 'feel', 'felt', 'think', 'thought',
  'become', 'became', 'remain', 'agree', 'believe', 'help', 'try', 'like', 'use', 'play', 'live', 'run',
  'ran', 'move', 'mean', 'meant', 'show', 'hold', 'held', 'keep', 'kept', 'let', 'set', 'turn', 'bring',
  'brought', 'tell', 'told', 'give', 'gave', 'find', 'found', 'call', 'ask', 'work', 'lie', 'stand',
  'sit', 'lose', 'lost', 'pay', 'paid', 'meet', 'met', 'win', 'won', 'fear', 'hope', 'die', 'wait',
  'spoke', 'drove', 'rose', 'bore', 'stood', 'wrote', 'fought', 'sang', 'swore',
  'alike', 'together', 'apart', 'alone', 'each', 'else', 'much', 'more', 'less', 'enough', 'own',
]);
// -ing nouns that count; other -ing words after a quantifier are verbs or adjectives.
const ING_NOUNS = new Set([
  'building', 'meeting', 'hearing', 'finding', 'ruling', 'setting', 'painting', 'wedding', 'ceiling',
  'saving', 'earning', 'holding', 'opening', 'offering', 'warning', 'killing', 'shooting', 'bombing',
  'landing', 'sighting', 'crossing', 'posting', 'recording', 'listing', 'filing', 'booking', 'briefing',
  'gathering', 'reading', 'drawing', 'rating', 'ranking', 'standing', 'beginning', 'feeling', 'saying',
  // Not verbs at all: "1.2 billion shilling", "three sibling".
  'shilling', 'sibling', 'thing', 'king', 'ring', 'wing', 'string', 'evening', 'morning', 'duckling', 'seedling', 'dumpling',
]);

/** Directions after a distance: "220 km west of". */
const DIRECTIONS = /^(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west|upstream|downstream|offshore|inland|away|apart|long|wide|high|deep|tall|old)$/;
// Nouns that measure or rank, first in a compound: "the five year plan", "a 10 mile walk".
const MEASURE_FIRST = new Set([
  'year', 'month', 'week', 'day', 'hour', 'minute', 'second', 'mile', 'kilometre', 'kilometer', 'metre', 'meter', 'foot',
  'inch', 'percent', 'point', 'man', 'member', 'person', 'story', 'storey', 'lane', 'star', 'seat', 'game', 'match',
  'party', 'nation', 'country', 'state', 'way', 'time', 'page', 'car', 'bedroom', 'room', 'door', 'wheel', 'step',
  'stage', 'set', 'round', 'hole', 'goal', 'run', 'dollar', 'euro', 'pound', 'ton', 'tonne', 'litre', 'liter', 'gallon',
  'acre', 'hectare', 'degree', 'volt', 'watt', 'megawatt', 'gigawatt', 'bit', 'core', 'engine', 'lap', 'shot',
  'cent', 'column', 'line', 'digit', 'byte', 'track', 'volume', 'part', 'piece', 'course', 'hand', 'leg', 'phase',
]);

/**
 * Currencies, by the last word of their names in world-countries ("franc", "guilder", "baht"),
 * and the currencies of the past a story about then names ("peseta", "ecu"): first in a
 * compound they measure the noun after them, "a 25 billion peseta grant".
 */
const CURRENCIES: ReadonlySet<string> = new Set([
  ...currencyWords(),
  'peseta', 'drachma', 'schilling', 'markka', 'punt', 'ecu', 'escudo', 'deutschmark', 'cruzado', 'cruzeiro', 'austral', 'inti', 'sucre', 'rouble',
]);

/** A measure, unit or currency that modifies a later noun: "the five year plan", "100 pct flood cover". */
function measureFirst(norm: string): boolean {
  return MEASURE_FIRST.has(norm) || UNIT_ABBREVIATION.test(norm) || CURRENCIES.has(norm);
}

// Words before a number that leave it a count: "at least 14", "about 4,000", "nearly 300".
const APPROX = new Set(['least', 'about', 'around', 'nearly', 'almost', 'roughly', 'approximately', 'estimated']);
// Words that multiply a number written in digits: "60 million dose".
const MULTIPLIERS = new Set(['million', 'billion', 'thousand', 'hundred', 'trillion']);
// "both of their previous meeting": determiners after "both of".
const OF_DETERMINERS = new Set(['the', 'their', 'these', 'those', 'our', 'his', 'her', 'its', 'your', 'my']);
// After the noun these adverb-like adjectives start a time phrase, not a compound: "15 district late on Saturday".
const TIME_ADJ = new Set(['late', 'early', 'earlier', 'later', 'ago', 'overall', 'apiece', 'combined', 'abroad', 'nationwide', 'worldwide', 'annually', 'daily', 'yearly']);
// Personal pronouns that start a relative clause after a counted noun: "five tie-break he played".
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you']);

// Ordinals after a number word: "the two hundredth anniversary".
const ORDINAL = /(?:hundredth|thousandth|millionth|billionth|tieth|teenth|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)$/;
// Adverbs of time and place a pronoun quantifier may precede: "I will not repeat these tonight".
const ADVERB_NOUNS = new Set(['tonight', 'today', 'tomorrow', 'yesterday', 'here', 'there', 'now', 'again', 'instead', 'too', 'anyway', 'overnight']);

function isYearLike(t: Token): boolean {
  return /^(?:1[5-9]|20)\d\d$/.test(t.text);
}

/** The quantifier counts: returns false for labels, years, measure phrases and the like. */
function countingQuantifier(doc: Doc, q: Token): boolean {
  const prev = doc.prev(q);
  // Labels, not counts: a date ("the May six meeting") and a ratio ("a one for 10 split", "a 1-for 15 split").
  if (prev && ((MONTHS.has(prev.norm) && /^\p{Lu}/u.test(prev.text)) || /^\d+-for$/.test(prev.norm))) return false;
  if (prev?.norm === 'for') {
    const pp = doc.prev(prev);
    if (pp && (pp.kind === 'number' || pp.norm === 'one' || NUMBER_WORDS.has(pp.norm))) return false;
  }
  if (q.kind === 'number') {
    // "7.2 million passenger", "a bid of 1.2 billion shilling": a decimal before a multiplier
    // counts, and "of" before it is the amount's, not a label's.
    const scaled = MULTIPLIERS.has(doc.next(q)?.norm ?? '') && /^\d{1,3}(?:\.\d{1,2})?$/.test(q.text) && q.text !== '1';
    if (scaled && prev?.norm === 'of') return true;
    if (!scaled && (!/^(?:\d{1,3}|\d{1,3}(?:,\d{3})+)$/.test(q.text) || q.text === '1' || q.text === '0' || isYearLike(q))) return false;
    // "at least 14 applicant", "about 4,000 post": an approximator before the number.
    if (prev && APPROX.has(prev.norm)) return true;
    // "more than 200 person": a comparison before the number still counts.
    if (prev && prev.norm === 'than' && ['more', 'fewer', 'less'].includes(doc.prev(prev)?.norm ?? '')) return true;
    // "a total of 40 home", "up to 30 vessel": a count after a total or a limit.
    if (prev && prev.norm === 'of' && ['total', 'maximum', 'minimum', 'tally', 'excess'].includes(doc.prev(prev)?.norm ?? '')) return true;
    if (prev && prev.norm === 'to' && doc.prev(prev)?.norm === 'up') return true;
    if (prev && (prev.kind === 'number' || NUMBER_BLOCKERS.has(prev.norm) || /^\p{Lu}/u.test(prev.text) || doc.pos(prev) === 'NOUN' || doc.pos(prev) === 'PROPN')) return false;
    return true;
  }
  if (NUMBER_WORDS.has(q.norm)) {
    if (prev && (['a', 'an', 'each', 'every', 'per', 'one', 'no', 'number', '-'].includes(prev.norm) || NUMBER_WORDS.has(prev.norm))) return false;
    // "one or two", "two or three": the first of a range is fine either way, check the last.
    const n = doc.next(q);
    if (n && (n.norm === 'or' || n.norm === 'to' || n.norm === '-' || n.norm === 'and')) return false;
    return !/^\p{Lu}/u.test(q.text) || doc.isSentenceInitial(q);
  }
  if (q.norm === 'those' || q.norm === 'these') {
    // "those who", "these are": pronouns, not determiners.
    if (doc.pos(q) === 'PRON') return false;
    // "those helping peace take root", "those given above": a pronoun before a participle.
    const n = doc.next(q);
    if (n && n.kind === 'word' && /(?:ing|ed|en)$/.test(n.norm) && !ING_NOUNS.has(n.norm)) return false;
  }
  // "112 millions of new revenue": an old way of writing an amount, not a count.
  if (OF_QUANTIFIERS.has(q.norm) && prev && (prev.kind === 'number' || NUMBER_WORDS.has(prev.norm) || prev.norm === 'half' || prev.norm === 'hundred')) return false;
  // "the two departments both deal with": a floating "both" after its noun.
  if (q.norm === 'both' && prev && prev.kind === 'word' && ['NOUN', 'PROPN'].includes(doc.pos(prev))) return false;
  // "both inflation and unemployment": "both ... and" coordinates, each noun may be singular.
  if (q.norm === 'both') {
    for (let k = 0, c = doc.next(q); k < 10 && c; k++, c = doc.next(c)) if (c.norm === 'and') return false;
  }
  if (OF_QUANTIFIERS.has(q.norm) || isNumberOf(doc, q)) return true;
  // A pronoun: "any of these", "they both", "we're both", "all three".
  if (prev && (prev.norm === 'of' || prev.norm === 'all' || doc.pos(prev) === 'PRON' || (q.norm === 'both' && doc.pos(prev) === 'AUX'))) return false;
  return true;
}

/** "a number of", "a range of", "a series of": the noun after "of" is plural. */
function isNumberOf(doc: Doc, q: Token): boolean {
  if (!NUMBER_OF.has(q.norm) || doc.next(q)?.norm !== 'of') return false;
  const prev = doc.prev(q)?.norm;
  if (prev === 'a') return true;
  // "the number of mortgage signed", "the total number of case".
  return q.norm === 'number' && (prev === 'the' || ((prev === 'total' || prev === 'growing' || prev === 'rising' || prev === 'record') && doc.prev(q, 2)?.norm === 'the'));
}

/** "both of their": the token after the determiner, or undefined. */
function afterBothOf(doc: Doc, q: Token): Token | undefined {
  if (q.norm !== 'both') return undefined;
  const o = doc.next(q);
  const d = o && o.norm === 'of' ? doc.next(o) : undefined;
  return d && OF_DETERMINERS.has(d.norm) ? doc.next(d) : undefined;
}

/**
 * The word after a multiplier that follows the quantifier, or `t` itself: "60 million dose" (a
 * number in digits), "some five million household", "two hundred student" (a number word, not
 * "one").
 */
function pastMultiplier(doc: Doc, q: Token, t: Token | undefined): Token | undefined {
  if (!t) return t;
  if (q.kind === 'number' ? MULTIPLIERS.has(t.norm) : NUMBER_WORDS.has(q.norm) && q.norm !== 'one' && MULTIPLIERS.has(t.norm)) {
    // "two hundred thousand people": a second multiplier.
    const n = doc.next(t);
    return n && MULTIPLIERS.has(n.norm) && n.norm !== t.norm ? doc.next(n) : n;
  }
  return t;
}

/** The head noun after the quantifier (skipping up to two adjectives or names), or undefined. */
function headAfter(doc: Doc, q: Token): Token | undefined {
  let t = afterBothOf(doc, q) ?? doc.next(q);
  if (t && (OF_QUANTIFIERS.has(q.norm) || isNumberOf(doc, q))) {
    if (t.norm !== 'of') return undefined;
    t = doc.next(t);
  }
  t = pastMultiplier(doc, q, t);
  for (let k = 0; k < 3 && t; k++) {
    if (t.kind !== 'word' || dashJoined(t) || ORDINAL.test(t.norm) || t.norm === 'next' || t.norm === 'last') return undefined;
    const pos = doc.pos(t);
    const nt = doc.next(t);
    // "4,000 teaching post": an -ing noun before another noun modifies it.
    if (pos === 'NOUN' && /ing$/.test(t.norm) && !ING_NOUNS.has(t.norm) && k < 2 && nt && nt.kind === 'word' && /^\p{Ll}/u.test(nt.text) && doc.pos(nt) === 'NOUN') {
      t = nt;
      continue;
    }
    if (pos === 'NOUN' && /^\p{Ll}/u.test(t.text)) {
      // "96 work stoppage took place": a compound of two singular nouns right after the
      // quantifier, then the verb or a preposition; its head is the second ("two party leaders" is plural and fine). A measure
      // first is a modifier of a later noun: "the five year plan", "a 10 mile walk".
      const n2 = nt && nt.kind === 'word' && /^\p{Ll}+$/u.test(nt.text) && doc.pos(nt) === 'NOUN' ? nt : undefined;
      const n3 = n2 && doc.next(n2);
      // Or a preposition: "two security camera in the hall" (not "220 km west of", "5 miles
      // north of": a unit and a direction).
      const prepAfter = n3 !== undefined && doc.pos(n3) === 'ADP';
      if (prepAfter && (DIRECTIONS.test((n2 as Token).norm) || t.norm.length <= 3)) return t;
      if (k === 0 && n2 && !measureFirst(t.norm) && !looksPlural(t.norm) && n3 && n3.kind === 'word' && /^\p{Ll}/u.test(n3.text) && ['VERB', 'AUX', 'ADP'].includes(doc.pos(n3))) return n2;
      return t;
    }
    // "five tie-break": a hyphenated noun the tagger reads as a verb.
    if (pos === 'VERB' && /^\p{Ll}+-\p{Ll}+$/u.test(t.text) && !/(?:ed|ing)$/.test(t.norm)) return t;
    const modifier = (pos === 'ADJ' && /^\p{Ll}/u.test(t.text) && t.norm !== 'much') || (pos === 'PROPN' && /^\p{Lu}\p{Ll}+$/u.test(t.text)) || BETWEEN.has(t.norm);
    // "a 20 Ecu daily rebate": a currency written as a name measures the noun after it.
    if (k === 2 || !modifier || CURRENCIES.has(t.norm)) return undefined;
    t = doc.next(t);
  }
  return undefined;
}

// Sums of money and their changes: after "a"/"the"/a possessive and an amount in millions or
// billions they are measured (the currency left out), not counted: "December's 6.48 billion
// deficit", "a 3 billion loan".
const MONEY_SUMS = new Set([
  'surplus', 'deficit', 'shortfall', 'increase', 'decrease', 'rise', 'fall', 'drop', 'decline', 'gain', 'loss',
  'jump', 'deal', 'package', 'budget', 'debt', 'loan', 'bid', 'offer', 'issue', 'facility', 'fund', 'programme',
  'program', 'investment', 'outlay', 'payment', 'grant', 'contract', 'target', 'profit', 'turnover', 'charge',
  'injection', 'bailout', 'takeover', 'acquisition', 'purchase', 'sale', 'settlement', 'writedown', 'provision',
  'subsidy', 'credit', 'refinancing', 'rescue', 'stimulus', 'overrun', 'windfall',
]);
const SUM_DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'its', 'their', 'his', 'her', 'our', "'s"]);

/** "December's 6.48 billion deficit": a sum after a determiner or a possessive and an amount in millions or more. */
function measuredSum(doc: Doc, q: Token, head: Token): boolean {
  if (!MONEY_SUMS.has(head.norm) || !['million', 'billion', 'trillion'].includes(doc.prev(head)?.norm ?? '')) return false;
  let b = doc.prev(q);
  for (let k = 0; k < 2 && b && b.kind === 'word' && /^\p{Ll}/u.test(b.text) && doc.pos(b) === 'ADJ'; k++) b = doc.prev(b);
  return b !== undefined && SUM_DETERMINERS.has(b.norm);
}

/** Nouns the quantifier may take in the singular. */
function singularAllowed(doc: Doc, q: Token, head: Token): boolean {
  if (looksPlural(head.norm) || numberTakesSingular(head.norm) || UNCOUNTABLE.has(head.norm)) return true;
  if (SINGULAR_OK.has(head.norm) || VERBISH.has(head.norm) || ADVERB_NOUNS.has(head.norm) || head.norm.length <= 2) return true;
  if (head.norm.endsWith('ed') || (head.norm.endsWith('ing') && !ING_NOUNS.has(head.norm))) return true;
  // Archaic verbs ("cometh") and the fixed "state of the art".
  if (/[^aeiou]eth$/.test(head.norm) || (head.norm === 'state' && doc.next(head)?.norm === 'of')) return true;
  if (head.norm.includes("'") || head.norm.endsWith('-')) return true;
  if (measuredSum(doc, q, head)) return true;
  const next = doc.next(head);
  if (next) {
    // A compound or a possessive: "two party leaders", "the two country’s", "these price rises".
    if (next.norm === "'s" || next.text === '’' || next.text === "'" || next.text === '-' || next.text === '/') return true;
    // "the five year, $24.7 billion program": coordinate modifiers before a later noun.
    const after = doc.next(next);
    if (next.text === ',' && after && (after.kind === 'number' || ['$', '€', '£'].includes(after.text))) return true;
    // "a seven year, fixed rate deal", "the 50 mln dlr, five year, issue": a measure in a series of
    // modifiers after an article or a comma.
    const before = doc.prev(q);
    if (next.text === ',' && measureFirst(head.norm) && before && ['a', 'an', 'the', ','].includes(before.norm) && after && after.kind === 'word' && /^\p{Ll}/u.test(after.text)) return true;
    if (next.kind === 'word' && measureFirst(head.norm) && /^\p{Ll}/u.test(next.text)) {
      const pos = doc.pos(next);
      // "its five year term a", "a 25 billion peseta grant": a measure or a currency before a noun
      // (or one the tagger reads as a verb).
      if (pos === 'NOUN' || (CURRENCIES.has(head.norm) && (pos === 'VERB' || pos === 'ADJ'))) return true;
      // "30 year fixed rate mortgages": before an adjective or a participle and a noun.
      const n2 = doc.next(next);
      if ((pos === 'ADJ' || pos === 'VERB') && n2 && n2.kind === 'word' && /^\p{Ll}/u.test(n2.text) && doc.pos(n2) === 'NOUN') return true;
    }
    // "fall below the three million mark": a threshold, not a currency.
    if (head.norm === 'mark' && before?.norm === 'the') return true;
    if (next.kind === 'word') {
      // A relative clause starts after the noun: "14 applicant whose parents", "five tie-break he played".
      if (['who', 'whose', 'which'].includes(next.norm)) return false;
      if ((q.kind === 'number' || NUMBER_WORDS.has(q.norm)) && SUBJECT_PRONOUNS.has(next.text)) return false;
      if (TIME_ADJ.has(next.norm)) return false;
      // "40 million tablet a year": a rate after a counted noun.
      if (q.kind === 'number' && (next.norm === 'a' || next.norm === 'per') && ['year', 'day', 'week', 'month', 'hour', 'season', 'minute'].includes(doc.next(next)?.norm ?? '')) return false;
      // A time phrase starts after the noun: "three other platform next year".
      if (['next', 'last', 'this', 'each', 'every', 'per', 'later', 'earlier', 'ago'].includes(next.norm)) return false;
      const pos = doc.pos(next);
      // A noun followed by a determiner is a verb the tagger misread: "two company control the".
      if (pos === 'NOUN' && after && doc.pos(after) === 'DET') return false;
      if (pos === 'NOUN' || pos === 'PROPN' || pos === 'NUM') return true;
      // The "noun" is a verb: "Many fear that ...", "Several warn the ...".
      if (VERB_OBJECT_START.has(next.norm) || pos === 'PRON' || pos === 'SCONJ') return true;
      // A shared head ("four fermentation and storage tanks"), a modifier before an adjective
      // ("two supermassive black holes", "six inch long"), or a noun compound the tagger
      // read as a verb ("two felony counts").
      if (pos === 'CCONJ') {
        // "four fermentation and storage tanks" shares a head; "two child and their mother" does not.
        const n2 = doc.next(next);
        if (!(n2 && (['DET', 'PRON'].includes(doc.pos(n2)) || n2.kind === 'number'))) return true;
      }
      if (pos === 'ADJ' || (pos === 'VERB' && /[^s]s$/.test(next.norm))) return true;
    }
    if (next.kind === 'number') return true;
  }
  return false;
}

// After a "noun" these start its object, so the "noun" is a verb: "Many fear that", "Several
// warn the". ("four player this summer": "this" starts a time phrase and is not listed.)
const VERB_OBJECT_START = new Set(['the', 'a', 'an', 'their', 'its', 'his', 'her', 'our', 'your', 'my', 'that', 'what', 'whether', 'how', 'no', 'any']);
const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'of', 'to', 'and', 'or', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'who', 'which',
  'that', 'are', 'were', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'must',
  'do', 'did', 'be', 'been', 'is', 'was', 'more', 'other', 'than', 'as', 'per', 'about', 'into', 'over',
  'under', 'after', 'before', 'during', 'since', 'times', 'percent', 'million', 'billion', 'thousand',
  'hundred', 'days', 'years', 'people', 'also', 'not', 'never', 'all', 'such', 'so', 'too', 'very',
]);

/**
 * A cheap word test before any tagging: the word after the quantifier (after "of" for
 * "dozens of") must be a lower-case word that is neither a plural nor a function word, or an
 * adjective-like word followed by one. Most quantifiers ("2 percent", "many people", "these
 * are") stop here.
 */
function worthTagging(doc: Doc, q: Token): boolean {
  let w = afterBothOf(doc, q) ?? doc.next(q);
  if (w && (OF_QUANTIFIERS.has(q.norm) || isNumberOf(doc, q))) w = w.norm === 'of' ? doc.next(w) : undefined;
  w = pastMultiplier(doc, q, w);
  let candidate = false;
  for (let k = 0; k < 3 && w; k++) {
    if (w.kind === 'word' && BETWEEN.has(w.norm)) {
      w = doc.next(w);
      continue;
    }
    if (w.kind !== 'word' || !/^[\p{L}]/u.test(w.text) || FUNCTION_WORDS.has(w.norm) || w.norm === 'whose' || SUBJECT_PRONOUNS.has(w.norm)) break;
    const lower = /^\p{Ll}/u.test(w.text);
    // A plural later in the phrase is its head: "two dissenting members", "several large resorts".
    if (lower && looksPlural(w.norm)) return false;
    if (lower && !numberTakesSingular(w.norm) && !VERBISH.has(w.norm)) candidate = true;
    w = doc.next(w);
  }
  return candidate;
}

/**
 * The words the first test below can pass: an ASCII digit first (a number it accepts is
 * ASCII digits), a quantifier, or a word of NUMBER_OF (for isNumberOf).
 */
function mayQuantify(norm: string): boolean {
  const c = norm.charCodeAt(0);
  return (c >= 48 && c <= 57) || TRIGGERS.has(norm) || NUMBER_OF.has(norm);
}

export const rule: Rule = {
  meta: {
    id: 'quantifier-singular-noun',
    category: 'number-agreement',
    severity: 'warning',
    description: 'A plural quantifier (two, these, many, several, both) before a singular count noun.',
    examples: {
      bad: [
        { text: 'Benfica had rejected two [[offer]] from the English club in January.', output: 'Benfica had rejected two offers from the English club in January.' },
        { text: 'The subway carries 7.2 million [[passenger]] a day.', output: 'The subway carries 7.2 million passengers a day.' },
        { text: 'He left for a fee of 1.2 billion [[shilling]] ($460,000).', output: 'He left for a fee of 1.2 billion shillings ($460,000).' },
        { text: 'The union said 96 work [[stoppage]] took place last year.', output: 'The union said 96 work stoppages took place last year.' },
        { text: 'Police said two security [[camera]] in the hall had been switched off.', output: 'Police said two security cameras in the hall had been switched off.' },
        { text: 'Some five million [[household]] depend on the crop.', output: 'Some five million households depend on the crop.' },
        { text: 'The minister said these [[decision]] were taken in haste.', output: 'The minister said these decisions were taken in haste.' },
        { text: 'Fighting has displaced people in many [[country]] across the region.', output: 'Fighting has displaced people in many countries across the region.' },
        { text: 'Several young [[player]] left the club last summer.', output: 'Several young players left the club last summer.' },
        { text: 'The talks lasted three [[day]].', output: 'The talks lasted three days.' },
        { text: 'Both [[side]] accused each other of breaking the truce.', output: 'Both sides accused each other of breaking the truce.' },
        { text: 'Police arrested 12 [[suspect]] on Monday.', output: 'Police arrested 12 suspects on Monday.' },
        { text: 'Thousands of [[protester]] marched through the capital.', output: 'Thousands of protesters marched through the capital.' },
        { text: 'Those two [[company]] control the market.', output: 'Those two companies control the market.' },
        { text: 'The club signed four [[player]] this summer.', output: 'The club signed four players this summer.' },
        { text: 'The bank cut rates for the first time in five [[year]].', output: 'The bank cut rates for the first time in five years.' },
        { text: 'The firm built a total of 40 [[home]] in the area.', output: 'The firm built a total of 40 homes in the area.' },
        { text: 'The port can take up to 30 [[vessel]] at a time.', output: 'The port can take up to 30 vessels at a time.' },
        { text: 'Storm warnings were issued for 12 northern [[province]] late on Friday.', output: 'Storm warnings were issued for 12 northern provinces late on Friday.' },
        { text: 'The reform would cut about 2,000 nursing [[job]] next year.', output: 'The reform would cut about 2,000 nursing jobs next year.' },
        { text: 'The plant will make up to 40 million [[tablet]] a year.', output: 'The plant will make up to 40 million tablets a year.' },
        { text: 'Police questioned at least 9 [[employee]] whose names were leaked.', output: 'Police questioned at least 9 employees whose names were leaked.' },
        { text: 'She has won all three [[tie-break]] she played.', output: 'She has won all three tie-breaks she played.' },
        { text: 'The number of [[loan]] approved in June fell.', output: 'The number of loans approved in June fell.' },
        { text: 'He lost both of his previous [[match]] against her.', output: 'He lost both of his previous matches against her.' },
        { text: 'The new school has two hundred [[student]] and a library.', output: 'The new school has two hundred students and a library.' },
        { text: 'Some two hundred thousand [[voter]] stayed home.', output: 'Some two hundred thousand voters stayed home.' },
      ],
      good: [
        'Two hundred thousand people fled, and the car cost eighty thou.',
        'Police detained three israelis and two iraqis at the crossing.',
        'The quake struck about 220 km west of the provincial capital.',
        'Benfica had rejected two offers from the English club in January.',
        'The 1.2 million figure was revised, and one of 2.5 million voters stayed home.',
        'They approved the five year plan and a 10 mile walk in two party talks.',
        'The two party leaders met on Monday.',
        'A five year plan was approved.',
        'Under Article 5 guarantee rules, allies must respond.',
        'The economy grew 2 percent in the first quarter.',
        'Prices rose by 5 percent and these kind of increases worry investors.',
        'Those who refused were fired.',
        'Both Russia and Ukraine signed the deal.',
        'He scored twice in the 2022 season.',
        'The company has 30 million monthly users.',
        'He won by 1,200 votes out of more than 18 million cast.',
        'The two sides agreed on a two-year truce.',
        'Many people believe the election was fair.',
        'Several hundred people gathered outside.',
        'The 23-year-old scored two goals in three matches.',
        'Investors sold 2 billion yen of bonds.',
        'One or two player transfers are expected.',
        'Section 230 protection shields the platforms.',
        'The meeting starts at 10 pm and ends at 11.',
        'These price rises hit the poor hardest.',
        'Many thanks to everyone who helped.',
        'He spent five years in prison, and these years changed him.',
        'Those present applauded.',
        'The two countries’ leaders met.',
        'The last few weeks were hard.',
        'In the past two decades the city has doubled.',
        'Many a politician has said so.',
        'Room 12 was locked.',
        'A total of 40 percent voted, and up to 30 people a day came.',
        'A maximum of 5 kilograms per bag is allowed.',
        'They won 3-1 at home.',
        'Both teams scored in the first half.',
        'The country has three time zones.',
        'Both inflation and unemployment rose.',
        'It takes both memory managed by the heap and native memory.',
        'The server sends a HTTP/1.1 102 Processing message to the client.',
        'The company has 30 million monthly users and 5 million euro in cash.',
        'The two teaching hospitals merged.',
        'The country owes 3 million dollar debts.',
        'Both of their parents came.',
        'The number of people rose, and the number of staff fell.',
        'Two men he knew were arrested.',
        'At least 14 percent voted.',
        'There are countless opportunities-most of them well known to us all-for progress.',
        'The plan combines many bureaus of this Government.',
        'If we achieve these goals-we can close the gap.',
        'The number of handicapped-people who use transit rose.',
        'We need $1 billion 600 million next year for the pay increases.',
        'The first part was the five year, $24.7 billion transit program.',
        'I will not repeat these tonight.',
        'We honor those helping peace take root, and those suffering hardship.',
        'They are survived by four children, 11 grandchildren, and 20 great-grandchildren.',
        'The two Governments neglect no opportunity to help.',
        'The Departments of Agriculture and Commerce both deal with trade.',
        'The plant will produce hundreds of thousands of horsepower.',
        'We will celebrate the two hundredth anniversary of his birth.',
        'The law provides for the appointment of two special counsel.',
        'The tax provides one hundred and twelve millions of new revenue.',
        'The two spoke in unison to a few young folk at 12 noon.',
        'Prices rose 28 pct, the tanker of 90,000 dwt was sold and the engine gave 270 bhp.',
        'Local firms may now buy 100 pct flood cover but few do.',
        'The stamp cost 10 pence, and two consortia bid 500 billion lire for the licence.',
        'The agency gave a special 40 billion peseta grant, against a previous 15 Ecu weekly rebate.',
        'Savers were offered 25 year fixed rate loans, and the bank sold a 30 mln dlr, seven year, bond.',
        'Sales passed the two million mark in May, and its five year term ends soon.',
        'Last month’s 4.2 billion deficit followed a 3 billion surplus, and the fund got a new 8 billion loan.',
        'Holders will vote at the July nine meeting on a one for 20 stock-split which the board backs.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    if (!doc.canTag) return;
    const at = vocabularyPositions(doc, mayQuantify, mayQuantify);
    for (let ti = 0; ti < at.length; ti++) {
      const q = doc.tokens[at[ti] as number] as Token;
      if (q.kind === 'number' ? !/^(?:\d{1,3}|\d{1,3}(?:,\d{3})+|\d{1,3}\.\d{1,2})$/.test(q.text) : !TRIGGERS.has(q.norm) && !isNumberOf(doc, q)) continue;
      if (/^\p{Lu}/u.test(q.text) && !doc.isSentenceInitial(q) && q.kind !== 'number') continue;
      if (!worthTagging(doc, q)) continue;
      const head = headAfter(doc, q);
      if (!head || !countingQuantifier(doc, q) || singularAllowed(doc, q, head)) continue;
      const plural = matchCase(head.text, pluralize(head.norm));
      ctx.report({
        start: head.start,
        end: head.end,
        message: `“${doc.text.slice(q.start, head.end)}”: after “${q.text}” English needs the plural “${plural}”.`,
        suggestions: [plural],
        reason: 'a count noun after a plural quantifier takes the plural',
        confidence: 0.8,
      });
    }
  },
};

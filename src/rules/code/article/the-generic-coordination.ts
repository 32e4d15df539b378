/**
 * “the” before a plural or mass noun phrase in its general sense, found where it is coordinated
 * with a bare noun phrase: “saying [the households] and small firms needed cheaper credit”,
 * “despite protests from [the fishermen] and hotel owners”, “blamed high prices of energy,
 * [the cheap imports] from Asia and weak demand”, “collectors, dealers and [the diplomats]”.
 * French, Italian, Spanish, Portuguese, German and Greek give each conjunct its own article;
 * the translation keeps the first and drops the rest, and English reads a “the” there as a
 * specific group the story never introduced.
 *
 * A phrase is checked only when it is the story's first mention of its head noun (no earlier
 * form of it, singular or plural: “the households” after “households” may point back) or a
 * compound new to the story (“the food prices” after “consumer prices”), when
 * nothing narrows it (no “of”, relative clause, possessive or participle with “by” after the
 * coordination, which “the” may govern as a whole: “the cousins and aunts of the bride”), and
 * in one of three frames:
 *   - subject: after a verb of saying or a conjunction that opens a clause (“said”, “warned
 *     that”, “because”, “as”), “the A and B” and then a finite verb;
 *   - object of a noun's preposition (“protests from”, “sales of”, “a shift in”), “the A and
 *     B” ending the phrase;
 *   - list: a bare noun phrase before it (“high prices of energy, the cheap imports … and weak
 *     demand”, “dealers and the diplomats”), the phrase plural.
 * In the first two frames B must be two words (“small firms”, “hotel owners”): one word after
 * “the A and” is as often a shared article (“the musicians and guests”), and three words share
 * a head (“the firm and lasting peace agreement”). A singular A must be a compound of two nouns
 * (“the wind energy”), a mass noun named by its kind: a one-word singular shares a head (“the
 * rail and bus companies”, “the medium and long term”), and an adjective before a singular
 * count noun makes one thing (“the economic situation and business outlook”).
 *
 * Fluent English shares one “the” over two nouns often enough (“the pearls and precious
 * stones rolled”) that the rule is a suspect: it runs only in a document already shown to be
 * machine-translated.
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';
import { isLowerWord, looksPlural } from '../number-agreement/lib/english.js';
import { DETERMINERS, finiteVerbAt, isFirstMention, phraseFrom } from './lib/generic.js';

// Verbs of saying and conjunctions after which a clause, and its subject, begins.
const CLAUSE_OPENERS = new Set([
  'said', 'says', 'saying', 'warned', 'warns', 'warning', 'argued', 'argues', 'arguing', 'that', 'because', 'as',
  'since', 'while', 'although', 'though', 'whereas', 'mean', 'means', 'meant', 'added', 'adding', 'noted', 'noting',
  'stressed', 'believes', 'believe', 'fear', 'fears', 'feared', 'insisted', 'claimed', 'complained', 'explained',
]);
// "so that", "in order that", "now that": a purpose or time clause about the scene at hand.
const NOT_BEFORE_THAT = new Set(['so', 'order', 'now', 'such', 'provided', 'given', 'except']);
// What after the coordination narrows it: "the cousins and aunts of the bride".
const NARROWERS = new Set(['of', 'who', 'that', 'which', 'whose', 'whom', "'s", 'where', 'when', 'themselves', 'itself']);

// Quantities that leave a phrase indefinite: "many dealers", "about 400 collectors".
const INDEFINITE = new Set(['many', 'several', 'some', 'few', 'dozens', 'hundreds', 'thousands', 'millions']);
const ROUGHLY = new Set(['about', 'around', 'nearly', 'almost', 'some', 'over', 'roughly', 'approximately']);

/** The token before a bare noun phrase that ends at `t` ("high prices of energy"), null if none ends there, undefined at the sentence start. */
function beforeBarePhrase(doc: Doc, t: Token | undefined): Token | undefined | null {
  if (!isLowerWord(t) || doc.pos(t) !== 'NOUN') return null;
  const back = (from: Token | undefined): [Token | undefined, number] => {
    let k = from;
    let n = 0;
    while (isLowerWord(k) && !DETERMINERS.has(k.norm) && (doc.pos(k) === 'ADJ' || doc.pos(k) === 'NOUN') && n < 4) {
      k = doc.prev(k);
      n++;
    }
    return [k, n];
  };
  let [k] = back(t);
  if (k?.norm === 'of') {
    const [k2, n2] = back(doc.prev(k));
    if (n2 === 0) return null;
    k = k2;
  } else if (k && (k.kind === 'number' || INDEFINITE.has(k.norm))) {
    // "about 400 collectors", "many dealers": a number or quantity is no article either.
    k = doc.prev(k);
    if (k && ROUGHLY.has(k.norm)) k = doc.prev(k);
  }
  if (!k) return undefined;
  // A determiner, a possessive, a number or a name before it: not bare.
  if (DETERMINERS.has(k.norm) || k.norm === "'s" || k.kind === 'number' || /^\p{Lu}/u.test(k.text)) return null;
  // Only a verb, a preposition, a conjunction or punctuation opens a bare phrase: after an
  // adverb ("a very private area") the phrase goes on to the left.
  const p = doc.pos(k);
  return p === 'VERB' || p === 'AUX' || p === 'ADP' || p === 'CCONJ' || p === 'SCONJ' || p === 'PUNCT' ? k : null;
}

/** Whether the coordination "the A and B" ends at `end` (the token after B) with nothing narrowing it. */
function narrowed(doc: Doc, end: Token | undefined): boolean {
  if (!end) return false;
  if (NARROWERS.has(end.norm)) return true;
  return doc.pos(end) === 'VERB' && /ed$/.test(end.norm) && doc.next(end)?.norm === 'by';
}

const endsPhrase = (t: Token | undefined): boolean => t === undefined || (t.kind === 'punct' && t.text !== '-' && t.text !== '(' && t.text !== '/');

/** "the A and B" in a subject or a noun's object, B of two words or more: the reason, or undefined. */
function coordinated(doc: Doc, words: readonly Token[], prev: Token | undefined): string | undefined {
  const head = words[words.length - 1] as Token;
  const conj = doc.next(head);
  if (!prev || !conj || (conj.norm !== 'and' && conj.norm !== 'or')) return undefined;
  const other = phraseFrom(doc, doc.next(conj));
  // "the executive and legislative branches", "the rehabilitation and development process",
  // "the firm and lasting peace agreement": one head shared by both.
  if (other.length !== 2) return undefined;
  // A singular A is general only as a mass compound ("the wind energy"); "the economic
  // situation", a count noun, is one situation.
  if (!looksPlural(head.norm) && (words.length === 1 || doc.pos(words[words.length - 2] as Token) !== 'NOUN')) return undefined;
  const otherHead = other[other.length - 1] as Token;
  const end = doc.next(otherHead);
  if (narrowed(doc, end)) return undefined;
  if (CLAUSE_OPENERS.has(prev.norm) && finiteVerbAt(doc, end)) {
    if (prev.norm === 'that' && NOT_BEFORE_THAT.has(doc.prev(prev)?.norm ?? '')) return undefined;
    return `the subject of a general statement, beside bare “${doc.text.slice((other[0] as Token).start, otherHead.end)}”`;
  }
  const owner = doc.prev(prev);
  if (doc.pos(prev) === 'ADP' && isLowerWord(owner) && doc.pos(owner) === 'NOUN' && endsPhrase(end)) {
    return `beside bare “${doc.text.slice((other[0] as Token).start, otherHead.end)}”`;
  }
  return undefined;
}

/** "high prices of energy, the cheap imports from Asia and weak demand", "dealers and the diplomats". */
function listed(doc: Doc, words: readonly Token[], prev: Token | undefined): string | undefined {
  const head = words[words.length - 1] as Token;
  if (!prev || !looksPlural(head.norm) || (prev.norm !== 'and' && prev.norm !== 'or' && prev.text !== ',')) return undefined;
  // Every phrase before it in the list is bare: "collectors, dealers and the diplomats"; not
  // "the places and forums, the churches and museums".
  let before = beforeBarePhrase(doc, doc.prev(prev));
  for (let n = 0; before && (before.text === ',' || before.norm === 'and' || before.norm === 'or') && n < 5; n++) {
    before = beforeBarePhrase(doc, doc.prev(before));
  }
  if (before === null || (before && (before.text === ',' || before.norm === 'and' || before.norm === 'or'))) return undefined;
  let after = doc.next(head);
  // A place after it does not make it specific: "the cheap imports from Asia".
  if (after && (after.norm === 'from' || after.norm === 'in')) {
    let k = doc.next(after);
    let n = 0;
    for (; k && k.kind === 'word' && /^\p{Lu}/u.test(k.text) && n < 3; k = doc.next(k)) n++;
    if (n > 0) after = k;
  }
  if (prev.text === ',') {
    // In the middle of the list: "and" and a bare phrase must close it.
    if (!after || (after.norm !== 'and' && after.norm !== 'or')) return undefined;
    const last = phraseFrom(doc, doc.next(after));
    if (last.length === 0) return undefined;
    const end = doc.next(last[last.length - 1] as Token);
    if (narrowed(doc, end)) return undefined;
    return 'in a list of bare noun phrases';
  }
  return endsPhrase(after) ? 'in a list of bare noun phrases' : undefined;
}

/** A cheap test before any tagging: "and", "or" or a comma just before "the", or "and"/"or" within five words after it. */
function nearConjunction(doc: Doc, the: Token): boolean {
  const p = doc.prev(the);
  if (p && (p.norm === 'and' || p.norm === 'or' || p.text === ',')) return true;
  for (let k = 2; k <= 6; k++) {
    const t = doc.next(the, k);
    if (!t) return false;
    if (t.norm === 'and' || t.norm === 'or') return true;
  }
  return false;
}

export const rule: Rule = {
  meta: {
    id: 'the-generic-coordination',
    category: 'article',
    severity: 'info',
    suspect: true,
    description: '“the” before a general plural or mass noun coordinated with a bare one: “saying the households and small firms needed credit”, “protests from the fishermen and hotel owners”.',
    examples: {
      bad: [
        { text: 'The minister welcomed the cut, saying [[the households]] and small firms needed cheaper credit.', output: 'The minister welcomed the cut, saying households and small firms needed cheaper credit.' },
        { text: 'The council approved the plan despite protests from [[the fishermen]] and hotel owners, the mayor said.', output: 'The council approved the plan despite protests from fishermen and hotel owners, the mayor said.' },
        { text: 'Prices rose as [[the food prices]] and electricity bills climbed.', output: 'Prices rose as food prices and electricity bills climbed.' },
        { text: 'The company blamed high prices of energy, [[the cheap imports]] from Asia and weak demand in Europe.', output: 'The company blamed high prices of energy, cheap imports from Asia and weak demand in Europe.' },
        { text: 'The sale drew about 400 collectors, dealers and [[the diplomats]], the auction house said.', output: 'The sale drew about 400 collectors, dealers and diplomats, the auction house said.' },
      ],
      good: [
        'Households and small firms needed cheaper credit, he said.',
        'Many households took loans. He said the households and small firms needed cheaper credit.',
        'The musicians and guests gaped at the door.',
        'He said the rail and bus companies would merge.',
        'She said the executive and legislative branches can work together.',
        'The plan has implications for the medium and long term.',
        'He backed the extension of the present excise and corporation tax rates.',
        'He met the cousins and aunts of the bride.',
        'He said the workers and union leaders who signed the deal were pleased.',
        'He shut the gate so that the children and young pets stayed inside.',
        'He visited the churches and museums, the palaces and castles.',
        'He had seen all the piazzas and plazas, the places and forums.',
        'He praised the players, the coaches and the fans.',
        'The sale drew the collectors, dealers and the diplomats.',
        'He pointed to a shortage of nurses and the long waiting lists.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    for (const the of doc.tokensWith(['the'])) {
      if (the.text !== 'the' || !nearConjunction(doc, the)) continue;
      const words = phraseFrom(doc, doc.next(the));
      if (words.length === 0) continue;
      const head = words[words.length - 1] as Token;
      if (/^(?:\d|first|second|third|\w+th)$/.test(head.norm)) continue;
      if (!isFirstMention(doc, words, the.index, true)) continue;
      const prev = doc.prev(the);
      const why = coordinated(doc, words, prev) ?? listed(doc, words, prev);
      if (!why) continue;
      const phrase = doc.text.slice((words[0] as Token).start, head.end);
      ctx.report({
        start: the.start,
        end: head.end,
        message: `“the ${phrase}”: ${why}, “${phrase}” is meant in general and takes no article in English.`,
        suggestions: [phrase],
        reason: 'a plural or mass noun in its general sense takes no article',
        confidence: 0.55,
      });
    }
  },
};

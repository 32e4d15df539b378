/**
 * A singular subject with a verb in its base form: “Last year the country record 123 deaths”,
 * “The ministry say it will act”, “the regulator expect a cut”. Chinese, Malay, Indonesian,
 * Vietnamese, Thai and Japanese verbs do not agree with their subject, and MT from them drops
 * the third-person -s; English needs “records”, “says”, “plans” (or the past).
 *
 * The subject is a determiner (the, a, this, its...), at most three modifiers and a singular
 * common noun tagged NOUN, right before a verb the tagger calls VERB in its base form, with an
 * object, a number, “to” or a clause after it. The noun phrase must open its clause: the
 * sentence's start, a comma, a conjunction, “that” after a verb of saying, or a time phrase
 * (“Last year the country record”). So questions (“Does the company plan”), causatives (“let the
 * company pay”) and the subjunctive (“demanded that the company pay”) stay quiet, and so do
 * nouns British English agrees in the plural (“the government have”, “the club plan”), past
 * forms that look like the base (put, cut, set) and headlines.
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';
import { irregularPastForms, verbForm } from '../../../nlp/inflect.js';
import { isHeadline, isLowerWord, looksPlural } from './lib/english.js';

// Nouns British English agrees with a plural verb ("the government have", "the team play").
const COLLECTIVES = new Set([
  'government', 'company', 'team', 'club', 'committee', 'council', 'board', 'party', 'union', 'family', 'staff',
  'public', 'police', 'crew', 'jury', 'cabinet', 'army', 'band', 'class', 'audience', 'management', 'majority',
  'minority', 'group', 'firm', 'ministry', 'population', 'couple', 'pair', 'side', 'opposition', 'media', 'press',
  'navy', 'squad', 'federation', 'association', 'parliament', 'assembly', 'electorate', 'bank', 'administration',
  'leadership', 'workforce', 'commission', 'delegation', 'panel', 'coalition', 'alliance', 'organisation',
  'organization', 'agency', 'authority', 'department', 'service', 'office', 'court', 'tribunal', 'faculty',
  'congregation', 'community', 'generation', 'youth', 'personnel', 'clergy', 'cattle', 'people', 'other', 'rest',
  'number', 'lot', 'sheep', 'fish', 'deer', 'series', 'species', 'aircraft', 'data', 'remainder', 'half', 'none',
]);
// Past forms that look like the base ("the company cut 300 jobs" is English) beyond those of the
// inflection table (put, cut, set, come, run... are in IRREGULAR_PAST below), and "lead".
const BASE_LIKE_PAST = new Set([
  'bid', 'thrust', 'broadcast', 'forecast', 'offset', 'reset', 'slit', 'spit', 'rid', 'wed', 'fit', 'knit', 'input',
  'output', 'outbid', 'overcast', 'recast', 'retrofit', 'lead',
]);
// Past forms the inflection table lacks (it holds the verbs news copy uses).
const MORE_PAST = new Set(['befell', 'beheld', 'forsook', 'smote', 'strode', 'slew', 'sped', 'fled', 'knelt', 'leapt', 'dwelt', 'spat', 'wove', 'bade']);
const IRREGULAR_PAST: ReadonlySet<string> = new Set([...irregularPastForms(), ...MORE_PAST]);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their', 'our', 'each', 'every', 'another']);
// What may open the clause right before the subject's determiner.
// (Not "after", "before", "since", "until": prepositions too, before an imperative: "After a fight take a look".)
const OPENERS = new Set(['and', 'but', 'because', 'while', 'when', 'although', 'though', 'whereas', 'once', 'where', ',', ';', ':']);
const SAY_VERBS = new Set(['said', 'says', 'told', 'announced', 'reported', 'added', 'stated', 'warned', 'confirmed', 'explained', 'noted', 'claimed', 'believes', 'believed']);
const TIME_NOUNS = new Set([
  'year', 'week', 'month', 'yesterday', 'today', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sunday', 'morning', 'night', 'weekend', 'january', 'february', 'march', 'april', 'june', 'july', 'august',
  'september', 'october', 'november', 'december', 'season', 'decade', 'quarter',
]);
// The verb has an object, a number, an infinitive or a clause after it.
const AFTER_WORDS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'to', 'that', 'it', 'them', 'him', 'more', 'about', 'some', 'no', 'all', 'new']);

// Words no noun or verb of this frame can be ("ready for the", "said such promises").
const FUNCTION_WORDS = new Set([
  'the', 'for', 'and', 'but', 'nor', 'yet', 'that', 'with', 'from', 'into', 'onto', 'than', 'then', 'this', 'these',
  'those', 'there', 'their', 'they', 'them', 'what', 'which', 'who', 'whom', 'whose', 'when', 'where', 'while', 'will',
  'would', 'could', 'should', 'shall', 'must', 'can', 'may', 'might', 'not', 'also', 'only', 'just', 'very', 'more',
  'most', 'some', 'any', 'all', 'each', 'every', 'other', 'such', 'own', 'same', 'about', 'after', 'before', 'over',
  'under', 'again', 'once', 'here', 'were', 'was', 'are', 'has', 'had', 'have', 'been', 'being', 'did', 'does', 'its',
  'our', 'your', 'his', 'her', 'ready', 'able', 'likely', 'due', 'still', 'even', 'ever', 'never', 'already', 'too',
  'now', 'how', 'why', 'whether', 'because', 'though', 'although', 'since', 'until', 'upon', 'per', 'via',
]);

/**
 * The determiner determinerOf would find if every word between it and `noun` were tagged ADJ or
 * NOUN: a word test before it asks for tags. determinerOf finds this one or none.
 */
function determinerByWords(doc: Doc, noun: Token): Token | undefined {
  let t = doc.prev(noun);
  for (let k = 0; t && k < 4; k++, t = doc.prev(t)) {
    if (DETERMINERS.has(t.norm) && (isLowerWord(t) || doc.isSentenceInitial(t))) return t;
    if (!isLowerWord(t)) return undefined;
  }
  return undefined;
}

/** The determiner of the noun phrase that ends at `noun`, after at most three modifiers. */
function determinerOf(doc: Doc, noun: Token): Token | undefined {
  let t = doc.prev(noun);
  for (let k = 0; t && k < 4; k++, t = doc.prev(t)) {
    if (DETERMINERS.has(t.norm) && (isLowerWord(t) || doc.isSentenceInitial(t))) return t;
    if (!isLowerWord(t)) return undefined;
    const pos = doc.pos(t);
    if (pos !== 'ADJ' && pos !== 'NOUN') return undefined;
  }
  return undefined;
}

const MODALS = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should']);
const CLAUSE_ENDS = new Set([',', ';', ':', '—', '–', '(', ')', '"', '“', '”']);

/** A finite verb after `v` before the clause ends (a comma, a dash, the sentence's end). */
function finiteVerbAfter(doc: Doc, v: Token): boolean {
  const s = doc.sentenceOf(v);
  for (let i = v.index + 1; i < s.endToken; i++) {
    const t = doc.tokens[i] as Token;
    if (t.kind === 'punct' && CLAUSE_ENDS.has(t.text)) return false;
    if (t.kind !== 'word') continue;
    const pos = doc.pos(t);
    if (pos === 'AUX' || MODALS.has(t.norm) || IRREGULAR_PAST.has(t.norm)) return true;
    if (pos === 'VERB' && /(?:s|ed)$/.test(t.norm)) return true;
  }
  return false;
}

const OBJECT_STARTS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our']);

/** A finite verb in the sentence before `t`. */
function finiteVerbBefore(doc: Doc, t: Token): boolean {
  const s = doc.sentenceOf(t);
  for (let i = t.index - 1; i >= s.firstToken; i--) {
    const w = doc.tokens[i] as Token;
    if (w.kind !== 'word') continue;
    const pos = doc.pos(w);
    if (pos === 'AUX' || MODALS.has(w.norm) || (pos === 'VERB' && (/(?:s|ed)$/.test(w.norm) || IRREGULAR_PAST.has(w.norm)))) return true;
  }
  return false;
}

/** The clause opens right before the determiner. */
function opensClause(doc: Doc, det: Token): boolean {
  const b = doc.prev(det);
  if (!b || doc.isSentenceInitial(det)) return true;
  if (OPENERS.has(b.norm) || SAY_VERBS.has(b.norm)) return true;
  if (b.norm === 'that') return SAY_VERBS.has(doc.prev(b)?.norm ?? '');
  // "Last year the country", "On Monday the ministry", "In 2020 the agency".
  if (TIME_NOUNS.has(b.norm)) return true;
  return b.kind === 'number' && /^(?:19|20)\d\d$/.test(b.text);
}

export const rule: Rule = {
  meta: {
    id: 'singular-subject-base-verb',
    category: 'number-agreement',
    severity: 'warning',
    description: 'A singular subject with a verb in its base form: “the country record 123 deaths”, “the ministry say”.',
    examples: {
      bad: [
        { text: 'Last year the country [[record]] 123 deaths from dengue.', output: 'Last year the country records 123 deaths from dengue.' },
        { text: 'The regulator [[say]] it will review the merger.', output: 'The regulator says it will review the merger.' },
        { text: 'The province is dry, and the local utility [[expect]] the dams to run low.', output: 'The province is dry, and the local utility expects the dams to run low.' },
      ],
      good: [
        'Last year the country recorded 123 deaths from dengue.',
        'The regulator says it will review the merger.',
        'Does the operator plan to raise fares?',
        'The union demanded that the operator pay the bonus.',
        'They let the operator raise fares.',
        'The government have said nothing.',
        'The club plan to sell him in January.',
        'Last year the company cut 300 jobs.',
        'The price rise hit poor families.',
        'The minister insisted that the plan be scrapped.',
        'It is vital that the operator keep the line open.',
        'The workers saw the operator raise fares twice.',
        'Rescue teams and the army search the rubble every day.',
        'Officials said the operator plan to raise fares was dropped.',
        'The country record 123 seconds stood for years.',
        'Last year the country record, 9.58 seconds, fell.',
        'Congress passed a tax credit to strengthen research.',
        'A short chin, a weak jawbone, and an underdeveloped upper jaw indicate the opposite type.',
        'As he fell, another warrior swung him onto his horse.',
        'Each might find a useful place in the programme.',
        'He was using as a campaign issue a remark by the governor.',
        'The heat transfer to the anode is small.',
        'A road block to local improvements was removed.',
        'After a fight take a look at the list.',
        'Prices reached their highest value since the boom year 2000.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    if (!doc.canTag) return;
    for (const after of doc.tokens) {
      // The cheapest test first: what follows the verb (an object's first word, a number, "to").
      if (!(AFTER_WORDS.has(after.norm) || after.kind === 'number')) continue;
      const v = doc.prev(after);
      // Word tests before the tagger, set look-ups before regexes: neither word is a function
      // word, a determiner that opens a clause may start the phrase ("for the" in "ready for
      // the" never asks for tags), and the sentence is no headline. All are tested again below,
      // or implied by what is.
      if (!isLowerWord(v) || v.norm.length < 3 || FUNCTION_WORDS.has(v.norm) || BASE_LIKE_PAST.has(v.norm) || IRREGULAR_PAST.has(v.norm)) continue;
      if (!/^\p{Ll}+$/u.test(v.norm) || /(?:s|ed|ing)$/.test(v.norm)) continue;
      const noun = doc.prev(v);
      if (!isLowerWord(noun) || FUNCTION_WORDS.has(noun.norm) || COLLECTIVES.has(noun.norm) || MODALS.has(noun.norm)) continue;
      if (!/^\p{Ll}+$/u.test(noun.norm) || looksPlural(noun.norm)) continue;
      const wordDet = determinerByWords(doc, noun);
      if (!wordDet || !opensClause(doc, wordDet) || isHeadline(doc, doc.sentenceOf(v))) continue;
      // "to" of an infinitive ("expect to win"), not of a place ("the heat transfer to the anode").
      if (after.norm === 'to' && (!isLowerWord(doc.next(after)) || doc.pos(doc.next(after) as Token) !== 'VERB')) continue;
      if (doc.pos(noun) !== 'NOUN') continue;
      const vPos = doc.pos(v);
      // The tagger reads "the country record 123 deaths" as one noun phrase: the word is the verb
      // when nothing after it in the clause could be one.
      // (Not before "to" or "that": "a tax credit to strengthen research", "a power grid that wastes".)
      if (vPos !== 'VERB' && !(vPos === 'NOUN' && !TIME_NOUNS.has(v.norm) && (after.kind === 'number' || OBJECT_STARTS.has(after.norm)) && !finiteVerbAfter(doc, v))) continue;
      const det = determinerOf(doc, noun);
      if (!det || !opensClause(doc, det)) continue;
      // "the army and the police search", "a short chin, and an upper jaw indicate": a coordinated
      // subject is plural; "and" opens a clause only after a clause with a verb of its own.
      if (doc.prev(det)?.norm === 'and' && !finiteVerbBefore(doc, doc.prev(det) as Token)) continue;
      if (isHeadline(doc, doc.sentenceOf(v))) continue;
      const fix = verbForm(v.text, 's');
      ctx.report({
        start: v.start,
        end: v.end,
        message: `“${noun.text} ${v.text}”: a singular subject takes “${fix}” in the present.`,
        suggestions: [fix],
        reason: 'a singular subject takes a verb in -s in the present tense',
        confidence: 0.65,
      });
    }
  },
};

/**
 * Verb-second order after a fronted adverbial: “After two days of talks agreed the ministers on
 * the quotas”, “For the decision voted 10 of the 15 members”, “In Germany are affected about
 * 72,000 cars”, “Later the same day confirmed the federation the ban”. German, Dutch, the
 * Scandinavian languages and Russian put the finite verb right after an opening adverbial and
 * the subject after it; English keeps the subject before the verb (“After two days of talks the
 * ministers agreed”). Flagged when a sentence opens with a preposition phrase or a time
 * adverbial, with no subject of its own before the verb, and a noun phrase follows the verb
 * with no verb after it. English locative inversion (“In the corner stood a lamp”, “Among the
 * dead were two children”, “With the deal came new rules”) uses verbs of place and motion and
 * plain “be”, which are left alone.
 */
import type { Rule, RuleContext } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';
import { MODALS, MONTHS, SUBJECT_PRONOUNS } from './lib/english.js';

const OPENING_PREPOSITIONS = new Set([
  'in', 'on', 'at', 'for', 'after', 'before', 'during', 'since', 'from', 'with', 'under', 'over', 'across',
  'throughout', 'despite', 'following', 'within', 'until', 'till', 'against', 'between', 'through', 'via',
  'besides', 'amid', 'towards', 'toward', 'regarding', 'concerning',
]);
const OPENING_ADVERBS = new Set([
  'later', 'earlier', 'yesterday', 'today', 'then', 'now', 'meanwhile', 'subsequently', 'afterwards',
  'afterward', 'recently', 'lately', 'previously', 'tomorrow', 'tonight', 'overnight', 'last', 'this', 'next',
]);
// Words that only open a noun phrase: never its head, never a verb.
const DETERMINER_ONLY: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'our', 'my', 'your']);
// Openers that are also conjunctions: "After Snow White used the film, she mailed it".
const CONJUNCTIONS = new Set(['after', 'before', 'since', 'until', 'till', 'following']);
const ATTRIBUTION = new Set(['said', 'says', 'according', 'reported', 'added', 'announced', 'stated', 'confirmed', 'told']);
// Nouns an adverbial noun phrase can have as its head ("Later the same day", "Last year").
const TIME_NOUNS = new Set([
  'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'morning', 'afternoon', 'evening',
  'night', 'time', 'weekend', 'season', 'quarter', 'decade', 'hour', 'hours', 'minute', 'minutes', 'moment',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'spring', 'summer',
  'autumn', 'winter', 'date', 'period',
]);
// Adverbs that may stand between the adverbial and the verb ("In the region still work ...").
const MID_ADVERBS = new Set(['still', 'also', 'already', 'again', 'now', 'then', 'even', 'only', 'once', 'currently', 'today', 'yesterday', 'later', 'earlier', 'too', 'however', 'alone']);
// Verbs of place, motion and appearance: English inverts the subject after a place adverbial.
const LOCATIVE = new Set([
  'stand', 'stands', 'stood', 'lie', 'lies', 'lay', 'sit', 'sits', 'sat', 'hang', 'hangs', 'hung', 'come',
  'comes', 'came', 'go', 'goes', 'went', 'live', 'lives', 'lived', 'remain', 'remains', 'remained', 'rise',
  'rises', 'rose', 'emerge', 'emerges', 'emerged', 'loom', 'looms', 'loomed', 'appear', 'appears', 'appeared',
  'exist', 'exists', 'existed', 'follow', 'follows', 'followed', 'begin', 'begins', 'began', 'arrive',
  'arrives', 'arrived', 'run', 'runs', 'ran', 'flow', 'flows', 'flowed', 'grow', 'grows', 'grew', 'spring',
  'springs', 'sprang', 'walk', 'walks', 'walked', 'march', 'marches', 'marched', 'ride', 'rides', 'rode',
  'fly', 'flies', 'flew', 'dwell', 'dwells', 'dwelt', 'rest', 'rests', 'rested', 'stretch', 'stretches',
  'stretched', 'lurk', 'lurks', 'lurked', 'sleep', 'sleeps', 'slept', 'seem', 'seems', 'seemed', 'stay',
  'stays', 'stayed', 'lay', 'gather', 'gathers', 'gathered', 'sound', 'sounded', 'ring', 'rang', 'fall',
  'falls', 'fell', 'burst', 'bursts', 'shine', 'shone', 'sparkled', 'glitter', 'glittered', 'dawn', 'dawned',
  'ensue', 'ensued', 'ensues', 'occur', 'occurs', 'occurred', 'happen', 'happened', 'sprawl', 'sprawls',
  'sprawled', 'tower', 'towers', 'towered', 'wait', 'waits', 'waited', 'reign', 'reigned', 'reigns',
  'matter', 'matters', 'count', 'counts', 'mean', 'means', 'meant', 'say', 'says', 'hold', 'holds',
  // Coming into being: "From this deep faith have evolved three main purposes".
  'evolved', 'arisen', 'sprung', 'grown', 'come', 'flowed', 'resulted', 'developed', 'stemmed',
]);
// Verbs a time phrase takes as its subject: "This year presents an exception", "Last year saw ...".
const TIME_SUBJECT_VERBS = new Set(['saw', 'sees', 'marks', 'marked', 'brought', 'brings', 'witnessed', 'witnesses', 'presents', 'presented', 'offers', 'offered', 'promises', 'proved']);
// Participles of a reduced relative before a date: "During the year ended June 30 last", "the
// year ended Dec 31", "a letter dated March 20".
const DATE_PARTICIPLES = new Set(['ended', 'ending', 'beginning', 'begun', 'starting', 'started', 'closing', 'closed', 'commencing', 'dated']);
const IRREGULAR_PAST = new Set([
  'won', 'lost', 'beat', 'took', 'gave', 'made', 'hit', 'struck', 'met', 'led', 'left', 'held', 'sent', 'brought',
  'caught', 'drew', 'broke', 'chose', 'sold', 'bought', 'threw', 'paid', 'spent', 'found', 'told', 'said',
  'set', 'cut', 'put', 'kept', 'built', 'wrote', 'spoke', 'saw', 'thought', 'sought', 'taught', 'did', 'got',
]);
const BE_FINITE = new Set(['is', 'are', 'was', 'were', 'have', 'has', 'had']);
const IRREGULAR_PARTICIPLES = new Set([
  'taken', 'given', 'made', 'held', 'sent', 'brought', 'caught', 'drawn', 'broken', 'chosen', 'sold', 'bought',
  'thrown', 'paid', 'spent', 'found', 'told', 'said', 'set', 'cut', 'put', 'kept', 'built', 'written', 'spoken',
  'seen', 'hit', 'hurt', 'shot', 'struck', 'stolen', 'won', 'lost', 'beaten', 'left', 'met', 'led', 'known',
  'shown', 'done', 'begun', 'frozen', 'hidden', 'torn', 'worn', 'sworn', 'shaken', 'forbidden', 'forgotten',
]);
const QUANTITY_STARTS = new Set(['about', 'some', 'nearly', 'around', 'almost', 'roughly', 'approximately', 'more', 'over', 'up', 'at', 'another', 'only', 'just']);
// Quantity words that need their second word: "at least", "up to", "more than".
const QUANTITY_PAIRS: ReadonlyMap<string, readonly string[]> = new Map([['at', ['least', 'most']], ['up', ['to']], ['more', ['than']]]);
const SUBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'many', 'dozens', 'hundreds', 'thousands', 'both', 'all', 'most']);

function isCap(t: Token): boolean {
  return /^\p{Lu}/u.test(t.text);
}

/** The first token of the sentence, after opening quotes and a one-word dateline ("Brussels:"). */
function firstWord(doc: Doc, s: { firstToken: number; endToken: number }): Token | undefined {
  let i = s.firstToken;
  while (i < s.endToken && (doc.tokens[i] as Token).kind === 'punct') i++;
  const t = doc.tokens[i];
  if (!t || i >= s.endToken) return undefined;
  const colon = doc.tokens[i + 1];
  if (colon && colon.text === ':' && isCap(t) && i + 2 < s.endToken) return doc.tokens[i + 2];
  return t;
}

/**
 * The opening adverbial: from `first` to the token before the verb; returns the verb, or
 * undefined when a subject seems to stand before it (a second noun phrase not introduced by a
 * preposition), or the walk meets anything else.
 */
function verbAfterAdverbial(doc: Doc, first: Token): Token | undefined {
  let inNp = false; // inside a noun phrase introduced by a preposition or a time adverb
  let headSeen = false; // the current noun phrase has a head noun
  let npFromPrep = OPENING_PREPOSITIONS.has(first.norm) || first.norm === 'to';
  let npStart: Token | undefined;
  let anyHead = false;
  let count = 0;
  // "this/last/next" open an adverbial only before a time noun ("Last year", "This week").
  if ((first.norm === 'this' || first.norm === 'last' || first.norm === 'next') && !TIME_NOUNS.has(doc.next(first)?.norm ?? '')) return undefined;
  // Decided without a tag where the words leave no room for an inversion. The walk below stops
  // at a mark (or the sentence's end); before it there must be a head noun, the verb and the
  // first word of the subject after it (subjectEnd never starts at a mark): a mark at the
  // opener's 3rd token or earlier ("In May, ...", "Over the past decade, ...") rules it out, at
  // the 4th or earlier when a determiner opens the phrase (it cannot be the head). A subject
  // pronoun right after the opener ("Then we", "Now they") is no adverbial's word either.
  const second = doc.next(first);
  if (second && SUBJECT_PRONOUNS.has(second.norm)) return undefined;
  const need = second && DETERMINER_ONLY.has(second.text) ? 5 : 4; // lower case: "In The Hague" is a name
  {
    let k = 1;
    for (let t = second; k < need; t = doc.next(t), k++) {
      if (!t || (t.kind === 'punct' && t.text !== '-' && t.text !== '’' && t.text !== "'")) return undefined;
    }
  }
  for (let t = doc.next(first); t; t = doc.next(t)) {
    if (++count > 14) return undefined;
    const pos = doc.pos(t);
    if (t.kind === 'punct' && t.text !== '-' && t.text !== '’' && t.text !== "'") return undefined;
    if (pos === 'VERB' || pos === 'AUX') {
      // "governing body", "the affected areas": a participle inside a noun phrase.
      const n = doc.next(t);
      if (/(?:ing)$/.test(t.norm) && n && doc.pos(n) === 'NOUN' && inNp) continue;
      // "the year now closing", "the year ended June 30": an -ing form is not finite, and a
      // participle before a date is a reduced relative.
      if (/ing$/.test(t.norm) && !BE_FINITE.has(t.norm)) return undefined;
      if (DATE_PARTICIPLES.has(t.norm) && n && (MONTHS.has(n.norm) || n.kind === 'number')) return undefined;
      const p = doc.prev(t);
      if (!p) return undefined;
      const pp = doc.pos(p);
      if (!(headSeen || (pp === 'ADV' && MID_ADVERBS.has(p.norm) && anyHead))) return undefined;
      // A noun phrase not introduced by a preposition must be a time phrase ("the same day").
      if (!npFromPrep && npStart && !timeHeaded(doc, npStart, t)) return undefined;
      return t;
    }
    if (t.norm === 'of') {
      if (!headSeen) return undefined;
      headSeen = false;
      continue;
    }
    if (pos === 'ADP') {
      if (!headSeen && inNp) return undefined;
      inNp = false;
      headSeen = false;
      npFromPrep = true;
      npStart = undefined;
      continue;
    }
    if (pos === 'ADV') {
      if (!MID_ADVERBS.has(t.norm) && !OPENING_ADVERBS.has(t.norm)) return undefined;
      continue;
    }
    if (pos === 'PART' && t.norm === "'s") continue;
    if (pos === 'DET' || pos === 'ADJ' || pos === 'NUM' || pos === 'NOUN' || pos === 'PROPN' || t.kind === 'number') {
      // "In recognition of this the last Congress": "this" was a pronoun; a new phrase starts.
      if (pos === 'DET' && ['this', 'that', 'these', 'those'].includes(doc.prev(t)?.norm ?? '')) return undefined;
      if (headSeen) {
        // A second noun phrase: a new determiner after a head, or a noun after a name or year
        // ("In March prices rose", "In 2020 the company agreed"): that is the subject.
        const p = doc.prev(t)!;
        const pPos = doc.pos(p);
        if (pos === 'DET' || pos === 'NUM' || pos === 'ADJ') return undefined;
        // "At the same time profits of corporations have ...": a noun after a time noun.
        if (TIME_NOUNS.has(p.norm) && (pos === 'NOUN' || pos === 'PROPN')) return undefined;
        // A year, or a common noun before a name: "In 1962 John Glenn", "After a rally Connors".
        if (p.kind === 'number' && /^(?:1[5-9]|20)\d\d$/.test(p.text)) return undefined;
        if (pPos === 'NOUN' && pos === 'PROPN') return undefined;
        if (pPos === 'PROPN' && !(pos === 'PROPN' && isCap(t))) return undefined;
        // "After talks ministers agreed": a plural noun followed by another noun.
        if (pPos === 'NOUN' && /s$/.test(p.norm) && !/ss$/.test(p.norm) && pos === 'NOUN') return undefined;
      }
      if (!inNp) {
        inNp = true;
        npStart = t;
      }
      if (pos === 'NOUN' || pos === 'PROPN' || pos === 'NUM' || t.kind === 'number') headSeen = anyHead = true;
      continue;
    }
    return undefined;
  }
  return undefined;
}

function timeHeaded(doc: Doc, from: Token, verb: Token): boolean {
  const last = doc.prev(verb);
  return last !== undefined && last.index >= from.index && TIME_NOUNS.has(last.norm);
}

/**
 * Bare nouns that name a group of people acting as one: a subject without a determiner ("On
 * Tuesday arrested police 14 people").
 */
const BARE_GROUP_SUBJECTS = new Set(['police', 'authorities', 'officials', 'prosecutors', 'investigators', 'rescuers', 'firefighters', 'troops', 'soldiers', 'residents', 'protesters', 'demonstrators', 'workers', 'voters', 'lawmakers', 'deputies', 'doctors', 'scientists', 'researchers', 'customs', 'regulators', 'analysts', 'inspectors', 'officers', 'militants', 'rebels', 'activists', 'farmers', 'teachers', 'students', 'fans']);

/**
 * The last token of the subject noun phrase that starts at `t`, or undefined; with `bare`, a
 * bare group noun may start it.
 */
function subjectEnd(doc: Doc, t: Token, bare = false): Token | undefined {
  let c: Token | undefined = t;
  let n = 0;
  // Quantity phrases: "about 72,000 cars", "more than 200 homes", "at least 12 people", "up to 30".
  while (c && QUANTITY_STARTS.has(c.norm) && n < 2) {
    const nx = doc.next(c);
    if (!nx) return undefined;
    // "made at the last session": "at" is a preposition unless "at least".
    const pair = QUANTITY_PAIRS.get(c.norm);
    if (pair && !pair.includes(nx.norm)) return undefined;
    c = nx.norm === 'than' || nx.norm === 'least' || nx.norm === 'to' ? doc.next(nx) : nx;
    n++;
  }
  if (!c) return undefined;
  const startPos = doc.pos(c);
  if (!(SUBJECT_DETERMINERS.has(c.norm) || startPos === 'NUM' || c.kind === 'number' || (startPos === 'PROPN' && isCap(c)) || (bare && BARE_GROUP_SUBJECTS.has(c.text)))) return undefined;
  let head: Token | undefined;
  let last: Token | undefined;
  let afterOf = false;
  for (let k = 0; c && k < 12; k++, c = doc.next(c)) {
    const pos = doc.pos(c);
    if (c.norm === 'of' && head && head === last && !afterOf) {
      afterOf = true;
      continue;
    }
    // A determiner starts the phrase or follows "of": another one starts a new phrase.
    if (pos === 'DET' && k > 0 && doc.prev(c)?.norm !== 'of') break;
    // An adjective or a number after the head starts a new phrase too ("health new rules").
    if ((pos === 'ADJ' || pos === 'NUM' || pos === 'DET') && head !== undefined && head === last && doc.pos(head) !== 'NUM' && head.kind !== 'number') break;
    const inner = pos === 'DET' || pos === 'ADJ' || pos === 'NUM' || pos === 'NOUN' || pos === 'PROPN' || c.kind === 'number' ||
      c.norm === "'s" || c.text === '-' || (pos === 'VERB' && /ing$/.test(c.norm) && doc.next(c) !== undefined && doc.pos(doc.next(c)!) === 'NOUN');
    if (!inner) break;
    last = c;
    if (pos === 'NOUN' || pos === 'PROPN' || c.kind === 'number' || pos === 'NUM') head = c;
  }
  if (!head || head !== last) return undefined;
  return head;
}

/** Auxiliaries an opening adverbial may not invert with its subject ("In March has the company put"). */
const AUX_INVERTING = new Set(['has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'must', 'did', 'does', 'do']);
/** Verbs of saying and deciding, whose "that" opens a clause: "announced the club that …". */
const SAY_DECIDE = new Set(['announced', 'said', 'confirmed', 'decided', 'reported', 'stated', 'declared', 'explained', 'warned', 'added', 'revealed', 'admitted', 'claimed', 'stressed', 'insisted', 'agreed', 'ruled', 'concluded', 'noted', 'told']);
/** Words that make an opener negative or restrictive, or a question: "At no time has…", "In which year did…". */
const INVERSION_OPENERS = new Set(['no', 'not', 'never', 'only', 'nowhere', 'little', 'hardly', 'scarcely', 'rarely', 'seldom', 'vain', 'neither', 'nor', 'so', 'such', 'which', 'what', 'whose', 'how', 'why', 'when', 'where', 'whom']);

/** The opener up to the verb holds a negative or question word, or the sentence asks. */
function negativeOrQuestion(doc: Doc, first: Token, verb: Token, s: { endToken: number }): boolean {
  for (let t: Token | undefined = first; t && t.index < verb.index; t = doc.next(t)) if (INVERSION_OPENERS.has(t.norm)) return true;
  const last = doc.tokens[s.endToken - 1];
  return last !== undefined && last.text === '?';
}

function isPastOrPresent(v: Token): boolean {
  return /[^e]ed$|[^s]ied$|[^aeiou]ed$/.test(v.norm) || /eed$/.test(v.norm) || IRREGULAR_PAST.has(v.norm) || /[^s]s$/.test(v.norm);
}

function isParticiple(v: Token): boolean {
  return /ed$/.test(v.norm) || IRREGULAR_PARTICIPLES.has(v.norm);
}

interface InversionOptions {
  /** Verbs English itself inverts after a place adverbial: left alone. */
  readonly locative: ReadonlySet<string>;
  /**
   * The suspect tier: a manner adverb in -ly may open the sentence ("Unanimously took the
   * decision the council"), and a base form may precede a counted subject.
   */
  readonly suspect: boolean;
  readonly confidence: number;
}

// The suspect tier leaves alone only the verbs of place and motion that English inverts in news
// copy too ("In the corner stood a lamp", "With the deal came new rules", "Among them were"): not
// the verbs of staying, waiting and happening, which it inverts only in literary prose, and which
// German, Dutch and Scandinavian word order produce in "In the region live 3,000 people", "In
// Brabant alone wait 3,000 companies".
const LITERARY_ONLY = new Set([
  'live', 'lives', 'lived', 'remain', 'remains', 'remained', 'exist', 'exists', 'existed', 'arrive', 'arrives', 'arrived',
  'grow', 'grows', 'grew', 'walk', 'walks', 'walked', 'march', 'marches', 'marched', 'ride', 'rides', 'rode', 'fly',
  'flies', 'flew', 'dwell', 'dwells', 'dwelt', 'sleep', 'sleeps', 'slept', 'stay', 'stays', 'stayed', 'gather',
  'gathers', 'gathered', 'sound', 'sounded', 'ring', 'rang', 'fall', 'falls', 'fell', 'burst', 'bursts', 'shine',
  'shone', 'sparkled', 'glitter', 'glittered', 'occur', 'occurs', 'occurred', 'happen', 'happened', 'wait', 'waits',
  'waited', 'reign', 'reigned', 'reigns', 'matter', 'matters', 'count', 'counts', 'mean', 'means', 'meant', 'say',
  'says', 'hold', 'holds', 'developed',
]);
const LOCATIVE_STRICT: ReadonlySet<string> = new Set([...LOCATIVE].filter((v) => !LITERARY_ONLY.has(v)));

function checkInversions(ctx: RuleContext, opts: InversionOptions): void {
    const { doc } = ctx;
    if (!doc.canTag) return;
    for (const s of doc.sentences) {
      if (s.endToken - s.firstToken < 6) continue;
      const first = firstWord(doc, s);
      if (!first || first.kind !== 'word' || !isCap(first)) continue;
      // "Unanimously took ...": a manner adverb (the suspect tier), with the verb right after it.
      const manner = opts.suspect && /^\p{Lu}\p{Ll}+ly$/u.test(first.text);
      // "To the ministry must both men repay …": "to" and a determiner (not an infinitive) open an
      // adverbial only before a modal that inverts.
      const toPhrase = first.norm === 'to' && DETERMINER_ONLY.has(doc.next(first)?.text ?? '');
      if (!OPENING_PREPOSITIONS.has(first.norm) && !OPENING_ADVERBS.has(first.norm) && !manner && !toPhrase) continue;
      const next = doc.next(first);
      const verb = manner ? (doc.pos(first) === 'ADV' && next && doc.pos(next) === 'VERB' ? next : undefined) : verbAfterAdverbial(doc, first);
      if (!verb || (toPhrase && !MODALS.has(verb.norm))) continue;
      let subjectStart = doc.next(verb);
      let verbEnd = verb;
      if (AUX_INVERTING.has(verb.norm) && subjectStart && !negativeOrQuestion(doc, first, verb, s)) {
        // "In March has the company put 900 workers on short-time work": auxiliary, subject,
        // then the participle: English inverts so only after a negative or "only" opener.
        const end = subjectEnd(doc, subjectStart);
        const part = end && doc.next(end);
        if (end && part && doc.pos(part) === 'VERB' && !/ing$/.test(part.norm) && !TIME_NOUNS.has(end.norm)) {
          const subject = doc.text.slice(subjectStart.start, end.end);
          const fixed = `${subject} ${verb.text}`;
          ctx.report({
            start: verb.start,
            end: end.end,
            message: `“${doc.text.slice(verb.start, end.end)}”: the auxiliary comes before its subject after the opening phrase, as in the source language; English says “${fixed}”.`,
            suggestions: [fixed],
            reason: 'English inverts subject and auxiliary after an opening phrase only when it is negative or begins with “only”',
            confidence: opts.confidence,
          });
          continue;
        }
      }
      if (BE_FINITE.has(verb.norm)) {
        // "are affected about 72,000 cars": be + participle + subject.
        const part = subjectStart;
        if (!part || doc.pos(part) !== 'VERB' || !isParticiple(part) || opts.locative.has(part.norm)) continue;
        verbEnd = part;
        subjectStart = doc.next(part);
      } else {
        if (doc.pos(verb) !== 'VERB' || opts.locative.has(verb.norm)) continue;
        // "For history tells a different story": "for" as "because" before a clause.
        if (first.norm === 'for' && (/[^s]s$/.test(verb.norm) || ['every', 'each'].includes(doc.next(first)?.norm ?? ''))) continue;
        // "This year presents an exception": a time phrase as the subject.
        if (!OPENING_PREPOSITIONS.has(first.norm) && (TIME_SUBJECT_VERBS.has(verb.norm) || /[^s]s$/.test(verb.norm))) continue;
        const before = doc.prev(verb);
        const afterAdverb = before !== undefined && doc.pos(before) === 'ADV';
        // A base form is an imperative ("For details contact officials") unless, in the suspect
        // tier, a number opens the subject ("In the region live about 40,000 people").
        const counted = doc.next(verb);
        if (!isPastOrPresent(verb) && !afterAdverb && !(opts.suspect && counted && (counted.kind === 'number' || QUANTITY_STARTS.has(counted.norm)))) continue;
      }
      if (!subjectStart || subjectStart.norm === 'by') continue;
      // A bare group noun as the subject only after a verb in the past: "On Tuesday arrested
      // police 14 people" (not an imperative: "For details contact officials").
      const past = verbEnd === verb && doc.pos(verb) === 'VERB' && (/ed$/.test(verb.norm) || IRREGULAR_PAST.has(verb.norm));
      const end = subjectEnd(doc, subjectStart, past);
      if (!end) continue;
      // "In a statement shared Friday with ...": a participle and a time phrase.
      if (TIME_NOUNS.has(end.norm) || TIME_NOUNS.has(subjectStart.norm)) continue;
      // A finite verb right after the noun phrase makes it the subject of that verb:
      // "Of the people surveyed the majority said no".
      const after = doc.next(end);
      if (after && (doc.pos(after) === 'VERB' || doc.pos(after) === 'AUX') && !/ing$/.test(after.norm)) continue;
      // "On Monday announced the club that the coach had been sacked": after a verb of saying or
      // deciding, "that" opens its clause, not a relative one.
      if (after && (after.norm === 'who' || (after.norm === 'that' && !SAY_DECIDE.has(verb.norm)) || after.norm === 'which')) continue;
      // After a conjunction, a later clause means the opener was a clause of its own.
      if (CONJUNCTIONS.has(first.norm)) {
        let own = false;
        for (let c = doc.next(end); c; c = doc.next(c)) {
          if (c.text !== ',' && c.text !== ';') continue;
          const n1 = doc.next(c);
          own = n1 !== undefined && !/ing$/.test(n1.norm) && !['and', 'but', 'or', 'while', 'which', 'who', 'as', 'with'].includes(n1.norm);
          for (let k = 1, d = doc.next(c); d && k <= 6; k++, d = doc.next(d)) if (ATTRIBUTION.has(d.norm)) own = false;
          break;
        }
        if (own) continue;
      }
      const verbText = doc.text.slice(verb.start, verbEnd.end);
      const subject = doc.text.slice(subjectStart.start, end.end);
      const fixed = `${subject} ${verbText}`;
      ctx.report({
        start: verb.start,
        end: end.end,
        message: `“${doc.text.slice(verb.start, end.end)}”: the verb comes before its subject after the opening phrase, as in the source language; English says “${fixed}”.`,
        suggestions: [fixed],
        reason: 'English keeps the subject before the verb after an opening adverbial',
        confidence: opts.confidence,
      });
    }
}

export const rule: Rule = {
  meta: {
    id: 'fronted-adverbial-inversion',
    category: 'garbled-syntax',
    severity: 'warning',
    description: 'Verb-second order after an opening adverbial: “After long talks agreed the ministers on the quotas”.',
    examples: {
      bad: [
        { text: 'After three rounds of talks [[signed the two companies]] a supply deal on Friday.', output: 'After three rounds of talks the two companies signed a supply deal on Friday.' },
        { text: 'In Austria [[are affected some 4,000 homes]], the utility said.', output: 'In Austria some 4,000 homes are affected, the utility said.' },
        { text: 'For the motion [[voted 212 deputies]] in the lower house.', output: 'For the motion 212 deputies voted in the lower house.' },
        { text: 'Later the same evening [[announced the ministry of health]] new restrictions.', output: 'Later the same evening the ministry of health announced new restrictions.' },
        { text: 'In the valley still [[operate three small hydro plants]].', output: 'In the valley still three small hydro plants operate.' },
        { text: 'On Tuesday [[arrested police]] 14 people across Norway.', output: 'On Tuesday police arrested 14 people across Norway.' },
        { text: 'In March [[has the company]] put 900 workers on short-time work.', output: 'In March the company has put 900 workers on short-time work.' },
        { text: 'On Monday [[announced the club]] that the coach had been sacked.', output: 'On Monday the club announced that the coach had been sacked.' },
        { text: 'To the ministry [[must both men]] repay 12 million crowns in damages.', output: 'To the ministry both men must repay 12 million crowns in damages.' },
      ],
      good: [
        'For the year ended Dec 31 the company earned five million dollars.',
        'In a letter dated March 20 the board also said it would sell the unit.',
        'After two days of talks the ministers agreed on the quotas.',
        'At no time has the company broken the law.',
        'Only in March has the company put workers on short-time work.',
        'In which year did the company open its plant?',
        'On Monday the club that won the league announced its new coach.',
        'In March prices rose the most since 2010.',
        'In 2020 the company agreed the deal.',
        'In the corner stood a small lamp.',
        'Among the dead were two children.',
        'With the deal came new rules for the banks.',
        'For more information contact the press office.',
        'To the north lies a range of low hills.',
        'To the list were added three more names.',
        'To win the title must be the goal of every club.',
        'To the surprise of many the court will rule on Monday.',
        'For details contact officials at the town hall.',
        'On Tuesday police arrested 14 people.',
        'In the areas affected the damage was severe.',
        'Of the people surveyed the majority said no.',
        'Later the minister confirmed the ban.',
        'In Germany, automakers cut the output.',
        'On the table lay a sealed envelope.',
        'After talks ministers agreed the plan.',
        'For history tells a different story about our common prosperity.',
        'For every apparent blessing contains the seeds of danger.',
        'At the same time profits of corporations have reached an all-time record.',
        'From this deep faith have evolved three main purposes of our government.',
        'In recognition of this the last Congress authorized the appointment of a commission.',
        'During the year ended June 30 last 25,566 persons were appointed.',
        'This year presents an apparent exception to the rule.',
        'Under an appropriation made at the last session of the Congress, a commission was sent abroad.',
      ],
    },
  },
  check(ctx) {
    checkInversions(ctx, { locative: LOCATIVE, suspect: false, confidence: 0.6 });
  },
};

/**
 * Suspect tier of fronted-adverbial-inversion: the same verb-second order, in a document that
 * already shows MT artifacts, with the verbs of staying and waiting that English inverts only in
 * literary prose ("In North Brabant alone wait more than 3,000 companies", "In the region live
 * 3,000 people") and after a manner adverb ("Unanimously took the decision the council").
 */
export const suspectRule: Rule = {
  meta: {
    id: 'fronted-verb-second',
    category: 'garbled-syntax',
    severity: 'info',
    suspect: true,
    description: 'Verb-second order after an opening phrase, with a verb English inverts only in literary prose: “In Brabant alone wait 3,000 companies”.',
    examples: {
      bad: [
        { text: 'In North Brabant alone [[wait more than 3,000 companies]] for a connection.', output: 'In North Brabant alone more than 3,000 companies wait for a connection.' },
        { text: 'In the border region [[live about 40,000 people]] without running water.', output: 'In the border region about 40,000 people live without running water.' },
        { text: 'Unanimously [[took the decision]] the Monetary Council on Tuesday.' },
      ],
      good: [
        'In North Brabant alone more than 3,000 companies wait for a connection.',
        'In the corner stood a small lamp.',
        'With the deal came new rules for the banks.',
        'Among the dead were two children.',
        'Unanimously, the council took the decision.',
        'Quickly the crowd dispersed.',
        'For more information contact the press office.',
        'In case of fire call the fire brigade.',
      ],
    },
  },
  check(ctx) {
    checkInversions(ctx, { locative: LOCATIVE_STRICT, suspect: true, confidence: 0.5 });
  },
};

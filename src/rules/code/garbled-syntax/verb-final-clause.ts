/**
 * The verb at the end of its clause: “only after it the defect in tests confirmed had”, “The
 * auction house the results on Saturday announced, saying …”, “He said the fleet such cuts would
 * not survive.” German, Dutch, Turkish, Japanese, Korean, Hindi and Persian put the object (and
 * the adverbials) between the subject and a clause-final verb; MT that keeps the order leaves
 * two noun phrases side by side and the verb last. Three shapes are flagged:
 *  - a subject pronoun directly followed by a determiner after a conjunction or at the start of
 *    a sentence (“after it the defect …”), which English never writes;
 *  - a clause that opens with two noun phrases (“The auction house the results …”, or a name and
 *    a noun phrase: “Sojib the contract on Wednesday signed”) and whose only verb ends it, or
 *    ends it but for a prepositional phrase after an auxiliary and its verb (“The army the
 *    rescue operation has started with boats, a spokesman said”); English has that shape only
 *    as a relative clause inside a longer noun phrase (“the results the house announced were
 *    good”), which goes on to a main verb;
 *  - a participle followed by its auxiliary at the end of a clause (“confirmed had.”);
 *  - a subject and its apposition, then a time phrase, the object and a lone past verb (“Seoul
 *    Metro, the operator, last year a net loss of 513 billion won recorded.”);
 *  - the size of a change before a subject pronoun and a clause-final verb (“by 18 percent it
 *    increased,”).
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';
import { COMMON_WORDS } from '../capitalization/lexicon.js';
import { looksPlural } from '../number-agreement/lib/english.js';

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'such', 'every', 'each', 'my']);
// Words after which a new clause (with its own subject) starts.
const CLAUSE_OPENERS = new Set([
  'that', 'because', 'after', 'before', 'when', 'while', 'since', 'if', 'although', 'though', 'once',
  'until', 'unless', 'whether', 'whereas', 'so', 'and', 'but',
]);
// Reporting verbs whose complement clause may lack "that".
const REPORTING = new Set([
  'said', 'says', 'added', 'warned', 'noted', 'stressed', 'argued', 'claimed', 'insisted', 'explained',
  'believes', 'believed', 'thinks', 'thought', 'admitted', 'acknowledged', 'told', 'announced', 'stated',
  'reported', 'confirmed', 'hoped', 'feared', 'expects', 'expected', 'estimated',
]);
const TIME_NOUNS = new Set(['time', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'morning', 'evening', 'afternoon', 'night', 'weekend', 'season', 'summer', 'winter', 'spring', 'autumn', 'fall', 'hour', 'minute', 'moment', 'decade', 'century', 'quarter']);
// "last year", "this week": a time phrase between a subject and its object (timeGap below).
const TIME_DETERMINERS = new Set(['last', 'this', 'next']);
const FINAL_AUX = new Set(['had', 'has', 'have', 'was', 'were', 'is', 'are', 'will', 'would', 'can', 'could', 'must', 'should', 'shall', 'may', 'might', 'been', 'be']);
const CLOSERS = new Set(['.', ';', '!', '?', '”', '"', '»', ')']);
// What may follow a clause-final verb and its comma in the garbled order: a participle or a
// subordinate phrase, not the rest of a main clause.
const NON_MAIN = new Set(['after', 'before', 'because', 'since', 'as', 'while', 'despite', 'with', 'following', 'amid', 'which', 'although', 'though', 'but', 'and', 'according', 'when', 'adding', 'saying']);
const IRREGULAR_PARTICIPLES = new Set([
  'taken', 'given', 'made', 'held', 'sent', 'brought', 'caught', 'drawn', 'broken', 'chosen', 'sold', 'bought',
  'thrown', 'paid', 'spent', 'found', 'told', 'said', 'set', 'cut', 'put', 'kept', 'built', 'written', 'spoken',
  'seen', 'hit', 'shot', 'struck', 'stolen', 'won', 'lost', 'beaten', 'left', 'met', 'led', 'known', 'shown',
  'done', 'begun', 'come', 'gone', 'become', 'risen', 'fallen', 'grown', 'run', 'read', 'heard', 'sought',
]);

function isNounish(doc: Doc, t: Token): boolean {
  const p = doc.pos(t);
  return p === 'NOUN' || p === 'PROPN' || p === 'ADJ' || p === 'NUM' || t.kind === 'number' || t.norm === "'s" || t.text === '-';
}

/** The last token of a noun phrase opened by a determiner at `t` (no "of" phrase). */
// Words the tagger never calls nouns: the word before a second determiner is skipped without
// tagging the sentence ("of the", "said the", "and the").
const NEVER_NOUN = new Set([
  'of', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'into', 'onto', 'to', 'as', 'than', 'about', 'over', 'under', 'after',
  'before', 'between', 'against', 'during', 'through', 'across', 'among', 'without', 'within', 'and', 'or', 'but', 'nor',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might',
  'must', 'should', 'shall', 'do', 'does', 'did', 'not', 'said', 'says', 'told', 'that', 'which', 'who', 'whom', 'whose',
  'when', 'where', 'while', 'if', 'because', 'although', 'though', 'he', 'she', 'it', 'we', 'they', 'i', 'you', 'him',
  'them', 'us', 'me', 'all', 'both', 'each', 'every', 'also', 'only', 'even', 'just', 'still', 'then', 'there', 'here',
]);

function npEnd(doc: Doc, t: Token): Token | undefined {
  let last: Token | undefined;
  let head = false;
  for (let c = doc.next(t), k = 0; c && k < 6; c = doc.next(c), k++) {
    if (!isNounish(doc, c) || DETERMINERS.has(c.norm)) break;
    last = c;
    const p = doc.pos(c);
    head = p === 'NOUN' || p === 'PROPN';
  }
  return head ? last : undefined;
}

/** The verb group that starts at `t` (verbs, auxiliaries, "not"); its last token. */
function verbGroupEnd(doc: Doc, t: Token): Token {
  let end = t;
  for (let c = doc.next(t); c; c = doc.next(c)) {
    const p = doc.pos(c);
    if (p === 'VERB' || p === 'AUX' || c.norm === 'not' || c.norm === "n't") end = c;
    else break;
  }
  return end;
}

function isParticiple(t: Token): boolean {
  return /ed$/.test(t.norm) || IRREGULAR_PARTICIPLES.has(t.norm);
}

/** "confirmed had" -> "had confirmed"; "has fixed" stays. */
function englishGroup(doc: Doc, from: Token, to: Token): string {
  const toks: Token[] = [];
  for (let c: Token | undefined = from; c; c = c === to ? undefined : doc.next(c)) toks.push(c);
  const last = toks[toks.length - 1]!;
  if (toks.length >= 2 && FINAL_AUX.has(last.norm) && doc.pos(toks[0]!) === 'VERB') {
    return [last, ...toks.slice(0, -1)].map((t) => t.text).join(' ');
  }
  return toks.map((t) => t.text).join(' ');
}

/**
 * The first token of a run of one to three capitalized proper nouns that opens the sentence and
 * ends at `last` ("Sojib", "Vlček", "East Bengal"), or undefined.
 */
function nameRunStart(doc: Doc, last: Token): Token | undefined {
  let first = last;
  for (let k = 0; k < 3; k++) {
    // Not a heading in capitals ("IMMIGRATION The policy…"), nor a common word the tagger took
    // for a name at the sentence start ("Train the dog", "Meantime the efficiency").
    if (!/^\p{Lu}\p{Ll}/u.test(first.text) || COMMON_WORDS.has(first.norm) || doc.pos(first) !== 'PROPN') return undefined;
    const p = doc.prev(first);
    if (!p || (p.kind === 'punct' && /^[“"«(—–:]$/.test(p.text))) return doc.isSentenceInitial(first) ? first : undefined;
    first = p;
  }
  return undefined;
}

/**
 * Whether `det1` ("the") ends a list of names that opens the sentence: "Germany, Saudi Arabia
 * and the United States the largest buyers were" (names, commas and "the" back to the sentence
 * start, a comma at least, then "and"/"or" right before `det1`). Tested before the tagger is
 * asked: "Washington and his allies refused to provide such promises" is no list.
 */
function listSubject(doc: Doc, det1: Token): boolean {
  const op = doc.prev(det1);
  if (det1.norm !== 'the' || !op || (op.norm !== 'and' && op.norm !== 'or')) return false;
  let commas = 0;
  for (let c = doc.prev(op), k = 0; c && k < 12; c = doc.prev(c), k++) {
    const name = c.kind === 'word' && /^\p{Lu}/u.test(c.text);
    if (c.text === ',') commas++;
    else if (!name && c.norm !== 'the') return false;
    if (doc.isSentenceInitial(c)) return name && commas >= 1;
  }
  return false;
}

/** Group nouns that open a sentence as a bare subject: "Police a printing press owner arrested…". */
const GROUP_SUBJECTS = new Set(['police', 'authorities', 'officials', 'prosecutors', 'investigators', 'troops', 'soldiers', 'rescuers', 'protesters', 'demonstrators', 'firefighters', 'lawmakers', 'deputies', 'residents', 'workers', 'doctors', 'scientists', 'researchers', 'voters']);

/** A capitalized group noun opening its sentence: "Police …". */
function groupSubject(doc: Doc, t: Token): boolean {
  return GROUP_SUBJECTS.has(t.norm) && doc.isSentenceInitial(t) && /^\p{Lu}\p{Ll}+$/u.test(t.text);
}

/**
 * The first token of a bare plural noun phrase that opens the sentence and ends at `last`
 * ("Rescue teams", "Local farmers"): one or two nouns or adjectives before a plural noun, the
 * first capitalized at the sentence start; or a group noun alone ("Police"). Undefined otherwise.
 */
function bareRunStart(doc: Doc, last: Token): Token | undefined {
  if (groupSubject(doc, last)) return last;
  // Word tests before any tagging: a plural one or two words after the sentence's first word.
  if (!/^\p{Ll}+s$/u.test(last.text) || !looksPlural(last.text)) return undefined;
  const p1 = doc.prev(last);
  const p2 = p1 && doc.prev(p1);
  if (!p1 || !(doc.isSentenceInitial(p1) || (p2 !== undefined && doc.isSentenceInitial(p2)))) return undefined;
  if (doc.pos(last) !== 'NOUN') return undefined;
  let first = last;
  for (let k = 0; k < 2; k++) {
    const p = doc.prev(first);
    // The sentence's first word may be tagged a name for its capital ("Rescue").
    if (!p || p.kind !== 'word' || !(['NOUN', 'ADJ'].includes(doc.pos(p)) || (doc.isSentenceInitial(p) && COMMON_WORDS.has(p.norm)))) break;
    first = p;
  }
  if (first === last || !/^\p{Lu}\p{Ll}+$/u.test(first.text) || !doc.isSentenceInitial(first)) return undefined;
  return first;
}

/**
 * Whether the prepositional tail that starts at `adp` runs to the end of the clause: to a full
 * stop, or to a comma before a subordinate phrase or an attribution ("…, a military spokesman
 * said"); no verb on the way.
 */
function ppTailEndsClause(doc: Doc, adp: Token): boolean {
  let c: Token | undefined = doc.next(adp);
  for (let k = 0; c && k < 10 && c.text !== ','; c = doc.next(c), k++) {
    if (CLOSERS.has(c.text)) return true;
    const p = doc.pos(c);
    if (p === 'VERB' || p === 'AUX' || p === 'PRON' || c.kind === 'punct') return false;
  }
  if (!c) return true;
  if (c.text !== ',') return false;
  const n = doc.next(c);
  if (!n) return true;
  return NON_MAIN.has(n.norm) || /ing$/.test(n.norm) || endsWithAttribution(doc, n);
}

/**
 * Whether the sentence goes on from `n` (after a comma) with an attribution only: a short noun
 * phrase and a verb of saying, then its end or a subordinate phrase ("…, a military spokesman
 * said, after …"). "…, the governor said, is wasted" goes on to a main verb: not that.
 */
function endsWithAttribution(doc: Doc, n: Token): boolean {
  let m: Token | undefined = n;
  for (let k = 0; m && k < 5; m = doc.next(m), k++) {
    if (ATTRIBUTION_VERBS.has(m.norm)) {
      if (k === 0) return false;
      const after = doc.next(m);
      if (!after || CLOSERS.has(after.text)) return true;
      const then = after.text === ',' ? doc.next(after) : undefined;
      return then !== undefined && (NON_MAIN.has(then.norm) || /ing$/.test(then.norm));
    }
    const p = doc.pos(m);
    if (p !== 'DET' && p !== 'ADJ' && p !== 'NOUN' && p !== 'PROPN') return false;
  }
  return false;
}

/** Not a preposition opening a tail: "of", and the particles of phrasal verbs ("made up of"). */
const PARTICLES = new Set(['of', 'up', 'out', 'off', 'down', 'away', 'back', 'over', 'on', 'in']);

const ATTRIBUTION_VERBS = new Set(['said', 'says', 'told', 'added', 'reported', 'announced', 'confirmed']);

export const rule: Rule = {
  meta: {
    id: 'verb-final-clause',
    category: 'garbled-syntax',
    severity: 'warning',
    description: 'The verb moved to the end of its clause: “after it the defect in tests confirmed had”.',
    examples: {
      bad: [
        { text: '[[Rescue teams the rubble of a collapsed bridge through the night searched]].', output: 'Rescue teams searched the rubble of a collapsed bridge through the night.' },
        { text: '[[The operator last year a net loss of 513 billion won recorded]].', output: 'The operator last year recorded a net loss of 513 billion won.' },
        { text: 'The firm informed customers only after [[it the fault in its own tests found had]].', output: 'The firm informed customers only after it had found the fault in its own tests.' },
        { text: 'Officials said [[they the bridge by June reopen would]].', output: 'Officials said they would reopen the bridge by June.' },
        { text: '[[The ministry the figures on Tuesday released]], saying exports had fallen.', output: 'The ministry released the figures on Tuesday, saying exports had fallen.' },
        { text: 'The mayor said [[the market such rents would not survive]].', output: 'The mayor said the market would not survive such rents.' },
        { text: '[[Rescue teams the rubble through the night searched]].',
          output: 'Rescue teams searched the rubble through the night.' },
        { text: '[[Rescue teams the rubble of a collapsed apartment block through the night searched]], and pulled a girl out alive.', output: 'Rescue teams searched the rubble of a collapsed apartment block through the night, and pulled a girl out alive.' },
        { text: 'Officials said the exam would be held again. [[Police a printing press owner arrested]] in Kanpur on Monday.', output: 'Officials said the exam would be held again. Police arrested a printing press owner in Kanpur on Monday.' },
        { text: 'Fares rose because Seoul Metro, the operator, [[last year a net loss of 513 billion won recorded]].', output: 'Fares rose because Seoul Metro, the operator, recorded a net loss of 513 billion won last year.' },
        { text: 'Compared with the previous year, [[by 18 percent it increased]], and the volume reached 298,000 tonnes.', output: 'Compared with the previous year, it increased by 18 percent, and the volume reached 298,000 tonnes.' },
        { text: '[[Local farmers the new rules on Monday rejected]].', output: 'Local farmers rejected the new rules on Monday.' },
        { text: 'France, Italy and [[the Netherlands the new rules on Monday rejected]].', output: 'France, Italy and the Netherlands rejected the new rules on Monday.' },
        { text: 'The court ruled that [[the company its shares in 2019 sold had]].', output: 'The court ruled that the company had sold its shares in 2019.' },
        { text: 'Rain is forecast. [[The army the rescue operation in Kasur has started]] with boats, a military spokesman said.', output: 'Rain is forecast. The army has started the rescue operation in Kasur with boats, a military spokesman said.' },
        { text: 'Critics said the deal was bad. [[Sojib the contract on Wednesday in Kolkata signed]], club statement said.', output: 'Critics said the deal was bad. Sojib signed the contract on Wednesday in Kolkata, club statement said.' },
      ],
      good: [
        'The company last year recorded a net loss.',
        'France, Italy and the Netherlands, the largest buyers, were absent.',
        'He thanked France, Italy and the Netherlands the day the rules were rejected.',
        'The profit the company last year reported was higher.',
        'The results the company announced on Tuesday were better than expected.',
        'He said it the other day.',
        'We the people demand change.',
        'They gave it the green light.',
        'The damage the storm caused was huge.',
        'The man the police arrested, a teacher, was released.',
        'We left after the damage the storm caused.',
        'He did it as he had.',
        'That is the deal the unions rejected.',
        'The money the state spent on roads, he said, was wasted.',
        'The money the state has spent on roads in the north is wasted.',
        'Alexander the Great conquered.',
        'Train the dog to retrieve.',
        'I hope that this year a conference on education will be held in each state.',
        'THE WAGE EARNER The great body of our people are made up of wage earners.',
        'The firm the family has run for years is up for sale.',
        'The money the state has spent on roads in the north, the governor said, is wasted.',
        'The results the company announced on Tuesday, the chief executive said, were strong.',
        'The firm the families run for profit was sold.',
        'By 2020 it had doubled.',
        'Prices rose by 18 percent. It increased demand.',
        'Exports grew by 5 percent as it expanded, officials said.',
        'The index fell by 2 points; it recovered later.',
        'Sales rose by 10 percent it said.',
        'Seoul Metro, the operator, last year recorded a net loss.',
        'Seoul Metro, the operator, said last year a net loss was recorded.',
        'In Seoul, the capital, last year a record was set.',
        'The firm, the biggest in town, last year a decade ago closed.',
        'The firm the family run for years was sold.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    if (!doc.canTag) return;
    const reported = new Set<number>();
    const report = (from: Token, verb: Token, groupEnd: Token, confidence: number, suggest: boolean): void => {
      if (reported.has(from.index)) return;
      reported.add(from.index);
      const subjEnd = doc.prev(verb) ?? from;
      let suggestion: string | undefined;
      if (suggest) {
        // Subject (the first token or noun phrase), then the verb group, then the rest.
        const firstEnd = SUBJECT_PRONOUNS.has(from.norm) ? from : (npEnd(doc, from) ?? from);
        const subject = doc.text.slice(from.start, firstEnd.end);
        const middle = doc.text.slice((doc.next(firstEnd) ?? firstEnd).start, subjEnd.end);
        suggestion = `${subject} ${englishGroup(doc, verb, groupEnd)} ${middle}`;
      }
      ctx.report({
        start: from.start,
        end: groupEnd.end,
        message: `“${doc.text.slice(from.start, groupEnd.end)}”: the verb stands at the end of its clause, as in the source language; English puts it after the subject${suggestion ? `: “${suggestion}”` : ''}.`,
        suggestions: suggestion ? [suggestion] : [],
        reason: 'English word order is subject, verb, object',
        confidence,
      });
    };
    /** The first verb after `from` in the clause, with only noun phrase material before it. */
    const firstVerb = (from: Token): { verb: Token; middleHasAdp: boolean; middleHasAdv: boolean } | undefined => {
      let middleHasAdp = false;
      let middleHasAdv = false;
      for (let c = doc.next(from), k = 0; c && k < 14; c = doc.next(c), k++) {
        const p = doc.pos(c);
        if (p === 'VERB' || p === 'AUX') {
          // "governing body": a participle before its noun is part of the phrase.
          const n = doc.next(c);
          if (/ing$/.test(c.norm) && n && doc.pos(n) === 'NOUN') continue;
          // "a collapsed apartment block": a participle between a determiner and its noun.
          const b = doc.prev(c);
          if (p === 'VERB' && b && DETERMINERS.has(b.norm) && n && (doc.pos(n) === 'NOUN' || doc.pos(n) === 'ADJ')) continue;
          // "a collapsed apartment block through the night": an uninflected noun the tagger
          // took for a verb, after a singular noun (which a finite verb would agree with) and
          // before a preposition; a later verb ends the clause. "the families run for profit"
          // has a plural before it, "the family run business" a participle.
          if (p === 'VERB' && !/(?:ed|ing|s)$/.test(c.norm) && !IRREGULAR_PARTICIPLES.has(c.norm) && b && doc.pos(b) === 'NOUN' && !looksPlural(b.text) && n && doc.pos(n) === 'ADP' && n.norm !== 'of') continue;
          return { verb: c, middleHasAdp, middleHasAdv };
        }
        if (c.kind === 'punct' && c.norm !== "'s" && c.text !== '-') return undefined;
        if (p === 'ADP') {
          if (c.norm !== 'of') middleHasAdp = true;
          continue;
        }
        if (p === 'ADV') {
          middleHasAdv = true;
          continue;
        }
        if (p === 'DET' || p === 'PRON' || p === 'PART' || isNounish(doc, c)) {
          if (p === 'PRON' && !['its', 'their', 'his', 'her', 'our', 'my'].includes(c.norm)) return undefined;
          continue;
        }
        return undefined;
      }
      return undefined;
    };

    // Shape 1: a subject pronoun, then a determiner.
    for (const pron of doc.tokensWith(SUBJECT_PRONOUNS)) {
      const det = doc.next(pron);
      if (!det || !DETERMINERS.has(det.norm)) continue;
      if (det.norm === 'the' && doc.next(det)?.norm === 'people') continue;
      const before = doc.prev(pron);
      const opensClause = before === undefined ? doc.isSentenceInitial(pron) : CLAUSE_OPENERS.has(before.norm) || (REPORTING.has(before.norm) && pron.norm !== 'it') || (before.kind === 'punct' && /^[“"«(—–:;]$/.test(before.text) && doc.isSentenceInitial(pron));
      if (!opensClause) continue;
      // "said it the other day", "made it a priority": only after a conjunction or at the start.
      if (before && (before.norm === 'so' || before.norm === 'and' || before.norm === 'but') && pron.norm === 'it') continue;
      if (npEnd(doc, det) === undefined) continue;
      const found = firstVerb(pron);
      if (!found) continue;
      const groupEnd = verbGroupEnd(doc, found.verb);
      // The verb must close the clause: "We their sons are more worthless" is an apposition.
      const next = doc.next(groupEnd);
      if (next && !CLOSERS.has(next.text) && next.text !== ',' && next.norm !== 'and' && next.norm !== 'but') continue;
      report(pron, found.verb, groupEnd, 0.65, true);
    }

    // Shape 2: two noun phrases open a clause, and its one verb ends it.
    for (const det2 of doc.tokensWith(DETERMINERS)) {
      const prevTok = doc.prev(det2);
      if (!prevTok || prevTok.kind !== 'word' || NEVER_NOUN.has(prevTok.norm)) continue;
      // Cheap first: walk back over words to the first determiner, and check what opens it.
      let det1: Token | undefined;
      for (let c: Token | undefined = doc.prev(prevTok), k = 0; c && k < 5; c = doc.prev(c), k++) {
        if (c.norm === 'the' || c.norm === 'a' || c.norm === 'an' || c.norm === 'its' || c.norm === 'their' || c.norm === 'this' || c.norm === 'his' || c.norm === 'her') {
          det1 = c;
          break;
        }
        if (c.kind !== 'word') break;
      }
      // "Sojib the contract on Wednesday in Kolkata signed.": a name opening the sentence.
      // "Rescue teams the rubble … through the night searched.": a bare plural noun phrase.
      let named = false;
      let bare = false;
      if (!det1) {
        det1 = nameRunStart(doc, prevTok);
        // "Police a printing press owner arrested…": a group noun the tagger calls a name.
        if (det1 === prevTok && groupSubject(doc, prevTok)) bare = true;
        else if (det1) named = true;
        else {
          det1 = bareRunStart(doc, prevTok);
          if (!det1) continue;
          bare = true;
        }
      }
      {
        const op = doc.prev(det1);
        const start = op === undefined ? doc.isSentenceInitial(det1) : (op.kind === 'punct' && /^[“"«(—–:]$/.test(op.text) && doc.isSentenceInitial(det1));
        const comp = op !== undefined && (REPORTING.has(op.norm) || ['that', 'because', 'although', 'though', 'whether', 'if', 'when', 'once', 'unless', 'whereas'].includes(op.norm));
        if (!start && !comp && !listSubject(doc, det1)) continue;
      }
      if (doc.pos(prevTok) !== 'NOUN' && doc.pos(prevTok) !== 'PROPN') continue;
      // "The operator last year a net loss … recorded": the subject, a time phrase, the object.
      const timeWord = TIME_NOUNS.has(prevTok.norm) ? doc.prev(prevTok) : undefined;
      const subjectHead = timeWord && doc.prev(timeWord);
      const timeGap = !named && !bare && timeWord !== undefined && TIME_DETERMINERS.has(timeWord.norm) && subjectHead !== undefined && subjectHead !== det1 && ['NOUN', 'PROPN'].includes(doc.pos(subjectHead));
      // The first phrase: a name run (nameRunStart checked it), or a noun phrase ending at prevTok.
      if (!named && !bare) {
        let nounish = true;
        for (let c = doc.next(det1); c && c !== prevTok; c = doc.next(c)) if (!isNounish(doc, c)) nounish = false;
        if (!nounish || npEnd(doc, det1) !== prevTok) continue;
      }
      const end2 = npEnd(doc, det2);
      if (end2 === undefined) continue;
      // "Alexander the Great": a name's epithet, not an object.
      if (named && !/^\p{Ll}/u.test(end2.text)) continue;
      // "this year a conference … will be held": a time phrase first, then the subject.
      if (TIME_NOUNS.has(prevTok.norm) && !timeGap) continue;
      // "The answer this time came": a time phrase, not an object.
      if (TIME_NOUNS.has(end2.norm)) continue;
      const found = firstVerb(det2);
      if (!found) continue;
      const groupEnd = verbGroupEnd(doc, found.verb);
      const after = doc.next(groupEnd);
      const verbLast = doc.pos(groupEnd) === 'AUX' && doc.pos(found.verb) === 'VERB' && found.verb !== groupEnd;
      let flag = false;
      if (!after || CLOSERS.has(after.text)) flag = true;
      else if (after.text === ',') {
        const n = doc.next(after);
        if (verbLast || ((found.middleHasAdp || found.middleHasAdv) && n !== undefined && (/ing$/.test(n.norm) || NON_MAIN.has(n.norm) || endsWithAttribution(doc, n)))) flag = true;
      } else if (!named && doc.pos(after) === 'ADP' && (!PARTICLES.has(after.norm) || (bare && /^\p{Lu}/u.test(doc.next(after)?.text ?? ''))) && /^\p{Ll}/u.test(det2.text) && ((doc.pos(found.verb) !== 'VERB' && groupEnd !== found.verb) || (bare && found.verb === groupEnd && /ed$/.test(groupEnd.norm)))) {
        // (Or a bare group subject and a past verb: "Police a printing press owner arrested in Kanpur".)
        // "The army the rescue operation in Kasur has started with boats, a spokesman said": a
        // prepositional phrase after the auxiliary and its verb, then the end of the clause.
        flag = ppTailEndsClause(doc, after);
      }
      if (!flag) continue;
      // After a name, a finite verb in the past or a verb group: "Sojib … signed", "… has signed".
      if (named && found.verb === groupEnd && !/ed$/.test(groupEnd.norm) && !IRREGULAR_PARTICIPLES.has(groupEnd.norm)) continue;
      // A gerund or participle at the end is a reduced clause ("the men the army was holding").
      if (/ing$/.test(groupEnd.norm)) continue;
      report(det1, found.verb, groupEnd, 0.6, !found.middleHasAdv);
    }

    // Shape 4: a subject and its apposition, then a time phrase, an object and the verb last:
    // "because Seoul Metro, the operator, last year a net loss of 513 billion won recorded."
    // The apposition closes the subject, so the noun phrase after the time phrase is no second
    // subject; the verb must be active and alone (not "a record was set").
    for (const tdet of doc.tokensWith(TIME_DETERMINERS)) {
      const tnoun = doc.next(tdet);
      if (!tnoun || !TIME_NOUNS.has(tnoun.norm)) continue;
      const det2 = doc.next(tnoun);
      if (!det2 || !DETERMINERS.has(det2.norm) || det2.norm === 'this' || det2.norm === 'such') continue;
      const comma2 = doc.prev(tdet);
      if (!comma2 || comma2.text !== ',') continue;
      // The apposition: a determiner and one to five noun-phrase words between two commas.
      let comma1: Token | undefined;
      let appDet: Token | undefined;
      for (let c = doc.prev(comma2), k = 0; c && k < 7; c = doc.prev(c), k++) {
        if (c.text === ',') {
          comma1 = c;
          break;
        }
        if (DETERMINERS.has(c.norm)) appDet = c;
        else if (c.kind !== 'word' || !isNounish(doc, c)) break;
      }
      if (!comma1 || !appDet || doc.next(comma1) !== appDet) continue;
      // The subject: a name or noun run that opens its clause (the sentence, or after a
      // conjunction or a reporting verb).
      let subj: Token | undefined;
      for (let c = doc.prev(comma1), k = 0; c && k < 5; c = doc.prev(c), k++) {
        const p = doc.pos(c);
        if (p !== 'NOUN' && p !== 'PROPN' && p !== 'ADJ' && !DETERMINERS.has(c.norm)) break;
        const b = doc.prev(c);
        if (!b ? doc.isSentenceInitial(c) : CLAUSE_OPENERS.has(b.norm) || REPORTING.has(b.norm) || (doc.isSentenceInitial(c) && b.kind === 'punct')) {
          subj = c;
          break;
        }
      }
      if (!subj || subj === comma1) continue;
      const headPos = doc.pos(doc.prev(comma1)!);
      if (headPos !== 'NOUN' && headPos !== 'PROPN') continue;
      if (npEnd(doc, det2) === undefined) continue;
      const found = firstVerb(det2);
      if (!found || doc.pos(found.verb) !== 'VERB' || !/ed$/.test(found.verb.norm)) continue;
      const groupEnd = verbGroupEnd(doc, found.verb);
      if (groupEnd !== found.verb) continue;
      const after = doc.next(groupEnd);
      if (after && !CLOSERS.has(after.text) && !(after.text === ',' && NON_MAIN.has(doc.next(after)?.norm ?? ''))) continue;
      const object = doc.text.slice(det2.start, (doc.prev(found.verb) ?? det2).end);
      const suggestion = `${found.verb.text} ${object} ${tdet.text} ${tnoun.text}`;
      if (reported.has(tdet.index)) continue;
      reported.add(tdet.index);
      ctx.report({
        start: tdet.start,
        end: groupEnd.end,
        message: `“${doc.text.slice(tdet.start, groupEnd.end)}”: the verb stands at the end of its clause, after its object, as in the source language; English puts it after the subject: “${suggestion}”.`,
        suggestions: [suggestion],
        reason: 'English word order is subject, verb, object',
        confidence: 0.6,
      });
    }

    // Shape 5: the measure of a change before its subject and verb, the verb last: "by 18 percent
    // it increased." ("o 18 procent wzrósł", "um 18 Prozent gestiegen"). English says "it
    // increased by 18 percent"; "By 2020 it had doubled" (a time) is English and not matched.
    for (const by of doc.tokensWith(['by'])) {
      const num = doc.next(by);
      const unit = num && doc.next(num);
      if (!num || !unit || !(num.kind === 'number' || doc.pos(num) === 'NUM')) continue;
      let last = unit;
      if (unit.norm === 'percentage' && doc.next(unit)?.norm === 'points') last = doc.next(unit)!;
      else if (!['percent', '%', 'per', 'points', 'times', 'pct'].includes(unit.norm)) continue;
      if (unit.norm === 'per') {
        const cent = doc.next(unit);
        if (!cent || cent.norm !== 'cent') continue;
        last = cent;
      }
      const subj = doc.next(last);
      if (!subj || !SUBJECT_PRONOUNS.has(subj.norm)) continue;
      const verb = doc.next(subj);
      if (!verb || doc.pos(verb) !== 'VERB' || !/(?:ed|s)$/.test(verb.norm)) continue;
      // "Sales rose by 10 percent it said": an attribution with its comma left out.
      if (REPORTING.has(verb.norm) || ATTRIBUTION_VERBS.has(verb.norm)) continue;
      const after = doc.next(verb);
      if (after && !CLOSERS.has(after.text) && after.text !== ',') continue;
      const measure = doc.text.slice(by.start, last.end);
      const suggestion = `${subj.text} ${verb.text} ${measure}`;
      if (reported.has(by.index)) continue;
      reported.add(by.index);
      ctx.report({
        start: by.start,
        end: verb.end,
        message: `“${doc.text.slice(by.start, verb.end)}”: the size of the change stands before the subject and the verb ends the clause, as in the source language; English puts it after the verb: “${suggestion}”.`,
        suggestions: [suggestion],
        reason: 'English word order is subject, verb, object',
        confidence: 0.6,
      });
    }

    // Shape 3: a participle, then its auxiliary, at the end of a clause ("confirmed had.").
    for (const aux of doc.tokensWith(FINAL_AUX)) {
      const after = doc.next(aux);
      if (!after || !(CLOSERS.has(after.text) || after.text === ',')) continue;
      const part = doc.prev(aux);
      if (!part || part.kind !== 'word' || !isParticiple(part)) continue;
      if (doc.pos(part) !== 'VERB' || doc.pos(aux) !== 'AUX') continue;
      const before = doc.prev(part);
      if (!before || doc.pos(before) !== 'NOUN') continue;
      // "as planned had" never occurs; "than those surveyed were" needs a comparison.
      let cmp = false;
      for (let c: Token | undefined = before, k = 0; c && k < 8; c = doc.prev(c), k++) if (c.norm === 'than' || c.norm === 'as') cmp = true;
      if (cmp) continue;
      // The clause's subject: the nearest pronoun or noun phrase after a clause opener.
      let start: Token | undefined;
      for (let c: Token | undefined = doc.prev(before), k = 0; c && k < 12; c = doc.prev(c), k++) {
        if (SUBJECT_PRONOUNS.has(c.norm)) {
          start = c;
          break;
        }
        if (c.kind === 'punct' || doc.pos(c) === 'VERB' || doc.pos(c) === 'AUX') break;
      }
      if (!start) continue;
      report(start, part, aux, 0.6, true);
    }
  },
};

/**
 * A length of time with the wrong preposition: "from ten years" (Italian “da dieci anni”,
 * Spanish “desde hace”), "during ten years" (French “pendant”), "before ten years" (German “vor
 * zehn Jahren”, Italian “prima”), "in custody in four weeks" (“en/in/v”). English says "for ten
 * years" and "ten years ago". Word tests only, no tagging: the number is a digit token or a number
 * word. Ranges and points in time stay quiet ("from ten years to life", "before ten years have
 * passed", "during ten years of war").
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';
import { wordPositions } from '../../../text/word-positions.js';
import { isCount } from './lib/counts.js';

const UNITS = new Set(['years', 'months', 'weeks', 'days', 'decades', 'hours', 'minutes', 'seasons']);
// What may follow the period for each preposition without making it wrong.
const AFTER_FROM = new Set(['ago', 'to', 'of', 'in', 'earlier', 'before', 'and', 'or', 'old', 'later', 'up', 'onward', 'onwards', 'prior', 'after', 'until', 'till', 'through', 'since', 'the', 'at', 'under', 'plus', 'back', 'hence', 'out', '-', '–']);
const AFTER_DURING = new Set(['of', 'in', 'at', 'under', 'since', 'before', 'after', 'when', 'while', 'as', 'with', 'on', 'without', 'behind', 'spent', 'that', 'which', 'during']);
// Mid-clause, after a verb phrase ("he worked there during 25 years in the ministry"), only these
// make "during" a point in a stretch of time rather than its length: "during two years of war".
const AFTER_DURING_MID = new Set(['of', 'when', 'while', 'spent', 'that', 'which', 'during', 'in which', 'since']);
const AFTER_BEFORE = new Set(['ago', 'have', 'has', 'had', 'of', 'old', 'later', 'earlier', 'after', 'before', 'and', 'or', 'to', 'from', 'is', 'are', 'was', 'were', 'in', 'the', 'behind', 'passed', 'elapsed', 'pass', 'elapse', 'expire', 'expired', 'ran', 'run', 'are', 'had', 'at', 'into']);
// A change or a range before "from": "extended from ten years", "ranging from two years".
const BEFORE_FROM = new Set([
  'rose', 'fell', 'grew', 'increased', 'decreased', 'dropped', 'jumped', 'climbed', 'declined', 'cut', 'reduced', 'extended',
  'raised', 'lowered', 'down', 'up', 'anywhere', 'ranging', 'range', 'ranges', 'ranged', 'varying', 'vary', 'varies',
  'sentences', 'terms', 'term', 'maturities', 'maturity', 'anything', 'shortened', 'lengthened', 'changed', 'moved',
  'going', 'went', 'goes', 'increase', 'reduce', 'extend', 'cut', 'children', 'aged', 'ages', 'everyone', 'people',
]);

// "to": only where nothing in the clause makes the period an end point or a sentence. Words
// before "to" that do: "up to", "back to", "sentenced ... to", "extended ... to", "two to".
const BEFORE_TO = new Set(['up', 'back', 'down', 'close', 'closer', 'equal', 'equivalent', 'prior', 'next', 'due', 'similar', 'comparable', 'compared', 'or', 'and', 'years', 'months', 'weeks', 'days', 'decades', 'hours', 'minutes', 'one', 'a']);
// A change, a limit or a sentence earlier in the clause: "extend the term of a congressman to
// four years", "raised the age limit to 16 years".
const TO_GOVERNORS = /^(?:sentenc|condemn|jail|imprison|extend|reduc|cut|rais|increas|lower|lengthen|shorten|limit|cap|capp|restrict|set|fix|doubl|tripl|ros|rise|fell|fall|grew|grow|climb|drop|jump|mov|chang|push|pull|bring|brought|postpon|delay|defer|amend|shift|cut|trim|slash|boost|expand|stretch|adjust|convert|add|lift|hike|from|between|rang|vary|varie)/;
const AFTER_TO = new Set(['of', 'in', 'old', 'ago', 'later', 'earlier', 'before', 'after', 'from', 'behind', 'ahead', 'away', 'hence', 'on', 'off', 'more', 'less', 'and', 'or', 'to']);
const TO_QUANTIFIERS = new Set(['many', 'several']);

/** "very clear to many years": a length of time after "to", in a clause that changes nothing. */
function durationTo(doc: Doc, t: Token, n: Token, u: Token): boolean {
  const prev = doc.prev(t);
  if (!prev || prev.kind !== 'word' || BEFORE_TO.has(prev.norm) || isCount(prev)) return false;
  const after = doc.next(u);
  if (after && AFTER_TO.has(after.norm)) return false;
  if (TO_QUANTIFIERS.has(n.norm) && !/s$/.test(u.norm)) return false;
  const s = doc.sentenceOf(t);
  for (let i = s.firstToken; i < t.index; i++) if (TO_GOVERNORS.test((doc.tokens[i] as Token).norm)) return false;
  return true;
}

// "in custody in four weeks", "in charge in three years" (Romance "en/in", Slavic "v/w" + a
// length): after a state that lasts, "in" + a length is English only of the future ("he will
// be in office in two years") or after a negation ("has not been in power in ten years").
const LASTING_STATES = new Set(['custody', 'charge', 'office', 'power', 'prison', 'jail', 'detention', 'exile', 'hospital', 'coma', 'command']);
const NEGATION = new Set(['not', "n't", 'never', 'no']);
const FUTURE = new Set(['will', "'ll", 'would', 'shall', 'could', 'may', 'might', 'can', 'going', 'expects', 'expected', 'plans', 'hopes']);

/**
 * "in custody in four weeks": "in" + a length right after a lasting state, in a clause with no
 * negation; after "be" ("will be in office in two years") only in one with no future either; not
 * "in two years of the war", "in three weeks' time", "in ten years ago".
 */
function durationIn(doc: Doc, t: Token, u: Token): boolean {
  const after = doc.next(u);
  if (after && (after.norm === 'of' || after.norm === 'time' || after.norm === 'ago')) return false;
  const state = doc.prev(t);
  const inState = state && doc.prev(state);
  if (!state || !LASTING_STATES.has(state.norm) || inState?.norm !== 'in') return false;
  const copula = doc.prev(inState)?.norm === 'be';
  const s = doc.sentenceOf(t);
  for (let i = s.firstToken; i < t.index; i++) {
    const w = (doc.tokens[i] as Token).norm;
    if (NEGATION.has(w) || (copula && FUTURE.has(w))) return false;
  }
  return true;
}

/** "During ten years as party chief, ...": at the head of its sentence or clause. */
function opensClause(doc: Doc, t: Token): boolean {
  const p = doc.prev(t);
  return p === undefined || p.kind === 'punct' || p.norm === 'and' || p.norm === 'but' || doc.isSentenceInitial(t);
}

function capitalize(s: string, like: Token, doc: Doc): string {
  return doc.isSentenceInitial(like) && /^[A-Z]/.test(like.text) ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}

export const rule: Rule = {
  meta: {
    id: 'period-preposition',
    category: 'preposition',
    severity: 'warning',
    description: 'A length of time after “from/during/before/to”, or “in” after a lasting state (“from ten years”, “before two weeks”, “clear to many years”, “in custody in four weeks”): English says “for ten years”, “two weeks ago”.',
    examples: {
      bad: [
        { text: 'She has lived in Lyon [[from]] twelve years.', output: 'She has lived in Lyon for twelve years.' },
        { text: 'He led the union [[during]] 20 years.', output: 'He led the union for 20 years.' },
        { text: 'He worked at the ministry [[during]] 25 years before retiring.', output: 'He worked at the ministry for 25 years before retiring.' },
        { text: 'She taught [[during]] twenty-five years in the village school.', output: 'She taught for twenty-five years in the village school.' },
        { text: 'The mine was closed [[before five years]].', output: 'The mine was closed five years ago.' },
        { text: 'The president has been very clear [[to]] many years about these principles.', output: 'The president has been very clear for many years about these principles.' },
        { text: 'The two sides have disagreed [[to]] several decades over the border.', output: 'The two sides have disagreed for several decades over the border.' },
        { text: 'The line stayed closed [[to]] three weeks.', output: 'The line stayed closed for three weeks.' },
        { text: 'Lindqvist, who had been in charge [[in]] three years, was sacked.', output: 'Lindqvist, who had been in charge for three years, was sacked.' },
        { text: 'A judge ordered the nine suspects kept in custody [[in]] four weeks.', output: 'A judge ordered the nine suspects kept in custody for four weeks.' },
        { text: 'Prosecutors will ask the court to keep the suspects in custody [[in]] four weeks.', output: 'Prosecutors will ask the court to keep the suspects in custody for four weeks.' },
        { text: 'He has been in office [[in]] six years and wants a third term.', output: 'He has been in office for six years and wants a third term.' },
      ],
      good: [
        'She has lived in Lyon for twelve years.',
        'Sentences ranged from ten years to life.',
        'The term was extended from five years to seven.',
        'Prices are back where they were from two years ago.',
        'Prices fell during two years of war.',
        'During the ten years he ran it, profits doubled.',
        'During 16 years as party chief, he rebuilt the city.',
        'The mine must close before five years have passed.',
        'He left before two years of service were up.',
        'Children from five years old can enter.',
        'The mine was closed five years ago.',
        'Prices rose during two years in which wages fell.',
        'He kept a diary during 20 years of exile.',
        'He was sentenced to 15 years in prison.',
        'The court sentenced him to ten years.',
        'Leave of up to three months is paid.',
        'We propose to extend the term of a Congressman to 4 years.',
        'Terms range from two to four years.',
        'It takes six months to three years to train a pilot.',
        'The plan would stretch the life of the fund to 10 years.',
        'It was close to five years before the bridge opened.',
        'We must look back to two decades of growth.',
        'Welcome to five days of music.',
        'He could be in office in two years.',
        'She will be in charge in three weeks, the board said.',
        'The party has not been in power in ten years.',
        'He was in prison in two years of the war.',
        'Prices doubled in three years.',
        'He has been in charge for three years.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    // The period's unit ends the match: its tokens, and the preposition two before.
    const at = wordPositions(doc, UNITS);
    for (let ti = 0; ti < at.length; ti++) {
      const t = doc.prev(doc.tokens[at[ti] as number] as Token, 2);
      if (!t) continue;
      const p = t.norm;
      if (p !== 'from' && p !== 'during' && p !== 'before' && p !== 'to' && p !== 'in') continue;
      const n = doc.next(t);
      const u = n && doc.next(n);
      if (!n || !(isCount(n) || (p === 'to' && TO_QUANTIFIERS.has(n.norm))) || !u || !UNITS.has(u.norm)) continue;
      if (p === 'to' && !durationTo(doc, t, n, u)) continue;
      if (p === 'in' && !durationIn(doc, t, u)) continue;
      const after = doc.next(u);
      const prev = doc.prev(t);
      const nu = `${(n as Token).text} ${u.text}`;
      if (p === 'to' || p === 'in') {
        // checked by durationTo, durationIn
      } else if (p === 'from') {
        if ((after && AFTER_FROM.has(after.norm)) || (prev && BEFORE_FROM.has(prev.norm))) continue;
      } else if (p === 'during') {
        const exempt = opensClause(doc, t) ? AFTER_DURING : AFTER_DURING_MID;
        if (after && exempt.has(after.norm)) continue;
        if (after && after.norm === 'in' && doc.next(after)?.norm === 'which') continue;
      } else if (after && AFTER_BEFORE.has(after.norm)) continue;
      if (p === 'before') {
        ctx.report({
          start: t.start,
          end: u.end,
          message: `“before ${nu}” counts back with “before” (“vor/prima/avant”); English says “${nu} ago”.`,
          suggestions: [capitalize(`${nu} ago`, t, doc)],
          reason: 'English counts back from now with “ago”',
          confidence: 0.8,
        });
      } else {
        ctx.report({
          start: t.start,
          end: t.end,
          message: `“${t.text} ${nu}” gives a length of time with “${p}”; English says “for ${nu}”.`,
          suggestions: [capitalize('for', t, doc)],
          reason: 'a length of time takes “for” in English',
          confidence: 0.8,
        });
      }
    }
  },
};

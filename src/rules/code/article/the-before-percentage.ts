/**
 * “the” before a bare percentage: “only the 38 percent of voters”, “prices rose by the 5
 * percent”, “won the 52 percent of the vote”, “accounts for the 40 percent of exports”.
 * Romance languages put an article before a percentage (“il 38 per cento”, “el 5 por ciento”)
 * and MT keeps it; English counts the share with no article.
 *
 * Only after words that make the percentage a plain amount: an approximator (“only”, “nearly”,
 * “about”...), a verb of change (“rose”, “fell by”), a verb of share (“accounts for”,
 * “represents”) or a verb of winning followed by “of the vote”. The percentage must end its
 * phrase: a noun after it makes it a modifier (“the 5 percent tariff”), and a relative clause
 * soon after (“only the 38 percent who voted”) may single out a known group.
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';
import { NUMBER_WORDS } from '../number-agreement/lib/english.js';

const APPROX = new Set([
  'only', 'nearly', 'almost', 'roughly', 'approximately', 'around', 'just', 'barely', 'merely', 'some', 'over',
  'exactly', 'precisely', 'fully', 'circa', 'estimated',
]);
const CHANGE = new Set([
  'rose', 'rise', 'rises', 'rising', 'risen', 'fell', 'fall', 'falls', 'falling', 'fallen', 'grew', 'grow', 'grows',
  'growing', 'grown', 'increased', 'increase', 'increases', 'increasing', 'decreased', 'decrease', 'decreases',
  'declined', 'decline', 'declines', 'dropped', 'drop', 'drops', 'jumped', 'jump', 'jumps', 'climbed', 'climb',
  'climbs', 'slipped', 'slumped', 'plunged', 'surged', 'soared', 'gained', 'lost', 'shed', 'tumbled', 'sank',
  'expanded', 'expand', 'expands', 'contracted', 'shrank', 'shrunk', 'advanced', 'eased', 'edged', 'inched',
  'slid', 'dipped', 'rallied', 'cut', 'cuts', 'raised', 'raise', 'raises', 'reduced', 'reduce', 'reduces',
  'lowered', 'lower', 'boosted', 'hiked', 'up', 'down', 'higher', 'lower',
]);
const SHARE = new Set([
  'represent', 'represents', 'represented', 'representing', 'constitute', 'constitutes', 'constituted',
  'comprise', 'comprises', 'comprised', 'account', 'accounts', 'accounted', 'accounting', 'totalled', 'totaled',
  'equals', 'equalled', 'equaled', 'reached', 'reaches', 'hit', 'hits', 'exceeded', 'exceeds', 'topped',
]);
const WIN = new Set([
  'won', 'win', 'wins', 'winning', 'received', 'receives', 'secured', 'secures', 'garnered', 'got', 'gets', 'gained',
  'obtained', 'took', 'takes', 'captured', 'polled', 'collected', 'scored', 'with', 'had', 'has',
]);
const VOTE = new Set(['vote', 'votes', 'ballots', 'ballot', 'seats', 'support']);
// Words after a percentage that start an adverbial, not a compound ("5 percent last year").
const TIME_WORDS = new Set(['of', 'last', 'this', 'next', 'year-on-year', 'month-on-month', 'annually', 'overall', 'respectively', 'compared', 'since', 'earlier', 'later', 'ago']);
const RELATIVE = new Set(['who', 'that', 'which', 'whose', 'whom', 'where']);

/** The last token of a percentage starting at `num` ("5 percent", "5 per cent", "5%", "5 percentage points"). */
function percentEnd(doc: Doc, num: Token): Token | undefined {
  const u = doc.next(num);
  if (!u) return undefined;
  if (u.norm === 'percent' || u.norm === '%' || u.norm === 'pct') return u;
  if (u.norm === 'per') {
    const c = doc.next(u);
    return c?.norm === 'cent' ? c : undefined;
  }
  if (u.norm === 'percentage') {
    const p = doc.next(u);
    return p?.norm === 'points' ? p : undefined;
  }
  return undefined;
}

export const rule: Rule = {
  meta: {
    id: 'the-before-percentage',
    category: 'article',
    severity: 'warning',
    description: '“the” before a bare percentage: “only the 38 percent of”, “rose by the 5 percent”.',
    examples: {
      bad: [
        { text: 'Housing prices rose [[an 8.4]] percent in the second quarter.', output: 'Housing prices rose 8.4 percent in the second quarter.' },
        { text: 'She won [[the 78]] percent of points on her first serve.', output: 'She won 78 percent of points on her first serve.' },
        { text: 'Only [[the 38]] percent of voters backed the plan.', output: 'Only 38 percent of voters backed the plan.' },
        { text: 'Prices rose by [[the 5]] percent in March.', output: 'Prices rose by 5 percent in March.' },
        { text: 'Exports fell [[the 3]] per cent last year.', output: 'Exports fell 3 per cent last year.' },
        { text: 'The party won [[the 52]] percent of the vote.', output: 'The party won 52 percent of the vote.' },
        { text: 'Tourism accounts for [[the 40]] percent of exports.', output: 'Tourism accounts for 40 percent of exports.' },
        { text: 'Women represent nearly [[the 60]]% of the workforce.', output: 'Women represent nearly 60% of the workforce.' },
      ],
      good: [
        'Prices rose by a 5 percent margin.',
        'Exports posted a 5 percent rise.',
        'The company cut a 10 percent stake.',
        'He won the 10 percent of shares that were for sale.',
        'Shares recovered a 2 percent gain.',
        'Only 38 percent of voters backed the plan.',
        'Only the 38 percent who voted for him were happy.',
        'Prices were hit by the 5 percent tariff.',
        'The 38 percent of voters who backed the plan were happy.',
        'He won the 5 percent stake in the company.',
        'Only the top 10 percent of earners pay the tax.',
        'Income fell by the 10 percent rate of tax.',
        'It took the 40 percent of shares that were left.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    // "prices rose an 8.4 percent": an indefinite article before a change counted out.
    for (const a of doc.tokensWith(['a', 'an'])) {
      const num = doc.next(a);
      const prev = doc.prev(a);
      if (!num || num.kind !== 'number' || !prev || !CHANGE.has(prev.norm) || ['up', 'down', 'higher', 'lower', 'cut', 'cuts', 'raise', 'raised', 'raises', 'shed', 'lost', 'gained', 'reduced', 'lowered', 'boosted', 'hiked', 'increase', 'decrease', 'decline', 'drop', 'jump', 'climb', 'rise', 'fall', 'grow'].includes(prev.norm)) continue;
      const last = percentEnd(doc, num);
      if (!last) continue;
      const after = doc.next(last);
      if (after && (after.text === '-' || (after.kind === 'word' && !TIME_WORDS.has(after.norm) && doc.canTag && ['NOUN', 'PROPN'].includes(doc.pos(after))))) continue;
      if (after && after.kind === 'word' && /^(?:rise|increase|drop|fall|gain|decline|jump|cut|hike|stake|share|discount|growth|rate|return|majority|lead|slump|surge|tariff|tax|premium|interest|chance|probability)$/.test(after.norm)) continue;
      ctx.report({
        start: a.start,
        end: num.end,
        message: `“${doc.text.slice(a.start, last.end)}”: a change in percent takes no article in English.`,
        suggestions: [num.text],
        reason: 'a bare percentage takes no article',
        confidence: 0.75,
      });
    }
    for (const the of doc.tokensWith(['the'])) {
      const num = doc.next(the);
      if (!num || !(num.kind === 'number' || NUMBER_WORDS.has(num.norm)) || /^(?:1[89]|20)\d\d$/.test(num.text)) continue;
      const last = percentEnd(doc, num);
      if (!last) continue;
      const after = doc.next(last);
      // "the 5 percent tariff": a noun after the percentage makes it a modifier.
      if (after && after.kind === 'word' && !TIME_WORDS.has(after.norm) && /^\p{Ll}/u.test(after.text) && doc.canTag && ['NOUN', 'PROPN', 'ADJ'].includes(doc.pos(after))) continue;
      if (after && (after.text === '-' || after.kind === 'number')) continue;
      // "only the 38 percent who voted": a relative clause may single out a known group.
      let rel = false;
      for (let k = 1, t = doc.next(last); k <= 6 && t; k++, t = doc.next(t)) {
        if (RELATIVE.has(t.norm)) rel = true;
        if (t.kind === 'punct' && t.text !== '-') break;
      }
      if (rel) continue;
      const prev = doc.prev(the);
      if (!prev) continue;
      let ok = APPROX.has(prev.norm) || CHANGE.has(prev.norm);
      if (!ok && (prev.norm === 'by' || prev.norm === 'for')) {
        const pp = doc.prev(prev);
        ok = pp !== undefined && (prev.norm === 'by' ? CHANGE.has(pp.norm) || pp.norm === 'percent' : SHARE.has(pp.norm));
      }
      if (!ok && SHARE.has(prev.norm) && prev.norm !== 'account' && prev.norm !== 'accounts' && prev.norm !== 'accounted' && prev.norm !== 'accounting') ok = after?.norm === 'of';
      if (!ok && WIN.has(prev.norm) && after?.norm === 'of') {
        const a2 = doc.next(after);
        const a3 = a2 && (a2.norm === 'the' || a2.norm === 'all' ? doc.next(a2) : a2);
        ok = a3 !== undefined && VOTE.has(a3.norm);
        // "won the 78 percent of points": a share of a bare plural.
        if (!ok && a2 && a2.kind === 'word' && /^\p{Ll}+s$/u.test(a2.text) && doc.canTag && doc.pos(a2) === 'NOUN' && prev.norm !== 'with' && prev.norm !== 'had' && prev.norm !== 'has') ok = true;
      }
      if (!ok) continue;
      ctx.report({
        start: the.start,
        end: num.end,
        message: `“${doc.text.slice(the.start, last.end)}”: a percentage counted out takes no article in English.`,
        suggestions: [num.text],
        reason: 'a bare percentage takes no article',
        confidence: 0.75,
      });
    }
  },
};

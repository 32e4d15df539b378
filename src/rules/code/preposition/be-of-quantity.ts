/**
 * "The difference was of just 184,000 votes", "growth was of 2.1 percent": a quantity after
 * "to be" introduced with "of", carried over from “fue de/a fost de/était de/è stato di”. English
 * puts the quantity straight after the verb ("was just 184,000 votes"). Fires only when a number
 * with a unit of measure or money follows (or a currency sign), so "was of two minds", "is of
 * great importance" and "was of 18th-century origin" stay quiet.
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';
import { CURRENCY_SIGNS, isCount, isYear, QUANTITY_UNITS, SCALES } from './lib/counts.js';

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', "'s"]);
const HEDGES = new Set([
  'just', 'only', 'about', 'around', 'nearly', 'almost', 'some', 'roughly', 'approximately', 'barely', 'over', 'under',
  'merely', 'little', 'slightly', 'more', 'less', 'than', 'at', 'least', 'most', 'up', 'to', 'close',
]);
// Subjects where "is of" + number is a part-of reading: "one is of 5 percent" hardly occurs,
// but "the first is of 30 pages" style descriptions do.
const UNIT_AFTER_OK = QUANTITY_UNITS;

function quantityAhead(doc: Doc, of: Token): boolean {
  let n = doc.next(of);
  for (let k = 0; k < 3 && n && HEDGES.has(n.norm); k++) n = doc.next(n);
  if (!n) return false;
  if (CURRENCY_SIGNS.has(n.text)) return isCount(doc.next(n));
  if (!isCount(n) || isYear(n)) return false;
  let u = doc.next(n);
  while (u && SCALES.has(u.norm)) u = doc.next(u);
  return u !== undefined && UNIT_AFTER_OK.has(u.norm);
}

export const rule: Rule = {
  meta: {
    id: 'be-of-quantity',
    category: 'preposition',
    severity: 'warning',
    description: 'A quantity after “to be” introduced with “of” (“the gap was of 5 percent”): English drops the “of”.',
    examples: {
      bad: [
        { text: 'The difference [[was of]] just 184,000 votes.', output: 'The difference was just 184,000 votes.' },
        { text: 'Growth [[was of]] 2.1 percent in the quarter.', output: 'Growth was 2.1 percent in the quarter.' },
        { text: 'The deficit will [[be of]] about 4 percent of GDP.', output: 'The deficit will be about 4 percent of GDP.' },
        { text: 'The damage [[is of]] €3 million.', output: 'The damage is €3 million.' },
      ],
      good: [
        'The difference was just 184,000 votes.',
        'The two leaders were of two minds on the deal.',
        'The matter is of great importance.',
        'The church is of 18th-century origin.',
        'Most of the victims were of Syrian origin.',
        'The majority were of the view that rates should rise.',
        'Four of the five were of age.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const t of doc.tokensWith(['of'])) {
      if (t.norm !== 'of') continue;
      const be = doc.prev(t);
      if (!be || !BE.has(be.norm)) continue;
      if (!quantityAhead(doc, t)) continue;
      ctx.report({
        start: be.start,
        end: t.end,
        message: `“${be.text} ${t.text}” before a quantity carries over “fue de/a fost de/était de”; English says “${be.text}” alone.`,
        suggestions: [be.text],
        reason: 'English puts a quantity straight after “to be”',
        confidence: 0.8,
      });
    }
  },
};

/**
 * “nine were children, whom none had been vaccinated”: the quantifier after the relative
 * pronoun, as Romanian (“dintre care niciunul”) and other languages order it. English says
 * “none of whom”, “half of which”. Flagged after a comma when the quantifier is the subject of
 * a passive or intransitive verb (“whom none had been”, “which half are”); an object relative
 * such as “which many consider overdue” or “whom none could resist” stays quiet.
 */
import type { Rule } from '../../types.js';
import { matchCase } from '../number-agreement/lib/english.js';

const QUANTIFIERS = new Set([
  'none', 'all', 'most', 'many', 'some', 'both', 'several', 'one', 'two', 'three', 'four', 'five', 'six',
  'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands', 'half', 'neither', 'each', 'either',
]);
const VERBS = new Set(['was', 'were', 'are', 'is', 'died', 'survived', 'remain', 'remained', 'remains', 'fled', 'escaped']);
const PERFECT = new Set(['had', 'have', 'has']);
const AFTER_PERFECT = new Set(['been', 'died', 'survived', 'fled']);

export const rule: Rule = {
  meta: {
    id: 'relative-quantifier-order',
    category: 'garbled-syntax',
    severity: 'warning',
    description: '“whom none had been vaccinated” for “none of whom had been vaccinated”.',
    examples: {
      bad: [
        { text: 'Of the 11 people who died, nine were children, [[whom none]] had been vaccinated.', output: 'Of the 11 people who died, nine were children, none of whom had been vaccinated.' },
        { text: 'Eleven people died, [[whom nine]] were children.', output: 'Eleven people died, nine of whom were children.' },
        { text: 'The firm has 40 branches, [[which half]] are in the capital.', output: 'The firm has 40 branches, half of which are in the capital.' },
      ],
      good: [
        'Eleven people died, nine of whom were children.',
        'The deal, which both sides signed, took effect.',
        'The reform, which many consider overdue, passed.',
        'He was a man, whom none could resist.',
        'Awright, which one of you hid it?',
        'It was a rule, which all had followed for years.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    for (const rel of doc.tokensWith(['whom', 'which'])) {
      if (rel.norm !== 'whom' && rel.norm !== 'which') continue;
      if (doc.prev(rel)?.text !== ',') continue;
      const q = doc.next(rel);
      const v = q && doc.next(q);
      if (!q || !v || !QUANTIFIERS.has(q.norm)) continue;
      const ok = VERBS.has(v.norm) || (PERFECT.has(v.norm) && AFTER_PERFECT.has(doc.next(v)?.norm ?? ''));
      if (!ok) continue;
      const fix = `${matchCase(rel.text, q.norm)} of ${rel.norm}`;
      ctx.report({
        start: rel.start,
        end: q.end,
        message: `“${doc.text.slice(rel.start, q.end)}”: English puts the quantifier first: “${fix}”.`,
        suggestions: [fix],
        reason: 'English says “none of whom”, not “whom none”',
        confidence: 0.75,
      });
    }
  },
};

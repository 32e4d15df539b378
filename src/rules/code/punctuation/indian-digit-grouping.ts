/**
 * Digits grouped in the Indian way, in lakhs and crores ("1,20,00,000" for 12,000,000;
 * "5,00,000" for 500,000), as Hindi, Bengali, Urdu and Nepali copy writes them. English groups
 * digits in threes. Only a number whose last group has three digits and whose inner groups have
 * two: no other numbering makes a two-digit group.
 */
import type { Rule } from '../../types.js';

const LAKH = /^(\d{1,2})((?:,\d\d)+),(\d{3})$/;

/** "1,20,00,000" -> "12,000,000". */
export function groupInThrees(digits: string): string {
  let out = '';
  for (let i = digits.length; i > 0; i -= 3) out = (i > 3 ? ',' : '') + digits.slice(Math.max(0, i - 3), i) + out;
  return out;
}

export const rule: Rule = {
  meta: {
    id: 'indian-digit-grouping',
    category: 'punctuation',
    severity: 'warning',
    description: 'Digits grouped in lakhs and crores ("1,20,00,000") instead of in threes (12,000,000).',
    examples: {
      bad: [
        { text: 'He joined East Bengal for about [[1,20,00,000]] taka.', output: 'He joined East Bengal for about 12,000,000 taka.' },
        { text: 'Floods destroyed [[5,00,000]] acres of crops.', output: 'Floods destroyed 500,000 acres of crops.' },
      ],
      good: ['He joined East Bengal for about 12 million taka.', 'Floods destroyed 500,000 acres.', 'The vote was 12,50 in favour, 3,000 against.', 'Sales rose to 1,250,000 units.', 'It cost 12,345,678 rupees.'],
    },
  },
  check(ctx) {
    for (const t of ctx.doc.tokens) {
      if (t.kind !== 'number' || t.text.length < 7) continue;
      const m = LAKH.exec(t.text);
      if (!m) continue;
      const fix = groupInThrees(t.text.replace(/,/g, ''));
      ctx.report({
        start: t.start,
        end: t.end,
        message: `“${t.text}” groups digits in lakhs and crores, as South Asian copy does: English writes “${fix}”.`,
        suggestions: [fix],
        reason: 'English groups digits in threes; lakh and crore grouping reads as a different number',
        confidence: 0.85,
      });
    }
  },
};

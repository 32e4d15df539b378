/**
 * A currency sign after its amount ("25 €", "40$") or a number sign "n°"/"№": the continental
 * order and signs. English writes "€25" and "No. 5".
 */
import type { Rule } from '../../types.js';

const AFTER = /(?<![\p{L}\d.,])(\d{1,3}(?:[,.]\d{3})*(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?:\s?(million|billion|mln|bn))?\s?([€£¥$])(?![\p{L}\d])/gu;
// "€ 40 million": English sets the sign right before the number.
const SPACED_SIGN = /([€£¥])[ \u00a0](\d)/gu;
const NUMBER_SIGN = /(?<![\p{L}])(n°|nº|N°|Nº|№)\s?(\d+)/gu;

export const rule: Rule = {
  meta: {
    id: 'currency-after-amount',
    category: 'punctuation',
    severity: 'warning',
    description: 'A currency sign after the amount ("25 €") or spaced from it ("€ 40"), or a continental number sign ("n° 5").',
    examples: {
      bad: [
        { text: 'The ticket costs [[25 €]] at the door.', output: 'The ticket costs €25 at the door.' },
        { text: 'The club paid [[40 million €]] for him.', output: 'The club paid €40 million for him.' },
        { text: 'The report cited article [[n° 5]] of the treaty.', output: 'The report cited article No. 5 of the treaty.' },
        { text: 'The state will pay [[€ 4]]0 million to owners.', output: 'The state will pay €40 million to owners.' },
      ],
      good: [
        'The ticket costs €25 at the door.',
        'The club paid €40 million for him.',
        'It cost US$25 in 2020.',
        'Use the variable $x in the formula.',
      ],
    },
  },
  check(ctx) {
    const { text } = ctx.doc;
    if (/[€£¥$]/.test(text)) {
      for (const m of text.matchAll(AFTER)) {
        // "US$25": a sign that starts the next amount, not one that ends this one.
        if (/^\s?[€£¥$]\s?\d/.test(text.slice(m.index + m[0].length - 2, m.index + m[0].length + 2)) && /\d/.test(text.charAt(m.index + m[0].length))) continue;
        const to = `${m[3]}${m[1]}${m[2] ? ` ${m[2]}` : ''}`;
        ctx.report({
          start: m.index,
          end: m.index + m[0].length,
          message: `“${m[0]}”: English puts the currency sign before the amount: “${to}”.`,
          suggestions: [to],
          reason: 'English writes €25, not 25 €',
          confidence: 0.85,
        });
      }
    }
    for (const m of text.matchAll(SPACED_SIGN)) {
      ctx.report({
        start: m.index,
        end: m.index + m[0].length,
        message: `“${m[1]} ${m[2]}…”: English sets the currency sign right before the amount, with no space.`,
        suggestions: [`${m[1]}${m[2]}`],
        reason: 'English writes €40, not € 40',
        confidence: 0.7,
      });
    }
    if (/[°º№]/.test(text)) {
      for (const m of text.matchAll(NUMBER_SIGN)) {
        ctx.report({
          start: m.index,
          end: m.index + m[0].length,
          message: `“${m[0]}” uses a continental number sign: English writes “No. ${m[2]}”.`,
          suggestions: [`No. ${m[2]}`],
          reason: 'English abbreviates number as No.',
          confidence: 0.85,
        });
      }
    }
  },
};

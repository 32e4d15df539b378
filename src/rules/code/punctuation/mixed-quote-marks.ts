/**
 * A quotation opened with one style of quote mark and closed with the other: `“We sold him,"
 * the chairman said`, `"The talks were useful,” he said`. Copy assembled from machine output
 * and hand edits mixes curly and straight marks; the odd one is the style the text uses less,
 * and it is replaced by its counterpart in the text's own style. Found by the shared quote
 * pass (lib/quotes.ts), which then reads the quotation as balanced, so unbalanced-quote does
 * not report its two halves as never closed and never opened.
 */
import type { Rule } from '../../types.js';
import { reportQuoteIssues } from './lib/quotes.js';

export const rule: Rule = {
  meta: {
    id: 'mixed-quote-marks',
    category: 'punctuation',
    severity: 'warning',
    description: 'A quotation opened with a curly quote mark and closed with a straight one, or the reverse.',
    examples: {
      bad: [
        { text: '“We sold him because we needed the money,[["]] the chairman said. “Football is a business.”', output: '“We sold him because we needed the money,” the chairman said. “Football is a business.”' },
        { text: 'Officials described it as [["]]a test of sincerity” on Monday, and “a warning” on Tuesday.', output: 'Officials described it as “a test of sincerity” on Monday, and “a warning” on Tuesday.' },
        { text: '"We are ready to talk,[[”]] the spokesman said. "The door is open," he added.', output: '"We are ready to talk," the spokesman said. "The door is open," he added.' },
      ],
      good: [
        '“We sold him because we needed the money,” the chairman said.',
        '"We are ready," the spokesman said. "The door is open," he added.',
        'Workers laid a 6" pipe under the road, “a first,” the mayor said.',
        'He scored in 2017"s snap election, “a landslide,” his aide said.',
      ],
    },
  },
  check(ctx) {
    reportQuoteIssues(ctx, ['mixed'], 'a quotation opens and closes with marks of one style, the style the rest of the copy uses');
  },
};

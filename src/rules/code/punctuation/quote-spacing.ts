/**
 * A space on the inner side of a quote mark: `" He knows` for `"He knows`, `the end "` for
 * `the end"`. Round trips through languages that space their quotation marks (French « x »)
 * or tokenized MT output leave these behind. Straight marks are read as opening or closing
 * from their position and alternation, and only when the line balances.
 */
import type { Rule } from '../../types.js';
import { reportQuoteIssues } from './lib/quotes.js';

export const rule: Rule = {
  meta: {
    id: 'quote-spacing',
    category: 'punctuation',
    severity: 'warning',
    description: 'A space between a quote mark and the words it quotes.',
    examples: {
      bad: [
        {
          text: '"We followed him for two seasons," the coach said. [[" He]] knows what to expect," he added.',
          output: '"We followed him for two seasons," the coach said. "He knows what to expect," he added.',
        },
        { text: 'The minister said [[“ we]] will respond” to the sanctions.', output: 'The minister said “we will respond” to the sanctions.' },
        { text: 'The minister said “we will [[respond ”]] to the sanctions.', output: 'The minister said “we will respond” to the sanctions.' },
        { text: 'He called the plan "a [[disaster "]] for the country.', output: 'He called the plan "a disaster" for the country.' },
        { text: '[[" This]] is not a fatality," the minister said.', output: '"This is not a fatality," the minister said.' },
        { text: '"By morning the water was up to our waists[[,"she]] said.', output: '"By morning the water was up to our waists," she said.' },
        { text: '“We will win[[.”The]] minister left.', output: '“We will win.” The minister left.' },
        {
          text: '“We are working at the limit[[, ”]]she said.',
          output: '“We are working at the limit,” she said.',
        },
      ],
      good: [
        '"We are ready," the spokesman said. "He knows that."',
        'The so-called "special military operation" will continue.',
        'He said: "It is over." Then he left.',
        '“We will answer,” he said, “and we will answer firmly.”',
        'The Left wrote on Twitter."That will remain his legacy."',
        'Those "whassup" guys are back, and the "zoom zoom" kid is an adult.',
        'It was about as anti-Washington as it can get: "We\'ll admit our mistakes."',
        'The chair said - "Oh, who would believe it?"',
      ],
    },
  },
  check(ctx) {
    reportQuoteIssues(ctx, ['spacing'], 'English sets quote marks against the quoted words, with no space inside');
  },
};

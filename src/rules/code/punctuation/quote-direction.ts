/**
 * Quote marks turned the wrong way: an opening mark “ where the quotation closes (`... get
 * along, “Blinken told reporters`), or a closing mark ” where one opens (`said ”We`).
 * Machine translation and round trips lose the direction of curly quotes, and wire copy then
 * carries a quotation that never closes.
 */
import type { Rule } from '../../types.js';
import { reportQuoteIssues } from './lib/quotes.js';

export const rule: Rule = {
  meta: {
    id: 'quote-direction',
    category: 'punctuation',
    severity: 'warning',
    description: 'An opening quote mark where the quotation closes, or a closing mark where it opens.',
    examples: {
      bad: [
        {
          text: '“We will not accept it[[, “]]the minister told reporters.',
          output: '“We will not accept it,” the minister told reporters.',
        },
        {
          text: '“Nobody can dictate our policy[[, “]]Blinken told reporters in Washington.',
          output: '“Nobody can dictate our policy,” Blinken told reporters in Washington.',
        },
        {
          text: '“The talks were useful[[. “]] He added nothing more.\n“Nothing else.”',
          output: '“The talks were useful.” He added nothing more.\n“Nothing else.”',
        },
        { text: 'The minister said [[”]]we will respond” to the sanctions.', output: 'The minister said “we will respond” to the sanctions.' },
        { text: '“We are ready to talk.[[“]] Lavrov said.', output: '“We are ready to talk.” Lavrov said.' },
        { text: '"We are ready[[, "]]the spokesman said on Monday.', output: '"We are ready," the spokesman said on Monday.' },
        {
          text: '“The first paragraph opens the quotation.\nThe second one ends it,[[“]] she said.',
          output: '“The first paragraph opens the quotation.\nThe second one ends it,” she said.',
        },
      ],
      good: [
        '“We don’t want a war,” Lavrov said on Wednesday.',
        'He called it a “red line.” “We don’t want a war,” Lavrov said.',
        'He said: "We will cut costs at the expense of the company. "If corporations are to continue, they must change," he said.',
        '“We will answer,” he said, “and we will answer firmly.”',
        '“We don’t want to take a confrontation path.\nBut we will ensure our security.” He said more.',
        '“The first paragraph of a long quotation stays open.\n“The second one reopens it, as wire style does.”',
        'The court called the verdict “politically motivated” and said it would appeal.',
        '"We are ready," the spokesman said. "We have always been ready."',
        'He said, "We are ready to talk."',
        'The so-called "special military operation" will continue, the Kremlin said.',
        '“Is this the end?” she asked. “No,” he said.',
        '"Life is always urgent, "here and now," without any possible postponement."',
        '"Comrades, forward to the shops. It became fashionable to take out the ruble and say, "Oh my goodness.',
        '“We waited for hours. Then the guard said, “Go home.”',
        '“The first paragraph opens the quotation.\nThe second one ends it,” she said.',
      ],
    },
  },
  check(ctx) {
    reportQuoteIssues(ctx, ['direction', 'misplaced-closer'], 'English quotation marks open with “ and close with ”, the closing one after the comma or period');
  },
};

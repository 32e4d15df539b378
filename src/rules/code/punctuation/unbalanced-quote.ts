/**
 * A quotation that opens and never closes, or closes without opening, within a paragraph. Wire
 * quotations may run over paragraphs: a paragraph left open is fine when the next one closes
 * it or reopens it with an opening mark (the continued-quote convention).
 */
import type { Rule } from '../../types.js';
import { reportQuoteIssues } from './lib/quotes.js';

export const rule: Rule = {
  meta: {
    id: 'unbalanced-quote',
    category: 'punctuation',
    severity: 'info',
    description: 'A quotation mark with no partner: the quotation never closes, or never opens.',
    examples: {
      bad: [
        { text: 'The minister said [[“]]we will respond to the sanctions.\nThe talks end on Friday.' },
        { text: 'The minister said we will respond[[”]] to the sanctions.\nThe talks end on Friday.' },
        { text: 'Analysts expect growth.\n[["]]In response to the pandemic, the economy has shown resilience.\nRecent data agree.' },
      ],
      good: [
        '“We don’t want to take a confrontation path.\nBut we will ensure our security,” he said.',
        '“The first paragraph of a long quotation stays open.\n“The second one reopens it.”',
        '"Sport knows no bounds. It strengthens friendship.\nGreat attention is paid to it," the letter reads.',
        'The firm cleared the actor in a workers" compensation case.',
        'He scored in 2017"s snap election.',
        '"We are ready," the spokesman said. "He knows that."',
        'She said she was “tired.” “Very tired,” she added.',
        'Workers laid a 6" pipe under the road.',
        '"I guess something has evolved with it.\nThe flower opened.\nAnd that was the end," he said.',
        '– We have never seen a network this well organised,” said Kari Holm.',
      ],
    },
  },
  check(ctx) {
    reportQuoteIssues(ctx, ['unclosed', 'unopened'], 'a quotation needs both marks; where the missing one goes depends on what was said');
  },
};

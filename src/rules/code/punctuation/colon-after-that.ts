/**
 * A colon after "that" before a quotation or clause: 'The minister said that: “the budget is
 * balanced”'. Spanish ("dijo que:"), Portuguese and Turkish copy introduce indirect speech with
 * both the conjunction and a colon; English uses one or the other: 'said that the budget is
 * balanced' or 'said: “The budget is balanced.”'
 */
import type { Rule } from '../../types.js';

const RE = /\b(said|says|say|added|stressed|explained|noted|stated|declared|announced|insisted|warned|argued|claimed|told \w+|believes|thinks|recalled|confirmed|indicated|affirmed|assured|emphasized|emphasised|underlined) (that):(\s?)(?=[“"‘\p{L}])/gu;

export const rule: Rule = {
  meta: {
    id: 'colon-after-that',
    category: 'punctuation',
    severity: 'warning',
    description: 'A colon after “that” before reported speech (“said that: …”).',
    examples: {
      bad: [
        { text: 'The minister said [[that:]] “the budget is balanced.”', output: 'The minister said that “the budget is balanced.”' },
        { text: 'Police added [[that:]]the road would reopen on Monday.', output: 'Police added that the road would reopen on Monday.' },
        { text: 'He stressed [[that:]] nobody would lose a job.', output: 'He stressed that nobody would lose a job.' },
      ],
      good: ['The minister said that “the budget is balanced.”', 'The minister said: “The budget is balanced.”', 'He said this: the word was “that”.', 'The word he used was that: “never”.'],
    },
  },
  check(ctx) {
    const { text } = ctx.doc;
    if (!text.includes('that:')) return;
    RE.lastIndex = 0;
    for (let m = RE.exec(text); m; m = RE.exec(text)) {
      const start = m.index + (m[1] as string).length + 1;
      const end = start + 'that:'.length;
      ctx.report({
        start,
        end,
        message: '“that:” introduces reported speech twice: English uses “that” or a colon, not both.',
        suggestions: [(m[3] as string) === '' ? 'that ' : 'that'],
        reason: 'English introduces reported speech with “that” or a colon, not both',
        confidence: 0.8,
      });
    }
  },
};

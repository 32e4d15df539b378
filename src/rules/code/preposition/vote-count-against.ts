/**
 * "by seven votes against two", "with 210 votes against 98": a vote count joined with "against"
 * (“contre/contra/gegen”). English reports a count as "seven votes to two". Quiet on "votes
 * against" meaning the votes cast against ("12 votes against and 3 abstentions", "votes against
 * the bill").
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';

const NUMBER_WORDS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen',
  'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'none', 'zero',
]);
// The second count must end the phrase: "… against two, the bank said", "… against 98 with 3
// abstentions"; "two votes against three of the proposals" counts something else.
const AFTER_SECOND_OK = new Set(['with', 'on', 'after', 'at', 'during', 'when', 'while', 'last', 'yesterday', 'today', 'following']);

function isCount(t: Token | undefined): boolean {
  return t !== undefined && (t.kind === 'number' || NUMBER_WORDS.has(t.norm));
}

export const rule: Rule = {
  meta: {
    id: 'vote-count-against',
    category: 'preposition',
    severity: 'warning',
    description: 'A vote count joined with “against” (“seven votes against two”): English says “seven votes to two”.',
    examples: {
      bad: [
        { text: 'The board approved the cut by six votes [[against]] three.', output: 'The board approved the cut by six votes to three.' },
        { text: 'The bill passed with 210 votes [[against]] 98.', output: 'The bill passed with 210 votes to 98.' },
      ],
      good: [
        'The board approved the cut by six votes to three.',
        'The motion got 12 votes against and 3 abstentions.',
        'There were 40 votes against the bill.',
        'He cast two votes against three of the proposals.',
        'The bill passed with 210 votes against 98 votes in favour.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const t of doc.tokensWith(['against'])) {
      if (t.norm !== 'against') continue;
      const votes = doc.prev(t);
      if (!votes || (votes.norm !== 'votes' && votes.norm !== 'vote')) continue;
      if (!isCount(doc.prev(votes))) continue;
      const second = doc.next(t);
      if (!isCount(second)) continue;
      const after = doc.next(second as Token);
      if (after && after.kind !== 'punct' && !AFTER_SECOND_OK.has(after.norm)) continue;
      ctx.report({
        start: t.start,
        end: t.end,
        message: '“votes against” joins a vote count with “against” (“contre/contra”); English says “votes to”.',
        suggestions: ['to'],
        reason: 'a vote count is reported as “seven votes to two”',
        confidence: 0.85,
      });
    }
  },
};

/**
 * “accounts more than half for the economy”: the quantity slipped between “account” and
 * “for”, and “of” became “for”. English says “accounts for more than half of the economy”.
 * Only a quantity that is a share (half, a third, 40 percent, the bulk, the majority) is
 * rewritten, since only then does English need the “of”.
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';

const ACCOUNT = new Set(['account', 'accounts', 'accounted', 'accounting']);
const QUANTITY = new Set([
  'more', 'less', 'than', 'about', 'nearly', 'almost', 'over', 'under', 'roughly', 'around', 'some',
  'just', 'only', 'half', 'a', 'one', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'tenth',
  'percent', 'per', 'cent', '%', 'the', 'bulk', 'majority', 'lion', "'s", 'share', 'up', 'to', 'two',
  'three', 'four', 'two-thirds', 'three-quarters', 'one-third', 'one-quarter', 'one-fifth', 'large',
  'big', 'biggest', 'largest', 'significant', 'substantial', 'small', 'part', 'portion', 'proportion',
  'fraction', 'most', 'at', 'least', 'around', 'approximately', 'well',
]);
const SHARE_END = new Set([
  'half', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'tenth', 'percent', 'cent', '%',
  'bulk', 'majority', 'share', 'two-thirds', 'three-quarters', 'one-third', 'one-quarter', 'one-fifth',
  'part', 'portion', 'proportion', 'fraction', 'most',
]);

export const rule: Rule = {
  meta: {
    id: 'account-for-order',
    category: 'garbled-syntax',
    severity: 'error',
    description: '“accounts more than half for” for “accounts for more than half of”.',
    examples: {
      bad: [
        { text: 'Consumer spending, which [[accounts more than half for]] the economy, has shrunk.', output: 'Consumer spending, which accounts for more than half of the economy, has shrunk.' },
        { text: 'Exports [[account about 40 percent for]] output.', output: 'Exports account for about 40 percent of output.' },
        { text: 'Russia [[accounted the bulk for]] the imports.', output: 'Russia accounted for the bulk of the imports.' },
      ],
      good: [
        'Consumer spending, which accounts for more than half of the economy, has shrunk.',
        'The firm accounts for its costs in euros.',
        'Taking into account more than half of the votes, he won.',
        'His account for the newspaper was brief.',
        'Accounting for inflation, wages fell.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    for (const t of doc.tokensWith(ACCOUNT)) {
      if (!ACCOUNT.has(t.norm)) continue;
      const first = doc.next(t);
      if (!first || first.norm === 'for' || !QUANTITY.has(first.norm) && first.kind !== 'number') continue;
      let cur: Token | undefined = first;
      let last: Token | undefined;
      for (let k = 0; k < 7 && cur && cur.norm !== 'for'; k++) {
        if (!QUANTITY.has(cur.norm) && cur.kind !== 'number') break;
        last = cur;
        cur = doc.next(cur);
      }
      if (!cur || cur.norm !== 'for' || !last || !SHARE_END.has(last.norm)) continue;
      const prev = doc.prev(t);
      if (prev && (prev.norm === 'into' || prev.norm === 'the' || prev.norm === 'an' || prev.norm === 'his' || prev.norm === 'her')) continue;
      const quantity = doc.text.slice(first.start, last.end);
      ctx.report({
        start: t.start,
        end: cur.end,
        message: `“${doc.text.slice(t.start, cur.end)}”: English says “${t.text} for ${quantity} of”.`,
        suggestions: [`${t.text} for ${quantity} of`],
        reason: 'the share comes after “account for” and takes “of”',
        confidence: 0.85,
      });
    }
  },
};

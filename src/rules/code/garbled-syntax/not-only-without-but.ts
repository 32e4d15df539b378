/**
 * "not only X, also Y": the source's "no solo ... sino también", "nicht nur ... sondern auch",
 * "不仅...也" came back without the English "but". Fires on ", also" (or "and also") after
 * "not only" in the same sentence with no "but" between; the fix puts "but" back.
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';

export const rule: Rule = {
  meta: {
    id: 'not-only-without-but',
    category: 'garbled-syntax',
    severity: 'warning',
    description: '“not only X, also Y” without the “but” English needs.',
    examples: {
      bad: [
        { text: 'The fire not only destroyed homes[[, also]] cut power to 12,000 households.', output: 'The fire not only destroyed homes, but also cut power to 12,000 households.' },
        { text: 'The reform will not only raise the age [[and also]] cut benefits.', output: 'The reform will not only raise the age but also cut benefits.' },
      ],
      good: [
        'The fire not only destroyed homes but also cut power.',
        'The fire not only destroyed homes, but also cut power.',
        'Not only did the fire destroy homes, it also cut power.',
        'The plan not only failed; it also cost millions.',
        'He not only won, he also broke the record.',
        'It was not only late, and also, critics said, over budget.',
        'Officials were not only tired. They were also angry.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const at = doc.positions('only');
    for (let k = 0; k < at.length; k++) {
      const only = doc.tokens[at[k] as number] as Token;
      const not = doc.prev(only);
      if (!not || (not.norm !== 'not' && not.norm !== "n't")) continue;
      // "Not only did the fire…" inverts and continues with a clause: English there is fine.
      if (doc.isSentenceInitial(not)) continue;
      for (let t = doc.next(only); t; t = doc.next(t)) {
        if (t.norm === 'but' || t.text === ';' || t.text === ':') break;
        const also = doc.next(t);
        if (!also || also.norm !== 'also') continue;
        if (t.text !== ',' && t.norm !== 'and') continue;
        // "…, it also…": a new clause with its own subject is English.
        const after = doc.next(also);
        if (!after || after.kind !== 'word') break;
        ctx.report({
          start: t.start,
          end: also.end,
          message: `“not only … ${t.text === ',' ? ', also' : 'and also'}”: English pairs “not only” with “but also”.`,
          suggestions: [t.text === ',' ? ', but also' : 'but also'],
          reason: 'the English correlative is “not only … but also”',
          confidence: 0.75,
        });
        break;
      }
    }
  },
};

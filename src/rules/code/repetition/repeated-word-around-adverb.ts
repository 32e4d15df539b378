/**
 * A verb or participle on both sides of its adverb: "distributed unevenly distributed",
 * "rose sharply rose". The mirror of repeated-adverb: the source put the verb after its
 * adverb, the translation before it, and the round trip kept both. The fix drops the
 * second copy.
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';

const ADVERBS = new Set(['also', 'already', 'still', 'even', 'further', 'often', 'always', 'soon', 'again', 'together', 'almost', 'nearly', 'well', 'badly', 'fast', 'hard']);
// -ly words that are not adverbs of manner or degree.
const NOT_ADVERBS = new Set(['only', 'early', 'daily', 'weekly', 'monthly', 'yearly', 'likely', 'family', 'italy', 'july', 'ally', 'rally', 'supply', 'apply', 'reply', 'holy', 'friendly', 'elderly', 'costly', 'deadly']);
const HEAD_TAGS = new Set(['VERB', 'ADJ']);

function isAdverb(t: Token): boolean {
  if (t.kind !== 'word') return false;
  return ADVERBS.has(t.norm) || (t.norm.length > 4 && t.norm.endsWith('ly') && !NOT_ADVERBS.has(t.norm));
}

export const rule: Rule = {
  meta: {
    id: 'repeated-word-around-adverb',
    category: 'repetition',
    severity: 'warning',
    description: 'The same verb or participle on both sides of an adverb, as if two word orders were merged.',
    examples: {
      bad: [
        { text: 'Unions say the burden is [[distributed unevenly distributed]] across regions.', output: 'Unions say the burden is distributed unevenly across regions.' },
        { text: 'Exports [[fell sharply fell]] in March.', output: 'Exports fell sharply in March.' },
        { text: 'The plan was [[approved quickly approved]] by parliament.', output: 'The plan was approved quickly by parliament.' },
      ],
      good: [
        'Prices rose and rose again.',
        'He tried hard, tried again and failed.',
        'It was very, very cold.',
        'The bill was approved quickly and signed the same day.',
        'Wait, wait, wait, she said.',
        'They walked slowly, walked on and stopped.',
        'Fewer and fewer people came.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    // From the adverbs (the word index), in text order: the word before each is the first copy.
    const norms: string[] = [];
    for (const n of doc.vocabulary()) if (ADVERBS.has(n) || (n.length > 4 && n.endsWith('ly') && !NOT_ADVERBS.has(n))) norms.push(n);
    if (norms.length === 0) return;
    const at = doc.positionsIn(norms);
    for (let k = 0; k < at.length; k++) {
      const adv = doc.tokens[at[k] as number] as Token;
      if (!isAdverb(adv)) continue;
      const t = doc.prev(adv);
      if (!t || t.kind !== 'word' || t.norm.length < 3) continue;
      const u = doc.next(adv);
      if (!u || u.norm !== t.norm || u.text !== t.text) continue;
      // Only now pay for tags: the copies must be a verb or participle, the middle an adverb.
      if (!HEAD_TAGS.has(doc.pos(t)) || doc.pos(adv) !== 'ADV') continue;
      ctx.report({
        start: t.start,
        end: u.end,
        message: `“${t.text}” stands on both sides of “${adv.text}”: the translation kept both word orders.`,
        suggestions: [doc.text.slice(t.start, adv.end)],
        reason: 'the word is said once; the second copy is a merge artifact',
        confidence: 0.85,
      });
    }
  },
};

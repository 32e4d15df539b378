/**
 * A noun repeated around "of" inside one noun phrase: "the spread of weapons of alliance
 * weapons" for "the spread of alliance weapons". The translation rendered a head noun twice,
 * once as an "of" phrase and once with its modifier. The fix keeps the modified noun.
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';

const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'some', 'any', 'all', 'no', 'each', 'every', 'which', 'whose', 'what', 'and', 'or', 'such', 'other', 'many', 'more', 'most', 'few']);
const NOUN_TAGS = new Set(['NOUN']);
const MODIFIER_TAGS = new Set(['NOUN', 'ADJ', 'PROPN', 'VERB']);

export const rule: Rule = {
  meta: {
    id: 'repeated-noun-of',
    category: 'repetition',
    severity: 'warning',
    description: 'A noun rendered twice around “of” inside one noun phrase (“weapons of alliance weapons”).',
    examples: {
      bad: [
        { text: 'Russia opposes the spread of [[weapons of alliance weapons]] there.', output: 'Russia opposes the spread of alliance weapons there.' },
        { text: 'The deployment of [[troops of combat troops]] worries Kyiv.', output: 'The deployment of combat troops worries Kyiv.' },
        { text: 'The rise of [[prices of energy prices]] hit households.', output: 'The rise of energy prices hit households.' },
        { text: 'He met the [[leader of the opposition leader]] on Monday.', output: 'He met the opposition leader on Monday.' },
        { text: 'He met the deputy [[leader of the opposition leader]] on Monday.', output: 'He met the deputy opposition leader on Monday.' },
      ],
      good: [
        'He is the king of kings.',
        'The city of Mexico City is large.',
        'A group of groups formed the alliance.',
        'The spread of alliance weapons worries Moscow.',
        'A series of the series was filmed in Rome.',
        'Weapons of mass destruction were never found.',
        'The spread of weapons of mass destruction worries Washington.',
        'It was a change of heart, not a change of mind.',
        'The Bank of Japan bank governor spoke.',
        'Hundreds of thousands of people marched.',
        'The price of oil rose, and oil stocks fell.',
        'It can form the framework for a world of law-a world in which no nation dictates.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const t of doc.tokensWith(['of'])) {
      if (t.norm !== 'of') continue;
      const n1 = doc.prev(t);
      // "leader of the opposition leader": an article may stand before the modifier.
      const det = doc.next(t)?.norm === 'the' ? doc.next(t) : undefined;
      const skip = det ? 1 : 0;
      const mod = doc.next(t, 1 + skip);
      const n2 = doc.next(t, 2 + skip);
      if (!n1 || !mod || !n2 || n1.kind !== 'word' || mod.kind !== 'word' || n2.norm !== n1.norm) continue;
      if (/^\p{Lu}/u.test(n1.text) || /^\p{Lu}/u.test(n2.text) || n1.norm.length < 3 || FUNCTION_WORDS.has(mod.norm)) continue;
      // "a world of law-a world in which": a hyphen standing for a dash joins the word to the next phrase.
      if (/-(?:a|an|the|this|that|these|those|its|our|their|his|her|and|or|but|not)$/i.test(mod.text)) continue;
      if (!NOUN_TAGS.has(doc.pos(n1)) || !MODIFIER_TAGS.has(doc.pos(mod))) continue;
      // The phrase keeps the article in front of the first noun: "the leader of the opposition
      // leader" -> "the opposition leader".
      const keep = `${mod.text} ${n2.text}`;
      ctx.report({
        start: n1.start,
        end: n2.end,
        message: `“${n1.text}” is rendered twice, once with “of” and once with its modifier “${mod.text}”.`,
        suggestions: [keep],
        reason: 'one noun phrase names its head noun once',
        confidence: 0.8,
      });
    }
  },
};

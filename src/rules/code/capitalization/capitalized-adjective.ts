/**
 * An ordinary adjective capitalized mid-sentence before a lower-case noun: “a Historic
 * decision”, “the Serious consequences”, “an Important step”, “the Sharp rise”. Title Case
 * sources, slogans and round trips that emphasise by capitals leave them; English capitalizes
 * names, and these adjectives (evaluations, sizes, degrees) are never the first word of one
 * when a lower-case noun follows.
 *
 * Only after a determiner or a degree adverb, before a lower-case word, not in a headline or
 * in quotes. Words that start names (Grand, Great, New, Royal, Liberal, Democratic, Central,
 * Supreme...) are not listed.
 */
import type { Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { isHeadline, lowerFirst } from './lexicon.js';

const ADJECTIVES: ReadonlySet<string> = new Set([
  'important', 'historic', 'serious', 'difficult', 'significant', 'huge', 'sharp', 'sudden', 'recent', 'current',
  'possible', 'necessary', 'additional', 'further', 'urgent', 'massive', 'severe', 'heavy', 'rapid', 'unprecedented',
  'dramatic', 'terrible', 'positive', 'negative', 'successful', 'effective', 'crucial', 'essential', 'excellent',
  'enormous', 'considerable', 'substantial', 'complicated', 'complex', 'tense', 'critical', 'dangerous', 'worrying',
  'alarming', 'unexpected', 'surprising', 'fierce', 'bitter', 'brutal', 'violent', 'deadly', 'fatal', 'extensive',
  'widespread', 'comprehensive', 'unstable', 'gradual', 'steady', 'slight', 'modest', 'moderate', 'strict', 'tight',
  'tighter', 'stricter', 'higher', 'lower', 'larger', 'smaller', 'biggest', 'largest', 'highest', 'lowest', 'strongest',
  'weakest', 'fastest', 'slowest', 'worst', 'latest', 'previous', 'following', 'relevant', 'appropriate', 'adequate',
  'sufficient', 'insufficient', 'excessive', 'illegal', 'legal', 'unfair', 'controversial', 'disputed', 'temporary',
  'permanent', 'partial', 'complete', 'full', 'total', 'overall', 'average', 'annual', 'monthly', 'weekly', 'daily',
  'quarterly', 'sustainable', 'affordable', 'expensive', 'cheap', 'cheaper', 'costly', 'strategic', 'decisive',
]);
const BEFORE: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'very', 'most', 'more',
  'extremely', 'particularly', 'especially', 'highly', 'really', 'quite', 'so', 'too', 'such', 'another', 'any', 'some',
]);

export const rule: Rule = {
  meta: {
    id: 'capitalized-adjective',
    category: 'capitalization',
    severity: 'warning',
    description: 'An ordinary adjective capitalized mid-sentence before a lower-case noun (“a Historic decision”).',
    examples: {
      bad: [
        { text: 'The court took a [[Historic]] decision on Tuesday.', output: 'The court took a historic decision on Tuesday.' },
        { text: 'He said it was an [[Important]] step for the region.', output: 'He said it was an important step for the region.' },
        { text: 'The strike had very [[Serious]] consequences, the ministry said.', output: 'The strike had very serious consequences, the ministry said.' },
        { text: 'The [[Sharp]] rise in prices hurt exporters.', output: 'The sharp rise in prices hurt exporters.' },
        { text: 'The region faces a very [[Difficult]] winter.', output: 'The region faces a very difficult winter.' },
        { text: 'Inflation reached its [[Highest]] level since 1996.', output: 'Inflation reached its highest level since 1996.' },
      ],
      good: [
        'The court took a historic decision on Tuesday.',
        'He read the Annual Report and the Daily Mail.',
        'The Grand Canyon and the Royal family.',
        'Policies Have Serious Consequences',
        'She founded the Affordable Care network.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const i of Array.from(doc.positionsIn(ADJECTIVES))) {
      const t = doc.tokens[i] as Token;
      if (t.kind !== 'word' || t.text === t.norm || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) continue;
      const p = doc.prev(t);
      if (!p || p.kind !== 'word' || !BEFORE.has(p.norm) || (p.text !== p.norm && !doc.isSentenceInitial(p))) continue;
      const n = doc.next(t);
      if (!n || n.kind !== 'word' || n.text !== n.norm || !/^\p{Ll}{3,}$/u.test(n.text)) continue;
      // "the Affordable Care network": a capitalized word within the next two words is a name.
      const n2 = doc.next(n);
      if (n2 && n2.kind === 'word' && /^\p{Lu}/u.test(n2.text) && !doc.isSentenceInitial(n2)) continue;
      if (/^["“‘'«]$/.test(doc.prev(p)?.text ?? '') || isHeadline(doc, t.start)) continue;
      const fixed = lowerFirst(t.text);
      ctx.report({
        start: t.start,
        end: t.end,
        message: `“${t.text}” is an ordinary adjective capitalized mid-sentence: English writes “${fixed}”.`,
        suggestions: [fixed],
        reason: 'English capitalizes names, not ordinary adjectives',
        confidence: 0.75,
      });
    }
  },
};

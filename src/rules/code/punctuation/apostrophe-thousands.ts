/**
 * Thousands grouped with an apostrophe ("80'000", "1’250’000"), as Swiss German, Swiss French
 * and Italian-Swiss copy write them. English writes "80,000".
 */
import type { Rule } from '../../types.js';

const GROUPED = /(?<![\p{L}\p{N}'’.,])(\d{1,3})((?:['’]\d{3})+)(?![\p{L}\p{N}'’]|[.,]\d)/gu;

export const rule: Rule = {
  meta: {
    id: 'apostrophe-thousands',
    category: 'punctuation',
    severity: 'warning',
    description: 'Thousands grouped with an apostrophe ("80’000"), as Swiss copy writes them.',
    examples: {
      bad: [
        { text: 'Some [[80’000]] fans watched the final in Bern.', output: 'Some 80,000 fans watched the final in Bern.' },
        { text: 'The bank fined him [[1\'250\'000]] francs.', output: 'The bank fined him 1,250,000 francs.' },
      ],
      good: ['Some 80,000 fans watched the final.', 'It was the 1990’s fashion.', 'He scored in the 90’ minute.', "Rock 'n' roll in the '60s."],
    },
  },
  check(ctx) {
    const { text } = ctx.doc;
    if (!text.includes('\'') && !text.includes('’')) return;
    GROUPED.lastIndex = 0;
    for (let m = GROUPED.exec(text); m; m = GROUPED.exec(text)) {
      const fix = `${m[1]}${(m[2] as string).replace(/['’]/g, ',')}`;
      ctx.report({
        start: m.index,
        end: m.index + m[0].length,
        message: `“${m[0]}” groups thousands with an apostrophe, as Swiss copy does: English writes “${fix}”.`,
        suggestions: [fix],
        reason: 'English groups thousands with commas',
        confidence: 0.9,
      });
    }
  },
};

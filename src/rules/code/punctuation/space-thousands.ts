/**
 * Thousands grouped with a space: "12 000 people", "1 250 000 euros". French, Russian, Polish,
 * Czech, Swedish and other languages separate thousands with a (thin) space; English uses a
 * comma. Quiet after a month ("March 15 200 people": a date then a number) and in phone-like
 * runs of groups.
 */
import type { Rule } from '../../types.js';
import { MONTH_WORDS, wordBefore } from './lib/formats.js';

// One to three digits, then groups of three, each after one space, regular or no-break (thin).
const SPACED = /(?<![\d.,:/+-])([1-9]\d{0,2})((?:[ \u00a0\u202f\u2009]\d{3})+)(?![\d])(?![.,]\d)/g;

export const rule: Rule = {
  meta: {
    id: 'space-thousands',
    category: 'punctuation',
    severity: 'warning',
    description: 'Thousands separated by a space ("12 000"), as French, Russian or Polish write them.',
    examples: {
      bad: [
        { text: 'The company employs [[12 000]] people in the region.', output: 'The company employs 12,000 people in the region.' },
        { text: 'The bonus was worth [[1 250 000]] euros.', output: 'The bonus was worth 1,250,000 euros.' },
      ],
      good: [
        'The company employs 12,000 people in the region.',
        'On March 15 200 people were evacuated.',
        'Call +33 612 345 678 for details.',
        'Receipts: 1945 53. 6 258. 7 24. 7 1946 18. 1 278. 1 26. 0',
        'He scored 2 goals in 3 games.',
        'In 2023 500 families left the village.',
      ],
    },
  },
  check(ctx) {
    const { text } = ctx.doc;
    if (!/\d[ \u00a0\u202f\u2009]\d{3}/.test(text)) return;
    for (const m of text.matchAll(SPACED)) {
      const head = m[1] as string;
      const groups = (m[2] as string).split(/[ \u00a0\u202f\u2009]/).filter(Boolean);
      if (MONTH_WORDS.has(wordBefore(text, m.index))) continue;
      // "+33 612 345 678", "2023 500 families": a number just before makes it a run of numbers.
      if (/[\d+][ \u00a0\u202f\u2009]$/.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
      // "Call 020 612 345": phone numbers and codes run to several groups after a short head.
      if (/(?:tel|phone|call|fax|ph|no|number|code)$/.test(wordBefore(text, m.index))) continue;
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
      // "15 200-metre", "3 000/month" are rare; a hyphen or slash glues it to something else.
      if (/^[-/]/.test(after)) continue;
      // "53. 6 258. 7 24. 7": a table of decimals whose points lost their digits to spaces.
      if (/\d\.[ \u00a0]$/.test(text.slice(Math.max(0, m.index - 3), m.index)) || /^\.[ \u00a0]?\d/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
      const fixed = [head, ...groups].join(',');
      ctx.report({
        start: m.index,
        end: m.index + m[0].length,
        message: `“${m[0]}” groups thousands with a space: English writes “${fixed}”.`,
        suggestions: [fixed],
        reason: 'English separates thousands with a comma',
        confidence: 0.8,
      });
    }
  },
};

/**
 * A range written with a tilde or a wave dash: "the 7~9 a.m. rush", "5～10 percent", "3〜4
 * days". Chinese, Japanese and Korean write ranges so, and MT keeps the mark; English uses an
 * en dash or a hyphen ("7-9 a.m.", "5-10 percent") or "to".
 */
import type { Rule } from '../../types.js';

// Digits, a tilde (ASCII, full-width or wave dash), digits; spaces around the tilde allowed.
const RANGE = /(?<![\p{L}\d~～〜])(\d+(?:[.,]\d+)?)( ?)[~～〜]( ?)(\d+(?:[.,]\d+)?)(?![\p{L}\d~～〜])/gu;

export const rule: Rule = {
  meta: {
    id: 'tilde-range',
    category: 'punctuation',
    severity: 'warning',
    description: 'A range written with a tilde (“7~9 a.m.”), as Chinese, Japanese and Korean do.',
    examples: {
      bad: [
        { text: 'Commuters interviewed during the [[7~9]] a.m. rush were divided.', output: 'Commuters interviewed during the 7-9 a.m. rush were divided.' },
        { text: 'Prices rose [[5～10]] percent in March.', output: 'Prices rose 5-10 percent in March.' },
        { text: 'Repairs will take [[3 〜 4]] days.', output: 'Repairs will take 3-4 days.' },
      ],
      good: [
        'Commuters interviewed during the 7-9 a.m. rush were divided.',
        'The file lives in ~/data/2023 on the server.',
        'The reading was ~40 micrograms, about four times the limit.',
      ],
    },
  },
  check(ctx) {
    const { text } = ctx.doc;
    if (!/[~～〜]/.test(text)) return;
    for (const m of text.matchAll(RANGE)) {
      const fixed = `${m[1]}-${m[4]}`;
      ctx.report({
        start: m.index,
        end: m.index + m[0].length,
        message: `“${m[0]}” marks a range with a tilde, as Chinese, Japanese and Korean do: English writes “${fixed}” (with an en dash or a hyphen).`,
        suggestions: [fixed, `${m[1]}–${m[4]}`],
        reason: 'English writes a range with a dash or “to”, not a tilde',
        confidence: 0.85,
      });
    }
  },
};

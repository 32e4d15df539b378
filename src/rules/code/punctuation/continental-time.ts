/**
 * A time in French or continental form: "14h30", "at 9h" (French, Portuguese), for "2:30 p.m."
 * or "14:30".
 */
import type { Rule } from '../../types.js';

const H_TIME = /(?<![\p{L}\d])([01]?\d|2[0-3])h([0-5]\d)?(?![\p{L}\d])/gu;

function english(h: number, min: string): string {
  const suffix = h < 12 ? 'a.m.' : 'p.m.';
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${h12}${min ? `:${min}` : ''} ${suffix}`;
}

export const rule: Rule = {
  meta: {
    id: 'continental-time',
    category: 'punctuation',
    severity: 'warning',
    description: 'A time written the French way ("14h30", "at 9h").',
    examples: {
      bad: [
        { text: 'The meeting starts at [[14h30]] on Monday.', output: 'The meeting starts at 2:30 p.m. on Monday.' },
        { text: 'Polls close at [[20h]] local time.', output: 'Polls close at 8 p.m. local time.' },
      ],
      good: [
        'The meeting starts at 2:30 p.m. on Monday.',
        'The 24h race starts on Saturday.',
        'He drove 3h in the rain.',
        'The file was named 14h30.txt.',
      ],
    },
  },
  check(ctx) {
    const { text } = ctx.doc;
    if (!/\dh/.test(text)) return;
    for (const m of text.matchAll(H_TIME)) {
      const min = m[2] ?? '';
      // Without minutes, only after "at", "from", "until", "by", "to", "before", "after": "24h", "3h" are durations.
      if (!min && !/\b(?:at|from|until|till|by|to|before|after|around|about)\s+$/i.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
      if (/^\.\p{L}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) continue;
      const h = Number(m[1]);
      const to = english(h, min);
      ctx.report({
        start: m.index,
        end: m.index + m[0].length,
        message: `“${m[0]}” is a French-style time: English writes “${to}”${min ? ` or “${m[1]}:${min}”` : ''}.`,
        suggestions: min ? [to, `${m[1]}:${min}`] : [to],
        reason: 'English writes times as 2:30 p.m. (or 14:30), not 14h30',
        confidence: 0.85,
      });
    }
  },
};

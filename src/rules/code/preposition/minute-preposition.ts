/**
 * "on the 89th minute", "at the 45th minute": a match minute after "on" or "at", where English
 * says "in the 89th minute" ("na 89. minucie/на 89-й минуте/al minuto 89" come back as "on/at").
 * Only digit ordinals fire: "at the last minute", "at the same minute" are right.
 */
import type { Rule } from '../../types.js';

const ORDINAL = /^\d{1,3}(st|nd|rd|th)$/;

export const rule: Rule = {
  meta: {
    id: 'minute-preposition',
    category: 'preposition',
    severity: 'warning',
    description: '“on/at the 89th minute”: a match minute takes “in” in English.',
    examples: {
      bad: [
        { text: 'Silva scored [[on]] the 89th minute.', output: 'Silva scored in the 89th minute.' },
        { text: 'The striker was sent off [[at]] the 52nd minute.', output: 'The striker was sent off in the 52nd minute.' },
      ],
      good: [
        'Silva scored in the 89th minute.',
        'The deal was saved at the last minute.',
        'The 89th minute brought a goal.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const t of doc.tokensWith(['at', 'on'])) {
      if (t.norm !== 'at' && t.norm !== 'on') continue;
      const the = doc.next(t);
      const ord = doc.next(t, 2);
      const min = doc.next(t, 3);
      if (the?.norm !== 'the' || !ord || !ORDINAL.test(ord.norm) || (min?.norm !== 'minute' && min?.norm !== 'minutes')) continue;
      const inn = doc.isSentenceInitial(t) && /^[A-Z]/.test(t.text) ? 'In' : 'in';
      ctx.report({
        start: t.start,
        end: t.end,
        message: `“${t.text} the ${ord.text} minute”: English says “in the ${ord.text} minute”.`,
        suggestions: [inn],
        reason: 'a match minute takes “in” in English',
        confidence: 0.85,
      });
    }
  },
};

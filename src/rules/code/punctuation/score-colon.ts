/**
 * A sports score with a colon, "won 3:1", "a 2:0 victory": German, Russian, Chinese and other
 * languages write scores so; English news writes "3-1". Only in a result context (won, beat,
 * draw, victory, defeat ...), and only with a one-digit second number, which no clock time has.
 */
import type { Rule } from '../../types.js';

const SCORE = /(?<![\d:.])(\d{1,2}):(\d)(?![\d:])/g;
const BEFORE = /\b(?:won|win|wins|winning|beat|beats|beaten|lost|lose|loses|losing|drew|draw|drawn|defeated|defeat|thrashed|edged|routed|crushed|downed|trailed|trailing|led|leading|score|scored|finished|ended|result|scoreline|victory)\b(?:\s+\S+){0,3}\s*$/i;
const AFTER = /^\s*(?:win|victory|defeat|draw|loss|lead|home|away|triumph|thrashing|rout|success|scoreline)\b/i;

export const rule: Rule = {
  meta: {
    id: 'score-colon',
    category: 'punctuation',
    severity: 'warning',
    description: 'A sports score written with a colon ("won 3:1") instead of a hyphen.',
    examples: {
      bad: [
        { text: 'Bayern won [[3:1]] on Sunday.', output: 'Bayern won 3-1 on Sunday.' },
        { text: 'It was a [[2:0]] victory for the hosts.', output: 'It was a 2-0 victory for the hosts.' },
      ],
      good: [
        'Bayern won 3-1 on Sunday.',
        'The train left at 3:15 after the team won.',
        'Mix the solution in a 3:1 ratio.',
        'Read Genesis 3:1 before the service.',
      ],
    },
  },
  check(ctx) {
    const { text } = ctx.doc;
    if (!/\d:\d/.test(text)) return;
    for (const m of text.matchAll(SCORE)) {
      const end = m.index + m[0].length;
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      if (!BEFORE.test(before) && !AFTER.test(text.slice(end, end + 12))) continue;
      const to = `${m[1]}-${m[2]}`;
      ctx.report({
        start: m.index,
        end,
        message: `“${m[0]}”: English writes a score with a hyphen: “${to}”.`,
        suggestions: [to],
        reason: 'English news writes scores as 3-1',
        confidence: 0.8,
      });
    }
  },
};

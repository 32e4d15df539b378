/**
 * A sports score with a colon, "won 3:1", "a 2:0 victory": German, Russian, Chinese and other
 * languages write scores so; English news writes "3-1". Only in a result context (won, beat,
 * draw, victory, defeat ...), and only with a one-digit second number, which no clock time has.
 */
import type { Rule } from '../../types.js';

const SCORE = /(?<![\d:.])(\d{1,2}):(\d)(?![\d:])/g;
// A set or tiebreak score with a slash: "won the tiebreak 7/5".
const SLASH = /(?<![\d/.])(\d{1,2})\/(\d{1,2})(?![\d/])/g;
const SET_CONTEXT = /\b(?:tiebreak|tie-break|set|sets|game|games|frame|frames|round|match)\b(?:\s+\S+){0,2}\s*$/i;
const BEFORE = /\b(?:won|win|wins|winning|beat|beats|beaten|lost|lose|loses|losing|drew|draw|drawn|defeated|defeat|thrashed|edged|routed|crushed|downed|trailed|trailing|led|leading|score|scored|finished|ended|result|scoreline|victory)\b(?:\s+\S+){0,3}\s*$/i;
const FRACTION_UNIT = /^\s*(?:pct|percent|per cent|percentage|points?|pence|cents?|dlrs?|inch(?:es)?|miles?)\b/i;
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
        { text: 'He took the first set by winning the tiebreak [[7/5]].', output: 'He took the first set by winning the tiebreak 7-5.' },
      ],
      good: [
        'Bayern won 3-1 on Sunday.',
        'The train left at 3:15 after the team won.',
        'Mix the solution in a 3:1 ratio.',
        'Read Genesis 3:1 before the service.',
        'The team won, and on 7/5 the fans celebrated.',
        'The set costs 3/4 of the price.',
        'The coupon was set at 6-7/8 pct, and the match fee rose by a 1/2 point.',
      ],
    },
  },
  check(ctx) {
    const { text } = ctx.doc;
    if (!/\d[:/]\d/.test(text)) return;
    for (const m of text.matchAll(SCORE)) {
      const end = m.index + m[0].length;
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      if (!BEFORE.test(before) && !AFTER.test(text.slice(end, end + 12))) continue;
      const to = `${m[1]}-${m[2]}`;
      report(m, to);
    }
    if (!text.includes('/')) return;
    for (const m of text.matchAll(SLASH)) {
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      // "3/4 of the price" is a fraction; "on 7/5" a date: only right after a set or tiebreak.
      if (!SET_CONTEXT.test(before) || /^\s+of\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue;
      // A fraction: part of a mixed number ("set at 4-5/8 pct", "177-1/2 pence") or before a unit
      // ("set at 1/8 percentage point", "a 1/4 point rise").
      if (/\d-$/.test(before) || FRACTION_UNIT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 14))) continue;
      report(m, `${m[1]}-${m[2]}`);
    }
    function report(m: RegExpMatchArray, to: string): void {
      const end = (m.index as number) + m[0].length;
      ctx.report({
        start: m.index as number,
        end,
        message: `“${m[0]}”: English writes a score with a hyphen: “${to}”.`,
        suggestions: [to],
        reason: 'English news writes scores as 3-1',
        confidence: 0.8,
      });
    }
  },
};

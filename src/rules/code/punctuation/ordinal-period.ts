/**
 * An ordinal written as a number and a full stop, as German, Czech, Slovak, Serbian, Croatian,
 * Polish, Hungarian and the Scandinavian languages write it: “from the 14. century”, “his 80.
 * birthday”, “in the 2. round”. English writes “14th”. Only one to three digits after a
 * determiner or preposition and before a lower-case noun counted with an ordinal (century,
 * anniversary, round, place, floor...), so a sentence that ends with a number stays quiet.
 */
import type { Rule } from '../../types.js';
import { ordinalNumberAt, ordinalOf } from './lib/numbers.js';

export const rule: Rule = {
  meta: {
    id: 'ordinal-period',
    category: 'punctuation',
    severity: 'warning',
    description: 'An ordinal written with a full stop: “the 14. century” for “the 14th century”.',
    examples: {
      bad: [
        { text: 'A Gospel book from the [[14.]] century was returned to the monastery.', output: 'A Gospel book from the 14th century was returned to the monastery.' },
        { text: 'The singer celebrated his [[80.]] birthday in Oslo.', output: 'The singer celebrated his 80th birthday in Oslo.' },
        { text: 'She was knocked out in the [[2.]] round.', output: 'She was knocked out in the 2nd round.' },
        { text: 'The club finished on the [[3.]] place.', output: 'The club finished on the 3rd place.' },
      ],
      good: [
        'A Gospel book from the 14th century was returned to the monastery.',
        'The team scored 14. Century Fox shares fell.',
        'Turnout rose to 52. the ministry said later.',
        'He was born in 1914. century-old houses burned.',
        'Chapter 3. Round two begins.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const dot of doc.tokensWith(['.'])) {
      const num = ordinalNumberAt(doc, dot);
      if (!num) continue;
      const fixed = ordinalOf(Number(num.text));
      ctx.report({
        start: num.start,
        end: dot.end,
        message: `“${num.text}.” is an ordinal written the continental way: English writes “${fixed}”.`,
        suggestions: [fixed],
        reason: 'German, Slavic, Hungarian and Scandinavian languages mark an ordinal with a full stop; English adds -st, -nd, -rd or -th',
        confidence: 0.85,
      });
    }
  },
};

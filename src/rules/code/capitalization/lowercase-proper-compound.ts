/**
 * A country, city, nationality or region in lower case as the first part of a hyphenated
 * compound: “the luxembourg-registered group”, “a london-based fund”, “german-made tanks”,
 * “russian-backed forces”. lowercase-proper-name checks whole words; this rule checks the
 * place inside a compound with a participle or a suffix of place (-based, -registered, -born,
 * -wide...). Names come from capitalization-proper-names.txt, which leaves out words that are
 * also common lower-case English (turkey, china, polish).
 */
import type { Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { PROPER_NAMES } from './lexicon.js';

const SECOND: ReadonlySet<string> = new Set([
  'registered', 'based', 'born', 'listed', 'owned', 'made', 'led', 'backed', 'funded', 'flagged', 'bound', 'built',
  'produced', 'headquartered', 'controlled', 'brokered', 'style', 'type', 'related', 'specific', 'wide', 'centric',
  'friendly', 'linked', 'supported', 'sponsored', 'educated', 'trained', 'raised', 'bred', 'designed', 'imposed',
  'mediated', 'allied', 'aligned', 'occupied', 'administered', 'ruled', 'held', 'run', 'operated', 'domiciled',
  'incorporated', 'manufactured', 'assembled', 'sourced', 'grown', 'brewed', 'speaking', 'language', 'american',
  'european', 'african', 'asian',
]);

export const rule: Rule = {
  meta: {
    id: 'lowercase-proper-compound',
    category: 'capitalization',
    severity: 'warning',
    description: 'A place or nationality in lower case inside a hyphenated compound (“the luxembourg-registered group”).',
    examples: {
      bad: [
        { text: 'The plant belongs to the [[luxembourg-registered]] Norvik group.', output: 'The plant belongs to the Luxembourg-registered Norvik group.' },
        { text: 'A [[london-based]] hedge fund bought the stake.', output: 'A London-based hedge fund bought the stake.' },
        { text: 'The army received [[german-made]] tanks last year.', output: 'The army received German-made tanks last year.' },
        { text: 'Talks were held in the [[qatar-mediated]] format.', output: 'Talks were held in the Qatar-mediated format.' },
      ],
      good: [
        'The plant belongs to the Luxembourg-registered Norvik group.',
        'A London-based hedge fund bought the stake.',
        'The price-based model and the state-owned bank.',
        'He bought a turkey-based sandwich.',
        'The well-known brand is home-made.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (let ti = 0; ti < doc.tokens.length; ti++) {
      const t = doc.tokens[ti] as Token;
      if (t.kind !== 'word' || !t.text.includes('-')) continue;
      const m = /^(\p{Ll}+)-(\p{Ll}+)$/u.exec(t.text);
      if (!m || !SECOND.has(m[2] as string)) continue;
      const proper = PROPER_NAMES.get(m[1] as string);
      if (!proper || proper.includes(' ')) continue;
      const fixed = `${proper}-${m[2] as string}`;
      ctx.report({
        start: t.start,
        end: t.end,
        message: `“${m[1] as string}” is a proper name: English writes “${fixed}”.`,
        suggestions: [fixed],
        reason: 'names of countries, cities and nationalities keep their capital inside a compound',
        confidence: 0.85,
      });
    }
  },
};

/**
 * A season capitalized mid-sentence: “in the Spring of next year”, “this Winter”, “since last
 * Autumn”. German capitalizes every noun (“im Frühling”) and some Title Case sources carry the
 * capital through; English writes seasons in lower case.
 *
 * Only after a word that makes it a time (“this”, “last”, “early”...), or after “the”/“in” with
 * “of” or a year after it, and with a lower-case word, a figure or punctuation after it. Names keep their capitals: “the Arab
 * Spring”, “the Prague Spring” (a capitalized word before), “the Winter Olympics”, “Spring
 * Festival”, “the Autumn Statement” (a capitalized word after), and a headline.
 */
import type { Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { isHeadline, lowerFirst } from './lexicon.js';

const SEASONS: ReadonlySet<string> = new Set(['spring', 'summer', 'autumn', 'winter', 'springtime', 'summertime', 'wintertime']);
// Before a season, words that make it a time ("this Summer", "late Autumn"); "the" and "in"
// only with "of" or a year after it ("the Spring of 2025", "in Winter 2024"): older and
// informal English capitalizes "in the Spring" often enough.
const TIME_WORDS: ReadonlySet<string> = new Set([
  'this', 'last', 'next', 'early', 'late', 'mid', 'coming', 'previous', 'following', 'whole', 'entire', 'upcoming',
]);
const OF_TIME_WORDS: ReadonlySet<string> = new Set(['the', 'in', 'since', 'until', 'by', 'during', 'before', 'after']);
// Words after a season that make it part of a name or a title ("the Spring offensive" aside).
const NAME_AFTER = /^(?:offensive|session|term|semester|collection|school|camp|games|olympics|festival|palace|statement|review|meeting|meetings|forum|summit|sale|series|edition|classic|cup|league|tour|fair|show)$/;

export const rule: Rule = {
  meta: {
    id: 'capitalized-season',
    category: 'capitalization',
    severity: 'warning',
    description: 'A season capitalized in the middle of a sentence (“in the Spring of next year”).',
    examples: {
      bad: [
        { text: 'The new rules will take effect in the [[Spring]] of next year.', output: 'The new rules will take effect in the spring of next year.' },
        { text: 'Gas storage must be full by [[Winter]] 2025, the minister said.', output: 'Gas storage must be full by winter 2025, the minister said.' },
        { text: 'Tourist numbers fell sharply this [[Summer]] because of the heat.', output: 'Tourist numbers fell sharply this summer because of the heat.' },
        { text: 'The trial is expected to start in late [[Autumn]].', output: 'The trial is expected to start in late autumn.' },
      ],
      good: [
        'The new rules will take effect in the spring of next year.',
        'The uprisings of the Arab Spring began in Tunisia.',
        'She won gold at the Winter Olympics in Beijing.',
        'The Spring Festival holiday starts on Saturday.',
        'He presented the Autumn Statement to parliament.',
        'The Prague Spring was crushed in August 1968.',
        'Summer is the busiest season for the resorts.',
        'In Winter Park, residents cleared the roads.',
        'She studied with Donna Summer in the 1970s.',
        'The spring session of parliament opens on Monday.',
        'Birds migrate in the Winter.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const i of Array.from(doc.positionsIn(SEASONS))) {
      const t = doc.tokens[i] as Token;
      if (t.kind !== 'word' || t.text === t.norm || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) continue;
      const p = doc.prev(t);
      if (!p || p.kind !== 'word' || p.text !== p.norm) continue;
      const n = doc.next(t);
      if (!TIME_WORDS.has(p.norm) && !(OF_TIME_WORDS.has(p.norm) && n && (n.norm === 'of' || (n.kind === 'number' && /^(?:19|20)\d\d$/.test(n.text))))) continue;
      if (n && n.kind === 'word' && (/^\p{Lu}/u.test(n.text) || NAME_AFTER.test(n.norm))) continue;
      if (n && /^["”’'»(]$/.test(n.text)) continue;
      if (isHeadline(doc, t.start)) continue;
      const fixed = lowerFirst(t.text);
      ctx.report({
        start: t.start,
        end: t.end,
        message: `“${t.text}” is a season: English writes “${fixed}” in lower case.`,
        suggestions: [fixed],
        reason: 'English does not capitalize the seasons; German capitalizes every noun',
        confidence: 0.75,
      });
    }
  },
};

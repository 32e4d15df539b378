/**
 * A country, city, nationality or region in lower case as the first part of a hyphenated
 * compound: “the luxembourg-registered group”, “a london-based fund”, “german-made tanks”,
 * “russian-backed forces”. lowercase-proper-name checks whole words; this rule checks the
 * place inside a compound with a participle or a suffix of place (-based, -registered, -born,
 * -wide...), after a prefix (“pro-russian”, “anti-american”, “post-soviet”, “Sino-russian”)
 * or paired with another place (“russian-ukrainian talks”). Names come from capitalization-proper-names.txt, which leaves out words that are
 * also common lower-case English (turkey, china, polish).
 */
import type { Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { LOWERCASE_CHECKED_NAMES, PROPER_NAMES, upperFirst } from './lexicon.js';

const SECOND: ReadonlySet<string> = new Set([
  'registered', 'based', 'born', 'listed', 'owned', 'made', 'led', 'backed', 'funded', 'flagged', 'bound', 'built',
  'produced', 'headquartered', 'controlled', 'brokered', 'style', 'type', 'related', 'specific', 'wide', 'centric',
  'friendly', 'linked', 'supported', 'sponsored', 'educated', 'trained', 'raised', 'bred', 'designed', 'imposed',
  'mediated', 'allied', 'aligned', 'occupied', 'administered', 'ruled', 'held', 'run', 'operated', 'domiciled',
  'incorporated', 'manufactured', 'assembled', 'sourced', 'grown', 'brewed', 'speaking', 'language', 'american',
  'european', 'african', 'asian',
]);

// Prefixes before a nationality or a place, which keeps its capital: "pro-Russian",
// "anti-American", "non-EU", "post-Soviet", "Sino-Japanese", "sub-Saharan".
const PREFIXES: ReadonlySet<string> = new Set([
  'pro', 'anti', 'non', 'ex', 'post', 'pre', 'pan', 'neo', 'sino', 'euro', 'afro', 'franco', 'anglo', 'russo',
  'austro', 'greco', 'judeo', 'trans', 'un', 'all', 'mid', 'sub', 'intra', 'inter', 'arab', 'latino',
]);
// Prefixes that are names themselves and take a capital: "Sino-Japanese", "Franco-German".
const NAME_PREFIXES: ReadonlySet<string> = new Set(['sino', 'franco', 'anglo', 'russo', 'austro', 'greco', 'judeo', 'afro', 'arab', 'latino']);
// After a prefix, names beyond the place list: "post-soviet", "anti-nato", "non-eu", "anti-muslim".
const AFTER_PREFIX: ReadonlyMap<string, string> = new Map([...LOWERCASE_CHECKED_NAMES, ['soviet', 'Soviet'], ['yugoslav', 'Yugoslav'], ['ottoman', 'Ottoman']]);
// Words of the place list that prefixes make into ordinary words ("anti-semitic" is usual).
const NOT_AFTER_PREFIX: ReadonlySet<string> = new Set(['semitic', 'semite', 'semites', 'atlantic', 'pacific']);

/** The compound with its place or nationality capitalized, or undefined when it has none in lower case. */
function fixCompound(text: string): string | undefined {
  const parts = text.split('-');
  if (parts.length < 2 || parts.length > 3) return undefined;
  if (!parts.every((p) => /^\p{L}\p{Ll}*$/u.test(p))) return undefined;
  const lowered = parts.map((p) => p.toLowerCase());
  const out = [...parts];
  let changed = false;
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k] as string;
    if (p !== p.toLowerCase()) continue;
    const prev = k > 0 ? (lowered[k - 1] as string) : undefined;
    const proper = prev !== undefined && PREFIXES.has(prev) ? AFTER_PREFIX.get(p) : PROPER_NAMES.get(p);
    if (!proper || proper.includes(' ')) continue;
    const next = k + 1 < parts.length ? (lowered[k + 1] as string) : undefined;
    // "luxembourg-registered", "german-made": the place before a participle of place.
    const beforeSecond = k === 0 && next !== undefined && SECOND.has(next) && parts.length === 2;
    // "pro-russian", "anti-american", "Sino-russian": a prefix before it.
    const afterPrefix = prev !== undefined && PREFIXES.has(prev) && !NOT_AFTER_PREFIX.has(p);
    // "russian-ukrainian", "franco-german": two nationalities or places, both names.
    const pair = parts.length === 2 && lowered.every((w) => PROPER_NAMES.has(w) && !NOT_AFTER_PREFIX.has(w));
    if (!beforeSecond && !afterPrefix && !pair) continue;
    out[k] = proper;
    if (afterPrefix && NAME_PREFIXES.has(prev as string)) out[k - 1] = upperFirst(parts[k - 1] as string);
    changed = true;
  }
  return changed ? out.join('-') : undefined;
}

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
        { text: 'Police dispersed [[pro-russian]] protesters outside parliament.', output: 'Police dispersed pro-Russian protesters outside parliament.' },
        { text: 'The rally turned into an [[anti-american]] protest.', output: 'The rally turned into an anti-American protest.' },
        { text: 'Trade with [[non-european]] countries grew by 4 percent.', output: 'Trade with non-European countries grew by 4 percent.' },
        { text: 'The [[post-soviet]] states met in Almaty.', output: 'The post-Soviet states met in Almaty.' },
        { text: 'Voters backed [[anti-nato]] candidates.', output: 'Voters backed anti-NATO candidates.' },
        { text: 'Workers from [[non-eu]] countries need a permit.', output: 'Workers from non-EU countries need a permit.' },
        { text: 'The [[russian-ukrainian]] talks ended without a deal.', output: 'The Russian-Ukrainian talks ended without a deal.' },
        { text: '[[Pro-russian]] separatists seized the building.', output: 'Pro-Russian separatists seized the building.' },
        { text: 'The [[sino-japanese]] summit was postponed.', output: 'The Sino-Japanese summit was postponed.' },
      ],
      good: [
        'The plant belongs to the Luxembourg-registered Norvik group.',
        'A London-based hedge fund bought the stake.',
        'The price-based model and the state-owned bank.',
        'He bought a turkey-based sandwich.',
        'The well-known brand is home-made.',
        'Police dispersed pro-Russian protesters outside parliament.',
        'He condemned anti-semitic attacks and trans-atlantic flights were cancelled.',
        'The pro-government and anti-war camps, a non-profit and a post-war boom.',
        'The Franco-German engine and Sino-Russian ties.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (let ti = 0; ti < doc.tokens.length; ti++) {
      const t = doc.tokens[ti] as Token;
      if (t.kind !== 'word' || !t.text.includes('-')) continue;
      const fixed = fixCompound(t.text);
      if (!fixed) continue;
      ctx.report({
        start: t.start,
        end: t.end,
        message: `“${t.text}” holds a proper name in lower case: English writes “${fixed}”.`,
        suggestions: [fixed],
        reason: 'names of countries, cities and nationalities keep their capital inside a compound',
        confidence: 0.85,
      });
    }
  },
};

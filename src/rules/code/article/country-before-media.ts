/**
 * A country name directly before a news organization: “Russia RT Television”, “Iran Press
 * TV”, “China Xinhua”. The genitive or adjective of the source language came back as a bare
 * name; English says “Russia’s RT” (or “Russian broadcaster RT”). Country names come from the
 * world-countries package, media names from src/data/article-media-names.txt. Names that start
 * with a country (“China Daily”, “Russia Today”) are titles and are not in the list.
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';
import { countryCommonNames } from '../../../data/countries.js';
import { readList } from '../../../data/lists.js';
import { apostropheOf } from '../number-agreement/lib/english.js';
import { textPositions } from '../../../text/word-positions.js';
import { indexNames, matchName } from './lib/names.js';

const COUNTRIES = indexNames(
  countryCommonNames().map((c) => c.split(/\s+/)).filter((n) => n.every((w) => /^\p{Lu}[\p{L}-]*$/u.test(w))),
);
const MEDIA = indexNames(readList('article-media-names.txt').map((l) => l.split(/\s+/)));

export const rule: Rule = {
  meta: {
    id: 'country-before-media',
    category: 'article',
    severity: 'warning',
    description: 'A country name directly before a news organization: “Russia RT” for “Russia’s RT”.',
    examples: {
      bad: [
        { text: 'Speaking in an interview with [[Russia RT]] Television, Lavrov praised the approach.', output: "Speaking in an interview with Russia's RT Television, Lavrov praised the approach." },
        { text: 'The report was carried by [[China Xinhua]] news agency.', output: "The report was carried by China's Xinhua news agency." },
        { text: "He told [[Iran Press TV]] that talks would resume.", output: "He told Iran's Press TV that talks would resume." },
      ],
      good: [
        'Speaking in an interview with Russia’s RT television, Lavrov praised the approach.',
        'The editorial appeared in China Daily on Monday.',
        'He told Russian broadcaster RT that talks would resume.',
        'Russia Today changed its name to RT.',
        'Russia, RT reported, had moved troops.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    let apos: string | undefined;
    // Only a token whose norm is that of a COUNTRIES key can have a key as its text.
    const at = textPositions(doc, COUNTRIES);
    for (let ti = 0; ti < at.length; ti++) {
      const t = doc.tokens[at[ti] as number] as Token;
      if (!COUNTRIES.has(t.text)) continue;
      const country = matchName(doc, t, COUNTRIES);
      if (!country) continue;
      const last = country[country.length - 1] as Token;
      const media = matchName(doc, doc.next(last), MEDIA);
      if (!media) continue;
      const m = media[media.length - 1] as Token;
      apos ??= apostropheOf(doc);
      const name = doc.text.slice(t.start, last.end);
      const org = doc.text.slice(media[0]!.start, m.end);
      const fix = `${name}${apos}s ${org}`;
      ctx.report({
        start: t.start,
        end: m.end,
        message: `“${name} ${org}”: a country name does not modify a news organization in English; say “${fix}”.`,
        suggestions: [fix],
        reason: 'English marks the owner with a possessive',
        confidence: 0.85,
      });
    }
  },
};

/**
 * A number word or a unit capitalized after a figure: “3 Million barrels”, “rose 12 Percent”,
 * “200 Kilometres of track”, “40 Tonnes of aid”. German capitalizes every noun (“3 Millionen”,
 * “200 Kilometer”) and MT of Title Case tables carries the capital into running text; English
 * writes them in lower case.
 *
 * Only right after a figure, in a sentence (not a headline or a title), with no capitalized
 * word after it (“the 3 Million Dollar Man”, “the 24 Hours of Le Mans”) and a lower-case word
 * or a figure before the number (“Apollo 11 Miles” is no such run; “on Monday 3 Million” is).
 */
import type { Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { isHeadline, isLower, lowerFirst } from './lexicon.js';

const UNITS: ReadonlySet<string> = new Set([
  'million', 'millions', 'billion', 'billions', 'trillion', 'trillions', 'thousand', 'thousands', 'hundred', 'hundreds',
  'percent', 'kilometres', 'kilometers', 'kilometre', 'kilometer', 'metres', 'meters', 'centimetres', 'centimeters',
  'millimetres', 'millimeters', 'miles', 'tonnes', 'tons', 'tonne', 'kilograms', 'kilogrammes', 'kilos', 'grams',
  'litres', 'liters', 'hectares', 'hectare', 'acres', 'barrels', 'degrees', 'megawatts', 'gigawatts', 'kilowatts',
  'households', 'inhabitants', 'residents', 'people', 'persons', 'jobs', 'vehicles', 'cars', 'passengers', 'employees', 'workers', 'deaths', 'cases', 'doses',
]);

export const rule: Rule = {
  meta: {
    id: 'capitalized-unit-word',
    category: 'capitalization',
    severity: 'warning',
    description: 'A number word or unit capitalized after a figure (“3 Million barrels”, “12 Percent”).',
    examples: {
      bad: [
        { text: 'Oil exports fell to 3 [[Million]] barrels a day in May.', output: 'Oil exports fell to 3 million barrels a day in May.' },
        { text: 'Electricity prices will rise by 12 [[Percent]] from January.', output: 'Electricity prices will rise by 12 percent from January.' },
        { text: 'The government plans to build 200 [[Kilometres]] of new railway.', output: 'The government plans to build 200 kilometres of new railway.' },
        { text: 'The convoy brought 40 [[Tonnes]] of flour to the city.', output: 'The convoy brought 40 tonnes of flour to the city.' },
        { text: 'The fire destroyed 1,200 [[Hectares]] of forest.', output: 'The fire destroyed 1,200 hectares of forest.' },
        { text: 'The plant will employ 2,000 [[People]] by 2027.', output: 'The plant will employ 2,000 people by 2027.' },
      ],
      good: [
        'Oil exports fell to 3 million barrels a day in May.',
        'He starred in The 6 Million Dollar Man.',
        'OIL OUTPUT HITS 3 MILLION BARRELS',
        'Output Hits 3 Million Barrels a Day',
        'The film 127 Hours was a hit.',
        'He wrote the novel 20 Million Miles to Earth.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const i of Array.from(doc.positionsIn(UNITS))) {
      const t = doc.tokens[i] as Token;
      if (t.kind !== 'word' || t.text === t.norm || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) continue;
      const num = doc.prev(t);
      if (!num || num.kind !== 'number' || num.end !== t.start - 1) continue;
      const before = doc.prev(num);
      // A lower-case word, a currency sign or punctuation before the figure; not a title ("The 6 Million").
      if (!before || !(isLower(before.text) || (before.kind === 'punct' && !/^["“‘'«]$/.test(before.text)))) continue;
      if (before.kind === 'word' && /^(?:film|movie|book|novel|song|album|titled|entitled|called|chapter|section|part|volume|episode|season|room|route|highway|flight|the)$/.test(before.norm)) continue;
      const after = doc.next(t);
      if (after && after.kind === 'word' && /^\p{Lu}/u.test(after.text)) continue;
      if (after && /^["”’'»]$/.test(after.text)) continue;
      if (isHeadline(doc, t.start)) continue;
      const fixed = lowerFirst(t.text);
      ctx.report({
        start: t.start,
        end: t.end,
        message: `“${t.text}” after a figure is a common noun: English writes “${num.text} ${fixed}”.`,
        suggestions: [fixed],
        reason: 'number words and units are lower case in English; German capitalizes every noun',
        confidence: 0.8,
      });
    }
  },
};

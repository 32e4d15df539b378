/**
 * An earthquake measured in “levels”, “grades” or “degrees”: “a 6.4-level earthquake” (Chinese
 * “6.4级地震”), “a quake of 6 degrees” (Spanish “sismo de 6 grados”), “a 5.8 grade tremor”.
 * English gives the magnitude: “a magnitude 6.4 earthquake”, “a 6.4-magnitude quake”. Only
 * before or after an earthquake word, so “a 6-degree rise” and “level 3 alert” stay quiet; the
 * Mercalli intensity (“intensity VII”) is written with Roman numerals and is not matched.
 */
import type { Rule } from '../../types.js';

// "6.4-level earthquake", "6,4 grade quake"; the number and the scale word as the source writes them.
const BEFORE = /(?<![\w.,])(\d{1,2}(?:[.,]\d)?)[-\s](?:level|grade|degree|point|rank|class)\s+(?=(?:earthquakes?|quakes?|tremors?|temblors?)\b)/gi;
// "an earthquake of 6.4 degrees", "a quake of level 6".
const AFTER = /\b(?:earthquakes?|quakes?|tremors?|temblors?)\s+(of\s+(?:(?:level|grade|magnitude)\s+)?(\d{1,2}(?:[.,]\d)?)(?:\s+(?:degrees|grades|levels|points)|\s+on\s+the\s+Richter\s+scale)?)(?=[\s,.;:)]|$)/gi;

export const rule: Rule = {
  meta: {
    id: 'quake-scale-word',
    category: 'lexical-choice',
    severity: 'warning',
    description: 'An earthquake measured in “levels” or “degrees”: “a 6.4-level earthquake” for “a magnitude 6.4 earthquake”.',
    examples: {
      bad: [
        { text: 'Chengdu: A [[6.4-level ]]earthquake struck a mountainous area of Sichuan.', output: 'Chengdu: A magnitude 6.4 earthquake struck a mountainous area of Sichuan.' },
        { text: 'A [[7-degree ]]quake shook the coast of Chile.', output: 'A magnitude 7 quake shook the coast of Chile.' },
        { text: 'An earthquake [[of 6.1 degrees]] shook the region overnight.', output: 'An earthquake of magnitude 6.1 shook the region overnight.' },
      ],
      good: [
        'A magnitude 6.4 earthquake struck a mountainous area of Sichuan.',
        'The 6.4-magnitude quake struck at dawn.',
        'Temperatures rose by 6 degrees after the quake.',
        'The level 3 alert was lifted after the earthquake.',
        'An earthquake of magnitude 6.1 shook the region.',
        'The quake of 1906 destroyed the city.',
      ],
    },
  },
  check(ctx) {
    const text = ctx.doc.text;
    // Cheap: only texts that speak of a quake or tremor.
    if (!/quake|tremor|temblor/i.test(text)) return;
    for (const m of text.matchAll(BEFORE)) {
      const value = (m[1] as string).replace(',', '.');
      ctx.report({
        start: m.index,
        end: m.index + m[0].length,
        message: `“${m[0].trim()}”: English gives an earthquake's strength as a magnitude (“magnitude ${value}”).`,
        suggestions: [`magnitude ${value} `],
        reason: 'earthquakes are measured in magnitude, not levels, grades or degrees',
        confidence: 0.7,
      });
    }
    for (const m of text.matchAll(AFTER)) {
      const whole = m[1] as string;
      // "the quake of 1906": a year, not a magnitude; "of magnitude 6.1" is already English.
      if (/magnitude/i.test(whole) && !/degrees|grades|levels|points/i.test(whole)) continue;
      if (!/degrees|grades|levels|points|level|grade|Richter/i.test(whole)) continue;
      const value = (m[2] as string).replace(',', '.');
      const start = (m.index as number) + m[0].indexOf(whole);
      ctx.report({
        start,
        end: start + whole.length,
        message: `“${whole}”: English gives an earthquake's strength as a magnitude (“of magnitude ${value}”).`,
        suggestions: [`of magnitude ${value}`],
        reason: 'earthquakes are measured in magnitude, not levels, grades or degrees',
        confidence: 0.7,
      });
    }
  },
};

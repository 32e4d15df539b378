/**
 * A plural unit inside a compound adjective: “a 10 years old boy” (a 10-year-old boy), “a
 * two-years contract” (two-year), “a 30 minutes drive” (30-minute). English keeps the unit
 * singular when number and unit modify a noun; languages that inflect the unit (Russian,
 * Polish, Romanian) or join it with “de”/“di” pass the plural on.
 *
 * Flagged: a hyphenated number-unit with a plural unit before a noun (“two-years contract”),
 * and “a/an + number + plural unit (+ old) + noun” (“a 10 years old boy”). A unit after the noun
 * (“the boy, 10 years old,”) or without a following noun is English.
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';
import { NUMBER_WORDS } from './lib/english.js';

const UNITS: ReadonlyMap<string, string> = new Map(Object.entries({
  years: 'year', months: 'month', weeks: 'week', days: 'day', hours: 'hour', minutes: 'minute', seconds: 'second',
  decades: 'decade', kilometres: 'kilometre', kilometers: 'kilometer', miles: 'mile', metres: 'metre', meters: 'meter',
  storeys: 'storey', stories: 'story', seats: 'seat', points: 'point', tonnes: 'tonne', tons: 'ton', litres: 'litre',
  liters: 'liter', kilograms: 'kilogram', centimetres: 'centimetre', feet: 'foot', inches: 'inch', pages: 'page',
  games: 'game', matches: 'match', nights: 'night', stars: 'star', lanes: 'lane', members: 'member', rooms: 'room',
  megawatts: 'megawatt', gigawatts: 'gigawatt', legs: 'leg', rounds: 'round', sets: 'set', laps: 'lap', stages: 'stage', floors: 'floor',
}));
const NUMBER = /^(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred)$/i;

function isNumber(t: Token | undefined): t is Token {
  return t !== undefined && (t.kind === 'number' || NUMBER_WORDS.has(t.norm)) && NUMBER.test(t.text);
}

function nounFollows(doc: Doc, t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && /^\p{Ll}/u.test(t.text) && doc.pos(t) === 'NOUN';
}

export const rule: Rule = {
  meta: {
    id: 'unit-plural-in-compound',
    category: 'number-agreement',
    severity: 'warning',
    description: 'A plural unit in a compound adjective: “a 10 years old boy”, “a two-years contract”.',
    examples: {
      bad: [
        { text: 'Police found [[a 10 years old]] boy in the rubble.', output: 'Police found a 10-year-old boy in the rubble.' },
        { text: 'The striker signed a [[two-years]] contract.', output: 'The striker signed a two-year contract.' },
        { text: 'It is [[a 30 minutes]] drive from the airport.', output: 'It is a 30-minute drive from the airport.' },
        { text: 'He began a [[five-days]] visit to China.', output: 'He began a five-day visit to China.' },
      ],
      good: [
        'Police found a 10-year-old boy in the rubble.',
        'The boy, 10 years old, was rescued.',
        'He is 10 years old.',
        'It is a 30-minute drive.',
        'The talks lasted two days.',
        'A few hours later, the fire was out.',
        'The two-thirds majority was reached.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    if (!doc.canTag) return;
    for (let ti = 0; ti < doc.tokens.length; ti++) {
      const t = doc.tokens[ti] as Token;
      // "two-years contract", "10-years-old boy"
      const m = t.text.includes('-') ? /^([\p{L}\d.,]+)-(\p{Ll}+)(-old)?$/u.exec(t.text) : null;
      if (m && NUMBER.test(m[1] as string) && UNITS.has(m[2] as string)) {
        if (!nounFollows(doc, doc.next(t))) continue;
        const fix = `${m[1]}-${UNITS.get(m[2] as string)}${m[3] ?? ''}`;
        ctx.report({
          start: t.start,
          end: t.end,
          message: `“${t.text}”: a unit in a compound adjective stays singular; English says “${fix}”.`,
          suggestions: [fix],
          reason: 'number + unit before a noun takes the singular unit',
          confidence: 0.85,
        });
        continue;
      }
      // "a 10 years old boy", "a 30 minutes drive"
      if (t.norm !== 'a' && t.norm !== 'an') continue;
      const num = doc.next(t);
      if (!isNumber(num)) continue;
      const unit = doc.next(num);
      const sg = unit && UNITS.get(unit.norm);
      if (!unit || !sg) continue;
      let last: Token = unit;
      const old = doc.next(unit);
      if (old?.norm === 'old') last = old;
      if (!nounFollows(doc, doc.next(last))) continue;
      const fix = `${t.text} ${num.text}-${sg}${last === unit ? '' : '-old'}`;
      ctx.report({
        start: t.start,
        end: last.end,
        message: `“${doc.text.slice(t.start, last.end)}”: a unit in a compound adjective stays singular and takes hyphens; English says “${fix}”.`,
        suggestions: [fix],
        reason: 'number + unit before a noun takes the singular unit',
        confidence: 0.85,
      });
    }
  },
};

/**
 * "temperatures could arrive 44 degrees", "inflation arrived to 9 percent", "the toll arrived at
 * 120 dead": a verb of arrival with a quantity as its goal, carried over from “llegar a / arriver
 * à / arrivare a / dojść do / 达到”. English says a number “reached” a level. Fires on a form of
 * "arrive" (or "come up to") followed, with at most "to/at/until/till/up to" and a hedge like
 * "about/almost/nearly" between, by a number and a unit of measure or count. Arrivals at a time
 * ("arrived at 10 pm", "arrived at 3:30") or an address stay quiet.
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';

const ARRIVE = new Set(['arrive', 'arrives', 'arrived', 'arriving']);
const LINKS = new Set(['to', 'at', 'until', 'till', 'up', 'unto']);
const HEDGES = new Set(['about', 'almost', 'nearly', 'around', 'some', 'roughly', 'approximately', 'over', 'more', 'than', 'even', 'as', 'much', 'many', 'high', 'least', 'a', 'record']);
const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'hundreds', 'thousands', 'dozens']);
// Units and counted nouns that make the goal a quantity, not a place or a time.
const UNITS = new Set([
  'degrees', 'degree', '°', '°c', 'percent', '%', 'per', 'percentage', 'points', 'point', 'million', 'billion', 'trillion',
  'thousand', 'metres', 'meters', 'metre', 'meter', 'km', 'kilometres', 'kilometers', 'centimetres', 'centimeters', 'cm', 'mm',
  'millimetres', 'millimeters', 'tonnes', 'tons', 'kilos', 'kilograms', 'kg', 'litres', 'liters', 'euros', 'dollars',
  'pounds', 'yuan', 'rupees', 'roubles', 'rubles', 'pesos', 'lire', 'zlotys', 'hryvnias', 'lei', 'dead', 'deaths', 'victims',
  'people', 'cases', 'infections', 'injured', 'casualties', 'units', 'vehicles', 'cars', 'visitors', 'tourists', 'passengers',
  'members', 'votes', 'seats', 'signatures', 'homes', 'houses', 'hectares', 'acres', 'barrels', 'knots', 'km/h', 'kph', 'mph',
  'celsius', 'fahrenheit', 'c', 'bn', 'm', 'mln', 'pct', 'basis', 'cubic', 'square', 'megawatts', 'mw', 'gigawatts', 'gw',
]);
const TIME_AFTER = new Set(['pm', 'am', 'p.m.', 'a.m.', "o'clock", 'hours', 'minutes', 'h', ':']);

function isNumber(t: Token | undefined): boolean {
  return t !== undefined && (t.kind === 'number' || NUMBER_WORDS.has(t.norm));
}

export const rule: Rule = {
  meta: {
    id: 'reach-arrive-measure',
    category: 'lexical-choice',
    severity: 'warning',
    description: 'A verb of arrival with a quantity as goal (“temperatures will arrive to 44 degrees”): English says “reach”.',
    examples: {
      bad: [
        { text: 'Temperatures could [[arrive]] 44 degrees on Friday.', output: 'Temperatures could reach 44 degrees on Friday.' },
        { text: 'Inflation [[arrived to]] 9.2 percent in May.', output: 'Inflation reached 9.2 percent in May.' },
        { text: 'The death toll [[arrived at]] 120 dead by Sunday.', output: 'The death toll reached 120 dead by Sunday.' },
        { text: 'Losses may [[arrive up to]] 3 billion euros.', output: 'Losses may reach 3 billion euros.' },
        { text: 'Waves [[arriving to]] almost 6 metres hit the coast.', output: 'Waves reaching almost 6 metres hit the coast.' },
      ],
      good: [
        'Temperatures could reach 44 degrees on Friday.',
        'The minister arrived at 10 pm.',
        'The delegation arrived at 3:30 on Monday.',
        'The train arrived 20 minutes late.',
        'Three people arrived at the scene.',
        'Some 300 migrants arrived on Lampedusa.',
        'He arrived at 10 Downing Street.',
        'Two million tourists arrived in July.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const t of doc.tokensWith(ARRIVE)) {
      let k = 1;
      let n = doc.next(t, k);
      const links: Token[] = [];
      while (n && LINKS.has(n.norm) && links.length < 2) {
        links.push(n);
        n = doc.next(t, ++k);
      }
      let hedges = 0;
      while (n && HEDGES.has(n.norm) && hedges < 3) {
        hedges++;
        n = doc.next(t, ++k);
      }
      if (!isNumber(n)) continue;
      const num = n as Token;
      const unit = doc.next(num);
      if (!unit || !UNITS.has(unit.norm) || TIME_AFTER.has(unit.norm)) continue;
      // "arrived 20 minutes late": a delay, not a goal; "2 million tourists arrived": subject.
      if (unit.norm === 'million' || unit.norm === 'billion' || unit.norm === 'thousand') {
        const after = doc.next(unit);
        if (after && ['tourists', 'visitors', 'people', 'migrants', 'refugees', 'passengers'].includes(after.norm) && links.length === 0) continue;
      }
      const end = links.length ? (links[links.length - 1] as Token).end : t.end;
      const form = t.norm === 'arrived' ? 'reached' : t.norm === 'arrives' ? 'reaches' : t.norm === 'arriving' ? 'reaching' : 'reach';
      const spanText = doc.text.slice(t.start, end);
      const cap = /^[A-Z]/.test(spanText);
      ctx.report({
        start: t.start,
        end,
        message: `“${spanText}” with a quantity carries over “llegar a / arriver à / dojść do”; English says a figure “${form}” a level.`,
        suggestions: [cap ? form.charAt(0).toUpperCase() + form.slice(1) : form],
        reason: 'a number “reaches” a level; people “arrive” at places',
        confidence: 0.8,
      });
    }
  },
};

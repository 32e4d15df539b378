/**
 * Word tests for counts and quantities, shared by the preposition rules that look at a number
 * ("during 25 years", "winds of until 185 km/h", "31 from the 130 seats", "was of 5 percent").
 * Tests on token text only, no tagging.
 */
import type { Token } from '../../../../text/document.js';

const UNITS_WORDS = [
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen',
  'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
export const NUMBER_WORDS: ReadonlySet<string> = new Set([...UNITS_WORDS, ...TENS, 'hundred']);
const COMPOUND = new RegExp(`^(${TENS.join('|')})-(one|two|three|four|five|six|seven|eight|nine)$`);

/** A count of two or more: a digit token, "two".."ninety", or "twenty-five". */
export function isCount(t: Token | undefined): boolean {
  return t !== undefined && (t.kind === 'number' || NUMBER_WORDS.has(t.norm) || COMPOUND.test(t.norm));
}

/** A digit token that reads as a year (1800-2099), not a quantity. */
export function isYear(t: Token): boolean {
  return t.kind === 'number' && /^(18|19|20)\d\d$/.test(t.text);
}

export const CURRENCY_SIGNS: ReadonlySet<string> = new Set(['$', '€', '£', '¥', '₽', '₺', '₹']);

/** Words that scale a number: "185 thousand", "3 million". */
export const SCALES: ReadonlySet<string> = new Set(['thousand', 'million', 'billion', 'trillion', 'mln', 'bln', 'bn', 'm', 'k']);

/** Units of measure and money that make a number a quantity. */
export const QUANTITY_UNITS: ReadonlySet<string> = new Set([
  'percent', 'per', '%', 'percentage', 'points', 'point', 'basis',
  'km', 'km/h', 'kmh', 'kph', 'mph', 'kilometres', 'kilometers', 'kilometre', 'kilometer', 'miles', 'metres', 'meters', 'm',
  'cm', 'mm', 'centimetres', 'centimeters', 'millimetres', 'millimeters', 'degrees', '°', '°c', 'knots', 'feet',
  'euros', 'euro', 'dollars', 'dollar', 'lei', 'leu', 'rubles', 'roubles', 'pounds', 'francs', 'yuan', 'yen', 'lira',
  'liras', 'zloty', 'zlotys', 'hryvnias', 'rupees', 'pesos', 'reais', 'won', 'dinars', 'dirhams', 'riyals', 'forints',
  'crowns', 'kronor', 'kroner', 'lev', 'usd', 'eur',
  'tonnes', 'tons', 'kg', 'kilograms', 'kilos', 'grams', 'litres', 'liters', 'barrels', 'hectares', 'acres', 'megawatts',
  'gigawatts', 'mw', 'gw', 'kwh', 'mwh', 'cubic', 'square',
  'people', 'persons', 'participants', 'passengers', 'workers', 'employees', 'votes', 'seats', 'spectators', 'fans',
  'visitors', 'tourists', 'migrants', 'refugees', 'soldiers', 'troops', 'jobs', 'homes', 'houses', 'cases', 'deaths',
]);

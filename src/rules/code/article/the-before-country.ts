/**
 * “the Russia”, “the France”: a country name that takes no article, given one. Languages that
 * put articles before country names (French, Italian, Portuguese, Greek, German for some) pass
 * it on. Names that take “the” (the Netherlands, the Gambia, any “... Republic”, “... Islands”,
 * “United ...”) are skipped, and so are rivers that share a name (the Jordan, the Niger, the
 * Congo). Attributive use stays quiet (“the Russia desk”, “the France team”), and so do “the
 * Germany of the 1930s” and “the China that ...”, where a defining phrase licenses “the”.
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';
import { countryCommonNames } from '../../../data/countries.js';
import { loadPlaces } from '../../../data/metonym-places.js';
import { indexNames, matchName, nameStandsAlone } from './lib/names.js';

const TAKES_THE = /(?:Republic|Islands|Kingdom|States|Emirates|Union|Federation|Coast|See|Territory|Territories|Isles)$|^United /;
const SKIP = new Set([
  'Netherlands', 'Gambia', 'Bahamas', 'Philippines', 'Maldives', 'Seychelles', 'Comoros', 'Congo', 'DR Congo',
  'Jordan', 'Niger', 'Vatican City', 'Sudan', 'South Sudan', 'Chad', 'Georgia', 'Turkey', 'Jersey', 'Guernsey',
  'Lebanon', 'Yemen', 'Argentina', 'Crimea', 'Caribbean Netherlands',
]);

// Regions that take "the" or share a name with a river, a lake or a ship ("the Mississippi",
// "the Ticino", "the Punjab", "the Veneto", "the Victoria"), and regions that are also people.
const REGION_SKIP = new Set([
  'Yukon', 'Northern Territory', 'Punjab', 'Veneto', 'Marche', 'Crimea', 'Basque Country', 'Balearic Islands',
  'Canary Islands', 'Azores', 'Aosta Valley', 'Western Cape', 'Kurdistan Region', 'Amazonas', 'Ticino', 'Victoria',
  'Santa Cruz', 'Mississippi', 'Missouri', 'Ohio', 'Colorado', 'Delaware', 'Tennessee', 'Connecticut', 'Arkansas',
  'Alabama', 'Kentucky', 'Minnesota', 'Wisconsin', 'Iowa', 'Illinois', 'Kansas', 'Saskatchewan', 'Manitoba',
  'Ontario', 'Michigan', 'Hamburg', 'Bremen', 'Valencia', 'Cordoba', 'Córdoba', 'Lagos', 'Kano', 'Osaka', 'Papua',
  'Sinaloa', 'Guerrero', 'Jalisco', 'Santa Catarina', 'Parana', 'Paraná', 'Mendoza', 'Zulia', 'Abruzzo', 'Donetsk',
  'Luhansk', 'Kharkiv', 'Kherson', 'Mykolaiv', 'Zaporizhzhia', 'Dnipropetrovsk', 'Belgorod', 'Bryansk', 'Kursk',
  'Kaliningrad', 'Krasnodar', 'Karabakh', 'Silesia', 'Friesland', 'Zeeland', 'Lucerne', 'Mindanao', 'Bali', 'Crete',
  'Sicily', 'Sardinia', 'Corsica', 'Tasmania', 'Madeira', 'Okinawa', 'Hokkaido', 'Jeju', 'Hainan', 'Tibet', 'Darfur',
  'Sahel', 'Aceh', 'Sabah', 'Sarawak', 'Macao', 'Shanghai', 'Chongqing', 'Tianjin', 'Kurdistan', 'Iraqi Kurdistan',
]);

/** First-level regions named without an article: not REGION_SKIP, people's names or US states. */
function regionNames(): string[] {
  const places = loadPlaces();
  return places.places
    .filter((p) => p.kind === 'region' && !REGION_SKIP.has(p.name) && !places.personLike.has(p.name) && !TAKES_THE.test(p.name) && places.regionOf.get(p.name) !== 'United States')
    .map((p) => p.name);
}

const COUNTRIES = indexNames(
  [
    ...countryCommonNames().filter((name) => !TAKES_THE.test(name) && !SKIP.has(name)),
    // "the rest of the Campania", "in the Bavaria": a region is named without an article too.
    // Not US states: warships bear their names ("the North Dakota, Delaware, Florida and Utah").
    ...regionNames(),
  ]
    .filter((name) => /^[\p{Lu}][\p{L}-]+(?: [\p{Lu}][\p{L}-]+)*$/u.test(name))
    .map((name) => name.split(' ')),
);
// What may follow the name for "the" to be wrong: punctuation, a conjunction, a preposition
// other than "of", or a verb. Anything else (a noun: "the France team") may be attributive.
const FOLLOWERS = new Set([
  'and', 'or', 'but', 'in', 'on', 'at', 'to', 'from', 'with', 'for', 'by', 'after', 'before', 'since',
  'against', 'over', 'into', 'has', 'had', 'have', 'is', 'was', 'will', 'would', 'could', 'can', 'may',
  'might', 'must', 'should', 'said', 'says', 'wants', 'wanted', 'did', 'does', 'also',
  "'s", 'as', 'than', 'because', 'while', 'when', 'if', 'remains', 'remained', 'became', 'becomes',
]);

// Participles a place name modifies: "the Australia based group" (Australia-based).
const PLACE_PARTICIPLES = new Set(['based', 'owned', 'led', 'backed', 'controlled', 'run', 'made', 'born', 'listed', 'registered', 'flagged', 'bound']);
// Words that end a company's or a bank's name: "the Australia and New Zealand Banking Group".
const NAME_ENDS = new Set(['bank', 'banking', 'group', 'corp', 'corporation', 'company', 'co', 'inc', 'ltd', 'holdings', 'airlines', 'trust', 'fund', 'council', 'association']);

/**
 * The country modifies a noun after it though a word follows that looks like the end of the
 * phrase: a slash compound ("the Iran/Iraq war"), a participle ("the Australia based group"),
 * a gerund noun before a verb ("the Mexico rescheduling has"), or a coordination of place names
 * whose last one is attributive or part of a name ("the Singapore and Hong Kong dollars", "the
 * Australia and New Zealand Banking Group"); "the Italy and Spain signed" stays wrong.
 */
function attributive(doc: Doc, last: Token): boolean {
  const next = doc.next(last);
  if (!next) return false;
  if (next.text === '/' && next.start === last.end) return true;
  if (next.kind === 'word' && PLACE_PARTICIPLES.has(next.norm)) return true;
  if (next.kind === 'word' && /^\p{Ll}.*ing$/u.test(next.text) && doc.canTag) {
    const v = doc.next(next);
    if (v && v.kind === 'word' && doc.pos(v) === 'AUX') return true;
  }
  if (next.norm !== 'and' && next.norm !== ',' && next.norm !== '&') return false;
  let c: Token | undefined = doc.next(next);
  let names = 0;
  for (let k = 0; k < 10 && c; k++, c = doc.next(c)) {
    if (c.kind === 'word' && /^\p{Lu}/u.test(c.text)) {
      if (NAME_ENDS.has(c.norm) && names > 0) return true;
      names++;
    } else if (!(c.norm === 'and' || c.norm === ',' || c.norm === '&')) break;
  }
  return names > 0 && !!c && c.kind === 'word' && /^\p{Ll}/u.test(c.text) && doc.canTag && doc.pos(c) === 'NOUN';
}

export const rule: Rule = {
  meta: {
    id: 'the-before-country',
    category: 'article',
    severity: 'warning',
    description: '“the Russia”, “the France”, “the Campania”: a country or region name that takes no article.',
    examples: {
      bad: [
        { text: 'Officials said [[the Russia]] had rejected the proposal.', output: 'Officials said Russia had rejected the proposal.' },
        { text: 'Exports to [[the France]] fell in March.', output: 'Exports to France fell in March.' },
        { text: '[[The Italy]] and Spain signed the deal.', output: 'Italy and Spain signed the deal.' },
        { text: 'Tumours are more common there than in the rest of [[the Campania]].', output: 'Tumours are more common there than in the rest of Campania.' },
      ],
      good: [
        'Officials said Russia had rejected the proposal.',
        'The France team arrived on Monday.',
        'The Germany of the 1930s was a dictatorship.',
        'He wrote about the China that he knew.',
        'Pilgrims crossed the Jordan at dawn.',
        'The Netherlands and the Philippines signed the deal.',
        'The United States and the Czech Republic agreed.',
        'The Russia-Ukraine war continued.',
        'The Japan Times reported the story.',
        'Barges sailed down the Mississippi.',
        'The Bavaria yacht was moored in the harbour.',
        'The Tuscany of his childhood was poor.',
        'The Iran/Iraq border and the Japan/Korea route were closed.',
        'Shares of the Canada based miner rose.',
        'The Kenya and Uganda shillings fell, and the Chile, Peru and Bolivia governments met.',
        'The Thailand rescheduling was approved, and the India and Sri Lanka Banking Council met.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    for (const the of doc.tokensWith(['the'])) {
      const first = doc.next(the);
      if (!first || !COUNTRIES.has(first.text)) continue;
      const name = matchName(doc, first, COUNTRIES);
      if (!name) continue;
      const last = name[name.length - 1] as Token;
      if (!nameStandsAlone(doc, last, FOLLOWERS) || attributive(doc, last)) continue;
      const countryText = doc.text.slice(first.start, last.end);
      ctx.report({
        start: the.start,
        end: last.end,
        message: `“${doc.text.slice(the.start, last.end)}”: “${countryText}” takes no article in English.`,
        suggestions: [countryText],
        reason: 'country names take no article, except plural and “Republic/Kingdom/States” names',
        confidence: 0.8,
      });
    }
  },
};

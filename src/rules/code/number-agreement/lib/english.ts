/**
 * English word tests shared by the number-agreement, article and garbled-syntax rules: noun
 * number, word lists from src/data, headline detection and a few token helpers. Pure
 * functions over tokens; the lists are read once when a rule module is imported.
 */
import type { Doc, Sentence, Token } from '../../../../text/document.js';
import { pluralOf } from '../../../../nlp/inflect.js';
import { demonymPlaces, readList, readWordSet } from '../../../../data/lists.js';

/** One entry per line from src/data/NAME; blank lines and # comments skipped, case kept. */
/** The plural forms of "be" and "have" and the singular a singular subject takes ("the money were" -> was). */
export const BE_HAVE_TO_SINGULAR: ReadonlyMap<string, string> = new Map([
  ['are', 'is'], ['were', 'was'], ['have', 'has'], ["aren't", "isn't"], ["weren't", "wasn't"], ["haven't", "hasn't"],
]);
export const loadLines: (name: string) => readonly string[] = readList;

/** A word list from src/data/NAME, lower-cased, ’ folded to '. */
export const loadSet: (name: string) => ReadonlySet<string> = readWordSet;

const IRREGULAR_PLURAL: ReadonlyMap<string, string> = new Map(Object.entries({
  man: 'men', woman: 'women', child: 'children', person: 'people', foot: 'feet', tooth: 'teeth',
  mouse: 'mice', goose: 'geese', criterion: 'criteria', phenomenon: 'phenomena', analysis: 'analyses',
  basis: 'bases', crisis: 'crises', thesis: 'theses', hypothesis: 'hypotheses', diagnosis: 'diagnoses',
  axis: 'axes', emphasis: 'emphases', synopsis: 'synopses', oasis: 'oases', index: 'indices',
  life: 'lives', knife: 'knives', wife: 'wives', half: 'halves', leaf: 'leaves', shelf: 'shelves',
  thief: 'thieves', wolf: 'wolves', calf: 'calves', loaf: 'loaves', self: 'selves',
  hero: 'heroes', potato: 'potatoes', tomato: 'tomatoes', echo: 'echoes', veto: 'vetoes',
  embargo: 'embargoes', torpedo: 'torpedoes',
}));

/** The plural of a singular count noun ("company" -> "companies", "spokesman" -> "spokesmen"). */
export function pluralize(noun: string): string {
  const lower = noun.toLowerCase();
  const irregular = IRREGULAR_PLURAL.get(lower);
  let out: string;
  if (irregular) out = irregular;
  else if (/(?:^|[^aeiou])man$/.test(lower) && lower.length > 4 && !/(?:hu|ger|ro|ot|ta|shaman)man$/.test(lower)) out = `${lower.slice(0, -3)}men`;
  else if (/[^aeiou]o$/.test(lower)) out = `${lower}s`;
  else if (/(?:[^aeiou]quiz)$/.test(lower)) out = `${lower}zes`;
  else out = pluralOf(lower);
  return matchCase(noun, out);
}

const SINGULAR_OF_IRREGULAR: ReadonlyMap<string, string> = new Map(
  [...IRREGULAR_PLURAL].map(([sg, pl]) => [pl, sg] as const),
);

/**
 * The singular of a regular or listed plural ("countries" -> "country", "taxes" -> "tax",
 * "spokesmen" -> "spokesman"), or undefined when the word does not look like a plural.
 */
export function singularize(word: string): string | undefined {
  const w = word.toLowerCase();
  const irregular = SINGULAR_OF_IRREGULAR.get(w);
  let out: string | undefined;
  if (irregular) out = irregular;
  else if (/men$/.test(w) && looksPlural(w)) out = `${w.slice(0, -3)}man`;
  else if (/children$/.test(w)) out = `${w.slice(0, -3)}`;
  else if (/people$/.test(w) && w !== 'people') out = undefined;
  else if (/brethren$/.test(w)) out = undefined;
  else if (!looksPlural(w) || PLURAL_WITHOUT_S.has(w)) out = undefined;
  else if (/[^aeiou]ies$/.test(w)) out = `${w.slice(0, -3)}y`;
  else if (/(?:ss|sh|ch|x|z)es$/.test(w)) out = w.slice(0, -2);
  else if (/(?:[^aeiou]o)es$/.test(w) && IRREGULAR_PLURAL.get(w.slice(0, -2)) === w) out = w.slice(0, -2);
  else if (/ses$/.test(w)) out = w.slice(0, -1);
  else out = w.slice(0, -1);
  return out === undefined ? undefined : matchCase(word, out);
}

/** Gives `to` the capitalization pattern of `from` (first letter only, or all caps). */
export function matchCase(from: string, to: string): string {
  if (from.length > 1 && from === from.toUpperCase() && /\p{Lu}/u.test(from)) return to.toUpperCase();
  if (/^\p{Lu}/u.test(from)) return to.charAt(0).toUpperCase() + to.slice(1);
  return to;
}

// Nouns whose plural looks singular, or that are plural already without -s.
const PLURAL_WITHOUT_S = new Set([
  'people', 'men', 'women', 'children', 'police', 'data', 'media', 'criteria', 'phenomena', 'feet',
  'teeth', 'mice', 'geese', 'cattle', 'personnel', 'staff', 'clergy', 'bacteria', 'alumni', 'fungi',
  'cacti', 'nuclei', 'stimuli', 'youth', 'crew', 'livestock', 'poultry', 'militia', 'troops',
  'millennia', 'curricula', 'memoranda', 'strata', 'indices', 'appendices', 'matrices', 'vertebrae',
  'sequelae', 'larvae', 'antennae', 'formulae', 'algae', 'alumnae', 'minutiae', 'nebulae', 'amoebae',
  // Currencies with foreign plurals: "4.5 billion reais", "2,000 lei", "500 kroner".
  'reais', 'lei', 'leva', 'kroner', 'kronor', 'kronur', 'korun', 'lati', 'litai', 'maloti', 'emalangeni',
  // Foreign and irregular plurals: "500 billion lire", "10 pence", "two consortia".
  'lire', 'pence', 'consortia', 'moratoria', 'referenda', 'symposia', 'honoraria', 'crematoria', 'sanatoria',
]);
// Singular nouns in -os/-s the -s test would read as plural.
const SINGULAR_IN_S = new Set([
  'rhinoceros', 'asbestos', 'mythos', 'bathos', 'pathos', 'ethos', 'chaos', 'cosmos', 'kudos', 'thermos', 'eros',
  'pharos',
]);
// Plurals of nouns in -u, which the -us test would read as singular.
// Plurals of nouns in -i, which the -is test would read as singular.
const PLURAL_IN_IS = new Set([
  'martinis', 'bikinis', 'taxis', 'alibis', 'safaris', 'skis', 'kiwis', 'salamis', 'zucchinis', 'yetis', 'chilis',
  'emojis', 'wikis', 'tsunamis', 'minis', 'semis', 'maxis', 'khakis', 'sushis', 'rabbis', 'yogis', 'gurkhas', 'rishis',
]);
// Peoples named by a demonym in -i: "israelis", "pakistanis", "iraqis" (capitalization-demonyms.txt).
const DEMONYM_PLURALS_IN_IS: ReadonlySet<string> = new Set(
  demonymPlaces()
    .map(([d]) => d.toLowerCase())
    .filter((d) => d.endsWith('i'))
    .map((d) => `${d}s`),
);
const PLURAL_IN_US = new Set([
  'menus', 'gurus', 'emus', 'gnus', 'tutus', 'haikus', 'tabus', 'zebus', 'bayous', 'tofus', 'kudzus', 'sudokus',
  'snafus', 'impromptus', 'caribous', 'bijous', 'luaus', 'zulus', 'hindus', 'bantus', 'tiramisus', 'jujitsus',
]);
// Compounds of irregular plurals: "grandchildren", "salespeople".
const IRREGULAR_PLURAL_END = /(?:children|people|brethren)$/;
// Same form in the singular and the plural, or measure words a number takes unchanged.
const INVARIANT = new Set([
  'sheep', 'fish', 'deer', 'aircraft', 'spacecraft', 'hovercraft', 'watercraft', 'series', 'species',
  'means', 'offspring', 'headquarters', 'crossroads', 'swine', 'bison', 'salmon', 'trout', 'moose',
  'shrimp', 'squid', 'corps', 'chassis', 'yen', 'yuan', 'baht', 'rand', 'renminbi', 'won', 'euro',
  'percent', 'cent', 'million', 'billion', 'trillion', 'thousand', 'hundred', 'dozen', 'score',
  'head', 'stone', 'foot', 'hundredweight', 'kroner', 'krone', 'krona', 'kronor', 'lei', 'leu',
  'rupee', 'ringgit', 'rupiah', 'dong', 'naira', 'shekel', 'riyal', 'dirham', 'lira', 'zloty', 'forint',
  'leva', 'lev', 'kuna', 'tenge', 'som', 'manat', 'dram', 'lari', 'denar', 'kyat', 'taka', 'kip', 'riel', 'hryvnia', 'kwacha', 'cedi', 'birr', 'afghani', 'lek', 'pula', 'loti', 'kwanza',
  'pm', 'am', 'bn', 'mn', 'm', 'k', 'km', 'kg', 'mph', 'kph', 'cm', 'mm', 'ft', 'lb', 'lbs', 'oz',
  'mw', 'gw', 'kw', 'kwh', 'bpd', 'mln', 'bln', 'tn', 'gb', 'mb', 'tb', 'hz', 'mhz', 'ghz', 'ppm', 'bps',
  'times', 'fold', 'point', 'nil', 'apiece', 'ms', 'msec', 'sec', 'secs', 'min', 'mins', 'hr', 'hrs', 'px', 'pt',
  'kb', 'kbps', 'mbps', 'gbps', 'fps', 'rpm', 'dpi', 'bit', 'byte', 'horsepower', 'counsel',
]);

/** Looks like a plural form: -s (not -ss/-us/-is), or an irregular plural. */
export function looksPlural(word: string): boolean {
  const w = word.toLowerCase();
  if (PLURAL_WITHOUT_S.has(w)) return true;
  if (INVARIANT.has(w) || SINGULAR_IN_S.has(w)) return false;
  if (/men$/.test(w) && !/(?:specimen|abdomen|omen|regimen|stamen|hymen|acumen|albumen|bitumen|cyclamen|dolmen|germen)$/.test(w)) return true;
  if (w === 'oxen' || w === 'brethren') return true;
  if (PLURAL_IN_US.has(w) || PLURAL_IN_IS.has(w) || DEMONYM_PLURALS_IN_IS.has(w)) return true;
  // "bureaus", "plateaus"; "grandchildren", "townspeople".
  if (/eaus$/.test(w) || IRREGULAR_PLURAL_END.test(w)) return true;
  return /s$/.test(w) && !/(?:ss|us|is|ous|sis|xis)$/.test(w);
}

/**
 * A lower-case word of three or four letters without a vowel (or y) is an abbreviation, and
 * after a number a unit, not a count noun: "28 pct", "10 stg", "231,722 dwt", "5 mcf".
 */
export const UNIT_ABBREVIATION = /^[bcdfghjklmnpqrstvwxz]{3,4}$/;

/**
 * True when a singular-looking noun is fine after a number or a plural quantifier because it
 * is invariant, a unit or a plural already ("two sheep", "5 million", "three dozen").
 */
export function numberTakesSingular(word: string): boolean {
  const w = word.toLowerCase();
  return INVARIANT.has(w) || PLURAL_WITHOUT_S.has(w) || UNIT_ABBREVIATION.test(w);
}

const TERMINAL = new Set(['.', '!', '?', '…', ':', ';', '।', '。']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);

/**
 * A headline, kicker or dateline: a sentence that does not end with terminal punctuation.
 * Headlines drop articles and use the present for the past on purpose, so article and
 * tense rules stay quiet there.
 */
export function isHeadline(doc: Doc, s: Sentence): boolean {
  for (let i = s.endToken - 1; i >= s.firstToken; i--) {
    const t = doc.at(i) as Token;
    if (CLOSERS.has(t.text)) continue;
    return !TERMINAL.has(t.text);
  }
  return true;
}

// Words a hyphen standing for a dash glues to a noun: "opportunities-most of them", "this tax-as
// will", "people-me and President Clinton".
const DASH_GLUED = new Set([
  'the', 'a', 'an', 'of', 'to', 'and', 'or', 'nor', 'but', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'as', 'if',
  'who', 'which', 'what', 'when', 'where', 'whether', 'that', 'this', 'these', 'those', 'is', 'are', 'was', 'were',
  'be', 'been', 'have', 'has', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'shall', 'should', 'must', 'do',
  'did', 'not', 'no', 'yes', 'so', 'too', 'very', 'most', 'some', 'all', 'many', 'much', 'more', 'such', 'than',
  'i', 'me', 'we', 'us', 'you', 'he', 'him', 'she', 'her', 'it', 'they', 'them', 'my', 'our', 'your', 'his', 'its', 'their',
  'because', 'though', 'although', 'while', 'until', 'unless', 'since', 'indeed', 'perhaps', 'even', 'only', 'just',
]);

/**
 * A hyphen standing for a dash joins words of two phrases: "countless opportunities-most of
 * them", "these goals-we can", "this tax-as will". True when a part is a function word or a
 * plural ("handicapped-people", "three-tenths": nothing to inflect either way); "tie-break",
 * "follow-up", "one-time" stay compounds.
 */
export function dashJoined(t: Token): boolean {
  if (!t.text.includes('-')) return false;
  const parts = t.norm.split('-').filter((p) => p !== '');
  if (parts.length < 2) return false;
  if (parts.some((p) => DASH_GLUED.has(p))) return true;
  return parts.some((p) => p.length > 3 && looksPlural(p) && !/(?:ss|us|is|ics)$/.test(p));
}

/** True when the token's first letter is upper case. */
export function isCapitalized(t: Token): boolean {
  return /^\p{Lu}/u.test(t.text);
}

/** Lower-case words only: a test that skips names and acronyms. */
export function isLowerWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word' && /^\p{Ll}/u.test(t.text);
}

/** A word token (no punctuation, no number) whose first letter is a capital; false for none. */
export function isCapitalWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && /^\p{Lu}/u.test(t.text);
}

/** Number words a count noun must be plural after (one is singular; hundred/thousand are measures). */
export const NUMBER_WORDS: ReadonlySet<string> = new Set([
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty',
  'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety',
]);

/** "a" or "an" for the word that follows. */
export function indefiniteArticle(next: string): string {
  const w = next.toLowerCase();
  if (/^(?:eight|eleven|18|8|80|800|11)\b/.test(w) || /^(?:8|11|18)\d*(?:-|$)/.test(w)) return 'an';
  if (/^(?:one|once|uni[^mn]|use|usu|ura|uro|eu|ewe|u[bcfhjkqrstn][aeiou]|ufo)/.test(w) && !/^(?:unn|und|unl|uns|unt|unr|unc|unf|unh|unb|unk)/.test(w)) return 'a';
  if (/^(?:hour|honest|honor|honour|heir)/.test(w)) return 'an';
  return /^[aeiou]/.test(w) ? 'an' : 'a';
}

/** Apostrophe style of the document: curly when it uses ’ at all. */
export function apostropheOf(doc: Doc): string {
  return doc.text.includes('’') ? '’' : "'";
}

/** The index of the first token of `s` that is not an opening quote or bracket. */
export function firstWordIndex(doc: Doc, s: Sentence): number {
  let i = s.firstToken;
  while (i < s.endToken && /^["“‘'«(\[—–-]$/.test((doc.at(i) as Token).text)) i++;
  return i;
}

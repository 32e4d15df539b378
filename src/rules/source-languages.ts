/**
 * The languages a story was likely written in before it was machine-translated: the official
 * languages (world-countries' `languages`, ISO 639-3, English left out) of the countries the
 * document names. A pack entry with `source` (docs/packs.md) fires only when one of its
 * languages is among them: "evidence" for records is a Czech false friend, so it is flagged in
 * a story from Prague and left alone elsewhere.
 *
 * A country counts as named by its name, other spellings, demonym or capital, capitalized as a
 * word: the gazetteer's namedCountries for the countries it covers, and here a token pass for
 * the rest, for the same words in capitals (a dateline "PRAGUE:") and for a few large cities that
 * open wire stories without the country ("LAHORE:", "Istanbul:"). Computed once per document,
 * and only when an entry with `source` has matched.
 */
import { worldCountries, type WorldCountry } from '../data/countries.js';
import type { Doc } from '../text/document.js';
import { countryWords, demonymsOf, namedCountries } from './code/entity-name/gazetteer.js';

/** Cities that datelines name without their country; each maps to its country's common name. */
const CITIES: Readonly<Record<string, readonly string[]>> = {
  Argentina: ['Cordoba', 'Córdoba', 'Rosario'],
  Brazil: ['São Paulo', 'Sao Paulo', 'Rio de Janeiro', 'Belo Horizonte', 'Porto Alegre', 'Recife'],
  Bangladesh: ['Chittagong', 'Chattogram', 'Sylhet', 'Khulna'],
  China: ['Shanghai', 'Guangzhou', 'Shenzhen', 'Chengdu', 'Wuhan', 'Chongqing', 'Tianjin', 'Hangzhou', 'Nanjing', "Xi'an"],
  Colombia: ['Medellin', 'Medellín', 'Cali'],
  Egypt: ['Alexandria'],
  France: ['Marseille', 'Lyon', 'Toulouse', 'Bordeaux', 'Lille', 'Strasbourg'],
  Germany: ['Munich', 'Hamburg', 'Frankfurt', 'Cologne', 'Stuttgart', 'Dusseldorf', 'Düsseldorf', 'Leipzig', 'Dresden'],
  India: ['Mumbai', 'Kolkata', 'Chennai', 'Bengaluru', 'Bangalore', 'Lucknow', 'Ahmedabad', 'Jaipur', 'Patna', 'Bhopal'],
  Indonesia: ['Surabaya', 'Bandung', 'Medan', 'Makassar', 'Yogyakarta', 'Padang', 'Denpasar'],
  Iran: ['Isfahan', 'Mashhad', 'Tabriz', 'Shiraz'],
  Italy: ['Milan', 'Naples', 'Turin', 'Florence', 'Venice', 'Genoa', 'Palermo', 'Bologna'],
  Japan: ['Osaka', 'Yokohama', 'Kyoto', 'Nagoya', 'Fukuoka', 'Sapporo', 'Hiroshima'],
  Malaysia: ['Putrajaya', 'Penang', 'Johor Bahru', 'Kota Kinabalu', 'Kuching'],
  Mexico: ['Guadalajara', 'Monterrey', 'Tijuana'],
  Netherlands: ['Rotterdam', 'The Hague', 'Utrecht', 'Eindhoven'],
  Norway: ['Bergen', 'Trondheim', 'Stavanger'],
  Pakistan: ['Karachi', 'Lahore', 'Peshawar', 'Quetta', 'Rawalpindi', 'Faisalabad', 'Multan'],
  Philippines: ['Quezon City', 'Cebu', 'Davao'],
  Poland: ['Krakow', 'Kraków', 'Gdansk', 'Gdańsk', 'Wroclaw', 'Wrocław', 'Katowice', 'Poznan', 'Poznań', 'Lodz', 'Łódź'],
  Portugal: ['Porto'],
  Romania: ['Cluj-Napoca', 'Cluj', 'Timisoara', 'Timișoara', 'Iasi', 'Iași', 'Constanta', 'Constanța'],
  Russia: ['St Petersburg', 'Saint Petersburg', 'Novosibirsk', 'Yekaterinburg', 'Kazan', 'Vladivostok'],
  'Saudi Arabia': ['Jeddah', 'Dammam'],
  Serbia: ['Novi Sad', 'Nis', 'Niš'],
  Spain: ['Barcelona', 'Valencia', 'Seville', 'Sevilla', 'Bilbao', 'Malaga', 'Málaga', 'Zaragoza'],
  Sweden: ['Gothenburg', 'Malmo', 'Malmö', 'Uppsala'],
  Tanzania: ['Dar es Salaam', 'Zanzibar', 'Arusha'],
  Thailand: ['Chiang Mai', 'Phuket', 'Pattaya'],
  Türkiye: ['Istanbul', 'Izmir', 'İzmir', 'Antalya', 'Bursa', 'Adana', 'Gaziantep', 'Diyarbakir', 'Diyarbakır'],
  Ukraine: ['Kharkiv', 'Odesa', 'Odessa', 'Lviv', 'Dnipro', 'Zaporizhzhia', 'Mykolaiv', 'Kherson'],
  Vietnam: ['Ho Chi Minh City', 'Saigon', 'Haiphong', 'Hai Phong', 'Da Nang'],
};

/** Places that are no independent country but write their own news in their own language. */
const TERRITORIES: ReadonlySet<string> = new Set(['Hong Kong', 'Macau', 'Kosovo']);

/** Each country's languages, English left out, by common name. */
let langsByCountry: Map<string, readonly string[]> | undefined;
/** A name's words (lower case), its countries, and whether it counts only in capitals. */
interface Name {
  readonly words: readonly string[];
  readonly countries: string[];
  readonly capsOnly: boolean;
}
/** First word -> the names that start with it. */
type NameIndex = Map<string, Name[]>;
let index: NameIndex | undefined;

function countryLanguages(): Map<string, readonly string[]> {
  if (!langsByCountry) {
    langsByCountry = new Map();
    for (const c of worldCountries() as ReadonlyArray<WorldCountry & { languages?: Record<string, string> }>) {
      const langs = Object.keys(c.languages ?? {}).filter((l) => l !== 'eng');
      if (langs.length > 0) langsByCountry.set(c.name.common, langs);
    }
  }
  return langsByCountry;
}

let known: ReadonlySet<string> | undefined;

/** Every language code a `source` key may name: each official language of some country, English left out. */
export function knownSourceLanguages(): ReadonlySet<string> {
  known ??= new Set([...countryLanguages().values()].flat());
  return known;
}

function words(name: string): string[] {
  return name.replace(/’/g, "'").toLowerCase().split(/\s+/).filter((w) => w !== '');
}

function nameIndex(): NameIndex {
  if (index) return index;
  const out: NameIndex = new Map();
  const add = (name: string, country: string, capsOnly: boolean): void => {
    const ws = words(name);
    const first = ws[0];
    if (first === undefined || name.length < 3) return;
    const list = out.get(first) ?? out.set(first, []).get(first)!;
    const same = list.find((e) => e.capsOnly === capsOnly && e.words.join(' ') === ws.join(' '));
    if (same) same.countries.push(country);
    else list.push({ words: ws, countries: [country], capsOnly });
  };
  const langs = countryLanguages();
  const covered = countryWords();
  // The gazetteer's countries: their words count in capitals only here (namedCountries takes them as written).
  for (const [country, ws] of covered) if (langs.has(country)) for (const w of ws) add(w, country, true);
  for (const c of worldCountries()) {
    const name = c.name.common;
    // Dependencies left out: "New Jersey" is no French story, Guam's copy is English.
    if (!langs.has(name) || covered.has(name) || (c.independent !== true && !TERRITORIES.has(name))) continue;
    const alt = (c.altSpellings ?? []).filter((a) => /^[\p{L}][\p{L} .'-]+$/u.test(a) && a.length > 3);
    for (const w of [name, ...alt, ...demonymsOf(name, c.demonyms?.eng), ...(c.capital ?? [])]) add(w, name, false);
  }
  for (const [country, cities] of Object.entries(CITIES)) for (const city of cities) add(city, country, false);
  index = out;
  return out;
}

/** Whether the name's words stand at token i on: capitalized (or, for capsOnly, in capitals). */
function nameAt(doc: Doc, i: number, ws: readonly string[], capsOnly: boolean): boolean {
  for (let k = 0; k < ws.length; k++) {
    const t = doc.tokens[i + k];
    if (!t || t.norm !== ws[k]) return false;
    if (capsOnly && /\p{Ll}/u.test(t.text)) return false;
  }
  return true;
}

function namedCountriesHere(doc: Doc): Set<string> {
  const out = new Set(namedCountries(doc));
  const idx = nameIndex();
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i]!;
    if (t.kind !== 'word' || !/^\p{Lu}/u.test(t.text)) continue;
    const list = idx.get(t.norm);
    if (!list) continue;
    for (const e of list) if (nameAt(doc, i, e.words, e.capsOnly)) for (const c of e.countries) out.add(c);
  }
  return out;
}

/** The source languages of the countries the document names (ISO 639-3, English left out). */
export function sourceLanguages(doc: Doc): ReadonlySet<string> {
  return doc.memo(sourceLanguages, () => {
    const langs = countryLanguages();
    const out = new Set<string>();
    for (const c of namedCountriesHere(doc)) for (const l of langs.get(c) ?? []) out.add(l);
    return out;
  });
}

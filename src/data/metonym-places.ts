/**
 * Countries and capitals that news copy uses for a government ("Washington refused", "Moscow
 * said"), read from the maintained `world-countries` package (name.common, name.official,
 * altSpellings, capital, English demonyms) plus src/data/metonym-places-extra.txt for the
 * spellings news copy uses and the package does not (Britain, Kiev, Turkey, Washington), and
 * the states, provinces, regions and big cities of src/data/metonym-regions.txt ("Bavaria said
 * it would sue", "Shanghai lifted its lockdown").
 *
 * Only what reads as a name in running English is kept: ASCII-or-Latin spellings starting with a
 * capital, no two-letter codes except US and UK, no "Republic of X, Y" inversions. Capitals are
 * taken from independent or UN-member states only (territories' capitals are rarely metonyms and
 * many are ordinary words: Stanley, Victoria of Hong Kong, The Valley).
 */
import { worldCountries } from './countries.js';
import { readList } from './lists.js';

export type PlaceKind = 'country' | 'capital' | 'region' | 'city';

export interface PlaceEntry {
  readonly name: string;
  readonly kind: PlaceKind;
}

export interface PlaceData {
  readonly places: readonly PlaceEntry[];
  /** English demonyms and adjectives ("Russian", "Jordanian", "Bavarian"): evidence a doc talks of the place. */
  readonly demonyms: ReadonlyMap<string, string>;
  /** Every usable name of a country (common, official, alternative) -> its common name. */
  readonly countryOf: ReadonlyMap<string, string>;
  /** Capital -> the common name of its country ("Washington" -> "United States"). */
  readonly capitalOf: ReadonlyMap<string, string>;
  /** Region or city -> the common name of its country ("Bavaria" -> "Germany"). */
  readonly regionOf: ReadonlyMap<string, string>;
  /** Regions and cities that are also people's names ("Victoria", "Guerrero", "Milan"). */
  readonly personLike: ReadonlySet<string>;
}

// Alternative spellings that are ordinary English words or adjectives, not names of a state.
const NOT_A_NAME = new Set(['Island', 'Thai', 'Togolese', 'Prathet', 'Saudi', 'Lao', 'Timor', 'Holland']);
// Capitals whose ASCII spelling is an English word.
const NOT_A_CAPITAL = new Set(['Male', 'Victoria', 'Kingston', 'Praia']);
const NAME_SHAPE = /^[\p{Lu}][\p{L}'’. -]*$/u;

function usable(name: string): boolean {
  if (!NAME_SHAPE.test(name) || name.includes(',') || NOT_A_NAME.has(name)) return false;
  // Latin letters only: "Ελληνική Δημοκρατία" is not how English copy writes Greece.
  if (!/^[\p{Script=Latin}'’. -]+$/u.test(name)) return false;
  return name.length >= 3 || name === 'US' || name === 'UK';
}

function readExtra(): Array<PlaceEntry & { readonly country: string | undefined }> {
  const out: Array<PlaceEntry & { readonly country: string | undefined }> = [];
  for (const l of readList('metonym-places-extra.txt')) {
    const [name, kind, country] = l.split('|').map((s) => s.trim());
    if (name && (kind === 'country' || kind === 'capital')) out.push({ name, kind, country: country || undefined });
  }
  return out;
}

interface RegionLine {
  readonly name: string;
  readonly kind: 'region' | 'city' | 'adjective';
  readonly country: string;
  readonly person: boolean;
}

function readRegions(): RegionLine[] {
  const out: RegionLine[] = [];
  for (const l of readList('metonym-regions.txt')) {
    const [name, kind, country, flag] = l.split('|').map((s) => s.trim());
    if (name && country && (kind === 'region' || kind === 'city' || kind === 'adjective')) out.push({ name, kind, country, person: flag === 'person' });
  }
  return out;
}

let loaded: PlaceData | undefined;

/**
 * The place data from world-countries, the extra list and the regions: built on first use, then
 * shared (three rule modules read it; it is read-only).
 */
export function loadPlaces(): PlaceData {
  loaded ??= buildPlaces();
  return loaded;
}

function buildPlaces(): PlaceData {
  const countries = worldCountries();
  const seen = new Map<string, PlaceKind>();
  const demonyms = new Map<string, string>();
  const countryOf = new Map<string, string>();
  const capitalOf = new Map<string, string>();
  const add = (name: string, kind: PlaceKind, country: string): void => {
    const n = name.replace(/\s+D\.C\.$/, '').trim();
    if (!usable(n)) return;
    if (!seen.has(n)) seen.set(n, kind);
    const to = kind === 'country' ? countryOf : capitalOf;
    if (!to.has(n)) to.set(n, country);
  };
  for (const c of countries) {
    const country = c.name.common;
    add(country, 'country', country);
    add(c.name.official, 'country', country);
    for (const a of c.altSpellings ?? []) if (a.length > 2 || a === 'US' || a === 'UK') add(a, 'country', country);
    if (c.independent || c.unMember) {
      for (const cap of c.capital ?? []) if (!NOT_A_CAPITAL.has(cap)) add(cap, 'capital', country);
    }
    const d = c.demonyms?.eng;
    if (d) {
      demonyms.set(d.m, c.name.common);
      demonyms.set(d.f, c.name.common);
    }
  }
  for (const e of readExtra()) {
    if (!seen.has(e.name)) seen.set(e.name, e.kind);
    if (e.country) (e.kind === 'country' ? countryOf : capitalOf).set(e.name, e.country);
  }
  const regionOf = new Map<string, string>();
  const personLike = new Set<string>();
  for (const r of readRegions()) {
    if (r.kind === 'adjective') {
      if (!demonyms.has(r.name)) demonyms.set(r.name, r.country);
      continue;
    }
    if (seen.has(r.name)) continue;
    seen.set(r.name, r.kind);
    regionOf.set(r.name, r.country);
    if (r.person) personLike.add(r.name);
  }
  const places = [...seen].map(([name, kind]) => ({ name, kind }));
  return { places, demonyms, countryOf, capitalOf, regionOf, personLike };
}

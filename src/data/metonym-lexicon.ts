/**
 * The word lists behind the metonym-pronoun rules, parsed once: places (world-countries + extra
 * spellings), named institutions, institution head nouns, person nouns and titles, first names.
 * Names are stored as token sequences (the engine's own tokenizer), keyed by their first token,
 * longest first, so a rule matches "Bank of Japan" or "U.S." token by token.
 */
import { tokenize } from '../text/tokenize.js';
import { loadPlaces } from './metonym-places.js';
import { readList } from './lists.js';

/** m, f, u (either, unknown) or p (plural: people). */
export type Gender = 'm' | 'f' | 'u' | 'p';

export interface KnownName {
  /** Token texts, case-sensitive ("Bank", "of", "Japan"). */
  readonly tokens: readonly string[];
  readonly kind: 'place' | 'institution';
  /** country | capital | region | city for places; the institution class otherwise (bank, court, club...). */
  readonly cls: string;
}

export interface MetonymLexicon {
  /** First token text -> names starting with it, longest first. */
  readonly names: ReadonlyMap<string, readonly KnownName[]>;
  /** Singular lower-case head noun -> institution class ("ministry" -> ministry). */
  readonly headNouns: ReadonlyMap<string, string>;
  /** Lower-case person noun or title -> gender ("spokeswoman" -> f, "officials" -> p). */
  readonly personNouns: ReadonlyMap<string, Gender>;
  /** First name -> gender ("Kenji" -> m). */
  readonly firstNames: ReadonlyMap<string, Gender>;
  /** English demonym -> country ("Jordanian" -> Jordan). */
  readonly demonyms: ReadonlyMap<string, string>;
  /** Country name or spelling -> the country's common name. */
  readonly countryOf: ReadonlyMap<string, string>;
  /** Capital -> the common name of its country. */
  readonly capitalOf: ReadonlyMap<string, string>;
  /** Region or city -> the common name of its country ("Bavaria" -> "Germany"). */
  readonly regionOf: ReadonlyMap<string, string>;
  /** Regions and cities that are also people's names: places only where a text uses them as places. */
  readonly personLikePlaces: ReadonlySet<string>;
  /** Country -> every name that shows a text is about it: spellings, demonyms, capitals. */
  readonly evidenceOf: ReadonlyMap<string, readonly string[]>;
}

/** "a | b" lines of a list file (split at the last bar), comments and blank lines skipped. */
function readPairs(file: string): Array<readonly [string, string]> {
  const out: Array<readonly [string, string]> = [];
  for (const l of readList(file)) {
    const bar = l.lastIndexOf('|');
    if (bar < 0) continue;
    out.push([l.slice(0, bar).trim(), l.slice(bar + 1).trim()]);
  }
  return out;
}

function isGender(s: string): s is Gender {
  return s === 'm' || s === 'f' || s === 'u' || s === 'p';
}

export function loadMetonymLexicon(): MetonymLexicon {
  const names = new Map<string, KnownName[]>();
  const addName = (name: string, kind: KnownName['kind'], cls: string): void => {
    const tokens = tokenize(name).map((t) => t.text);
    const first = tokens[0];
    if (!first) return;
    const list = names.get(first) ?? [];
    if (list.some((n) => n.tokens.join(' ') === tokens.join(' '))) return;
    list.push({ tokens, kind, cls });
    names.set(first, list);
  };
  const places = loadPlaces();
  for (const p of places.places) addName(p.name, 'place', p.kind);
  for (const [name, cls] of readPairs('metonym-institutions.txt')) addName(name, 'institution', cls);
  for (const list of names.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);

  const genders = (file: string): Map<string, Gender> => {
    const m = new Map<string, Gender>();
    for (const [k, g] of readPairs(file)) if (isGender(g)) m.set(k, g);
    return m;
  };
  const evidenceOf = new Map<string, string[]>();
  for (const m of [places.countryOf, places.demonyms, places.capitalOf]) {
    for (const [name, country] of m) {
      const list = evidenceOf.get(country) ?? [];
      if (!list.includes(name)) list.push(name);
      evidenceOf.set(country, list);
    }
  }
  return {
    names,
    headNouns: new Map(readPairs('metonym-head-nouns.txt')),
    personNouns: genders('metonym-person-nouns.txt'),
    firstNames: genders('metonym-first-names.txt'),
    demonyms: places.demonyms,
    countryOf: places.countryOf,
    capitalOf: places.capitalOf,
    regionOf: places.regionOf,
    personLikePlaces: places.personLike,
    evidenceOf,
  };
}

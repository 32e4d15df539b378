/**
 * The countries of the maintained `world-countries` package, parsed once per process and
 * shared by every rule and list that needs country names, capitals or demonyms. Read-only.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface WorldCountry {
  readonly name: { readonly common: string; readonly official: string };
  readonly capital?: readonly string[];
  readonly altSpellings?: readonly string[];
  readonly independent?: boolean | null;
  readonly unMember?: boolean;
  readonly demonyms?: { readonly eng?: { readonly m: string; readonly f: string } };
  readonly cca3?: string;
  readonly currencies?: Readonly<Record<string, { readonly name: string }>>;
}

let cached: readonly WorldCountry[] | undefined;

/** Every entry of world-countries/countries.json, in the package's order. */
export function worldCountries(): readonly WorldCountry[] {
  if (!cached) {
    const require = createRequire(import.meta.url);
    cached = JSON.parse(readFileSync(require.resolve('world-countries/countries.json'), 'utf8')) as readonly WorldCountry[];
  }
  return cached;
}

/** Each country's common name ("Russia", "United States"), in the package's order. */
export function countryCommonNames(): readonly string[] {
  return worldCountries().map((c) => c.name.common);
}

/**
 * The last word of each currency's name, lower case and singular ("Swiss franc" -> "franc",
 * "Thai baht" -> "baht"); names ending in a plural ("Special drawing rights") are left out.
 */
export function currencyWords(): readonly string[] {
  return worldCountries()
    .flatMap((c) => Object.values(c.currencies ?? {}).map((v) => (v.name.split(' ').pop() ?? '').toLowerCase()))
    .filter((w) => /^\p{Ll}+$/u.test(w) && !w.endsWith('s'));
}

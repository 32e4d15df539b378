/**
 * The one reader of src/data word lists: one entry per line, `#` comments and blank lines
 * skipped, whitespace trimmed. Rules call these once, when their module loads; a list several
 * rules load (the 59,000 common words, the count nouns) is read and made a set once.
 */
import { readFileSync } from 'node:fs';

const LINES = new Map<string, readonly string[]>();
const SETS = new Map<string, ReadonlySet<string>>();
const WORD_SETS = new Map<string, ReadonlySet<string>>();

/** The value cached under `name`, made on first use. */
function cached<T>(cache: Map<string, T>, name: string, make: () => T): T {
  let v = cache.get(name);
  if (v === undefined) {
    v = make();
    cache.set(name, v);
  }
  return v;
}

function lines(name: string): readonly string[] {
  return cached(LINES, name, () => {
    const text = readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');
    const out: string[] = [];
    for (const raw of text.split('\n')) {
      const line = raw.trim();
      if (line !== '' && !line.startsWith('#')) out.push(line);
    }
    return out;
  });
}

/** The entries as written (the caller's own copy). */
export function readList(name: string): string[] {
  return lines(name).slice();
}

/** The entries as written. */
export function readSet(name: string): ReadonlySet<string> {
  return cached(SETS, name, () => new Set(lines(name)));
}

/** The entries as tokens' `norm`: lower case, ’ folded to '. */
export function readWordSet(name: string): ReadonlySet<string> {
  return cached(WORD_SETS, name, () => new Set(lines(name).map((l) => l.toLowerCase().replace(/’/g, "'"))));
}

let demonyms: readonly (readonly [demonym: string, place: string])[] | undefined;
/**
 * capitalization-demonyms.txt: each nationality adjective with its place, as written ("Russian",
 * "Russia"), in the file's order. Read once for the rules that want the adjectives, the places or
 * the plurals of peoples.
 */
export function demonymPlaces(): readonly (readonly [demonym: string, place: string])[] {
  return (demonyms ??= lines('capitalization-demonyms.txt').map((l) => {
    const [d, p] = l.split('|');
    return [d ?? '', p ?? ''] as const;
  }));
}

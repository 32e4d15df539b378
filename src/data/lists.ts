/**
 * The one reader of src/data word lists: one entry per line, `#` comments and blank lines
 * skipped, whitespace trimmed. Rules call these once, when their module loads; a list several
 * rules load (the 59,000 common words, the count nouns) is read and made a set once.
 */
import { readFileSync } from 'node:fs';

const LINES = new Map<string, readonly string[]>();
const SETS = new Map<string, ReadonlySet<string>>();
const WORD_SETS = new Map<string, ReadonlySet<string>>();

function lines(name: string): readonly string[] {
  let out = LINES.get(name);
  if (!out) {
    const text = readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');
    const list: string[] = [];
    for (const raw of text.split('\n')) {
      const line = raw.trim();
      if (line !== '' && !line.startsWith('#')) list.push(line);
    }
    out = list;
    LINES.set(name, out);
  }
  return out;
}

/** The entries as written (the caller's own copy). */
export function readList(name: string): string[] {
  return lines(name).slice();
}

/** The entries as written. */
export function readSet(name: string): ReadonlySet<string> {
  let out = SETS.get(name);
  if (!out) {
    out = new Set(lines(name));
    SETS.set(name, out);
  }
  return out;
}

/** The entries as tokens' `norm`: lower case, ’ folded to '. */
export function readWordSet(name: string): ReadonlySet<string> {
  let out = WORD_SETS.get(name);
  if (!out) {
    out = new Set(lines(name).map((l) => l.toLowerCase().replace(/’/g, "'")));
    WORD_SETS.set(name, out);
  }
  return out;
}

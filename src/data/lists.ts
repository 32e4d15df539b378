/**
 * The one reader of src/data word lists: one entry per line, `#` comments and blank lines
 * skipped, whitespace trimmed. Rules call these once, when their module loads.
 */
import { readFileSync } from 'node:fs';

export function readList(name: string): string[] {
  const text = readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');
  const out: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line !== '' && !line.startsWith('#')) out.push(line);
  }
  return out;
}

/** The entries as written. */
export function readSet(name: string): ReadonlySet<string> {
  return new Set(readList(name));
}

/** The entries as tokens' `norm`: lower case, ’ folded to '. */
export function readWordSet(name: string): ReadonlySet<string> {
  return new Set(readList(name).map((l) => l.toLowerCase().replace(/’/g, "'")));
}

/**
 * Multi-word names matched token by token (“White House”, “South Korea”, “Press TV”): an index
 * from each name's first word to the names that start with it, longest first, and a matcher that
 * takes the longest name whose words are the exact texts of the tokens from a given one on.
 */
import type { Doc, Token } from '../../../../text/document.js';
import { isCommonWord, JOB_DESCRIPTIONS, PERSON_FIRST_NAMES } from '../../capitalization/lexicon.js';

/** A name as its exact token texts ("White House" -> ["White", "House"]). */
export type Name = readonly string[];
export type NameIndex = ReadonlyMap<string, readonly Name[]>;

/** First word -> the names starting with it, longest first (ties keep the input order). */
export function indexNames(names: readonly Name[]): NameIndex {
  const m = new Map<string, Name[]>();
  for (const n of names) m.set(n[0] as string, [...(m.get(n[0] as string) ?? []), n]);
  for (const l of m.values()) l.sort((a, b) => b.length - a.length);
  return m;
}

/** The tokens of the longest indexed name starting at `t`, or undefined. */
export function matchName(doc: Doc, t: Token | undefined, names: NameIndex): Token[] | undefined {
  if (!t) return undefined;
  for (const name of names.get(t.text) ?? []) {
    const toks: Token[] = [];
    let cur: Token | undefined = t;
    for (const w of name) {
      if (!cur || cur.text !== w) break;
      toks.push(cur);
      cur = doc.next(cur);
    }
    if (toks.length === name.length) return toks;
  }
  return undefined;
}

/**
 * Whether the name ending at `last` stands alone, as a noun phrase of its own: the end of the
 * sentence or a mark (not a hyphen), a word of `followers`, or a lower-case verb ("the NATO
 * decided"). A noun or a name after it makes it attributive ("the France team").
 */
export function nameStandsAlone(doc: Doc, last: Token, followers: ReadonlySet<string>): boolean {
  const next = doc.next(last);
  if (!next || (next.kind === 'punct' && next.text !== '-' && next.text !== '–') || followers.has(next.norm)) return true;
  if (next.kind !== 'word' || !/^\p{Ll}/u.test(next.text) || next.norm === 'of' || !doc.canTag) return false;
  return ['VERB', 'AUX'].includes(doc.pos(next));
}

/**
 * Whether some token with the text of `name` ends a full name, right after a known first name
 * (“Elena Karamanlou” makes a bare “Karamanlou” elsewhere a person's surname), or after any
 * capitalized first word that a lower-case job description introduces (“midfielder Juma
 * Kibwana”).
 */
export function endsFullName(doc: Doc, name: Token): boolean {
  for (const i of Array.from(doc.positions(name.norm))) {
    const t = doc.at(i) as Token;
    if (t.text !== name.text) continue;
    const first = doc.prev(t);
    const after = doc.next(t);
    if (!first || !/^\p{Lu}\p{Ll}+$/u.test(first.text)) continue;
    if (!PERSON_FIRST_NAMES.has(first.norm)) {
      const role = doc.prev(first);
      if (!role || !/^\p{Ll}/u.test(role.text) || !JOB_DESCRIPTIONS.has(role.norm) || isCommonWord(first.norm)) continue;
    }
    if (after && after.kind === 'word' && /^\p{Lu}/u.test(after.text)) continue;
    return true;
  }
  return false;
}

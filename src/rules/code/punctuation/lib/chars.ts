/**
 * Where given characters stand in a document, for rules whose regexes start at (or gate on)
 * one mark: the characters outside ASCII are found in one scan, once per document, and an
 * ASCII character by indexOf. Offsets count UTF-16 units, as the text's indices do.
 */
import type { Doc } from '../../../../text/document.js';

// One UTF-16 unit outside ASCII (without the u flag, a surrogate half counts as one).
const NON_ASCII = /[^\x00-\x7F]/g;

/** The offsets of every character outside ASCII, by char code, ascending: computed once per document. */
function nonAscii(doc: Doc): ReadonlyMap<number, readonly number[]> {
  return doc.memo(nonAscii, () => {
    const out = new Map<number, number[]>();
    const { text } = doc;
    NON_ASCII.lastIndex = 0;
    while (NON_ASCII.test(text)) {
      const i = NON_ASCII.lastIndex - 1;
      const c = text.charCodeAt(i);
      const list = out.get(c);
      if (list) list.push(i);
      else out.set(c, [i]);
    }
    return out;
  });
}

const NONE: readonly number[] = [];

/** The offsets of `ch` (one UTF-16 unit) in the text, ascending. */
export function charPositions(doc: Doc, ch: string): readonly number[] {
  const c = ch.charCodeAt(0);
  if (c >= 128) return nonAscii(doc).get(c) ?? NONE;
  const { text } = doc;
  const out: number[] = [];
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) out.push(i);
  return out;
}

/** Whether the text holds `ch` (one UTF-16 unit). */
export function hasChar(doc: Doc, ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c >= 128 ? nonAscii(doc).has(c) : doc.text.includes(ch);
}

/** The offsets of any of `chars` (UTF-16 units), ascending. */
export function charsPositions(doc: Doc, chars: Iterable<string>): number[] {
  const out: number[] = [];
  let lists = 0;
  for (const ch of chars) {
    const at = charPositions(doc, ch);
    if (at.length === 0) continue;
    for (const i of at) out.push(i);
    lists++;
  }
  if (lists > 1) out.sort((x, y) => x - y);
  return out;
}

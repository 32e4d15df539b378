/**
 * Where a regex match can start, so a rule tries its regex there only (sticky), not along the
 * whole text. A regex over ASCII words starts its match at a word as `\b` sees it: a run of
 * [A-Za-z0-9_]. Such a run is either a whole token of ASCII letters and digits (found from the
 * word index) or a run inside a token that is not one (“re” in “re-elected”, “past” in
 * “café-past”), indexed here once per document.
 */
import type { Doc, Token } from '../../../../text/document.js';
import { isAsciiAlnum } from '../../../../text/tokenize.js';

/** Whether a word is one run of ASCII letters and digits. */
function isSimple(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isAsciiAlnum(s.charCodeAt(i))) return false;
  return true;
}

/** [A-Za-z0-9_]: a character of a word as a regex's \w and \b see it (without the u flag). */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** Each run of [A-Za-z0-9_] in a token, lower case, with its offset in the text. */
function forEachRun(t: Token, f: (run: string, at: number) => void): void {
  const s = t.text;
  for (let i = 0; i < s.length; ) {
    if (!isWordChar(s.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < s.length && isWordChar(s.charCodeAt(j))) j++;
    f(s.slice(i, j).toLowerCase(), t.start + i);
    i = j;
  }
}

/** The offsets where the runs of [A-Za-z0-9_] in a token start: where a regex's \b lets a word start. */
export function runStarts(t: Token): number[] {
  const out: number[] = [];
  forEachRun(t, (_, at) => out.push(at));
  return out;
}

/**
 * The runs of [A-Za-z0-9_] inside the tokens that are not one run of ASCII letters and
 * digits, by lower-case run, with their offsets in the text: computed once per document, from
 * the distinct words (a token is one run when its norm is, except with a Kelvin sign, the one
 * non-ASCII letter whose lower case is ASCII: then every token is looked at).
 */
function innerRuns(doc: Doc): ReadonlyMap<string, readonly number[]> {
  return doc.memo(innerRuns, () => {
    const out = new Map<string, number[]>();
    const add = (t: Token): void => {
      forEachRun(t, (w, at) => {
        const list = out.get(w);
        if (list) list.push(at);
        else out.set(w, [at]);
      });
    };
    const toks = doc.tokens;
    if (doc.text.includes('\u212A')) {
      for (let i = 0; i < toks.length; i++) {
        const t = toks[i] as Token;
        if (t.kind !== 'punct' && !isSimple(t.text)) add(t);
      }
      return out;
    }
    for (const norm of doc.vocabulary()) {
      // One character: punctuation, or a letter that is no run of its own.
      if (norm.length < 2 || isSimple(norm)) continue;
      const at = doc.positions(norm);
      for (let k = 0; k < at.length; k++) add(toks[at[k] as number] as Token);
    }
    return out;
  });
}

/**
 * The offsets (ascending) where a word of `words` (lower case, ASCII letters and digits) is a
 * whole run of [A-Za-z0-9_] as a regex's \b sees it, in a token or inside one. A case-insensitive
 * match whose first word is followed by a character outside [A-Za-z0-9_] starts at one of them.
 */
export function wordStarts(doc: Doc, words: ReadonlySet<string>): number[] {
  const toks = doc.tokens;
  const out: number[] = [];
  const at = doc.positionsIn(words);
  for (let k = 0; k < at.length; k++) out.push((toks[at[k] as number] as Token).start);
  const runs = innerRuns(doc);
  if (runs.size === 0) return out;
  let inner = false;
  for (const w of words) {
    const list = runs.get(w);
    if (!list) continue;
    for (const a of list) out.push(a);
    inner = true;
  }
  if (inner) out.sort((x, y) => x - y);
  return out;
}

/** Helpers shared by the repetition rules. */
import { readSet } from '../../../../data/lists.js';
import type { Doc, Token } from '../../../../text/document.js';

/** Words English may legitimately double ("had had", "very, very", "bye bye"): read once for every rule. */
export const DOUBLE_OK: ReadonlySet<string> = readSet('repetition-doubling-ok.txt');

/** Whether `pos` lies inside a quotation opened earlier on its line (curly or straight marks). */
export function inQuotation(text: string, pos: number): boolean {
  const q = quoteStates(text);
  // The last mark (or line break) before pos holds the state there.
  let lo = 0;
  let hi = q.at.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((q.at[mid] as number) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && (q.state[lo - 1] as number) !== 0;
}

/**
 * The offsets of the quote marks and line breaks of a text, and after each whether a
 * quotation is open (1: a curly one or a straight one, 0: none; a line break closes both).
 * Computed once for the last text asked about: each rule asks many times about one text.
 */
let quoted: { readonly text: string; readonly at: Int32Array; readonly state: Uint8Array } | undefined;
function quoteStates(text: string): { readonly at: Int32Array; readonly state: Uint8Array } {
  if (quoted && quoted.text === text) return quoted;
  const at: number[] = [];
  const state: number[] = [];
  let curly = false;
  let straight = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c) curly = true;
    else if (c === 0x201d) curly = false;
    else if (c === 0x22) straight = !straight;
    else if (c === 10) curly = straight = false;
    else continue;
    at.push(i);
    state.push(curly || straight ? 1 : 0);
  }
  quoted = { text, at: Int32Array.from(at), state: Uint8Array.from(state) };
  return quoted;
}

/** Starts with a capital letter. */
export function isCapitalized(t: Token): boolean {
  return /^\p{Lu}/u.test(t.text);
}

/** Text from the start of token a to the end of token b. */
export function spanText(doc: Doc, a: Token, b: Token): string {
  return doc.text.slice(a.start, b.end);
}

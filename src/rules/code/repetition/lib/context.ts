/** Helpers shared by the repetition rules. */
import { readSet } from '../../../../data/lists.js';
import type { Doc, Token } from '../../../../text/document.js';

/** Words English may legitimately double ("had had", "very, very", "bye bye"): read once for every rule. */
export const DOUBLE_OK: ReadonlySet<string> = readSet('repetition-doubling-ok.txt');

/** Whether `pos` lies inside a quotation opened earlier on its line (curly or straight marks). */
export function inQuotation(text: string, pos: number): boolean {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  let curly = false;
  let straight = false;
  for (let i = lineStart; i < pos; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c) curly = true;
    else if (c === 0x201d) curly = false;
    else if (c === 0x22) straight = !straight;
  }
  return curly || straight;
}

/** Starts with a capital letter. */
export function isCapitalized(t: Token): boolean {
  return /^\p{Lu}/u.test(t.text);
}

/** Text from the start of token a to the end of token b. */
export function spanText(doc: Doc, a: Token, b: Token): string {
  return doc.text.slice(a.start, b.end);
}

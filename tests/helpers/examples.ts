/** Shared helpers for rule-example tests. */
import { applyFixes } from '../../src/fix/apply.js';
import type { Finding } from '../../src/rules/types.js';

/** Strips the [[ ]] marker from an example, returning the text and the marked span. */
export function unmark(marked: string): { text: string; start: number; end: number } {
  const start = marked.indexOf('[[');
  const close = marked.indexOf(']]', start + 2);
  if (start === -1 || close === -1 || marked.indexOf('[[', start + 2) !== -1) {
    throw new Error(`example needs exactly one [[span]]: ${marked}`);
  }
  const text = marked.slice(0, start) + marked.slice(start + 2, close) + marked.slice(close + 2);
  return { text, start, end: close - 2 };
}

/** The text with the finding's first suggestion applied. */
export function applyFirst(text: string, f: Finding): string {
  const s = f.suggestions[0];
  if (s === undefined) return text;
  return applyFixes(text, [{ start: f.start, end: f.end, text: s }]).text;
}

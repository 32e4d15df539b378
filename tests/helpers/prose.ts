/** Shared helpers for the prose-view (wire format) tests. */
import { expect } from 'vitest';
import { FormatError, type ProseView } from '../../src/text/formats/types.js';
import { LineIndex } from '../../src/text/lines.js';

/** The raw slice behind prose [a, b). */
export function rawOf(v: ProseView, raw: string, a: number, b: number): string {
  return raw.slice(v.toRaw(a), v.toRawEnd(b));
}

/** The raw slice behind the first occurrence of `prose` in the view. */
export function rawAt(v: ProseView, raw: string, prose: string): string {
  const a = v.text.indexOf(prose);
  expect(a, `"${prose}" in the prose`).toBeGreaterThanOrEqual(0);
  return rawOf(v, raw, a, a + prose.length);
}

/** The FormatError `view(raw)` throws, with its line and column; fails if it throws none. */
export function formatErrorOf(view: (raw: string) => unknown, raw: string): { message: string; line: number; column: number } {
  try {
    view(raw);
  } catch (e) {
    if (!(e instanceof FormatError)) throw e;
    const at = new LineIndex(raw).at(e.offset);
    return { message: e.message, line: at.line, column: at.column };
  }
  throw new Error('expected a FormatError');
}

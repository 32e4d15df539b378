/**
 * Findings to review items: sorted by position, keyed by rule id + surrounding text (the
 * fingerprint that baselines and SARIF use), each with the sentence it sits in, clipped.
 */
import { fingerprints } from '../report/fingerprint.js';
import type { Finding } from '../rules/types.js';
import { Doc } from '../text/document.js';
import { MARKUP } from '../text/formats/edit.js';
import { LineIndex } from '../text/lines.js';
import type { ReviewItem } from './types.js';

/** Characters of context either side of the span, at most. */
const SIDE = 160;

/** One line of prose: line breaks as spaces, markup (formats/edit.ts MARKUP) gone. */
function flat(s: string): string {
  return s.replace(/[\r\n\t]/g, ' ').replaceAll(MARKUP, '');
}

/** Clips at a word boundary, marking the cut with an ellipsis. */
export function clipStart(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(s.length - max);
  const sp = cut.indexOf(' ');
  return `…${sp >= 0 && sp < 24 ? cut.slice(sp + 1) : cut}`;
}

export function clipEnd(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  const sp = cut.lastIndexOf(' ');
  return `${sp > max - 24 ? cut.slice(0, sp) : cut}…`;
}

/** Binary search: the first sentence whose end is > offset (>= when `inclusive`). */
function firstEndingAfter(doc: Doc, offset: number, inclusive: boolean): number {
  let lo = 0;
  let hi = doc.sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const e = doc.sentences[mid]?.end ?? 0;
    if (inclusive ? e >= offset : e > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The sentence (by the engine's own segmentation) around [start, end), clipped to SIDE either
 * side; cut from `shown` (same offsets as the document: a wire file with its markup as MARKUP).
 */
export function contextOf(doc: Doc, start: number, end: number, shown = doc.text): { before: string; after: string } {
  const first = doc.sentences[firstEndingAfter(doc, start, false)] ?? { start, end };
  const last = doc.sentences[firstEndingAfter(doc, end, true)] ?? first;
  const from = Math.min(first.start, start);
  const to = Math.max(last.end, end);
  return { before: clipStart(flat(shown.slice(from, start)), SIDE), after: clipEnd(flat(shown.slice(end, to)), SIDE) };
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

/** `shown`: what the contexts are cut from (FormatEditing.context), when not `text` itself. */
export function buildItems(text: string, findings: readonly Finding[], shown = text): ReviewItem[] {
  const sorted = [...findings].sort(compareFindings);
  const keys = fingerprints(sorted, text);
  const lines = new LineIndex(text);
  const doc = new Doc(text);
  return sorted.map((f, i) => {
    const at = lines.at(f.start);
    return {
      key: keys[i] as string,
      ruleId: f.ruleId,
      category: f.category,
      severity: f.severity,
      start: f.start,
      end: f.end,
      line: at.line,
      column: at.column,
      original: text.slice(f.start, f.end),
      message: f.message,
      suggestions: f.suggestions,
      reason: f.reason,
      context: contextOf(doc, f.start, f.end, shown),
    };
  });
}

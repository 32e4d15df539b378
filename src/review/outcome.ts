/**
 * What a finished review produces, as pure functions: the corrected text (every accepted or
 * edited decision through the one shared fix module, in one pass), the summary, and the
 * decisions log.
 */
import { applyFixes } from '../fix/apply.js';
import { acceptedEdits } from './reducer.js';
import type { Decision, DecisionKind, ReviewItem, Step } from './types.js';

export interface Counts {
  accepted: number;
  edited: number;
  rejected: number;
  /** Skipped on purpose, or never decided: the text stays as it is. */
  skipped: number;
}

export interface Summary extends Counts {
  readonly total: number;
  /** Categories in the order their first finding appears. */
  readonly byCategory: Readonly<Record<string, Counts>>;
}

interface Decided {
  readonly items: readonly ReviewItem[];
  readonly steps: readonly Step[];
  readonly decided: ReadonlyMap<string, Decision>;
}

const zero = (): Counts => ({ accepted: 0, edited: 0, rejected: 0, skipped: 0 });

export function kindOf(s: Decided, item: ReviewItem): DecisionKind {
  return s.decided.get(item.key)?.decision ?? 'skipped';
}

export function summarize(s: Decided): Summary {
  const total = zero();
  const byCategory: Record<string, Counts> = {};
  for (const it of s.items) {
    const k = kindOf(s, it);
    total[k]++;
    (byCategory[it.category] ??= zero())[k]++;
  }
  return { total: s.items.length, ...total, byCategory };
}

export interface Corrected {
  readonly text: string;
  /** Edits the fix module could not apply (overlapping an earlier one): shown, never dropped silently. */
  readonly conflicts: readonly Decision[];
}

/** `escape` puts a replacement into the file's syntax at its raw offset (XML entities, JSON escapes; src/text/formats/edit.ts). */
export function correctedText(text: string, s: Decided, escape: (prose: string, raw: string, at: number) => string = (p) => p): Corrected {
  const edits = acceptedEdits(s).map((d) => ({ ...d, text: escape(d.replacement ?? '', text, d.start) }));
  const r = applyFixes(text, edits);
  const strip = ({ text: _t, ...d }: Decision & { text: string }): Decision => d;
  return { text: r.text, conflicts: r.conflicts.map(strip) };
}

export interface LogEntry {
  readonly ruleId: string;
  readonly category: string;
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly column: number;
  readonly original: string;
  readonly replacement: string | null;
  readonly decision: DecisionKind;
  /** When the reviewer decided; null for a finding never decided (counted as skipped). */
  readonly time: string | null;
  readonly note?: string;
}

export interface ReviewLog {
  readonly schemaVersion: 1;
  readonly file: string;
  /** Where the corrected text went. */
  readonly output: string;
  readonly sourceSha256: string;
  readonly finishedAt: string;
  readonly summary: Summary;
  /** One entry per finding, in text order. Spans are in the text as read. */
  readonly decisions: readonly LogEntry[];
  /** Decisions from earlier runs whose finding is gone, and edits that could not be applied. */
  readonly unmatched: readonly Decision[];
  readonly conflicts: readonly Decision[];
}

export function buildLog(
  s: Decided,
  meta: { file: string; output: string; sourceSha256: string; finishedAt: string; unmatched: readonly Decision[]; conflicts: readonly Decision[] },
): ReviewLog {
  const decisions = s.items.map((it): LogEntry => {
    const d = s.decided.get(it.key);
    const e: LogEntry = {
      ruleId: it.ruleId,
      category: it.category,
      start: it.start,
      end: it.end,
      line: it.line,
      column: it.column,
      original: it.original,
      replacement: d?.replacement ?? null,
      decision: d?.decision ?? 'skipped',
      time: d?.time ?? null,
    };
    return d?.note ? { ...e, note: d.note } : e;
  });
  const { file, output, sourceSha256, finishedAt, unmatched, conflicts } = meta;
  return { schemaVersion: 1, file, output, sourceSha256, finishedAt, summary: summarize(s), decisions, unmatched, conflicts };
}

function countLine(c: Counts): string {
  return `${c.accepted} accepted, ${c.edited} edited, ${c.rejected} rejected, ${c.skipped} skipped`;
}

/** The summary as plain lines: the app's summary page and the farewell on stdout both use it. */
export function summaryLines(sum: Summary): string[] {
  const cats = Object.entries(sum.byCategory);
  const w = Math.max(0, ...cats.map(([c]) => c.length));
  return [
    `${sum.total} finding${sum.total === 1 ? '' : 's'}: ${countLine(sum)}`,
    ...cats.map(([c, n]) => `  ${c.padEnd(w)}  ${countLine(n)}`),
  ];
}

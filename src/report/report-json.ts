/**
 * `mtaudit report`'s report.json, pure: everything, machine-readable, with a schema version.
 * Like index.html it comes in pieces so the command can stream 10,000 articles: the head
 * (meta, scoring, summary) and then one entry per file in input order, each built by
 * formatArticleJson in the worker that audited it.
 *
 *   { "schemaVersion": 1, "kind": "mtaudit-report", "title", "generator", "generatedAt"?,
 *     "scoring": {...}, "summary": {...}, "files": [ { "path", "error"?, "words", "penalty",
 *     "score", "counts", "categories", "findings": [ as `check --format json` ] } ] }
 */
import { findingJson } from './json.js';
import type { LocatedFinding } from '../auditor.js';
import { CATEGORIES } from '../rules/types.js';
import { MQM_WEIGHTS, PER_WORDS, SCORE_BINS, type ArticleRecord, type ReportMeta, type ReportTotals } from './summary.js';

export const REPORT_SCHEMA_VERSION = 1;

const indent = (json: string, by: string): string => json.replace(/\n/g, `\n${by}`);

/** One entry of "files", indented to sit in the array. */
export function formatArticleJson(record: ArticleRecord, findings: readonly LocatedFinding[]): string {
  const base = { path: record.path, ...(record.error !== undefined ? { error: record.error } : {}) };
  const categories = Object.fromEntries(CATEGORIES.flatMap((c) => (record.categories[c] ? [[c, record.categories[c]]] : [])));
  const entry = {
    ...base,
    words: record.words,
    penalty: record.penalty,
    score: record.score,
    counts: { findings: record.findings, ...record.severities },
    categories,
    findings: findings.map(findingJson),
  };
  return `    ${indent(JSON.stringify(entry, null, 2), '    ')}`;
}

/** Everything before the first file entry, ending with `"files": [`. */
export function formatReportJsonHead(meta: ReportMeta, totals: ReportTotals, records: readonly ArticleRecord[]): string {
  const byIndex = new Map(records.map((r) => [r.index, r] as const));
  const head = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    kind: 'mtaudit-report',
    title: meta.title,
    generator: { name: 'mtaudit', version: meta.version },
    ...(meta.generatedAt ? { generatedAt: meta.generatedAt } : {}),
    scoring: {
      method: 'MQM, WMT weights',
      weights: { major: MQM_WEIGHTS.major, minor: MQM_WEIGHTS.minor, minorPunctuation: MQM_WEIGHTS.minorPunctuation },
      severities: { error: 'major', warning: 'minor', info: 'minor' },
      perWords: PER_WORDS,
      score: 'penalty * 1000 / words (words at least 1); lower is better',
    },
    summary: {
      files: totals.files,
      audited: totals.audited,
      failed: totals.failed,
      words: totals.words,
      findings: totals.findings,
      findingsPer1000Words: totals.rate,
      severities: totals.severities,
      penalty: totals.penalty,
      score: totals.score,
      categories: totals.categories,
      distribution: SCORE_BINS.map((b, k) => ({ bin: b.label, from: b.from, to: Number.isFinite(b.to) ? b.to : null, articles: totals.distribution[k] ?? 0 })),
      worst: totals.worst.map((i) => ({ index: i, path: byIndex.get(i)?.path ?? '', score: byIndex.get(i)?.score ?? 0 })),
      unreadable: records.filter((r) => r.error !== undefined).map((r) => ({ path: r.path, error: r.error })),
    },
  };
  const json = JSON.stringify(head, null, 2);
  return `${json.slice(0, -2)},\n  "files": [`;
}

/** What goes before the n-th entry (0-based). */
export const jsonEntrySeparator = (n: number): string => (n === 0 ? '\n' : ',\n');

export function formatReportJsonFoot(entries: number): string {
  return `${entries > 0 ? '\n  ' : ''}]\n}\n`;
}

export function formatReportJson(meta: ReportMeta, totals: ReportTotals, records: readonly ArticleRecord[], entries: readonly string[]): string {
  return formatReportJsonHead(meta, totals, records) + entries.map((e, n) => jsonEntrySeparator(n) + e).join('') + formatReportJsonFoot(entries.length);
}

/** `--format json`: everything, stable key order, a schema version for consumers. */
import type { LocatedFinding } from '../auditor.js';
import { summarize, type FileResult } from './types.js';

export const JSON_SCHEMA_VERSION = 1;

/** One finding as every JSON output writes it, in a stable key order. */
export function findingJson(f: LocatedFinding): Record<string, unknown> {
  return {
    ruleId: f.ruleId,
    category: f.category,
    severity: f.severity,
    start: f.start,
    end: f.end,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    text: f.text,
    message: f.message,
    suggestions: f.suggestions,
    reason: f.reason,
    confidence: f.confidence,
  };
}

export function formatJson(results: readonly FileResult[]): string {
  const files = results.map((r) => ({
    path: r.path,
    ...(r.error ? { error: r.error } : {}),
    findings: r.findings.map(findingJson),
  }));
  return `${JSON.stringify({ schemaVersion: JSON_SCHEMA_VERSION, files, summary: summarize(results) }, null, 2)}\n`;
}

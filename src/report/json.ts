/** `--format json`: everything, stable key order, a schema version for consumers. */
import { summarize, type FileResult } from './types.js';

export const JSON_SCHEMA_VERSION = 1;

export function formatJson(results: readonly FileResult[]): string {
  const files = results.map((r) => ({
    path: r.path,
    ...(r.error ? { error: r.error } : {}),
    findings: r.findings.map((f) => ({
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
    })),
  }));
  return `${JSON.stringify({ schemaVersion: JSON_SCHEMA_VERSION, files, summary: summarize(results) }, null, 2)}\n`;
}

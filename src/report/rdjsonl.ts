/**
 * reviewdog's rdjsonl (one Diagnostic per line). reviewdog counts columns in UTF-8 bytes,
 * 1-based, so columns are converted from the text; suggestions become suggested changes.
 */
import type { Severity } from '../rules/types.js';
import type { FileResult } from './types.js';

const SEVERITY: Readonly<Record<Severity, string>> = { error: 'ERROR', warning: 'WARNING', info: 'INFO' };

/** 1-based UTF-8 byte column of a UTF-16 offset, given the offset where its line starts. */
export function byteColumn(text: string, lineStart: number, offset: number): number {
  return Buffer.byteLength(text.slice(lineStart, offset), 'utf8') + 1;
}

export function formatRdjsonl(results: readonly FileResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    const text = r.text ?? '';
    for (const f of r.findings) {
      const startCol = byteColumn(text, f.start - (f.column - 1), f.start);
      const endCol = byteColumn(text, f.end - (f.endColumn - 1), f.end);
      const range = { start: { line: f.line, column: startCol }, end: { line: f.endLine, column: endCol } };
      lines.push(
        JSON.stringify({
          message: f.message,
          location: { path: r.path, range },
          severity: SEVERITY[f.severity],
          source: { name: 'mtaudit' },
          code: { value: f.ruleId },
          suggestions: f.suggestions.slice(0, 1).map((s) => ({ range, text: s })),
        }),
      );
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/** What every formatter receives: one entry per input, in input order. */
import type { LocatedFinding } from '../auditor.js';

export interface FileResult {
  readonly path: string;
  readonly findings: readonly LocatedFinding[];
  /** Set when the file could not be read; findings is then empty. */
  readonly error?: string;
  /** The text as read, for formats that need context or byte columns. */
  readonly text?: string;
}

export interface Summary {
  readonly files: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly failedFiles: number;
}

export function summarize(results: readonly FileResult[]): Summary {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let failedFiles = 0;
  for (const r of results) {
    if (r.error) failedFiles++;
    for (const f of r.findings) {
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
      else infos++;
    }
  }
  return { files: results.length, errors, warnings, infos, failedFiles };
}

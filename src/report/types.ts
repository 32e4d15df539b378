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

/** Where an unreadable file failed, read off its one-line error `path[:line:col]: reason`. */
export interface ErrorLocation {
  readonly line?: number;
  readonly column?: number;
  /** The reason without the `path:line:col: ` prefix. */
  readonly reason: string;
}

export function errorLocation(r: FileResult): ErrorLocation | undefined {
  if (r.error === undefined) return undefined;
  const prefix = `${r.path}:`;
  if (!r.error.startsWith(prefix)) return { reason: r.error };
  const rest = r.error.slice(prefix.length);
  const m = /^(\d+):(\d+): (.*)$/s.exec(rest);
  if (m) return { line: Number(m[1]), column: Number(m[2]), reason: m[3]! };
  return { reason: rest.replace(/^ /, '') };
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

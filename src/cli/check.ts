/** `mtaudit check PATH...`: lint files and exit 0 / 1 / 2 for a pipeline to gate on. */
import { appendFileSync } from 'node:fs';
import { createAuditor, type AuditorOptions } from '../auditor.js';
import { formatGithubSummary } from '../report/github.js';
import { FORMATTERS, type FileResult } from '../report/index.js';
import { isSeverity, severityRank, type Severity } from '../rules/types.js';
import { VERSION } from '../version.js';
import { CliError, type Io } from './io.js';
import { expandPaths, isFailure, readSource } from './inputs.js';

export interface CheckOptions {
  readonly format: string;
  readonly failOn: string;
  readonly color: boolean;
  readonly only?: readonly string[];
  readonly disable?: readonly string[];
  readonly stdinFilename?: string;
}

export function parseFailOn(v: string): Severity | 'none' {
  if (v === 'none' || isSeverity(v)) return v;
  throw new CliError(`--fail-on: expected error, warning, info or none, got "${v}"`);
}

export async function runCheck(paths: readonly string[], opts: CheckOptions, io: Io, auditorOptions: AuditorOptions = {}): Promise<number> {
  const formatter = FORMATTERS[opts.format];
  if (!formatter) throw new CliError(`--format: unknown format "${opts.format}" (one of: ${Object.keys(FORMATTERS).join(', ')})`);
  const failOn = parseFailOn(opts.failOn);
  const sources = await expandPaths(paths, io, opts.stdinFilename);
  const auditor = createAuditor({ ...auditorOptions, only: opts.only, disable: opts.disable });
  const results: FileResult[] = [];
  let inputErrors = 0;
  for (const src of sources) {
    const input = await readSource(src, io);
    if (isFailure(input)) {
      io.stderr(`mtaudit: ${input.message}\n`);
      inputErrors++;
      results.push({ path: input.path, findings: [], error: input.message });
      continue;
    }
    results.push({ path: input.path, findings: auditor.audit(input.text), text: input.text });
  }
  const rules = new Map(auditor.rules.map((r) => [r.meta.id, r.meta] as const));
  io.stdout(formatter(results, { color: opts.color, rules, version: VERSION }));
  const summaryFile = io.env['GITHUB_STEP_SUMMARY'];
  if (opts.format === 'github' && summaryFile) {
    try {
      appendFileSync(summaryFile, formatGithubSummary(results));
    } catch (e) {
      throw new CliError(`${summaryFile}: cannot write the GitHub step summary (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  }
  if (inputErrors > 0) return 2;
  if (failOn === 'none') return 0;
  const bar = severityRank(failOn);
  return results.some((r) => r.findings.some((f) => severityRank(f.severity) >= bar)) ? 1 : 0;
}

/**
 * `mtaudit check PATH...`: lint files and exit 0 / 1 / 2 for a pipeline to gate on.
 * Order of work: config, rules (built-in + the desk's packs), inputs (minus ignores), then per
 * file: decode, prose view of its format, audit, map back to the raw file, inline
 * suppressions, baseline; then one formatter and the exit code.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { locate } from '../auditor.js';
import { buildBaseline, parseBaseline, subtractBaseline } from '../report/baseline.js';
import { formatGithubSummary } from '../report/github.js';
import { FORMATTERS, type FileResult } from '../report/index.js';
import type { Directive } from '../rules/suppress.js';
import { isSeverity, severityRank, type Severity } from '../rules/types.js';
import { isInputFormat, type InputFormat } from '../text/formats/index.js';
import { LineIndex } from '../text/lines.js';
import { VERSION } from '../version.js';
import { expandPaths, isFailure, readSource, type Input } from './inputs.js';
import { CliError, type Io } from './io.js';
import { createChunkPool, defaultJobs, type ChunkPool } from './chunk-pool.js';
import { finishAudit, setup, viewOf } from './pipeline.js';

export interface CheckOptions {
  readonly format: string;
  readonly failOn?: string;
  readonly maxWarnings?: number;
  readonly minConfidence?: number;
  readonly color: boolean;
  readonly only?: readonly string[];
  readonly disable?: readonly string[];
  readonly stdinFilename?: string;
  /** A config file to use instead of searching; false: no config at all. */
  readonly config?: string | false;
  readonly inputFormat?: string;
  readonly baseline?: string;
  readonly updateBaseline?: boolean;
  readonly reportUnusedDirectives?: boolean;
  /** Worker threads for large texts (default: one per core). */
  readonly jobs?: number;
}

export function parseFailOn(v: string): Severity | 'none' {
  if (v === 'none' || isSeverity(v)) return v;
  throw new CliError(`--fail-on: expected error, warning, info or none, got "${v}"`);
}

interface Audited {
  readonly result: FileResult;
  readonly unused: readonly Directive[];
}

async function auditInput(input: Input, format: InputFormat | undefined, pool: ChunkPool): Promise<Audited> {
  const view = viewOf(input.text, input.path, format);
  if ('error' in view) return { result: { path: input.path, findings: [], error: view.error }, unused: [] };
  const r = finishAudit(input.text, view, await pool.findings(view.text));
  if (!r.ok) return { result: { path: input.path, findings: [], error: r.error }, unused: [] };
  return { result: { path: input.path, findings: locate(r.findings, new LineIndex(input.text)), text: input.text }, unused: r.unused };
}

export async function runCheck(paths: readonly string[], opts: CheckOptions, io: Io): Promise<number> {
  const formatter = FORMATTERS[opts.format];
  if (!formatter) throw new CliError(`--format: unknown format "${opts.format}" (one of: ${Object.keys(FORMATTERS).join(', ')})`);
  if (opts.inputFormat !== undefined && !isInputFormat(opts.inputFormat)) {
    throw new CliError(`--input-format: unknown format "${opts.inputFormat}" (one of: txt, md, nitf, newsml, ninjs)`);
  }
  if (opts.maxWarnings !== undefined && (!Number.isInteger(opts.maxWarnings) || opts.maxWarnings < 0)) {
    throw new CliError('--max-warnings: expected a non-negative integer');
  }
  const { config, auditor, settings, ignored } = setup({ config: opts.config, only: opts.only, disable: opts.disable, minConfidence: opts.minConfidence }, io.cwd);
  const failOn = parseFailOn(opts.failOn ?? config?.failOn ?? 'warning');
  const maxWarnings = opts.maxWarnings ?? config?.maxWarnings;

  let sources = await expandPaths(paths, io, opts.stdinFilename);
  if (ignored) sources = sources.filter((s) => s.kind === 'stdin' || !ignored(s.abs));

  const pool = createChunkPool(auditor, settings, opts.jobs ?? defaultJobs());
  const results: FileResult[] = [];
  let inputErrors = 0;
  let unusedDirectives = 0;
  for (const src of sources) {
    const input = await readSource(src, io);
    if (isFailure(input)) {
      io.stderr(`mtaudit: ${input.message}\n`);
      inputErrors++;
      results.push({ path: input.path, findings: [], error: input.message });
      continue;
    }
    const format = (opts.inputFormat as InputFormat | undefined) ?? config?.inputFormat;
    const { result, unused } = await auditInput(input, format, pool);
    if (result.error) {
      io.stderr(`mtaudit: ${result.error}\n`);
      inputErrors++;
    }
    if (opts.reportUnusedDirectives) {
      const lines = new LineIndex(input.text);
      for (const d of unused) {
        const at = lines.at(d.start);
        io.stderr(`${input.path}:${at.line}:${at.column}: unused mtaudit-${d.kind} directive${d.rules.length ? ` (${d.rules.join(', ')})` : ''}\n`);
        unusedDirectives++;
      }
    }
    results.push(result);
  }
  await pool.close();

  if (opts.updateBaseline) {
    if (!opts.baseline) throw new CliError('--update-baseline needs --baseline FILE');
    await writeFileAtomic(path.resolve(io.cwd, opts.baseline), `${JSON.stringify(buildBaseline(results), null, 2)}\n`);
  }
  let shown = results;
  if (opts.baseline && !opts.updateBaseline) {
    let json: string;
    try {
      json = readFileSync(path.resolve(io.cwd, opts.baseline), 'utf8');
    } catch {
      throw new CliError(`${opts.baseline}: cannot read the baseline (create it with --update-baseline)`);
    }
    try {
      shown = subtractBaseline(results, parseBaseline(json, opts.baseline)).results;
    } catch (e) {
      throw new CliError((e as Error).message);
    }
  }

  const rules = new Map(auditor.rules.map((r) => [r.meta.id, r.meta] as const));
  io.stdout(formatter(shown, { color: opts.color, rules, version: VERSION }));
  const summaryFile = io.env['GITHUB_STEP_SUMMARY'];
  if (opts.format === 'github' && summaryFile) {
    try {
      appendFileSync(summaryFile, formatGithubSummary(shown));
    } catch (e) {
      throw new CliError(`${summaryFile}: cannot write the GitHub step summary (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  }
  if (inputErrors > 0) return 2;
  const all = shown.flatMap((r) => r.findings);
  const warnings = all.filter((f) => f.severity === 'warning').length;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr(`mtaudit: ${warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  if (opts.reportUnusedDirectives && unusedDirectives > 0) return 1;
  if (failOn === 'none') return 0;
  const bar = severityRank(failOn);
  return all.some((f) => severityRank(f.severity) >= bar) ? 1 : 0;
}

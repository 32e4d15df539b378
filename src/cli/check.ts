/**
 * `mtaudit check PATH...`: lint files and exit 0 / 1 / 2 for a pipeline to gate on.
 * Order of work: config, rules (built-in + the desk's packs), inputs (minus ignores), then per
 * file: decode, prose view of its format, audit (small files a batch at a time, on every
 * core), map back to the raw file, inline suppressions, baseline; then one formatter and the
 * exit code. Messages and results come in input order either way.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { locate } from '../auditor.js';
import { buildBaseline, parseBaseline, subtractBaseline } from '../report/baseline.js';
import { formatGithubSummary } from '../report/github.js';
import { FORMATTERS, type FileResult } from '../report/index.js';
import type { Directive } from '../rules/suppress.js';
import { isSeverity, severityRank, type Finding, type Severity } from '../rules/types.js';
import { isInputFormat, type InputFormat, type ProseView } from '../text/formats/index.js';
import { LineIndex } from '../text/lines.js';
import { VERSION } from '../version.js';
import { expandPaths, isFailure, readSource, type Input } from './inputs.js';
import { CliError, type Io } from './io.js';
import { createChunkPool, defaultJobs, PARALLEL_MIN } from './chunk-pool.js';
import { finishAudit, setup, viewOf } from './pipeline.js';
import type { SuspectMode } from '../rules/engine.js';

export interface CheckOptions {
  readonly format: string;
  readonly failOn?: string;
  readonly maxWarnings?: number;
  readonly minConfidence?: number;
  readonly suspect?: SuspectMode;
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

/** A file read and turned into its prose view, waiting for its findings. */
interface Pending {
  readonly input: Input;
  readonly view: ProseView;
}

/** The result of a file once its prose view has been audited. */
function finishInput(p: Pending, found: readonly Finding[]): Audited {
  const { input, view } = p;
  const r = finishAudit(input.text, view, found);
  if (!r.ok) return { result: { path: input.path, findings: [], error: r.error }, unused: [] };
  return { result: { path: input.path, findings: locate(r.findings, new LineIndex(input.text)), text: input.text }, unused: r.unused };
}

/** Files whose prose is audited together (on every thread) up to about this many characters. */
const BATCH_CHARS = PARALLEL_MIN;

export async function runCheck(paths: readonly string[], opts: CheckOptions, io: Io): Promise<number> {
  const formatter = FORMATTERS[opts.format];
  if (!formatter) throw new CliError(`--format: unknown format "${opts.format}" (one of: ${Object.keys(FORMATTERS).join(', ')})`);
  if (opts.inputFormat !== undefined && !isInputFormat(opts.inputFormat)) {
    throw new CliError(`--input-format: unknown format "${opts.inputFormat}" (one of: txt, md, nitf, newsml, ninjs)`);
  }
  if (opts.maxWarnings !== undefined && (!Number.isInteger(opts.maxWarnings) || opts.maxWarnings < 0)) {
    throw new CliError('--max-warnings: expected a non-negative integer');
  }
  const { config, auditor, settings, ignored } = setup({ config: opts.config, only: opts.only, disable: opts.disable, minConfidence: opts.minConfidence, suspect: opts.suspect }, io.cwd);
  const failOn = parseFailOn(opts.failOn ?? config?.failOn ?? 'warning');
  const maxWarnings = opts.maxWarnings ?? config?.maxWarnings;

  let sources = await expandPaths(paths, io, opts.stdinFilename);
  if (ignored) sources = sources.filter((s) => s.kind === 'stdin' || !ignored(s.abs));

  const pool = createChunkPool(auditor, settings, opts.jobs ?? defaultJobs());
  const results: FileResult[] = [];
  let inputErrors = 0;
  let unusedDirectives = 0;
  const format = (opts.inputFormat as InputFormat | undefined) ?? config?.inputFormat;
  // Each file's outcome, in input order: a read or format error, or a file to audit. Small files
  // are audited a batch at a time, so a folder of articles keeps every core busy; what is
  // printed and returned is in input order, as if they were audited one by one.
  type Slot = { readonly failed: FileResult } | Pending;
  let batch: Slot[] = [];
  let batchChars = 0;
  const report = (r: FileResult, unused: readonly Directive[], text: string | undefined): void => {
    if (r.error) {
      io.stderr(`mtaudit: ${r.error}\n`);
      inputErrors++;
    }
    if (opts.reportUnusedDirectives && text !== undefined) {
      const lines = new LineIndex(text);
      for (const d of unused) {
        const at = lines.at(d.start);
        io.stderr(`${r.path}:${at.line}:${at.column}: unused mtaudit-${d.kind} directive${d.rules.length ? ` (${d.rules.join(', ')})` : ''}\n`);
        unusedDirectives++;
      }
    }
    results.push(r);
  };
  const flush = async (): Promise<void> => {
    const pending = batch.filter((x): x is Pending => 'view' in x);
    const found = await pool.findingsOfEach(pending.map((p) => p.view.text));
    let k = 0;
    for (const x of batch) {
      if ('failed' in x) report(x.failed, [], undefined);
      else {
        const { result, unused } = finishInput(x, found[k++] as Finding[]);
        report(result, unused, x.input.text);
      }
    }
    batch = [];
    batchChars = 0;
  };
  for (const src of sources) {
    const input = await readSource(src, io);
    if (isFailure(input)) {
      batch.push({ failed: { path: input.path, findings: [], error: input.message } });
    } else {
      const view = viewOf(input.text, input.path, format);
      if ('error' in view) batch.push({ failed: { path: input.path, findings: [], error: view.error } });
      else {
        batch.push({ input, view });
        batchChars += view.text.length;
      }
    }
    if (batchChars >= BATCH_CHARS) await flush();
  }
  await flush();
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

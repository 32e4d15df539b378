/**
 * `mtaudit report PATH... [--out reports/NAME]`: audits many files and writes index.html,
 * report.md and report.json into one folder.
 *
 * - Files are audited in worker threads (piscina; one per core by default) or in-process with
 *   `--jobs 1`. Results are written in input order whatever order they finish in, so the output
 *   is byte-identical either way; at most a window of results waits for a slow file.
 * - Memory stays flat: each article's HTML section and JSON entry are rendered by its worker and
 *   appended to part files at once; only a small record per article stays in memory for the
 *   summary, the charts and the table. At the end the three files are assembled from the parts.
 * - Atomic: everything is written into a temp folder beside --out, then renamed into place
 *   (report-files.ts), so an interrupted run never leaves half a report.
 * - A progress line on stderr when stderr is a terminal.
 * - An unreadable file is reported (stderr, and in the report), the rest go on; exit code 2.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, open, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { formatArticleHtml } from '../report/html-article.js';
import { formatHtmlFoot, formatHtmlHead } from '../report/html.js';
import { formatReportMarkdown } from '../report/markdown.js';
import { formatArticleJson, formatReportJsonFoot, formatReportJsonHead, jsonEntrySeparator } from '../report/report-json.js';
import { failedRecord, summarizeReport, type ArticleRecord, type ReportMeta } from '../report/summary.js';
import { isInputFormat, type InputFormat } from '../text/formats/index.js';
import { VERSION } from '../version.js';
import { setup } from './pipeline.js';
import { expandPaths } from './inputs.js';
import { CliError, type Io } from './io.js';
import { runOrdered } from './ordered.js';
import { CLEAR_LINE, formatProgress } from './progress.js';
import { assemble, checkOut, replaceDir, Sink } from './report-files.js';
import { createArticleAuditor, type ArticleOutput, type ArticleTask, type AuditSettings } from './report-worker.js';
import type { SuspectMode } from '../rules/engine.js';

export interface ReportOptions {
  /** The report folder (default reports/latest). */
  readonly out?: string;
  /** Worker threads; 1 audits in-process (default: one per core). */
  readonly jobs?: number;
  readonly title?: string;
  /** Findings less confident than this (0..1) are left out; default: the config's minConfidence, else all. */
  readonly minConfidence?: number;
  /** When suspect rules run; default: the config's suspect, else auto. */
  readonly suspect?: SuspectMode;
  readonly only?: readonly string[];
  readonly disable?: readonly string[];
  /** A config file to use instead of searching; false: no config at all. */
  readonly config?: string | false;
  readonly inputFormat?: string;
  readonly stdinFilename?: string;
  /** Show the progress line (default: when stderr is a terminal). */
  readonly progress?: boolean;
  /** The date in the report; default SOURCE_DATE_EPOCH (reproducible builds) or now. */
  readonly date?: Date;
  /** A millisecond clock for the progress line. */
  readonly now?: () => number;
}

export { REPORT_FILES } from './report-files.js';
const DEFAULT_OUT = 'reports/latest';

function reportDate(opts: ReportOptions, io: Io): string {
  if (opts.date) return opts.date.toISOString();
  const epoch = io.env['SOURCE_DATE_EPOCH'];
  if (epoch !== undefined && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString();
  return new Date().toISOString();
}

function settingsFor(opts: ReportOptions, io: Io): { settings: AuditSettings; ignore?: (abs: string) => boolean } {
  if (opts.inputFormat !== undefined && !isInputFormat(opts.inputFormat)) {
    throw new CliError(`--input-format: unknown format "${opts.inputFormat}" (one of: txt, md, nitf, newsml, ninjs)`);
  }
  // Config, desk packs and rule names are validated here, so a broken pack fails the run before any work.
  const { config, settings, ignored } = setup({ config: opts.config, only: opts.only, disable: opts.disable, minConfidence: opts.minConfidence, suspect: opts.suspect }, io.cwd);
  const inputFormat = (opts.inputFormat as InputFormat | undefined) ?? config?.inputFormat;
  return { settings: { ...settings, inputFormat }, ...(ignored ? { ignore: ignored } : {}) };
}

/** The pool's run function, or the in-process auditor when there is one job (or no built worker). */
function auditorFor(settings: AuditSettings, jobs: number): { run: (t: ArticleTask) => Promise<ArticleOutput>; close: () => Promise<void>; window: number } {
  const worker = new URL('./report-worker.js', import.meta.url);
  // From the TypeScript sources (tests) there is no compiled worker: audit in-process instead.
  if (jobs > 1 && existsSync(fileURLToPath(worker))) {
    const pool = new Piscina<ArticleTask, ArticleOutput>({ filename: worker.href, minThreads: jobs, maxThreads: jobs, workerData: settings });
    return { run: (t) => pool.run(t), close: () => pool.destroy(), window: jobs * 4 };
  }
  const audit = createArticleAuditor(settings);
  return { run: audit, close: () => Promise.resolve(), window: 1 };
}

export async function runReport(paths: readonly string[], opts: ReportOptions, io: Io): Promise<number> {
  const jobs = opts.jobs ?? os.availableParallelism();
  if (!Number.isInteger(jobs) || jobs < 1) throw new CliError('--jobs: expected a positive integer');
  const { settings, ignore } = settingsFor(opts, io);
  const outShown = opts.out ?? DEFAULT_OUT;
  const outAbs = path.resolve(io.cwd, outShown);
  await checkOut(outAbs, outShown);

  let sources = await expandPaths(paths, io, opts.stdinFilename);
  if (ignore) sources = sources.filter((s) => s.kind === 'stdin' || !ignore(s.abs));
  const stdin = sources.some((s) => s.kind === 'stdin') ? await io.readStdin() : undefined;
  const tasks: ArticleTask[] = sources.map((s, index) => (s.kind === 'stdin' ? { index, path: s.path, bytes: stdin } : { index, path: s.path, abs: s.abs }));

  const meta: ReportMeta = { title: opts.title ?? 'mtaudit report', version: VERSION, generatedAt: reportDate(opts, io) };
  const showProgress = opts.progress ?? io.stderrIsTTY;
  const now = opts.now ?? (() => performance.now());
  const t0 = now();
  let drawn = -Infinity;
  const draw = (done: number, force = false): void => {
    if (!showProgress) return;
    const t = now();
    if (!force && t - drawn < 100) return;
    drawn = t;
    io.stderr(`${CLEAR_LINE}${formatProgress({ done, total: tasks.length, elapsedMs: t - t0 })}`);
  };

  let tmp: string;
  try {
    await mkdir(path.dirname(outAbs), { recursive: true });
    tmp = await mkdtemp(path.join(path.dirname(outAbs), `.${path.basename(outAbs)}.tmp-`));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'EACCES' ? 'permission denied' : code === 'EEXIST' || code === 'ENOTDIR' ? 'a file is in the way' : (code ?? (e as Error).message);
    throw new CliError(`--out ${outShown}: cannot create the folder (${why})`);
  }
  let close = (): Promise<void> => Promise.resolve();
  try {
    const auditor = auditorFor(settings, Math.min(jobs, Math.max(tasks.length, 1)));
    const { run, window } = auditor;
    close = auditor.close;
    const htmlPart = path.join(tmp, 'articles.html.part');
    const jsonPart = path.join(tmp, 'files.json.part');
    const htmlFh = await open(htmlPart, 'w');
    const jsonFh = await open(jsonPart, 'w');
    const html = new Sink(htmlFh);
    const json = new Sink(jsonFh);
    const records: ArticleRecord[] = [];
    draw(0, true);
    try {
      // A crash inside one file's audit is that file's error, not the end of a 10,000-file run.
      const safeRun = (t: ArticleTask): Promise<ArticleOutput> =>
        run(t).catch((e: unknown) => {
          const record = failedRecord(t.index, t.path, `${t.path}: internal error: ${(e as Error).message ?? String(e)}`);
          return { record, html: formatArticleHtml(record, '', []), json: formatArticleJson(record, []) };
        });
      await runOrdered(tasks, safeRun, window, async (r, i) => {
        records.push(r.record);
        if (r.record.error !== undefined) {
          if (showProgress) io.stderr(CLEAR_LINE);
          io.stderr(`mtaudit: ${r.record.error}\n`);
          drawn = -Infinity;
        }
        await html.write(r.html);
        await json.write(jsonEntrySeparator(i) + r.json);
        draw(i + 1, i + 1 === tasks.length);
      });
      await html.flush();
      await json.flush();
    } finally {
      await htmlFh.close();
      await jsonFh.close();
    }
    if (showProgress) io.stderr(`${CLEAR_LINE}`);

    const totals = summarizeReport(records);
    await assemble(path.join(tmp, 'index.html'), formatHtmlHead(meta, totals, records), htmlPart, formatHtmlFoot());
    await assemble(path.join(tmp, 'report.json'), formatReportJsonHead(meta, totals, records), jsonPart, formatReportJsonFoot(records.length));
    const md = await open(path.join(tmp, 'report.md'), 'w');
    await md.write(formatReportMarkdown(meta, totals, records));
    await md.close();
    await rm(htmlPart);
    await rm(jsonPart);
    await replaceDir(tmp, outAbs);

    const shown = path.relative(io.cwd, outAbs).split(path.sep).join('/') || '.';
    io.stdout(`Wrote ${shown}/index.html, ${shown}/report.md, ${shown}/report.json\n`);
    io.stdout(
      `${totals.files.toLocaleString('en-US')} files${totals.failed > 0 ? ` (${totals.failed} unreadable)` : ''}, ${totals.words.toLocaleString('en-US')} words, ` +
        `${totals.findings.toLocaleString('en-US')} findings: ${totals.rate} per 1,000 words; MQM score ${totals.score} per 1,000 words.\n`,
    );
    return totals.failed > 0 ? 2 : 0;
  } finally {
    await close();
    await rm(tmp, { recursive: true, force: true });
  }
}

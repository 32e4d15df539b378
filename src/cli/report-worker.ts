/**
 * One article of `mtaudit report`: read, decode, audit, score, and render its pieces of
 * index.html and report.json. Runs in a worker thread of the pool (this file, compiled to
 * dist/cli/report-worker.js, is the pool's entry: its default export), or in-process with
 * `--jobs 1`. Both call the same function, so the output cannot differ.
 */
import { workerData } from 'node:worker_threads';
import { locate } from '../auditor.js';
import { formatArticleHtml } from '../report/html.js';
import { formatArticleJson } from '../report/report-json.js';
import { articleRecord, countWords, failedRecord, type ArticleRecord } from '../report/summary.js';
import type { Severity } from '../rules/types.js';
import type { InputFormat } from '../text/formats/index.js';
import { LineIndex } from '../text/lines.js';
import { auditorFor } from './audit-settings.js';
import { decodeInput, isFailure, readSource, type Input } from './inputs.js';
import type { Io } from './io.js';
import { auditRaw } from './pipeline.js';
import type { SuspectMode } from '../rules/engine.js';

/** Everything a worker needs to build the same auditor as the main thread: plain data. */
export interface AuditSettings {
  readonly only?: readonly string[];
  readonly disable?: readonly string[];
  readonly severity?: Readonly<Record<string, Severity | 'off'>>;
  /** The desk's packs: absolute path and the name shown in messages (validated by the main thread). */
  readonly packs: readonly { readonly abs: string; readonly shown: string }[];
  readonly inputFormat?: InputFormat;
  readonly minConfidence?: number;
  readonly suspect?: SuspectMode;
}

/** One file to audit: a file on disk, or stdin's bytes (read by the main thread). */
export interface ArticleTask {
  readonly index: number;
  readonly path: string;
  readonly abs?: string;
  readonly bytes?: Uint8Array;
}

export interface ArticleOutput {
  readonly record: ArticleRecord;
  /** The article's <section> of index.html. */
  readonly html: string;
  /** The article's entry in report.json's "files". */
  readonly json: string;
}

// readSource needs an Io only for stdin; stdin's bytes come with the task instead.
const NO_IO: Io = {
  cwd: '/',
  env: {},
  stdoutIsTTY: false,
  stderrIsTTY: false,
  stdinIsTTY: false,
  stdout: () => undefined,
  stderr: () => undefined,
  readStdin: () => Promise.resolve(new Uint8Array()),
};

async function read(task: ArticleTask): Promise<Input | { readonly path: string; readonly message: string }> {
  if (task.bytes) return decodeInput(task.path, task.bytes);
  return readSource({ kind: 'file', path: task.path, abs: task.abs ?? task.path }, NO_IO);
}

export type ArticleAuditor = (task: ArticleTask) => Promise<ArticleOutput>;

export function createArticleAuditor(settings: AuditSettings): ArticleAuditor {
  const auditor = auditorFor(settings);
  const failed = (task: ArticleTask, message: string): ArticleOutput => {
    const record = failedRecord(task.index, task.path, message);
    return { record, html: formatArticleHtml(record, '', []), json: formatArticleJson(record, []) };
  };
  return async (task) => {
    const input = await read(task);
    if (isFailure(input)) return failed(task, input.message);
    // The same prose view, audit, raw positions and suppressions as `check`.
    const r = auditRaw(input.text, input.path, settings.inputFormat, auditor);
    if (!r.ok) return failed(task, r.error);
    const findings = locate(r.findings, new LineIndex(input.text));
    const record = articleRecord(task.index, task.path, countWords(r.view.text), findings);
    return { record, html: formatArticleHtml(record, input.text, findings), json: formatArticleJson(record, findings) };
  };
}

// The pool's entry. A worker builds its auditor (and loads the tagger) once, on its first task.
let workerAuditor: ArticleAuditor | undefined;

export default function runTask(task: ArticleTask): Promise<ArticleOutput> {
  workerAuditor ??= createArticleAuditor(workerData as AuditSettings);
  return workerAuditor(task);
}

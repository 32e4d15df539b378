/**
 * `mtaudit review FILE`: the copy editor's interactive pass over one file. This module does
 * the I/O around the pure review core (src/review): reads and audits the file, resumes the
 * session, saves it atomically after every step, and at the end writes the corrected text
 * (FILE.reviewed.ext, or FILE in place with --write, keeping FILE.bak) and the decisions log.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import writeFileAtomic from 'write-file-atomic';
import type { Auditor } from '../auditor.js';
import type { Finding } from '../rules/types.js';
import { buildItems } from '../review/items.js';
import { buildLog, correctedText, summarize, summaryLines } from '../review/outcome.js';
import { currentItem, initialState, type ReviewState } from '../review/reducer.js';
import { runReviewApp, type RunAppOptions } from '../review/run.js';
import { parseSession, restoreSession, reviewPaths, serializeSession, SESSION_SCHEMA, SessionError, sha256, type SessionFile } from '../review/session.js';
import type { Decision } from '../review/types.js';
import { runCheck } from './check.js';
import type { Config } from './config.js';
import { decodeInput, expandPaths, isFailure } from './inputs.js';
import { CliError, type Io } from './io.js';
import { detectFormat } from '../text/formats/index.js';
import { auditRaw, setup } from './pipeline.js';
import { formatEditing, MARKUP, type FormatEditing } from '../text/formats/edit.js';

export interface ReviewFlags {
  readonly rule?: readonly string[];
  readonly disable?: readonly string[];
  /** Correct FILE in place, keeping FILE.bak. */
  readonly write?: boolean;
  /** Review a copy of the bundled sample; without a terminal, print its check report. */
  readonly demo?: boolean;
  /** A config file instead of the one found upward from cwd; false: none (as in check). */
  readonly config?: string | false;
  readonly color: boolean;
}

export interface ReviewDeps {
  /** The interactive part; tests pass a scripted one. */
  readonly app?: (o: RunAppOptions) => Promise<ReviewState>;
}

const SAMPLE = fileURLToPath(new URL('../../corpus/seed-lavrov.txt', import.meta.url));
const DEMO_DIR = fileURLToPath(new URL('../../reports/review-demo/', import.meta.url));
const BOM = '\uFEFF';

function shown(cwd: string, abs: string): string {
  const rel = path.relative(cwd, abs);
  return rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel.split(path.sep).join('/');
}

/** The sample copied where review may write (reports/, else the temp folder); never corpus/. */
function demoCopy(): string {
  const sample = readFileSync(SAMPLE);
  for (const dir of [DEMO_DIR, path.join(tmpdir(), 'mtaudit-review-demo')]) {
    const to = path.join(dir, path.basename(SAMPLE));
    try {
      mkdirSync(dir, { recursive: true });
      // Keep an existing copy that still matches, so its session resumes.
      // Written, not copied: the copy must be writable even when the sample is read-only.
      if (!existsSync(to) || !readFileSync(to).equals(sample)) {
        rmSync(to, { force: true });
        writeFileSync(to, sample);
      }
      return to;
    } catch {
      // Not writable (an installed package): try the next place.
    }
  }
  throw new CliError('--demo: cannot write a copy of the sample article');
}

/** ISO time; MTAUDIT_NOW fixes it, so a test can check the log byte for byte. */
export function clock(env: Io['env']): () => string {
  const fixed = env['MTAUDIT_NOW'];
  return fixed ? () => fixed : () => new Date().toISOString();
}

interface Audited {
  /** Findings a typed replacement can go into, at raw offsets. */
  readonly findings: Finding[];
  /** Findings whose span holds markup or an escape: left to `check`. */
  readonly notEditable: number;
  /** The raw file with everything but prose blanked: what findings are placed and keyed in. */
  readonly display: string;
  /** The same with markup as MARKUP (formats/edit.ts): what a finding's context line is cut from. */
  readonly shown: string;
  readonly editing: FormatEditing;
}

function audit(file: string, text: string, config: Config | undefined, auditor: Auditor): Audited {
  // In NITF, NewsML and ninjs a typed replacement is escaped for the file (formats/edit.ts).
  const format = config?.inputFormat ?? detectFormat(file, text);
  const r = auditRaw(text, file, format, auditor);
  if (!r.ok) throw new CliError(r.error);
  const editing = formatEditing(format);
  const findings = r.findings.filter((f) => editing.editable(text, f.start, f.end));
  return { findings, notEditable: r.findings.length - findings.length, display: editing.display(text, r.view), shown: editing.display(text, r.view, MARKUP), editing };
}

function readSession(file: string, label: string): SessionFile | undefined {
  let json: string;
  try {
    json = readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new CliError(`${label}: cannot read the session (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    return parseSession(json);
  } catch (e) {
    if (e instanceof SessionError) throw new CliError(`${label}: cannot resume: ${e.message} (move the file away to start over)`);
    throw e;
  }
}

export async function runReviewCommand(file: string | undefined, flags: ReviewFlags, io: Io, deps: ReviewDeps = {}): Promise<number> {
  if (flags.demo && file !== undefined) throw new CliError('--demo reviews the bundled sample: give no FILE');
  const interactive = io.stdinIsTTY && io.stdoutIsTTY;
  if (flags.demo && !interactive) {
    // `npm start` without a terminal (CI, a pipe): the sample's check report instead.
    return runCheck([SAMPLE], { format: 'stylish', failOn: 'none', color: flags.color, only: flags.rule, disable: flags.disable, config: false }, io);
  }
  if (!flags.demo && file === undefined) throw new CliError('review needs a FILE (or --demo for the bundled sample)');
  if (!interactive) {
    throw new CliError(`review is interactive and needs a terminal (stdin and stdout are not both a TTY); in CI or a pipe, use \`mtaudit check ${file ?? 'FILE'}\``);
  }
  if (file === '-') throw new CliError('review needs a file to write back to, not stdin; use `mtaudit check -` for stdin');
  const sources = await expandPaths([flags.demo ? demoCopy() : (file as string)], io);
  const src = sources[0];
  const named = flags.demo && src?.kind === 'file' ? src.abs : path.resolve(io.cwd, file ?? '');
  if (sources.length !== 1 || !src || src.kind !== 'file' || src.abs !== named) throw new CliError(`${file}: review takes one file, not a folder or a pattern`);
  let raw: Buffer;
  try {
    raw = readFileSync(src.abs);
  } catch (e) {
    throw new CliError(`${src.path}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const input = decodeInput(src.path, raw);
  if (isFailure(input)) throw new CliError(input.message);
  const text = input.text;
  const hasBom = raw.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]));

  const { config, auditor } = setup({ config: flags.config, only: flags.rule, disable: flags.disable }, io.cwd);
  const audited = audit(src.path, text, config, auditor);
  // Line breaks and indentation between a file's elements read as runs of spaces: one each.
  const squeeze = (s: string): string => s.replace(/ {2,}/g, ' ');
  const items = buildItems(audited.display, audited.findings, audited.shown).map((it) =>
    audited.display === text ? it : { ...it, context: { before: squeeze(it.context.before), after: squeeze(it.context.after) } });
  const leftOver = audited.notEditable > 0
    ? `${audited.notEditable} finding(s) span markup or an escape and cannot take a typed replacement: see \`mtaudit check ${src.path}\`.`
    : undefined;
  if (items.length === 0) {
    io.stdout(`${src.path}: no findings to review.${leftOver ? ` ${leftOver}` : ''}\n`);
    return 0;
  }
  const paths = reviewPaths(src.abs);
  const label = (p: string): string => shown(io.cwd, p);
  const previous = readSession(paths.session, label(paths.session));
  const restored = previous ? restoreSession(items, previous) : { steps: [], cursor: null, unmatched: [], newlyUnmatched: 0 };
  const resumed = previous
    ? `Resumed: ${restored.steps.reduce((n, s) => n + s.decisions.length, 0)} decisions restored${previous.sourceSha256 !== sha256(text) ? ` (the file changed since)` : ''}${restored.newlyUnmatched ? `; ${restored.newlyUnmatched} no longer match a finding and are kept in the log` : ''}.`
    : null;
  const notice = [resumed, leftOver].filter((n) => n !== null && n !== undefined).join(' ') || null;
  const unmatched: readonly Decision[] = restored.unmatched;
  const digest = sha256(text);
  let saved: { steps: ReviewState['steps']; cursor: string | null } | undefined;
  const save = (s: ReviewState): void => {
    const cursor = currentItem(s)?.key ?? null;
    // Edit-field keystrokes change nothing worth saving; skip the write (and its fsync).
    if (saved && saved.steps === s.steps && saved.cursor === cursor) return;
    // Nothing decided yet and nothing to resume: no file until there is something to keep.
    if (!saved && !previous && s.steps.length === 0) return;
    const session: SessionFile = { schemaVersion: SESSION_SCHEMA, file: path.basename(src.abs), sourceSha256: digest, cursor, steps: s.steps, unmatched };
    writeFileAtomic.sync(paths.session, serializeSession(session));
    saved = { steps: s.steps, cursor };
  };
  const now = clock(io.env);
  const output = flags.write ? src.abs : paths.reviewed;
  const app = deps.app ?? runReviewApp;
  const last = await app({ initial: initialState(items, restored.steps, restored.cursor, notice), file: src.path, output: label(output), color: flags.color, now, onChange: save });

  if (last.exit !== 'finish') {
    if (previous || last.steps.length > 0) {
      save(last);
      io.stdout(`Progress saved: ${last.decided.size} of ${items.length} findings decided (${label(paths.session)}).\nRun \`mtaudit review ${flags.demo ? '--demo' : file}\` again to resume.\n`);
    } else io.stdout('Nothing decided; nothing saved.\n');
    return 0;
  }
  save(last);
  const corrected = correctedText(text, last, audited.editing.escape);
  const log = buildLog(last, { file: src.path, output: label(output), sourceSha256: digest, finishedAt: now(), unmatched, conflicts: corrected.conflicts });
  // Each write is atomic (temp file, then rename); the session goes only after all three.
  const write = async (to: string, data: string | Buffer): Promise<void> => {
    try {
      await writeFileAtomic(to, data);
    } catch (e) {
      const why = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
      throw new CliError(`${label(to)}: cannot write (${why}); every decision is kept in ${label(paths.session)}`);
    }
  };
  if (flags.write) await write(paths.backup, raw);
  await write(output, (hasBom ? BOM : '') + corrected.text);
  await write(paths.log, `${JSON.stringify(log, null, 2)}\n`);
  try {
    unlinkSync(paths.session);
  } catch {
    // Never saved (no step taken): nothing to remove.
  }
  const lines = [
    `Reviewed ${src.path}: ${summaryLines(summarize(last)).join('\n')}`,
    `Wrote ${label(output)}${flags.write ? ` (original kept as ${label(paths.backup)})` : ''} and the decisions log ${label(paths.log)}.`,
  ];
  if (leftOver) lines.push(leftOver);
  if (corrected.conflicts.length > 0) lines.push(`${corrected.conflicts.length} accepted edit(s) overlap others and were not applied: see "conflicts" in the log.`);
  if (unmatched.length > 0) lines.push(`${unmatched.length} earlier decision(s) no longer match a finding: see "unmatched" in the log.`);
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}

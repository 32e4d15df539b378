/**
 * Starting `check`'s helper threads early. Loading the rules and the tagger's model takes a
 * thread about as long as auditing a quarter of a megabyte, and the main thread spends that
 * long loading its own. When the command line names a file large enough to be split
 * (PARALLEL_MIN), or folders holding that much (small files are audited in batches of that
 * size on every core), the helpers are started before the main thread loads anything, so both
 * cores load at once; each helper builds its auditor when the settings arrive (chunk-pool.ts
 * sends them with its first job). Nothing here imports the rules: this module is loaded
 * before them.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/** Texts of more characters than this are cut into chunks audited on every core. */
export const PARALLEL_MIN = 1024 * 1024;

/** The compiled helper script; absent when running from TypeScript sources. */
export const HELPER_URL = new URL('./check-worker.js', import.meta.url);

/** Whether the helper script is there to start (not when running from TypeScript sources). */
export function helperAvailable(): boolean {
  return existsSync(fileURLToPath(HELPER_URL));
}

export function defaultJobs(): number {
  return Math.max(1, Math.min(availableParallelism(), 8));
}

/** A helper thread started before its settings were known. */
export interface Prestarted {
  readonly worker: Worker;
  /** It exited or failed before it was given work: start another instead. */
  dead: boolean;
}

let waiting: Prestarted[] = [];

/** Folder entries looked at, at most, to learn whether the folders hold PARALLEL_MIN bytes. */
const MAX_ENTRIES = 4000;

/**
 * Starts jobs - 1 helper threads when the paths on the command line hold at least PARALLEL_MIN
 * bytes: a file that large, or files in named folders adding up to it (a bounded walk; stdin is
 * not looked into: a wrong guess only costs a thread that loads and is never used). Never
 * throws: a path that cannot be read is the check's to report.
 */
export function prestartHelpers(paths: readonly string[], jobs: number, cwd: string): void {
  if (jobs <= 1 || waiting.length > 0) return;
  let bytes = 0;
  let entries = 0;
  const walk = (p: string): void => {
    if (bytes >= PARALLEL_MIN || entries >= MAX_ENTRIES) return;
    entries++;
    try {
      const st = statSync(p);
      if (st.isFile()) bytes += st.size;
      else if (st.isDirectory()) for (const name of readdirSync(p)) if (!name.startsWith('.') && name !== 'node_modules') walk(path.join(p, name));
    } catch {
      // Unreadable: the check reports it.
    }
  };
  for (const p of paths) if (p !== '-') walk(path.resolve(cwd, p));
  const large = bytes >= PARALLEL_MIN;
  if (!large || !helperAvailable()) return;
  for (let k = 1; k < jobs; k++) {
    const h: Prestarted = { worker: new Worker(HELPER_URL), dead: false };
    const die = (): void => {
      h.dead = true;
    };
    h.worker.on('error', die);
    h.worker.on('exit', die);
    h.worker.unref(); // an unused helper never keeps the process alive
    waiting.push(h);
  }
}

/** A helper started early and still alive, now the caller's; undefined when none is left. */
export function takePrestarted(): Worker | undefined {
  while (waiting.length > 0) {
    const h = waiting.shift() as Prestarted;
    h.worker.removeAllListeners('error');
    h.worker.removeAllListeners('exit');
    if (!h.dead) return h.worker;
  }
  return undefined;
}

/** Stops the helpers started early that nobody took. */
export async function stopPrestarted(): Promise<void> {
  const left = waiting;
  waiting = [];
  await Promise.all(left.map((h) => h.worker.terminate()));
}

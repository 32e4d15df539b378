/**
 * Audits large texts on every core: a text of more than PARALLEL_MIN characters is cut into
 * the auditor's own chunks (chunkBounds), and the main thread and jobs - 1 helper threads
 * (check-worker.ts) take chunks from one shared counter until none is left, so no thread
 * waits for another and the main thread's auditor (already built) does its share while the
 * helpers are still starting. The findings, shifted back and concatenated in chunk order,
 * are those of a single-threaded run. Chunks a helper took but never answered for (it
 * crashed) are audited by the main thread, so a helper's failure costs time, never findings.
 * Smaller texts, one job, or no compiled worker (running from TypeScript sources) audit in
 * this thread.
 */
import { Worker } from 'node:worker_threads';
import { chunkBounds, shift, type Auditor } from '../auditor.js';
import { HELPER_URL, helperAvailable, PARALLEL_MIN, stopPrestarted, takePrestarted } from './helper-threads.js';
import type { Finding } from '../rules/types.js';
import type { AuditSettings } from './report-worker.js';

export { defaultJobs, PARALLEL_MIN } from './helper-threads.js';

export interface ChunkPool {
  findings(text: string): Promise<Finding[]>;
  /**
   * The findings of each text, as `findings(text)` gives them one at a time: many small files
   * (a folder of articles) are shared out to the helpers one text per chunk.
   */
  findingsOfEach(texts: readonly string[]): Promise<Finding[][]>;
  close(): Promise<void>;
}

/** A job sent to a helper: the whole text, the chunk bounds, and the shared next-chunk counter. */
export interface ChunkJob {
  readonly id: number;
  readonly text: string;
  readonly bounds: readonly (readonly [number, number])[];
  readonly counter: Int32Array;
}

/** A helper's answer: the findings (already shifted) of each chunk it took, by chunk index. */
export interface ChunkAnswer {
  readonly id: number;
  readonly chunks: readonly (readonly [number, Finding[]])[];
  /** The helper failed on a chunk; the main thread audits the chunks left unanswered. */
  readonly error?: string;
}

interface Helper {
  readonly worker: Worker;
  /** Resolves the running job's promise: the answer, or undefined when the helper died. */
  pending: ((a: ChunkAnswer | undefined) => void) | undefined;
  dead: boolean;
}

/** A message that gives a helper started early (helper-threads.ts) its settings. */
export interface SettingsMessage {
  readonly settings: AuditSettings;
}

/** A helper started early, given its settings, or a new one started with them. */
function startHelper(settings: AuditSettings): Helper {
  let worker = takePrestarted();
  if (worker) worker.postMessage({ settings } satisfies SettingsMessage);
  else worker = new Worker(HELPER_URL, { workerData: settings });
  const h: Helper = { worker, pending: undefined, dead: false };
  const settle = (a: ChunkAnswer | undefined): void => {
    const p = h.pending;
    h.pending = undefined;
    worker.unref(); // an idle helper never keeps the process alive
    p?.(a);
  };
  worker.on('message', (a: ChunkAnswer) => settle(a));
  const die = (): void => {
    h.dead = true;
    settle(undefined);
  };
  worker.on('error', die);
  worker.on('exit', die);
  worker.unref();
  return h;
}

function runJob(h: Helper, job: ChunkJob): Promise<ChunkAnswer | undefined> {
  if (h.dead) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    h.pending = resolve;
    h.worker.ref();
    h.worker.postMessage(job);
  });
}

export function createChunkPool(auditor: Auditor, settings: AuditSettings, jobs: number): ChunkPool {
  const canFork = jobs > 1 && helperAvailable();
  let helpers: Helper[] | undefined;
  let nextId = 0;
  /** The findings of each [from, to) of `text` (shifted to `text`), audited on every thread. */
  const perChunk = async (text: string, bounds: readonly (readonly [number, number])[]): Promise<Finding[][]> => {
    const audit = (k: number): Finding[] => {
      const [from, to] = bounds[k] as [number, number];
      return auditor.findings(text.slice(from, to)).map((f) => shift(f, from));
    };
    // Taken from those started with the command (helper-threads.ts), else spawned on the first
    // large text; either way they warm up while this thread audits.
    if (!helpers) {
      helpers = Array.from({ length: jobs - 1 }, () => startHelper(settings));
    }
    const counter = new Int32Array(new SharedArrayBuffer(4));
    const job: ChunkJob = { id: nextId++, text, bounds, counter };
    const answers = helpers.map((h) => runJob(h, job));
    const results = new Array<Finding[] | undefined>(bounds.length);
    for (let k = Atomics.add(counter, 0, 1); k < bounds.length; k = Atomics.add(counter, 0, 1)) results[k] = audit(k);
    for (const a of await Promise.all(answers)) {
      if (a && a.id === job.id) for (const [k, fs] of a.chunks) results[k] = fs;
    }
    return bounds.map((_, k) => results[k] ?? audit(k));
  };
  const findings = async (text: string): Promise<Finding[]> => {
    if (!canFork || text.length < PARALLEL_MIN) return auditor.findings(text);
    return (await perChunk(text, chunkBounds(text))).flat();
  };
  return {
    findings,
    async findingsOfEach(texts) {
      let total = 0;
      for (const t of texts) total += t.length;
      if (!canFork || total < PARALLEL_MIN) return texts.map((t) => auditor.findings(t));
      // A text large enough to be cut is audited alone, in chunks of its own, one after another.
      if (texts.length < 2 || texts.some((t) => t.length >= PARALLEL_MIN)) {
        const out: Finding[][] = [];
        for (const t of texts) out.push(await findings(t));
        return out;
      }
      // Otherwise one chunk per text: each is audited as its own document, exactly as
      // findings(text) would, on every thread.
      const bounds: [number, number][] = [];
      let at = 0;
      for (const t of texts) {
        bounds.push([at, at + t.length]);
        at += t.length;
      }
      const results = await perChunk(texts.join(''), bounds);
      return results.map((fs, k) => fs.map((f) => shift(f, -(bounds[k] as [number, number])[0])));
    },
    async close() {
      const hs = helpers ?? [];
      helpers = undefined;
      await Promise.all([...hs.map((h) => h.worker.terminate()), stopPrestarted()]);
    },
  };
}

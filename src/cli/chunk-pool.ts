/**
 * Audits large texts on every core: a text of more than PARALLEL_MIN characters is cut into
 * the auditor's own chunks (chunkBounds), which worker threads audit in parallel; the
 * findings, shifted back and concatenated in order, are those of a single-threaded run.
 * Smaller texts, one job, or no compiled worker (running from TypeScript sources) audit
 * in this thread.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { chunkBounds, shift, type Auditor } from '../auditor.js';
import type { Finding } from '../rules/types.js';
import type { AuditSettings } from './report-worker.js';

export const PARALLEL_MIN = 1024 * 1024;

export interface ChunkPool {
  findings(text: string): Promise<Finding[]>;
  close(): Promise<void>;
}

export function defaultJobs(): number {
  return Math.max(1, Math.min(availableParallelism(), 8));
}

export function createChunkPool(auditor: Auditor, settings: AuditSettings, jobs: number): ChunkPool {
  const worker = new URL('./check-worker.js', import.meta.url);
  const canFork = jobs > 1 && existsSync(fileURLToPath(worker));
  let pool: Piscina<string, Finding[]> | undefined;
  return {
    async findings(text) {
      if (!canFork || text.length < PARALLEL_MIN) return auditor.findings(text);
      pool ??= new Piscina<string, Finding[]>({ filename: worker.href, minThreads: jobs, maxThreads: jobs, workerData: settings });
      const p = pool;
      const parts = await Promise.all(chunkBounds(text).map(([from, to]) => p.run(text.slice(from, to)).then((fs) => fs.map((f) => shift(f, from)))));
      return parts.flat();
    },
    close: () => pool?.destroy() ?? Promise.resolve(),
  };
}

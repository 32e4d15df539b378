/**
 * A helper thread of `check` (see chunk-pool.ts): builds the same auditor as the main thread
 * from plain settings in workerData as soon as it starts (rules, then the tagger's model),
 * then for each job takes chunks from the shared counter until none is left and answers
 * with their findings.
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { createAuditor, shift } from '../auditor.js';
import { warmTagger } from '../nlp/tagger.js';
import { loadPack } from '../rules/pack.js';
import { builtinRules } from '../rules/registry.js';
import type { Finding } from '../rules/types.js';
import type { ChunkAnswer, ChunkJob } from './chunk-pool.js';
import type { AuditSettings } from './report-worker.js';

const s = workerData as AuditSettings;
const rules = [...builtinRules(), ...s.packs.flatMap((p) => loadPack(readFileSync(p.abs, 'utf8'), p.shown))];
const auditor = createAuditor({ rules, only: s.only, disable: s.disable, severity: s.severity, minConfidence: s.minConfidence });
warmTagger();

parentPort?.on('message', (job: ChunkJob) => {
  const chunks: [number, Finding[]][] = [];
  let error: string | undefined;
  try {
    for (let k = Atomics.add(job.counter, 0, 1); k < job.bounds.length; k = Atomics.add(job.counter, 0, 1)) {
      const [from, to] = job.bounds[k] as [number, number];
      chunks.push([k, auditor.findings(job.text.slice(from, to)).map((f) => shift(f, from))]);
    }
  } catch (e) {
    // The main thread audits what is left, so the error surfaces there as in a single thread.
    error = e instanceof Error ? e.message : String(e);
  }
  const answer: ChunkAnswer = error === undefined ? { id: job.id, chunks } : { id: job.id, chunks, error };
  parentPort?.postMessage(answer);
});

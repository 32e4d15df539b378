/**
 * A helper thread of `check` (see chunk-pool.ts): builds the same auditor as the main thread
 * from plain settings, in workerData or, for a helper started before they were known
 * (helper-threads.ts), in its first message; loads the tagger's model at once either way;
 * then for each job takes chunks from the shared counter until none is left and answers with
 * their findings.
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { createAuditor, shift, type Auditor } from '../auditor.js';
import { warmTagger } from '../nlp/tagger.js';
import { loadPack } from '../rules/pack.js';
import { builtinRules } from '../rules/registry.js';
import type { Finding } from '../rules/types.js';
import type { ChunkAnswer, ChunkJob, SettingsMessage } from './chunk-pool.js';
import type { AuditSettings } from './report-worker.js';

function build(s: AuditSettings): Auditor {
  const rules = [...builtinRules(), ...s.packs.flatMap((p) => loadPack(readFileSync(p.abs, 'utf8'), p.shown))];
  return createAuditor({ rules, only: s.only, disable: s.disable, severity: s.severity, minConfidence: s.minConfidence });
}

let auditor: Auditor | undefined = workerData ? build(workerData as AuditSettings) : undefined;
warmTagger();

parentPort?.on('message', (msg: ChunkJob | SettingsMessage) => {
  if ('settings' in msg) {
    auditor = build(msg.settings);
    return;
  }
  const job = msg;
  const chunks: [number, Finding[]][] = [];
  let error: string | undefined;
  try {
    if (!auditor) throw new Error('no settings before the first job');
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

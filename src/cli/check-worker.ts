/**
 * A helper thread of `check` (see chunk-pool.ts): builds the same auditor as the main thread
 * from plain settings, in workerData or, for a helper started before they were known
 * (helper-threads.ts), in its first message (having built the default one meanwhile); loads
 * the tagger's model at once either way;
 * then for each job takes chunks from the shared counter until none is left and answers with
 * their findings.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { shift, type Auditor } from '../auditor.js';
import { warmTagger } from '../nlp/tagger.js';
import type { Finding } from '../rules/types.js';
import { auditorFor, DEFAULT_SETTINGS, sameAuditor } from './audit-settings.js';
import type { ChunkAnswer, ChunkJob, SettingsMessage } from './chunk-pool.js';
import type { AuditSettings } from './report-worker.js';

// Started with its settings: build for them. Started early (helper-threads.ts): build for the
// defaults while the main thread loads, and again only if the settings that come differ.
let built: AuditSettings = (workerData as AuditSettings | undefined) ?? DEFAULT_SETTINGS;
let auditor: Auditor = auditorFor(built);
warmTagger();

parentPort?.on('message', (msg: ChunkJob | SettingsMessage) => {
  if ('settings' in msg) {
    if (!sameAuditor(msg.settings, built)) {
      built = msg.settings;
      auditor = auditorFor(built);
    }
    return;
  }
  const job = msg;
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

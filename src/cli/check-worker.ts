/**
 * A worker thread of `check`: audits one chunk of prose with the same rules as the main
 * thread (built from plain settings in workerData) and returns its findings.
 */
import { workerData } from 'node:worker_threads';
import { createAuditor, type Auditor } from '../auditor.js';
import type { Finding } from '../rules/types.js';
import { loadRules, type AuditSettings } from './report-worker.js';

let auditor: Auditor | undefined;

export default function auditChunk(chunk: string): Finding[] {
  const s = workerData as AuditSettings;
  auditor ??= createAuditor({ rules: loadRules(s), only: s.only, disable: s.disable, severity: s.severity });
  return auditor.findings(chunk);
}

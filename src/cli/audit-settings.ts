/**
 * An auditor from plain settings (AuditSettings, the form a worker thread receives): the
 * built-in rules plus the desk's packs, with the same selection, severities and confidence
 * floor as the main thread's. One function, so `check`'s and `report`'s workers build alike.
 */
import { readFileSync } from 'node:fs';
import { createAuditor, type Auditor } from '../auditor.js';
import { loadPack } from '../rules/pack.js';
import { builtinRules } from '../rules/registry.js';
import type { AuditSettings } from './report-worker.js';

export function auditorFor(s: AuditSettings): Auditor {
  const rules = [...builtinRules(), ...s.packs.flatMap((p) => loadPack(readFileSync(p.abs, 'utf8'), p.shown))];
  return createAuditor({ rules, only: s.only, disable: s.disable, severity: s.severity, minConfidence: s.minConfidence, suspect: s.suspect });
}

/** The settings of a run with no config and no rule options: all built-in rules, as they are. */
export const DEFAULT_SETTINGS: AuditSettings = { packs: [] };

/** Whether two settings build the same auditor (inputFormat, which does not, aside). */
export function sameAuditor(a: AuditSettings, b: AuditSettings): boolean {
  const key = (s: AuditSettings): string => JSON.stringify([s.only ?? null, s.disable ?? null, s.severity ?? null, s.packs, s.minConfidence ?? null, s.suspect ?? null]);
  return key(a) === key(b);
}

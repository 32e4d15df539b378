/**
 * Baselines: the findings a desk has accepted as known, so a gate fails only on new ones.
 * Entries are matched by path, rule id and surrounding text (a context fingerprint), never
 * by offset, so edits elsewhere in a file keep old findings matched.
 */
import { fingerprints } from './fingerprint.js';
import type { FileResult } from './types.js';

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  readonly path: string;
  readonly ruleId: string;
  readonly fingerprint: string;
  /** For a human reading the file; not used to match. */
  readonly text: string;
}

export interface Baseline {
  readonly schemaVersion: number;
  readonly findings: readonly BaselineEntry[];
}

function entriesOf(r: FileResult): BaselineEntry[] {
  const prints = fingerprints(r.findings, r.text ?? '');
  return r.findings.map((f, i) => ({ path: r.path, ruleId: f.ruleId, fingerprint: prints[i] ?? '', text: f.text }));
}

export function buildBaseline(results: readonly FileResult[]): Baseline {
  const findings = results.flatMap(entriesOf).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.fingerprint < b.fingerprint ? -1 : 1));
  return { schemaVersion: BASELINE_VERSION, findings };
}

/** Throws a one-line Error on anything that is not a baseline. */
export function parseBaseline(json: string, shown: string): Baseline {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    throw new Error(`${shown}: not JSON (${(e as Error).message})`);
  }
  const o = raw as Partial<Baseline> | null;
  if (!o || o.schemaVersion !== BASELINE_VERSION || !Array.isArray(o.findings)) {
    throw new Error(`${shown}: not an mtaudit baseline (schemaVersion ${BASELINE_VERSION} with a findings list)`);
  }
  o.findings.forEach((f, i) => {
    if (!f || typeof f.path !== 'string' || typeof f.ruleId !== 'string' || typeof f.fingerprint !== 'string') {
      throw new Error(`${shown}: findings[${i}]: expected path, ruleId and fingerprint strings`);
    }
  });
  return o as Baseline;
}

/** Drops the findings the baseline knows; returns the new results and how many were known. */
export function subtractBaseline(results: readonly FileResult[], baseline: Baseline): { results: FileResult[]; known: number } {
  const known = new Set(baseline.findings.map((e) => `${e.path}\u0000${e.fingerprint}`));
  let n = 0;
  const out = results.map((r) => {
    const prints = fingerprints(r.findings, r.text ?? '');
    const findings = r.findings.filter((_, i) => {
      const isKnown = known.has(`${r.path}\u0000${prints[i]}`);
      if (isKnown) n++;
      return !isKnown;
    });
    return { ...r, findings };
  });
  return { results: out, known: n };
}

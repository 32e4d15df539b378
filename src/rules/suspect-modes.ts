/**
 * When suspect rules (RuleMeta.suspect) run: `auto` only in a document that already shows
 * machine-translation artifacts (engine.ts, showsArtifacts), `always` everywhere (a rule's own
 * examples), `never` not at all. A module of its own, with no imports, so that parsing flags and
 * config files loads no rule code.
 */
export const SUSPECT_MODES = ['auto', 'always', 'never'] as const;
export type SuspectMode = (typeof SUSPECT_MODES)[number];

export function isSuspectMode(v: unknown): v is SuspectMode {
  return typeof v === 'string' && (SUSPECT_MODES as readonly string[]).includes(v);
}

/**
 * mtaudit as a library:
 *
 *   import { audit } from 'mtaudit';
 *   const findings = audit(text); // the same findings as `mtaudit check --format json`
 *
 * For many texts, create one auditor and reuse it: the rules compile once.
 */
import { createAuditor, type Auditor, type AuditorOptions, type LocatedFinding } from './auditor.js';

export { createAuditor, locate } from './auditor.js';
export type { Auditor, AuditorOptions, LocatedFinding } from './auditor.js';
export { CATEGORIES, SEVERITIES } from './rules/types.js';
export type { SuspectMode } from './rules/engine.js';
export type { Category, Finding, Severity, Rule, RuleMeta, Report, BadExample } from './rules/types.js';
export { applyFixes } from './fix/apply.js';
export type { Edit, ApplyResult } from './fix/apply.js';

// The one module-level cache in the project: compiling the built-in rules takes tens of
// milliseconds, and a queue worker calling audit() per message should pay that once.
let defaultAuditor: Auditor | undefined;

/** Audits one text with every built-in rule; the default auditor is built on first use. */
export function audit(text: string, options?: AuditorOptions): LocatedFinding[] {
  if (options) return createAuditor(options).audit(text);
  defaultAuditor ??= createAuditor();
  return defaultAuditor.audit(text);
}

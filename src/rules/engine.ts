/**
 * The kernel: (rule set, document) -> findings. Pure: no I/O, no clocks, no globals.
 * Pattern rules are indexed by the words they can start with, so each token costs one map
 * lookup however many entries the packs hold; code rules walk the document themselves.
 */
import { Doc } from '../text/document.js';
import type { Tagger } from '../nlp/tagger.js';
import type { PatternRule } from './pack.js';
import { matchAt } from './pattern.js';
import type { Finding, Report, Rule, RuleMeta } from './types.js';

export type AnyRule = Rule | PatternRule;

export function isPatternRule(r: AnyRule): r is PatternRule {
  return 'kind' in r && r.kind === 'pattern';
}

export interface RuleSet {
  readonly rules: readonly AnyRule[];
  readonly code: readonly Rule[];
  readonly byAnchor: ReadonlyMap<string, readonly PatternRule[]>;
  readonly unanchored: readonly PatternRule[];
}

export function compileRuleSet(rules: readonly AnyRule[]): RuleSet {
  const byAnchor = new Map<string, PatternRule[]>();
  const unanchored: PatternRule[] = [];
  const code: Rule[] = [];
  for (const r of rules) {
    if (!isPatternRule(r)) {
      code.push(r);
      continue;
    }
    if (!r.pattern.anchors) {
      unanchored.push(r);
      continue;
    }
    for (const a of r.pattern.anchors) {
      const list = byAnchor.get(a);
      if (list) list.push(r);
      else byAnchor.set(a, [r]);
    }
  }
  return { rules, code, byAnchor, unanchored };
}

function toFinding(meta: RuleMeta, r: Report, text: string): Finding {
  return {
    ruleId: meta.id,
    category: meta.category,
    severity: r.severity ?? meta.severity,
    start: r.start,
    end: r.end,
    text: text.slice(r.start, r.end),
    message: r.message ?? meta.description,
    suggestions: r.suggestions ?? [],
    reason: r.reason ?? '',
    confidence: r.confidence ?? 0.5,
  };
}

function byPosition(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

function runPatterns(doc: Doc, set: RuleSet, out: Finding[]): void {
  // Last token each rule's match ended at: an optional first element must not make the
  // same phrase match twice (at "the influence space" and again at "influence space").
  const lastEnd = new Map<PatternRule, number>();
  // A rule whose required words are not all somewhere in this document cannot match here:
  // decided once per rule and document, it spares most match attempts of large packs.
  const viable = new Map<PatternRule, boolean>();
  const isViable = (r: PatternRule): boolean => {
    let v = viable.get(r);
    if (v === undefined) {
      v = r.pattern.required.every((set) => {
        for (const w of set) if (doc.hasNorm(w)) return true;
        return false;
      });
      viable.set(r, v);
    }
    return v;
  };
  const tryRule = (r: PatternRule, i: number): void => {
    if ((lastEnd.get(r) ?? -1) > i) return;
    const m = matchAt(r.pattern, doc, i);
    if (!m) return;
    lastEnd.set(r, m.endToken);
    const rep = r.fire(m, doc);
    if (rep) out.push(toFinding(r.meta, rep, doc.text));
  };
  // Per document, each anchor's candidates narrowed to the viable rules (same order).
  const viableByAnchor = new Map<string, readonly PatternRule[]>();
  const none: readonly PatternRule[] = [];
  const unanchored = set.unanchored.filter(isViable);
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const norm = tokens[i]!.norm;
    let candidates = viableByAnchor.get(norm);
    if (candidates === undefined) {
      const all = set.byAnchor.get(norm);
      candidates = all ? all.filter(isViable) : none;
      viableByAnchor.set(norm, candidates);
    }
    for (const r of candidates) tryRule(r, i);
    for (const r of unanchored) tryRule(r, i);
  }
}

/** Runs every rule of the set over one document. */
export function runRules(doc: Doc, set: RuleSet): Finding[] {
  const out: Finding[] = [];
  runPatterns(doc, set, out);
  for (const rule of set.code) {
    rule.check({
      doc,
      report: (r: Report) => {
        if (r.start < 0 || r.end > doc.text.length || r.start >= r.end) {
          throw new RangeError(`rule ${rule.meta.id} reported an invalid span [${r.start}, ${r.end})`);
        }
        out.push(toFinding(rule.meta, r, doc.text));
      },
    });
  }
  out.sort(byPosition);
  return dedupe(out);
}

/** The same span flagged by the same rule twice is one finding. */
function dedupe(sorted: Finding[]): Finding[] {
  const out: Finding[] = [];
  for (const f of sorted) {
    const last = out[out.length - 1];
    if (last && last.ruleId === f.ruleId && last.start === f.start && last.end === f.end) continue;
    out.push(f);
  }
  return out;
}

export function auditText(text: string, set: RuleSet, tagger?: Tagger): Finding[] {
  return runRules(new Doc(text, tagger), set);
}

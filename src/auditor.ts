/**
 * The library entry: text in, located findings out. Builds the rule set once per auditor;
 * long texts are audited in paragraph-aligned chunks so memory stays flat on a 50 MB file.
 */
import { createWinkTagger, type Tagger } from './nlp/tagger.js';
import { compileRuleSet, runRules, type AnyRule, type RuleSet } from './rules/engine.js';
import { builtinRules } from './rules/registry.js';
import type { Category, Finding, Severity } from './rules/types.js';
import { Doc } from './text/document.js';
import { LineIndex } from './text/lines.js';

/** A finding with its 1-based line and column (UTF-16 code units), as `check --format json` prints it. */
export interface LocatedFinding extends Finding {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export interface AuditorOptions {
  /** Rules to run; default: every built-in rule. */
  readonly rules?: readonly AnyRule[];
  /** Keep only these rule ids / categories (default: all). */
  readonly only?: readonly string[];
  /** Drop these rule ids / categories. */
  readonly disable?: readonly string[];
  /** Severity overrides by rule id or category. */
  readonly severity?: Readonly<Record<string, Severity | 'off'>>;
  /** A POS tagger, or false to run without one (rules that need tags stay quiet). */
  readonly tagger?: Tagger | false;
}

export interface Auditor {
  readonly rules: readonly AnyRule[];
  audit(text: string): LocatedFinding[];
}

/** Paragraph-aligned chunks: sentences never cross a line break, so rules lose nothing inside one. */
const CHUNK = 256 * 1024;

function selected(rule: AnyRule, opts: AuditorOptions): boolean {
  const { id, category } = rule.meta;
  const hit = (list: readonly string[]): boolean =>
    list.some((x) => x === id || x === category || (x.endsWith('/') && id.startsWith(x)) || id.startsWith(`${x}/`));
  if (opts.only && opts.only.length > 0 && !hit(opts.only)) return false;
  if (opts.disable && hit(opts.disable)) return false;
  const sev = opts.severity?.[id] ?? opts.severity?.[category];
  return sev !== 'off';
}

function withSeverity(f: Finding, opts: AuditorOptions): Finding {
  const sev = opts.severity?.[f.ruleId] ?? opts.severity?.[f.category as Category];
  return sev && sev !== 'off' ? { ...f, severity: sev } : f;
}

export function locate(findings: readonly Finding[], lines: LineIndex): LocatedFinding[] {
  return findings.map((f) => {
    const a = lines.at(f.start);
    const b = lines.at(f.end);
    return { ...f, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  });
}

function shift(f: Finding, by: number): Finding {
  return by === 0 ? f : { ...f, start: f.start + by, end: f.end + by };
}

export function createAuditor(opts: AuditorOptions = {}): Auditor {
  const all = opts.rules ?? builtinRules();
  const rules = all.filter((r) => selected(r, opts));
  const set: RuleSet = compileRuleSet(rules);
  const tagger = opts.tagger === false ? undefined : (opts.tagger ?? createWinkTagger());
  return {
    rules,
    audit(text: string): LocatedFinding[] {
      const out: Finding[] = [];
      for (let from = 0; from < text.length; ) {
        let to = Math.min(text.length, from + CHUNK);
        if (to < text.length) {
          const nl = text.indexOf('\n', to);
          to = nl === -1 ? text.length : nl + 1;
        }
        const chunk = from === 0 && to === text.length ? text : text.slice(from, to);
        for (const f of runRules(new Doc(chunk, tagger), set)) out.push(shift(withSeverity(f, opts), from));
        from = to;
      }
      return locate(out, new LineIndex(text));
    },
  };
}

/**
 * Inline suppression, ESLint style, in comments that text and Markdown both carry:
 *
 *   <!-- mtaudit-disable calque, repetition -->  ...  <!-- mtaudit-enable -->
 *   <!-- mtaudit-disable-next-line metonym-pronoun -- the club is "he" in this quote -->
 *   <!-- mtaudit-disable-line -->
 *
 * Rules are named by id, category, or pack prefix (as in --rule); none means all. Text after
 * ` -- ` is the reason. Unused directives can be reported so stale ones do not pile up.
 */
import type { LineIndex } from '../text/lines.js';

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line';

export interface Directive {
  readonly kind: DirectiveKind;
  /** Empty: every rule. */
  readonly rules: readonly string[];
  readonly start: number;
  readonly end: number;
}

export interface Suppressible {
  readonly ruleId: string;
  readonly category: string;
  readonly start: number;
}

const DIRECTIVE = /<!--\s*mtaudit-(disable-next-line|disable-line|disable|enable)\b([\s\S]*?)-->/g;

export function parseDirectives(text: string): Directive[] {
  if (!text.includes('mtaudit-')) return [];
  const out: Directive[] = [];
  for (const m of text.matchAll(DIRECTIVE)) {
    const body = (m[2] ?? '').split(/\s--\s/)[0] ?? '';
    const rules = body.split(/[\s,]+/).filter(Boolean);
    out.push({ kind: m[1] as DirectiveKind, rules, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Same naming as --rule: an id, a category, or a pack prefix ("calque" covers calque/*). */
export function ruleMatches(names: readonly string[], f: { ruleId: string; category: string }): boolean {
  return names.length === 0 || names.some((n) => n === f.ruleId || n === f.category || f.ruleId.startsWith(`${n}/`));
}

interface Region {
  readonly directive: Directive;
  readonly from: number;
  readonly to: number;
}

/** Turns directives into [from, to) offset regions, each owned by the directive that opened it. */
function regions(directives: readonly Directive[], lines: LineIndex, textLength: number): Region[] {
  const out: Region[] = [];
  const open: Directive[] = [];
  const lineRange = (line: number): [number, number] => [lines.lineStart(line), line < lines.lineCount ? lines.lineStart(line + 1) : textLength];
  for (const d of directives) {
    const line = lines.at(d.start).line;
    if (d.kind === 'disable-line') out.push({ directive: d, from: lineRange(line)[0], to: lineRange(line)[1] });
    else if (d.kind === 'disable-next-line') {
      if (line < lines.lineCount) out.push({ directive: d, from: lineRange(line + 1)[0], to: lineRange(line + 1)[1] });
    } else if (d.kind === 'disable') open.push(d);
    else {
      // enable closes every open disable it names (or all, when it names none).
      for (let i = open.length - 1; i >= 0; i--) {
        const o = open[i] as Directive;
        if (d.rules.length === 0 || o.rules.length === 0 || o.rules.some((r) => d.rules.includes(r))) {
          out.push({ directive: o, from: o.end, to: d.start });
          open.splice(i, 1);
        }
      }
    }
  }
  for (const o of open) out.push({ directive: o, from: o.end, to: textLength });
  return out;
}

export interface SuppressResult<F> {
  readonly kept: F[];
  readonly suppressed: F[];
  /** Directives that suppressed nothing (enable directives are never unused). */
  readonly unused: Directive[];
}

export function applySuppressions<F extends Suppressible>(findings: readonly F[], directives: readonly Directive[], lines: LineIndex, textLength: number): SuppressResult<F> {
  if (directives.length === 0) return { kept: [...findings], suppressed: [], unused: [] };
  const rs = regions(directives, lines, textLength);
  const used = new Set<Directive>();
  const kept: F[] = [];
  const suppressed: F[] = [];
  for (const f of findings) {
    const hit = rs.find((r) => f.start >= r.from && f.start < r.to && ruleMatches(r.directive.rules, f));
    if (hit) {
      used.add(hit.directive);
      suppressed.push(f);
    } else kept.push(f);
  }
  const unused = directives.filter((d) => d.kind !== 'enable' && !used.has(d));
  return { kept, suppressed, unused };
}

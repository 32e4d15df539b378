/**
 * Eval result as a text table or as JSON. Pure: returns strings, the CLI prints them.
 */
import type { ArticleScore, Counts, EvalResult, Rates, Ratio, RuleTally, Totals } from './score.js';

/** Bump when a key is renamed or removed; adding keys keeps the version. */
export const EVAL_SCHEMA_VERSION = 1;

/** JSON numbers are rounded so output is stable and diffs stay readable. */
function round(n: number | null): number | null {
  return n === null ? null : Math.round(n * 10000) / 10000;
}

function ratioJson(r: Ratio | null): object | null {
  return r === null ? null : { matched: r.matched, total: r.total, recall: round(r.recall) };
}

/** Keys written in a fixed order, whatever order the score objects were built in. */
function countsJson(c: Counts & Rates): object {
  return {
    words: c.words,
    cleanWords: c.cleanWords,
    findings: c.findings,
    matchedFindings: c.matchedFindings,
    artifacts: c.artifacts,
    matchedArtifacts: c.matchedArtifacts,
    precision: round(c.precision),
    recall: round(c.recall),
    f05: round(c.f05),
    fixable: c.fixable,
    fixed: c.fixed,
    fixRate: round(c.fixRate),
    falseAlarms: c.falseAlarms,
    cleanFalseAlarms: c.cleanFalseAlarms,
    falseAlarmsPer1000: round(c.falseAlarmsPer1000),
    cleanTraps: c.cleanTraps,
    cleanTrapsHit: c.cleanTrapsHit,
    categories: Object.fromEntries(Object.entries(c.categories).map(([k, r]) => [k, ratioJson(r)])),
    visibleMqm: ratioJson(c.visibleMqm),
  };
}

function articleJson(a: ArticleScore): object {
  return { id: a.id, clean: a.clean, ...countsJson(a) };
}

/** Rules by findings, most first, then by id: the order of the text table too. */
function ruleRows(rules: Readonly<Record<string, RuleTally>>): Array<[string, RuleTally]> {
  return Object.entries(rules).sort(([a, x], [b, y]) => y.findings - x.findings || (a < b ? -1 : a > b ? 1 : 0));
}

function totalsJson(t: Totals): object {
  const rules = Object.fromEntries(
    ruleRows(t.rules).map(([k, r]) => [k, { findings: r.findings, matched: r.matched, precision: round(r.matched / r.findings) }]),
  );
  return { articles: t.articles, cleanArticles: t.cleanArticles, ...countsJson(t), rules };
}

export function formatJson(r: EvalResult): string {
  const out = {
    schemaVersion: EVAL_SCHEMA_VERSION,
    minRaters: r.minRaters,
    articles: r.articles.map(articleJson),
    totals: totalsJson(r.totals),
  };
  return JSON.stringify(out, null, 2) + '\n';
}

function num(n: number | null, digits = 3): string {
  return n === null ? '-' : n.toFixed(digits);
}

function frac(a: number, b: number): string {
  return b === 0 ? '-' : `${a}/${b}`;
}

const COLUMNS = ['words', 'findings', 'matched', 'artifacts', 'P', 'R', 'F0.5', 'fixed', 'FA', 'FA/1k', 'traps'] as const;

function cells(c: Counts & Rates): readonly string[] {
  return [
    String(c.words),
    String(c.findings),
    String(c.matchedFindings),
    frac(c.matchedArtifacts, c.artifacts),
    num(c.precision),
    num(c.recall),
    num(c.f05),
    frac(c.fixed, c.fixable),
    String(c.falseAlarms),
    num(c.falseAlarmsPer1000, 2),
    frac(c.cleanTrapsHit, c.cleanTraps),
  ];
}

/** Left-aligns the first column, right-aligns the numbers. */
function table(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map((r) =>
    r
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

function categoryLines(t: Totals): string[] {
  const rows = Object.entries(t.categories).map(([k, r]) => [k, frac(r.matched, r.total), num(r.recall)]);
  const lines = rows.length === 0 ? ['  (no artifacts)'] : table(rows).map((l) => `  ${l}`);
  const v = t.visibleMqm;
  const mqm = v === null ? [] : ['', `MQM Fluency/Style/Locale recall: ${frac(v.matched, v.total)} ${num(v.recall)}`];
  return ['Recall by category', ...lines, ...mqm];
}

const LEGEND = [
  'matched: findings that match an artifact; artifacts: matched/all; fixed: first suggestion gives a correction,',
  'over matched artifacts that have corrections; FA: findings on clean articles and on clean traps;',
  'FA/1k: false alarms on clean articles per 1,000 of their words; traps: clean traps hit/all.',
];

function ruleLines(t: Totals): string[] {
  const rows = ruleRows(t.rules).map(([k, r]) => [k, String(r.findings), String(r.matched), num(r.matched / r.findings)]);
  const lines = rows.length === 0 ? ['  (no findings)'] : table([['rule', 'findings', 'matched', 'P'], ...rows]).map((l) => `  ${l}`);
  return ['Precision by rule (a pack counts as one rule)', ...lines];
}

export interface TextOptions {
  /** Adds the table of findings and precision per rule. */
  readonly byRule?: boolean;
}

export function formatText(r: EvalResult, opts: TextOptions = {}): string {
  const t = r.totals;
  const label = `total (${t.articles} articles, ${t.cleanArticles} clean)`;
  const rows = [
    ['article', ...COLUMNS],
    ...r.articles.map((a) => [a.clean ? `${a.id} (clean)` : a.id, ...cells(a)]),
    [label, ...cells(t)],
  ];
  const lines = table(rows);
  const rule = '-'.repeat(Math.max(...lines.map((l) => l.length)));
  const header = r.minRaters === null ? [] : [`artifacts with raters >= ${r.minRaters}`, ''];
  return [
    ...header,
    lines[0],
    rule,
    ...lines.slice(1, -1),
    rule,
    lines[lines.length - 1],
    '',
    ...categoryLines(t),
    '',
    ...(opts.byRule ? [...ruleLines(t), ''] : []),
    ...LEGEND,
  ].join('\n') + '\n';
}

/**
 * Scoring findings against gold (shared/eval/GOLD-FORMAT.md, "Scoring"). Pure.
 *
 * All totals are micro-averaged: counts are summed over articles and the ratios computed once,
 * so a long article weighs more than a short one, as it does for a reader.
 */
import type { Finding } from '../rules/types.js';
import { CATEGORIES } from '../rules/types.js';
import type { CleanTrap, Gold, GoldArtifact } from './gold.js';

/** A finding longer than the artifact by more than this pins nothing down (GOLD-FORMAT.md). */
export const MAX_EXTRA_LENGTH = 60;

/**
 * Words are runs of letters and digits, joined across inner apostrophes (don't, China's,
 * workers’): /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*\/gu. Calibrated on shared/eval/mqm-zh-en, it
 * reproduces the README's counts exactly: wmt23 9279 (GPT4 3153, NLLB 3049, ONLINE-A 3077),
 * ref-ted21 8859, src-wmt23-en 7555. Whitespace tokens (\S+) give 9112/8885/7479, bare
 * letter/digit runs 9403/8933/7689.
 */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** MQM top-level classes a source-blind English linter can see (mqm-zh-en README, "Caveats"). */
const VISIBLE_MQM_PREFIXES = ['Fluency/', 'Style/', 'Locale convention/'] as const;

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Ratio {
  readonly matched: number;
  readonly total: number;
  /** matched / total, null when total is 0. */
  readonly recall: number | null;
}

/** One rule's findings and how many of them match an artifact (its precision's terms). */
export interface RuleTally {
  readonly findings: number;
  readonly matched: number;
}

/** Counts shared by an article and the totals; the ratios are derived from them. */
export interface Counts {
  readonly words: number;
  /** Words of clean articles (`artifacts: []`); 0 for an annotated article. */
  readonly cleanWords: number;
  readonly findings: number;
  readonly matchedFindings: number;
  readonly artifacts: number;
  readonly matchedArtifacts: number;
  /** Matched artifacts that have at least one correction (the fix-rate denominator). */
  readonly fixable: number;
  readonly fixed: number;
  /** Findings on clean articles, plus findings on clean traps (that match no artifact). */
  readonly falseAlarms: number;
  /** The part of falseAlarms found on clean articles: the numerator of falseAlarmsPer1000. */
  readonly cleanFalseAlarms: number;
  readonly cleanTraps: number;
  /** Clean traps overlapped by at least one finding that matches no artifact. */
  readonly cleanTrapsHit: number;
  /** Recall per gold category, keyed by the category string. */
  readonly categories: Readonly<Record<string, Ratio>>;
  /** Recall on artifacts whose mqm_category is Fluency/, Style/ or Locale convention/; null without MQM fields. */
  readonly visibleMqm: Ratio | null;
  /** Findings and matched findings per rule; a pack's entries count as their pack ("calque/x" as "calque"). */
  readonly rules: Readonly<Record<string, RuleTally>>;
}

export interface Rates {
  readonly precision: number | null;
  readonly recall: number | null;
  readonly f05: number | null;
  readonly fixRate: number | null;
  /**
   * cleanFalseAlarms per 1,000 cleanWords: computed over clean articles only, since only there
   * is every word known to be clean; trap hits are counted in falseAlarms but not here.
   */
  readonly falseAlarmsPer1000: number | null;
}

export interface ArticleScore extends Counts, Rates {
  readonly id: string;
  /** True when the gold file has `artifacts: []` (before any --min-raters filter). */
  readonly clean: boolean;
}

export interface Totals extends Counts, Rates {
  readonly articles: number;
  readonly cleanArticles: number;
}

export interface EvalResult {
  readonly minRaters: number | null;
  readonly articles: readonly ArticleScore[];
  readonly totals: Totals;
}

export interface ScoreOptions {
  /** Keep only artifacts with raters >= minRaters (artifacts without the field are kept). */
  readonly minRaters?: number;
}

export function countWords(text: string): number {
  return (text.match(WORD) ?? []).length;
}

function overlap(a: Span, b: Span): number {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}

/**
 * GOLD-FORMAT.md: spans overlap by at least one character and the finding is at most 60
 * characters longer than the artifact. (An empty span overlaps nothing, so never matches.)
 */
export function matches(finding: Span, artifact: Span): boolean {
  const extra = finding.end - finding.start - (artifact.end - artifact.start);
  return overlap(finding, artifact) >= 1 && extra <= MAX_EXTRA_LENGTH;
}

/** Case folded, whitespace collapsed and trimmed, curly quotes and apostrophes made straight. */
export function foldForFix(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Whether replacing the finding's span by `suggestion` fixes the artifact.
 *
 * Let R = [min(a.start, f.start), max(a.end, f.end)) in the original text. Both edits (the
 * finding's and each correction's) lie inside R and the text outside R is untouched by either,
 * so R maps to a region of each edited text, and the edited texts are equal iff those regions
 * are:
 *   by the finding:    text[R.start, f.start) + suggestion + text[f.end, R.end)
 *   by a correction c: text[R.start, a.start) + c + text[a.end, R.end)
 * The artifact counts as fixed when the first equals the second for some c, after foldForFix.
 * This handles a finding larger than the artifact ("his decision" -> "its decision" for the
 * artifact "his" -> "its") and a smaller one ("to climb" -> "climbing" inside "keep to climb"
 * -> "keep climbing"). Comparing whole strings (not only word tokens) keeps punctuation fixes
 * honest. Limitation: if R also holds another artifact that the finding fixes too, the
 * correction side leaves that one unfixed and the comparison fails.
 */
export function fixes(text: string, finding: Span, suggestion: string, artifact: GoldArtifact): boolean {
  const rs = Math.min(artifact.start, finding.start);
  const re = Math.max(artifact.end, finding.end);
  const edited = foldForFix(text.slice(rs, finding.start) + suggestion + text.slice(finding.end, re));
  const before = text.slice(rs, artifact.start);
  const after = text.slice(artifact.end, re);
  return artifact.corrections.some((c) => foldForFix(before + c + after) === edited);
}

export function ratio(matched: number, total: number): Ratio {
  return { matched, total, recall: total === 0 ? null : matched / total };
}

function div(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}

/**
 * F0.5 = 1.25PR / (0.25P + R): precision weighs twice as much as recall. A zero on either side
 * gives 0 even when the other is undefined (no findings on an annotated set is a score of 0,
 * not a missing one); both undefined, or one undefined and the other positive, gives null.
 */
export function fBeta05(p: number | null, r: number | null): number | null {
  if (p === 0 || r === 0) return 0;
  if (p === null || r === null) return null;
  return (1.25 * p * r) / (0.25 * p + r);
}

function rates(c: Counts): Rates {
  const precision = div(c.matchedFindings, c.findings);
  const recall = div(c.matchedArtifacts, c.artifacts);
  const per1000 = div(c.cleanFalseAlarms, c.cleanWords);
  return {
    precision,
    recall,
    f05: fBeta05(precision, recall),
    fixRate: div(c.fixed, c.fixable),
    falseAlarmsPer1000: per1000 === null ? null : per1000 * 1000,
  };
}

function isVisibleMqm(a: GoldArtifact): boolean {
  const c = a.mqm_category;
  return c !== undefined && VISIBLE_MQM_PREFIXES.some((p) => c.startsWith(p));
}

/** Orders our categories as CATEGORIES does, then any external ones alphabetically. */
function categoryOrder(a: string, b: string): number {
  const known: readonly string[] = CATEGORIES;
  const ia = known.indexOf(a);
  const ib = known.indexOf(b);
  if (ia >= 0 || ib >= 0) return (ia < 0 ? Infinity : ia) - (ib < 0 ? Infinity : ib);
  return a < b ? -1 : a > b ? 1 : 0;
}

function byCategory(artifacts: readonly GoldArtifact[], hit: readonly boolean[]): Record<string, Ratio> {
  const keys = [...new Set(artifacts.map((a) => a.category))].sort(categoryOrder);
  return Object.fromEntries(
    keys.map((k) => {
      const idx = artifacts.flatMap((a, i) => (a.category === k ? [i] : []));
      return [k, ratio(idx.filter((i) => hit[i]).length, idx.length)];
    }),
  );
}

function visibleMqm(artifacts: readonly GoldArtifact[], hit: readonly boolean[]): Ratio | null {
  if (!artifacts.some((a) => a.mqm_category !== undefined)) return null;
  const idx = artifacts.flatMap((a, i) => (isVisibleMqm(a) ? [i] : []));
  return ratio(idx.filter((i) => hit[i]).length, idx.length);
}

/** The rule a finding counts for: a code rule's id, or the pack of a pack entry ("calque/drop-overflowed" -> "calque"). */
export function ruleKey(ruleId: string): string {
  const slash = ruleId.indexOf('/');
  return slash < 0 ? ruleId : ruleId.slice(0, slash);
}

function byRule(findings: readonly Finding[], unmatched: readonly Finding[]): Record<string, RuleTally> {
  const missed = new Set(unmatched);
  const out: Record<string, RuleTally> = {};
  for (const f of findings) {
    const k = ruleKey(f.ruleId);
    const t = out[k] ?? { findings: 0, matched: 0 };
    out[k] = { findings: t.findings + 1, matched: t.matched + (missed.has(f) ? 0 : 1) };
  }
  return out;
}

function addRules(a: Readonly<Record<string, RuleTally>>, b: Readonly<Record<string, RuleTally>>): Record<string, RuleTally> {
  const out: Record<string, RuleTally> = { ...a };
  for (const [k, t] of Object.entries(b)) {
    const o = out[k];
    out[k] = o ? { findings: o.findings + t.findings, matched: o.matched + t.matched } : t;
  }
  return out;
}

function isFixed(text: string, a: GoldArtifact, findings: readonly Finding[]): boolean {
  return findings.some((f) => {
    const s = f.suggestions[0];
    return s !== undefined && matches(f, a) && fixes(text, f, s, a);
  });
}

/** Traps count only findings that match no artifact: a true positive next to a trap is no false alarm. */
function trapFindings(traps: readonly CleanTrap[], unmatched: readonly Finding[]): { findings: number; traps: number } {
  return {
    findings: unmatched.filter((f) => traps.some((t) => overlap(f, t) >= 1)).length,
    traps: traps.filter((t) => unmatched.some((f) => overlap(f, t) >= 1)).length,
  };
}

function keptArtifacts(gold: Gold, opts: ScoreOptions): readonly GoldArtifact[] {
  const min = opts.minRaters;
  return min === undefined ? gold.artifacts : gold.artifacts.filter((a) => a.raters === undefined || a.raters >= min);
}

/**
 * Scores one article. An article whose gold has `artifacts: []` is clean text: every finding
 * there is a false alarm and its words are clean words. Cleanness is decided before the
 * --min-raters filter, so an MT text whose artifacts are all filtered out is not "clean".
 */
export function scoreArticle(text: string, gold: Gold, findings: readonly Finding[], opts: ScoreOptions = {}): ArticleScore {
  const clean = gold.artifacts.length === 0;
  const artifacts = keptArtifacts(gold, opts);
  const hit = artifacts.map((a) => findings.some((f) => matches(f, a)));
  const unmatched = findings.filter((f) => !artifacts.some((a) => matches(f, a)));
  const fixable = artifacts.filter((a, i) => hit[i] && a.corrections.length > 0);
  const traps = trapFindings(gold.clean_traps, unmatched);
  const words = countWords(text);
  const counts: Counts = {
    words,
    cleanWords: clean ? words : 0,
    findings: findings.length,
    matchedFindings: findings.length - unmatched.length,
    artifacts: artifacts.length,
    matchedArtifacts: hit.filter(Boolean).length,
    fixable: fixable.length,
    fixed: fixable.filter((a) => isFixed(text, a, findings)).length,
    falseAlarms: clean ? findings.length : traps.findings,
    cleanFalseAlarms: clean ? findings.length : 0,
    cleanTraps: gold.clean_traps.length,
    cleanTrapsHit: traps.traps,
    categories: byCategory(artifacts, hit),
    visibleMqm: visibleMqm(artifacts, hit),
    rules: byRule(findings, unmatched),
  };
  return { id: gold.id, clean, ...counts, ...rates(counts) };
}

function addRatios(a: Ratio | null, b: Ratio | null): Ratio | null {
  if (a === null) return b;
  if (b === null) return a;
  return ratio(a.matched + b.matched, a.total + b.total);
}

function addCategories(a: Readonly<Record<string, Ratio>>, b: Readonly<Record<string, Ratio>>): Record<string, Ratio> {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort(categoryOrder);
  return Object.fromEntries(keys.map((k) => [k, addRatios(a[k] ?? null, b[k] ?? null) ?? ratio(0, 0)]));
}

const ZERO: Counts = {
  words: 0,
  cleanWords: 0,
  findings: 0,
  matchedFindings: 0,
  artifacts: 0,
  matchedArtifacts: 0,
  fixable: 0,
  fixed: 0,
  falseAlarms: 0,
  cleanFalseAlarms: 0,
  cleanTraps: 0,
  cleanTrapsHit: 0,
  categories: {},
  visibleMqm: null,
  rules: {},
};

function addCounts(a: Counts, b: Counts): Counts {
  return {
    words: a.words + b.words,
    cleanWords: a.cleanWords + b.cleanWords,
    findings: a.findings + b.findings,
    matchedFindings: a.matchedFindings + b.matchedFindings,
    artifacts: a.artifacts + b.artifacts,
    matchedArtifacts: a.matchedArtifacts + b.matchedArtifacts,
    fixable: a.fixable + b.fixable,
    fixed: a.fixed + b.fixed,
    falseAlarms: a.falseAlarms + b.falseAlarms,
    cleanFalseAlarms: a.cleanFalseAlarms + b.cleanFalseAlarms,
    cleanTraps: a.cleanTraps + b.cleanTraps,
    cleanTrapsHit: a.cleanTrapsHit + b.cleanTrapsHit,
    categories: addCategories(a.categories, b.categories),
    visibleMqm: addRatios(a.visibleMqm, b.visibleMqm),
    rules: addRules(a.rules, b.rules),
  };
}

/** Sums the counts of all articles and derives the ratios once (micro-average). */
export function aggregate(articles: readonly ArticleScore[], opts: ScoreOptions = {}): EvalResult {
  const counts = articles.reduce<Counts>((acc, a) => addCounts(acc, a), ZERO);
  const totals: Totals = {
    articles: articles.length,
    cleanArticles: articles.filter((a) => a.clean).length,
    ...counts,
    ...rates(counts),
  };
  return { minRaters: opts.minRaters ?? null, articles, totals };
}

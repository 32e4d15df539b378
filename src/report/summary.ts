/**
 * The numbers of `mtaudit report`, pure: words per article, an MQM score per article, totals.
 *
 * Scoring follows the MQM weights used at WMT (Freitag et al. 2021):
 *   - a finding of severity `error` is a MAJOR error: 5 points;
 *   - a finding of severity `warning` or `info` is a MINOR error: 1 point;
 *   - a minor error of category `punctuation`: 0.1 point (major punctuation stays 5).
 * An article's penalty is the sum of its findings' points; its score is the penalty per 1,000
 * words (penalty * 1000 / words, words at least 1), so long and short articles compare. Lower
 * is better; 0 is clean. The total score is the total penalty per 1,000 total words (a
 * word-weighted mean of the article scores), not the mean of the article scores.
 *
 * Unreadable files count as files but add no words, findings or score.
 */
import { CATEGORIES, type Category, type Severity } from '../rules/types.js';

export const MQM_WEIGHTS = { major: 5, minor: 1, minorPunctuation: 0.1 } as const;
/** Scores are per this many words. */
export const PER_WORDS = 1000;

/** Score bins of the distribution chart: [from, to) per 1,000 words; 0 has its own bin. */
export const SCORE_BINS: readonly { readonly label: string; readonly from: number; readonly to: number }[] = [
  { label: '0', from: 0, to: 0 },
  { label: '0–5', from: 0, to: 5 },
  { label: '5–10', from: 5, to: 10 },
  { label: '10–20', from: 10, to: 20 },
  { label: '20–50', from: 20, to: 50 },
  { label: '50–100', from: 50, to: 100 },
  { label: '100+', from: 100, to: Infinity },
];

/** What the report says about itself. */
export interface ReportMeta {
  readonly title: string;
  readonly version: string;
  /** ISO 8601; omitted for reproducible output. */
  readonly generatedAt?: string;
}

export interface SeverityCounts {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
}

/** What the report keeps of one article once it is audited: small, so 10,000 fit in memory. */
export interface ArticleRecord {
  /** 0-based position in the input order; the HTML anchors are `a${index + 1}`. */
  readonly index: number;
  readonly path: string;
  /** Set when the file could not be read or parsed; everything else is then 0. */
  readonly error?: string;
  readonly words: number;
  readonly findings: number;
  readonly severities: SeverityCounts;
  /** Findings by category and severity; only the categories that occur. */
  readonly categories: Readonly<Partial<Record<Category, SeverityCounts>>>;
  /** MQM points (rounded to 1 decimal, as the weights allow). */
  readonly penalty: number;
  /** Points per 1,000 words, rounded to 2 decimals. */
  readonly score: number;
}

export interface CategoryTotal extends SeverityCounts {
  readonly category: Category;
  readonly findings: number;
  readonly penalty: number;
  /** Findings per 1,000 words. */
  readonly rate: number;
}

export interface ReportTotals {
  readonly files: number;
  /** Files audited (not unreadable). */
  readonly audited: number;
  readonly failed: number;
  readonly words: number;
  readonly findings: number;
  /** Findings per 1,000 words. */
  readonly rate: number;
  readonly severities: SeverityCounts;
  /** Every category, in CATEGORIES order. */
  readonly categories: readonly CategoryTotal[];
  readonly penalty: number;
  /** Total penalty per 1,000 total words. */
  readonly score: number;
  /** Audited articles per SCORE_BINS bin. */
  readonly distribution: readonly number[];
  /** Indices of the worst audited articles with findings: score, then penalty, descending; input order breaks ties. */
  readonly worst: readonly number[];
}

// Words: letters, marks and digits, joined by inner hyphens, apostrophes, or number separators.
const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’.,][\p{L}\p{M}\p{N}]+)*/gu;

export function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text) !== null) n++;
  return n;
}

/** MQM points of one finding. */
export function findingPenalty(f: { readonly severity: Severity; readonly category: Category }): number {
  if (f.severity === 'error') return MQM_WEIGHTS.major;
  return f.category === 'punctuation' ? MQM_WEIGHTS.minorPunctuation : MQM_WEIGHTS.minor;
}

/** MQM points of a category's counts, in tenths of a point, so sums stay exact (0.1 + 0.2 is 0.3). */
function penaltyTenths(category: Category, n: SeverityCounts): number {
  const minor = Math.round((category === 'punctuation' ? MQM_WEIGHTS.minorPunctuation : MQM_WEIGHTS.minor) * 10);
  return n.error * Math.round(MQM_WEIGHTS.major * 10) + (n.warning + n.info) * minor;
}

const round = (x: number, digits: number): number => {
  const k = 10 ** digits;
  return Math.round(x * k) / k;
};

export function perThousand(count: number, words: number): number {
  return round((count * PER_WORDS) / Math.max(words, 1), 2);
}

export function articleRecord(
  index: number,
  path: string,
  words: number,
  findings: readonly { readonly severity: Severity; readonly category: Category }[],
): ArticleRecord {
  const sev = { error: 0, warning: 0, info: 0 };
  const categories: Partial<Record<Category, { error: number; warning: number; info: number }>> = {};
  for (const f of findings) {
    sev[f.severity]++;
    (categories[f.category] ??= { error: 0, warning: 0, info: 0 })[f.severity]++;
  }
  let tenths = 0;
  for (const [c, n] of Object.entries(categories) as [Category, SeverityCounts][]) tenths += penaltyTenths(c, n);
  const penalty = tenths / 10;
  return { index, path, words, findings: findings.length, severities: sev, categories, penalty, score: perThousand(penalty, words) };
}

export function failedRecord(index: number, path: string, error: string): ArticleRecord {
  return { index, path, error, words: 0, findings: 0, severities: { error: 0, warning: 0, info: 0 }, categories: {}, penalty: 0, score: 0 };
}

export function scoreBin(score: number): number {
  if (score === 0) return 0;
  const i = SCORE_BINS.findIndex((b, k) => k > 0 && score < b.to);
  return i === -1 ? SCORE_BINS.length - 1 : i;
}

/** Worst first: score, then penalty, descending; input order breaks ties. */
export function compareWorst(a: ArticleRecord, b: ArticleRecord): number {
  return b.score - a.score || b.penalty - a.penalty || a.index - b.index;
}

export function summarizeReport(records: readonly ArticleRecord[], worstCount = 10): ReportTotals {
  const sev = { error: 0, warning: 0, info: 0 };
  const cats = new Map<Category, { error: number; warning: number; info: number }>(CATEGORIES.map((c) => [c, { error: 0, warning: 0, info: 0 }]));
  const distribution = SCORE_BINS.map(() => 0);
  let words = 0;
  let findings = 0;
  let tenths = 0;
  let failed = 0;
  for (const r of records) {
    if (r.error !== undefined) {
      failed++;
      continue;
    }
    words += r.words;
    findings += r.findings;
    tenths += Math.round(r.penalty * 10);
    sev.error += r.severities.error;
    sev.warning += r.severities.warning;
    sev.info += r.severities.info;
    distribution[scoreBin(r.score)]!++;
    for (const [c, n] of Object.entries(r.categories) as [Category, SeverityCounts][]) {
      const t = cats.get(c);
      if (!t) continue;
      t.error += n.error;
      t.warning += n.warning;
      t.info += n.info;
    }
  }
  const categories = CATEGORIES.map((category): CategoryTotal => {
    const t = cats.get(category)!;
    const n = t.error + t.warning + t.info;
    return { category, ...t, findings: n, penalty: penaltyTenths(category, t) / 10, rate: perThousand(n, words) };
  });
  const worst = records
    .filter((r) => r.error === undefined && r.findings > 0)
    .sort(compareWorst)
    .slice(0, worstCount)
    .map((r) => r.index);
  const penalty = tenths / 10;
  return {
    files: records.length,
    audited: records.length - failed,
    failed,
    words,
    findings,
    rate: perThousand(findings, words),
    severities: sev,
    categories,
    penalty,
    score: perThousand(penalty, words),
    distribution,
    worst,
  };
}

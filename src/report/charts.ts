/**
 * The charts of index.html as inline SVG, pure: no script, no style attributes (the page's
 * Content-Security-Policy allows neither), colours from the page's stylesheet by class. Every
 * bar carries its number as text, so nothing is told by colour or length alone.
 */
import { articleId } from './html-article.js';
import { elide, escapeHtml, num } from './html-escape.js';
import { SCORE_BINS, type ArticleRecord, type ReportTotals } from './summary.js';

const W = 720;
const ROW = 24;
const LABEL = 220;
const BAR_MAX = 270;

function svg(id: string, title: string, desc: string, height: number, body: string): string {
  return [
    `<svg class="chart" id="${id}" viewBox="0 0 ${W} ${height}" width="100%" role="img" aria-labelledby="${id}-t ${id}-d" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="${id}-t">${escapeHtml(title)}</title><desc id="${id}-d">${escapeHtml(desc)}</desc>`,
    body,
    '</svg>',
  ].join('\n');
}

interface Bar {
  readonly label: string;
  readonly value: number;
  readonly text: string;
  readonly href?: string;
}

/** Horizontal bars, one row each: label, bar, number. */
function horizontal(id: string, title: string, bars: readonly Bar[], cls: string, empty: string): string {
  if (bars.length === 0) {
    return svg(id, title, empty, 40, `<text class="empty" x="10" y="25">${escapeHtml(empty)}</text>`);
  }
  const max = Math.max(...bars.map((b) => b.value), Number.MIN_VALUE);
  const rows = bars.map((b, k) => {
    const y = 8 + k * ROW;
    const w = b.value > 0 ? Math.max(2, Math.round((b.value / max) * BAR_MAX)) : 0;
    const label = `<text class="label" x="${LABEL - 8}" y="${y + 15}" text-anchor="end">${escapeHtml(b.label)}</text>`;
    return [
      b.href ? `<a href="${b.href}">${label}</a>` : label,
      `<rect class="${cls}" x="${LABEL}" y="${y + 3}" width="${w}" height="${ROW - 8}" rx="2"/>`,
      `<text class="value" x="${LABEL + w + 6}" y="${y + 15}">${escapeHtml(b.text)}</text>`,
    ].join('');
  });
  return svg(id, title, bars.map((b) => `${b.label}: ${b.text}`).join('; '), 16 + bars.length * ROW, rows.join('\n'));
}

export function categoryChart(totals: ReportTotals): string {
  const bars = totals.categories
    .filter((c) => c.findings > 0)
    .sort((a, b) => b.findings - a.findings)
    .map((c) => ({ label: c.category, value: c.findings, text: `${num(c.findings)} (${num(c.rate)} per 1,000 words)` }));
  return horizontal('chart-categories', 'Findings by category', bars, 'bar bar-cat', 'No findings.');
}

export function worstChart(totals: ReportTotals, byIndex: (index: number) => ArticleRecord | undefined): string {
  const bars = totals.worst.flatMap((i) => {
    const r = byIndex(i);
    return r ? [{ label: elide(r.path, 34), value: r.score, text: `${num(r.score)} (${num(r.findings)} findings)`, href: `#${articleId(i)}` }] : [];
  });
  return horizontal('chart-worst', 'Worst articles: MQM score per 1,000 words', bars, 'bar bar-worst', 'No article has findings.');
}

/** A column per score bin, its count above it and its range below. */
export function distributionChart(totals: ReportTotals): string {
  const h = 220;
  const base = 170;
  const colW = Math.floor((W - 80) / SCORE_BINS.length);
  const max = Math.max(...totals.distribution, 1);
  const cols = SCORE_BINS.map((bin, k) => {
    const n = totals.distribution[k] ?? 0;
    const bh = n > 0 ? Math.max(2, Math.round((n / max) * 140)) : 0;
    const x = 60 + k * colW;
    return [
      `<rect class="bar bar-dist" x="${x + 6}" y="${base - bh}" width="${colW - 12}" height="${bh}" rx="2"/>`,
      `<text class="value" x="${x + colW / 2}" y="${base - bh - 6}" text-anchor="middle">${num(n)}</text>`,
      `<text class="label" x="${x + colW / 2}" y="${base + 18}" text-anchor="middle">${escapeHtml(bin.label)}</text>`,
    ].join('');
  });
  const axis = `<line class="axis" x1="60" y1="${base}" x2="${60 + colW * SCORE_BINS.length}" y2="${base}"/><text class="caption" x="${W / 2}" y="${base + 42}" text-anchor="middle">MQM score per 1,000 words (lower is better)</text>`;
  const desc = SCORE_BINS.map((b, k) => `${b.label}: ${totals.distribution[k] ?? 0} articles`).join('; ');
  return svg('chart-distribution', 'Articles by score', desc, h, `${cols.join('\n')}\n${axis}`);
}

/**
 * One article's <section> of index.html, pure: its text with every finding highlighted and
 * numbered, then the numbered findings, each with its first suggestion as a word diff of the
 * sentence (before -> after). Built per article, in the worker that audited it, so the page
 * never has to be held whole in memory.
 *
 * Severity shows in three ways besides colour: the underline style (solid, dashed, dotted), a
 * numbered reference after the span, and the severity written out in the list.
 */
import type { LocatedFinding } from '../auditor.js';
import { applyFixes } from '../fix/apply.js';
import { wordDiff } from '../review/diff.js';
import type { Severity } from '../rules/types.js';
import { segmentSentences } from '../text/sentences.js';
import { tokenize } from '../text/tokenize.js';
import { escapeHtml, num } from './html-escape.js';
import type { ArticleRecord } from './summary.js';

/** The anchor of an article in the page (input order, from 1). */
export const articleId = (index: number): string => `a${index + 1}`;

const RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };
/** How far around a finding to look for its sentence: bounds the work on one-line 50 MB files. */
const CONTEXT = 600;

interface Span {
  readonly start: number;
  readonly end: number;
}

/** The sentence(s) around [start, end), found by the segmenter the rules use, within one line. */
export function sentenceAround(text: string, start: number, end: number): Span {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd === -1) lineEnd = text.length;
  if (lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
  const from = Math.max(lineStart, start - CONTEXT);
  const to = Math.max(Math.min(lineEnd, end + CONTEXT), end);
  const window = text.slice(from, to);
  const sentences = segmentSentences(window, tokenize(window));
  let s = start - from;
  let e = end - from;
  const touching = sentences.filter((x) => x.start <= Math.max(s, e - 1) && x.end >= Math.min(e, s + 1));
  if (touching.length > 0) {
    s = Math.min(s, touching[0]!.start);
    e = Math.max(e, touching[touching.length - 1]!.end);
  } else {
    s = 0;
    e = window.length;
  }
  return { start: from + s, end: from + e };
}

function diffHtml(before: string, after: string): string {
  return wordDiff(before, after)
    .map((p) => (p.kind === 'deleted' ? `<del>${escapeHtml(p.text)}</del>` : p.kind === 'added' ? `<ins>${escapeHtml(p.text)}</ins>` : escapeHtml(p.text)))
    .join('');
}

/** The sentence with the finding's first suggestion applied, as a word diff; or the sentence with the span marked. */
export function suggestionHtml(text: string, f: LocatedFinding): string {
  const around = sentenceAround(text, f.start, f.end);
  const before = text.slice(around.start, around.end);
  const first = f.suggestions[0];
  if (first === undefined) {
    const s = f.start - around.start;
    const e = f.end - around.start;
    return `<p class="context"><span class="label">No suggestion.</span> ${escapeHtml(before.slice(0, s))}<mark class="sev-${f.severity}">${escapeHtml(before.slice(s, e))}</mark>${escapeHtml(before.slice(e))}</p>`;
  }
  const after = applyFixes(before, [{ start: f.start - around.start, end: f.end - around.start, text: first }]).text;
  const more = f.suggestions.length > 1 ? ` <span class="alt">(or ${f.suggestions.slice(1).map((x) => `“${escapeHtml(x)}”`).join(', ')})</span>` : '';
  return `<p class="diff"><span class="label">Suggested:</span> ${diffHtml(before, after)}${more}</p>`;
}

/**
 * The text with findings highlighted. Findings may overlap: the text is cut at every start and
 * end, and each piece is marked with the highest severity covering it; a numbered reference
 * follows the end of each finding (an empty span gets a caret).
 */
export function highlightHtml(text: string, findings: readonly LocatedFinding[], id: string): string {
  const order = findings.map((f, k) => ({ f, n: k + 1 }));
  const starts = [...order].filter((x) => x.f.end > x.f.start).sort((a, b) => a.f.start - b.f.start || a.n - b.n);
  const ends = [...order].sort((a, b) => a.f.end - b.f.end || a.n - b.n);
  const points = [...new Set([0, text.length, ...findings.flatMap((f) => [f.start, f.end])])].sort((a, b) => a - b);
  const active = { error: 0, warning: 0, info: 0 };
  const ref = (n: number, sev: Severity): string => `<a class="ref ref-${sev}" href="#${id}-f${n}" aria-label="finding ${n}">${n}</a>`;
  let out = '';
  let si = 0;
  let ei = 0;
  let pos = 0;
  for (const p of points) {
    if (p > pos) {
      const piece = escapeHtml(text.slice(pos, p));
      const sev: Severity | undefined = active.error > 0 ? 'error' : active.warning > 0 ? 'warning' : active.info > 0 ? 'info' : undefined;
      out += sev ? `<mark class="sev-${sev}">${piece}</mark>` : piece;
      pos = p;
    }
    for (; ei < ends.length && ends[ei]!.f.end === p; ei++) {
      const { f, n } = ends[ei]!;
      if (f.end > f.start) active[f.severity]--;
      else out += `<mark class="sev-${f.severity} caret">‸</mark>`;
      out += ref(n, f.severity);
    }
    for (; si < starts.length && starts[si]!.f.start === p; si++) active[starts[si]!.f.severity]++;
  }
  return out;
}

function counts(r: ArticleRecord): string {
  const s = r.severities;
  const parts = [`${num(s.error)} error${s.error === 1 ? '' : 's'}`, `${num(s.warning)} warning${s.warning === 1 ? '' : 's'}`, `${num(s.info)} info`];
  return `${num(r.findings)} finding${r.findings === 1 ? '' : 's'} (${parts.join(', ')})`;
}

function findingItem(text: string, f: LocatedFinding, n: number, id: string): string {
  const where = `line ${f.line}, column ${f.column}`;
  return [
    `<li id="${id}-f${n}">`,
    `<p class="head"><span class="sev sev-${f.severity}">${f.severity}</span> <span class="cat">${escapeHtml(f.category)}</span> <code>${escapeHtml(f.ruleId)}</code> <span class="where">${where}</span> <span class="conf">confidence ${num(f.confidence)}</span></p>`,
    `<p class="msg">${escapeHtml(f.message)}</p>`,
    suggestionHtml(text, f),
    f.reason ? `<p class="reason">${escapeHtml(f.reason)}</p>` : '',
    '</li>',
  ].join('');
}

/** The article's <section>. `text` is the file as read; findings are in its offsets. */
export function formatArticleHtml(record: ArticleRecord, text: string, findings: readonly LocatedFinding[]): string {
  const id = articleId(record.index);
  const head = `<section class="article" id="${id}" aria-labelledby="${id}-h">\n<h3 id="${id}-h"><span class="idx">${record.index + 1}.</span> <span class="path">${escapeHtml(record.path)}</span></h3>\n`;
  if (record.error !== undefined) {
    return `${head}<p class="failed"><span class="sev sev-error">unreadable</span> ${escapeHtml(record.error)}</p>\n</section>\n`;
  }
  const sorted = [...findings].sort((a, b) => a.start - b.start || a.end - b.end);
  const meta = `<p class="meta">${num(record.words)} words · ${counts(record)} · MQM penalty ${num(record.penalty, 1)} · score ${num(record.score)} per 1,000 words</p>\n`;
  const body = `<div class="text">${highlightHtml(text, sorted, id)}</div>\n`;
  const list = sorted.length > 0 ? `<ol class="findings">\n${sorted.map((f, k) => findingItem(text, f, k + 1, id)).join('\n')}\n</ol>\n` : '<p class="clean">No findings.</p>\n';
  return `${head}${meta}${body}${list}<p class="back"><a href="#articles">Back to the table</a></p>\n</section>\n`;
}

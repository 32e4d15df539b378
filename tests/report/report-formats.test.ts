/**
 * The pure formatters of `mtaudit report` on a fixed, hand-made result set: report.md and
 * report.json against golden files (UPDATE_GOLDEN=1 rewrites them; review the diff), the
 * page's pieces, highlighting, word diffs, and the Content-Security-Policy hashes.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LocatedFinding } from '../../src/auditor.js';
import { formatHtml, formatHtmlFoot, formatHtmlHead } from '../../src/report/html.js';
import { formatArticleHtml, highlightHtml, sentenceAround, suggestionHtml } from '../../src/report/html-article.js';
import { formatReportMarkdown, mdEscape } from '../../src/report/markdown.js';
import { formatArticleJson, formatReportJson, REPORT_SCHEMA_VERSION } from '../../src/report/report-json.js';
import { articleRecord, countWords, failedRecord, summarizeReport, type ReportMeta } from '../../src/report/summary.js';
import { RESULTS } from './sample.js';

const META: ReportMeta = { title: 'Desk | week 47 <b>', version: '9.9.9', generatedAt: '2024-01-02T03:04:05.000Z' };
const RECORDS = RESULTS.map((r, i) => (r.error ? failedRecord(i, r.path, r.error) : articleRecord(i, r.path, countWords(r.text ?? ''), r.findings)));
const TOTALS = summarizeReport(RECORDS);
const SECTIONS = RESULTS.map((r, i) => formatArticleHtml(RECORDS[i]!, r.text ?? '', r.findings));
const ENTRIES = RESULTS.map((r, i) => formatArticleJson(RECORDS[i]!, r.findings));

function matchGolden(name: string, actual: string): void {
  const file = new URL(`../fixtures/report/${name}`, import.meta.url);
  if (process.env['UPDATE_GOLDEN'] || !existsSync(file)) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

const finding = (start: number, end: number, severity: LocatedFinding['severity'], suggestions: string[] = []): LocatedFinding => ({
  ruleId: 'calque/x', category: 'calque', severity, start, end, text: '', message: 'm', suggestions, reason: '', confidence: 1,
  line: 1, column: start + 1, endLine: 1, endColumn: end + 1,
});

describe('report.md', () => {
  it('matches the golden file', () => matchGolden('report.md.golden', formatReportMarkdown(META, TOTALS, RECORDS)));
  it('escapes names and messages so they neither break tables nor become markup', () => {
    expect(mdEscape('a|b <img src=x onerror=alert(1)> *x* [l](u)\nnext')).toBe('a\\|b &lt;img src=x onerror=alert(1)&gt; \\*x\\* \\[l\\](u) next');
    const md = formatReportMarkdown(META, TOTALS, RECORDS);
    expect(md).toContain('# Desk \\| week 47 &lt;b&gt;');
    expect(md).toContain('## Unreadable files (1)');
  });
});

describe('report.json', () => {
  const text = formatReportJson(META, TOTALS, RECORDS, ENTRIES);
  it('matches the golden file', () => matchGolden('report.json.golden', text));
  it('is JSON with everything: schema version, scoring, summary, every finding', () => {
    const j = JSON.parse(text);
    expect(j.schemaVersion).toBe(REPORT_SCHEMA_VERSION);
    expect(j.kind).toBe('mtaudit-report');
    expect(j.scoring.weights).toEqual({ major: 5, minor: 1, minorPunctuation: 0.1 });
    expect(j.summary).toMatchObject({ files: 3, audited: 2, failed: 1, findings: 3 });
    expect(j.summary.unreadable).toEqual([{ path: 'wire/broken.txt', error: RESULTS[2]!.error }]);
    expect(j.files.map((f: { path: string }) => f.path)).toEqual(RESULTS.map((r) => r.path));
    expect(j.files[0].findings).toHaveLength(3);
    expect(j.files[0].findings[1]).toMatchObject({ ruleId: 'calque/sphere-of-influence', start: RESULTS[0]!.findings[1]!.start, suggestions: ['a sphere of influence', 'spheres of influence'] });
    expect(j.files[0]).toMatchObject({ penalty: 6.1, counts: { findings: 3, error: 1, warning: 1, info: 1 } });
    expect(j.files[2]).toMatchObject({ path: 'wire/broken.txt', error: RESULTS[2]!.error, findings: [] });
  });
  it('is valid JSON with no files too', () => {
    const empty = summarizeReport([]);
    expect(JSON.parse(formatReportJson(META, empty, [], [])).files).toEqual([]);
  });
});

describe('index.html', () => {
  const page = formatHtml(META, TOTALS, RECORDS, SECTIONS);
  it('is head + article sections + foot, the pieces the command streams', () => {
    expect(page).toBe(formatHtmlHead(META, TOTALS, RECORDS) + SECTIONS.join('') + formatHtmlFoot());
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page.trimEnd().endsWith('</html>')).toBe(true);
  });
  it('allows by hash exactly its one stylesheet and one script, and no network', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)?.[1] ?? '';
    const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
    const scripts = [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)];
    const styles = [...page.matchAll(/<style>([\s\S]*?)<\/style>/g)];
    expect(scripts).toHaveLength(1);
    expect(styles).toHaveLength(1);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`script-src ${hash(scripts[0]![1]!)}`);
    expect(csp).toContain(`style-src ${hash(styles[0]![1]!)}`);
    expect(csp).not.toContain('unsafe');
    expect(page).not.toMatch(/\sstyle="/);
    expect(page).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
    expect(page).not.toMatch(/(src|href)="(https?:)?\/\//);
  });
  it('has a sortable table of the audited articles, worst first, and lists the unreadable file', () => {
    expect(page).toContain('<th scope="col" data-type="number" aria-sort="descending"><button type="button">Score</button></th>');
    expect(page.match(/<tr data-i=/g)).toHaveLength(2);
    expect(page.indexOf('<tr data-i="0">')).toBeLessThan(page.indexOf('<tr data-i="1">'));
    expect(page).toContain('<h2 id="errors-h">Unreadable files (1)</h2>');
    expect(page).toContain('<span class="sev sev-error">unreadable</span> wire/broken.txt:1:4: invalid UTF-8');
  });
  it('escapes the article text, its name and the title', () => {
    expect(page).toContain('<title>Desk | week 47 &lt;b&gt;</title>');
    expect(page).toContain('“&lt;script&gt;”');
    expect(page).not.toContain('<script>”');
  });
  it('charts inline SVG with labelled bars', () => {
    expect(page.match(/<svg class="chart"/g)).toHaveLength(3);
    expect(page).toContain('<title id="chart-categories-t">Findings by category</title>');
    expect(page).toMatch(/<a href="#a1"><text class="label"[^>]*>wire\/a b\.txt<\/text><\/a>/);
  });
});

describe('article section', () => {
  it('highlights overlapping and empty spans with numbered references', () => {
    const html = highlightHtml('abcdef', [finding(1, 4, 'warning'), finding(2, 5, 'error'), finding(3, 3, 'info')], 'x');
    expect(html).toBe(
      'a<mark class="sev-warning">b</mark><mark class="sev-error">c</mark><mark class="sev-info caret">‸</mark><a class="ref ref-info" href="#x-f3" aria-label="finding 3">3</a>' +
        '<mark class="sev-error">d</mark><a class="ref ref-warning" href="#x-f1" aria-label="finding 1">1</a><mark class="sev-error">e</mark><a class="ref ref-error" href="#x-f2" aria-label="finding 2">2</a>f',
    );
  });
  it('shows the first suggestion as a word diff of its sentence', () => {
    const t = 'First one. Washington and his allies refused. Third.\nNext line.';
    const s = t.indexOf('his');
    expect(sentenceAround(t, s, s + 3)).toEqual({ start: 11, end: 45 });
    expect(suggestionHtml(t, finding(s, s + 3, 'warning', ['its', 'their']))).toBe(
      '<p class="diff"><span class="label">Suggested:</span> Washington and <del>his</del><ins>its</ins> allies refused. <span class="alt">(or “their”)</span></p>',
    );
    expect(suggestionHtml(t, finding(s, s + 3, 'info'))).toBe('<p class="context"><span class="label">No suggestion.</span> Washington and <mark class="sev-info">his</mark> allies refused.</p>');
  });
  it('keeps the sentence search near the finding on a huge one-line text', () => {
    const t = `${'Word salad goes on '.repeat(50_000)}and his allies.`;
    const s = t.lastIndexOf('his');
    const a = sentenceAround(t, s, s + 3);
    expect(a.end - a.start).toBeLessThanOrEqual(1300);
  });
  it('numbers findings in text order and links back to the table', () => {
    const r = RESULTS[0]!;
    const html = SECTIONS[0]!;
    expect(html).toContain('<section class="article" id="a1" aria-labelledby="a1-h">');
    expect(html.match(/<li id="a1-f\d+">/g)).toEqual(['<li id="a1-f1">', '<li id="a1-f2">', '<li id="a1-f3">']);
    expect(html).toContain('<a href="#articles">Back to the table</a>');
    expect(r.findings).toHaveLength(3);
  });
});

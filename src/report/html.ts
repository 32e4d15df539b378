/**
 * `mtaudit report`'s index.html, pure: one self-contained page (no network; CSS, SVG and the
 * one script inline) in three pieces, so the command can stream it: the head (summary, charts,
 * the sortable table) before the articles' sections (html-article.ts), and the foot after.
 * formatHtml joins them for callers that hold everything.
 *
 * Security: every piece of input goes through escapeHtml; the page carries a
 * Content-Security-Policy that allows nothing but its own stylesheet and script, by hash
 * (no inline handlers, no style attributes, no network).
 */
import { createHash } from 'node:crypto';
import { categoryChart, distributionChart, worstChart } from './charts.js';
import { articleId } from './html-article.js';
import { escapeHtml, num } from './html-escape.js';
import { compareWorst, MQM_WEIGHTS, type ArticleRecord, type ReportMeta, type ReportTotals } from './summary.js';

export { formatArticleHtml } from './html-article.js';

const CSS = `
:root { color-scheme: light dark; --bg: #fff; --fg: #1b1b1b; --muted: #555; --line: #d0d0d0; --panel: #f5f5f5;
  --error: #b00020; --warning: #8a5a00; --info: #245fa8; --mark-error: #ffd6dc; --mark-warning: #ffe9b3; --mark-info: #dbe9ff;
  --bar: #3b6ea5; --bar2: #b4432f; --ins: #d8f5d0; --del: #ffd9d9; --link: #0b57b0; }
@media (prefers-color-scheme: dark) { :root { --bg: #151515; --fg: #e8e8e8; --muted: #a8a8a8; --line: #3a3a3a; --panel: #202020;
  --error: #ff8a9a; --warning: #f0c060; --info: #8ab8ff; --mark-error: #5a1f28; --mark-warning: #4d3b10; --mark-info: #1c3556;
  --bar: #6fa0d8; --bar2: #e07a62; --ins: #1f4a1a; --del: #5a2020; --link: #8ab8ff; } }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 1rem 1.25rem 4rem; background: var(--bg); color: var(--fg);
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
a { color: var(--link); }
h1 { font-size: 1.7rem; margin: .5rem 0 .25rem; } h2 { margin-top: 2.5rem; border-bottom: 1px solid var(--line); }
.sub, .meta, .where, .conf, .scoring { color: var(--muted); font-size: .9rem; }
nav ul { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; padding: 0; list-style: none; }
dl.kpis { display: grid; grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr)); gap: .75rem; }
dl.kpis div { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: .5rem .75rem; }
dl.kpis dt { font-size: .85rem; color: var(--muted); } dl.kpis dd { margin: 0; font-size: 1.4rem; font-weight: 600; }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
th, td { border-bottom: 1px solid var(--line); padding: .3rem .5rem; text-align: right; vertical-align: top; }
th:first-child, td:first-child { text-align: left; overflow-wrap: anywhere; }
th button { all: inherit; cursor: pointer; font-weight: 700; }
th button:focus-visible { outline: 2px solid var(--link); outline-offset: 2px; }
th[aria-sort="ascending"] button::after { content: " ▲"; } th[aria-sort="descending"] button::after { content: " ▼"; }
.table-wrap { max-height: 36rem; overflow: auto; border: 1px solid var(--line); contain: content; }
#articles-table { table-layout: fixed; } #articles-table th:first-child { width: 34%; }
.table-wrap thead th { position: sticky; top: 0; background: var(--panel); }
figure { margin: 1.5rem 0; } figcaption { font-weight: 600; }
svg.chart { max-width: 48rem; display: block; font-size: 13px; }
svg .label, svg .value, svg .caption, svg .empty { fill: var(--fg); } svg .caption { fill: var(--muted); }
svg .bar-cat, svg .bar-dist { fill: var(--bar); } svg .bar-worst { fill: var(--bar2); } svg .axis { stroke: var(--muted); }
svg a .label { fill: var(--link); text-decoration: underline; }
.article { border-top: 1px solid var(--line); padding-top: .5rem; content-visibility: auto; contain-intrinsic-size: auto 40rem; }
.article h3 { font-size: 1.05rem; overflow-wrap: anywhere; } .idx { color: var(--muted); }
.text { white-space: pre-wrap; overflow-wrap: anywhere; background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem; line-height: 1.7; }
mark { color: inherit; padding: 0 1px; text-decoration-thickness: 2px; text-underline-offset: 3px; text-decoration-line: underline; }
mark.sev-error { background: var(--mark-error); text-decoration-style: solid; text-decoration-color: var(--error); }
mark.sev-warning { background: var(--mark-warning); text-decoration-style: dashed; text-decoration-color: var(--warning); }
mark.sev-info { background: var(--mark-info); text-decoration-style: dotted; text-decoration-color: var(--info); }
a.ref { font-size: .7em; vertical-align: super; margin-left: 1px; text-decoration: none; }
a.ref::before { content: "["; } a.ref::after { content: "]"; }
.sev { display: inline-block; min-width: 4.5em; font-weight: 700; font-size: .8rem; text-transform: uppercase; letter-spacing: .03em; }
.sev-error { color: var(--error); } .sev-warning { color: var(--warning); } .sev-info { color: var(--info); }
mark.sev-error, mark.sev-warning, mark.sev-info { color: inherit; }
ol.findings li { margin: .75rem 0; } ol.findings p { margin: .15rem 0; }
.cat { font-weight: 600; } .label { font-weight: 600; }
del { background: var(--del); text-decoration: line-through; } ins { background: var(--ins); text-decoration: underline; }
del + ins { margin-left: .3em; }
table.by-severity, table.by-category { margin: .5rem 0 1.5rem; } h3.table-h { font-size: 1rem; margin: 1.25rem 0 .25rem; }
.reason { font-style: italic; } .failed, .errors li { color: var(--error); }
.vh { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

// The table sorter: numbers from data-v, text by locale; input order breaks ties. No inline
// handlers: the CSP would block them.
const SCRIPT = `
(function () {
  var table = document.getElementById('articles-table');
  if (!table || !table.tHead || !table.tBodies[0]) return;
  var body = table.tBodies[0];
  var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
  var status = document.getElementById('sort-status');
  heads.forEach(function (th, col) {
    var button = th.querySelector('button');
    if (!button) return;
    button.addEventListener('click', function () {
      var text = th.getAttribute('data-type') === 'text';
      var now = th.getAttribute('aria-sort');
      var dir = now === 'ascending' ? 'descending' : now === 'descending' ? 'ascending' : text ? 'ascending' : 'descending';
      heads.forEach(function (h) { if (h.hasAttribute('aria-sort')) h.setAttribute('aria-sort', 'none'); });
      th.setAttribute('aria-sort', dir);
      var sign = dir === 'ascending' ? 1 : -1;
      var rows = Array.prototype.slice.call(body.rows).map(function (r) {
        var v = r.cells[col].getAttribute('data-v');
        return { r: r, i: Number(r.getAttribute('data-i')), k: text ? v : Number(v) };
      });
      rows.sort(function (a, b) {
        var c = text ? a.k.localeCompare(b.k) : a.k - b.k;
        return sign * c || a.i - b.i;
      });
      // Off the page while rows move: one layout for 10,000 rows, not one per row.
      table.removeChild(body);
      rows.forEach(function (x) { body.appendChild(x.r); });
      table.appendChild(body);
      if (status) status.textContent = 'Sorted by ' + button.textContent + ', ' + dir + '.';
    });
  });
})();
`;

const sha256 = (s: string): string => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

/** The page's policy: its own stylesheet and script by hash, nothing else, no network. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src ${sha256(CSS)}`,
  `script-src ${sha256(SCRIPT)}`,
  "img-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function kpis(t: ReportTotals): string {
  const item = (label: string, value: string): string => `<div><dt>${label}</dt><dd>${value}</dd></div>`;
  return [
    '<dl class="kpis">',
    item('Files', num(t.files)),
    item('Unreadable files', num(t.failed)),
    item('Words', num(t.words)),
    item('Findings', num(t.findings)),
    item('Findings per 1,000 words', num(t.rate)),
    item('MQM score per 1,000 words', num(t.score)),
    '</dl>',
  ].join('\n');
}

function severityTable(t: ReportTotals): string {
  const row = (sev: 'error' | 'warning' | 'info', mqm: string): string =>
    `<tr><th scope="row"><span class="sev sev-${sev}">${sev}</span></th><td>${mqm}</td><td>${num(t.severities[sev])}</td><td>${num((t.severities[sev] * 1000) / Math.max(t.words, 1))}</td></tr>`;
  return [
    '<h3 class="table-h" id="by-severity-h">By severity</h3>',
    '<table class="by-severity" aria-labelledby="by-severity-h">',
    '<thead><tr><th scope="col">Severity</th><th scope="col">MQM weight</th><th scope="col">Findings</th><th scope="col">Per 1,000 words</th></tr></thead><tbody>',
    row('error', `major, ${MQM_WEIGHTS.major}`),
    row('warning', `minor, ${MQM_WEIGHTS.minor} (punctuation ${MQM_WEIGHTS.minorPunctuation})`),
    row('info', `minor, ${MQM_WEIGHTS.minor} (punctuation ${MQM_WEIGHTS.minorPunctuation})`),
    '</tbody></table>',
  ].join('\n');
}

function categoryTable(t: ReportTotals): string {
  const rows = t.categories.map(
    (c) => `<tr><th scope="row">${escapeHtml(c.category)}</th><td>${num(c.error)}</td><td>${num(c.warning)}</td><td>${num(c.info)}</td><td>${num(c.findings)}</td><td>${num(c.rate)}</td><td>${num(c.penalty, 1)}</td></tr>`,
  );
  return [
    '<h3 class="table-h" id="by-category-h">By category and severity</h3>',
    '<table class="by-category" aria-labelledby="by-category-h">',
    '<thead><tr><th scope="col">Category</th><th scope="col">Errors</th><th scope="col">Warnings</th><th scope="col">Info</th><th scope="col">Findings</th><th scope="col">Per 1,000 words</th><th scope="col">MQM penalty</th></tr></thead><tbody>',
    ...rows,
    '</tbody></table>',
  ].join('\n');
}

const COLUMNS: readonly { readonly label: string; readonly type: 'text' | 'number'; readonly sort?: 'descending' }[] = [
  { label: 'File', type: 'text' },
  { label: 'Words', type: 'number' },
  { label: 'Findings', type: 'number' },
  { label: 'Errors', type: 'number' },
  { label: 'Warnings', type: 'number' },
  { label: 'Info', type: 'number' },
  { label: 'Penalty', type: 'number' },
  { label: 'Score', type: 'number', sort: 'descending' },
];

/** Audited articles, worst first; the script re-sorts on a header click. */
function articleTable(records: readonly ArticleRecord[]): string {
  const heads = COLUMNS.map((c) => `<th scope="col" data-type="${c.type}" aria-sort="${c.sort ?? 'none'}"><button type="button">${c.label}</button></th>`).join('');
  const rows = records
    .filter((r) => r.error === undefined)
    .sort(compareWorst)
    .map((r) => {
      const cell = (v: number, digits: 1 | 2 = 2): string => `<td data-v="${v}">${num(v, digits)}</td>`;
      const s = r.severities;
      return `<tr data-i="${r.index}"><td data-v="${escapeHtml(r.path)}"><a href="#${articleId(r.index)}">${escapeHtml(r.path)}</a></td>${cell(r.words)}${cell(r.findings)}${cell(s.error)}${cell(s.warning)}${cell(s.info)}${cell(r.penalty, 1)}${cell(r.score)}</tr>`;
    });
  return [
    '<div class="table-wrap">',
    '<table id="articles-table"><caption class="vh">Articles, worst MQM score first; the column buttons sort the table</caption>',
    `<thead><tr>${heads}</tr></thead>`,
    '<tbody>',
    ...rows,
    '</tbody></table></div>',
    '<p id="sort-status" class="vh" role="status" aria-live="polite"></p>',
  ].join('\n');
}

function failedList(records: readonly ArticleRecord[]): string {
  const failed = records.filter((r) => r.error !== undefined);
  if (failed.length === 0) return '';
  const items = failed.map((r) => `<li><a href="#${articleId(r.index)}">${escapeHtml(r.path)}</a>: ${escapeHtml(r.error ?? '')}</li>`);
  return `<section id="errors" aria-labelledby="errors-h"><h2 id="errors-h">Unreadable files (${num(failed.length)})</h2>\n<ul class="errors">\n${items.join('\n')}\n</ul></section>\n`;
}

/** Everything before the articles' sections: up to the opening of the section that holds them. */
export function formatHtmlHead(meta: ReportMeta, totals: ReportTotals, records: readonly ArticleRecord[]): string {
  const byIndex = new Map(records.map((r) => [r.index, r] as const));
  const sub = `${num(totals.files)} file${totals.files === 1 ? '' : 's'} · mtaudit ${escapeHtml(meta.version)}${meta.generatedAt ? ` · ${escapeHtml(meta.generatedAt)}` : ''}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="mtaudit ${escapeHtml(meta.version)}">
<title>${escapeHtml(meta.title)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>${escapeHtml(meta.title)}</h1>
<p class="sub">${sub}</p>
<nav aria-label="Contents"><ul><li><a href="#summary">Summary</a></li><li><a href="#charts">Charts</a></li>${totals.failed > 0 ? '<li><a href="#errors">Unreadable files</a></li>' : ''}<li><a href="#articles">Articles</a></li><li><a href="#texts">Article texts</a></li></ul></nav>
</header>
<main>
<section id="summary" aria-labelledby="summary-h">
<h2 id="summary-h">Summary</h2>
${kpis(totals)}
${severityTable(totals)}
${categoryTable(totals)}
<p class="scoring">Score: MQM with the weights of WMT: a major error (severity error) counts 5, a minor one (warning or info) 1, a minor punctuation error 0.1; the sum is divided by the words and multiplied by 1,000. Lower is better; 0 is clean.</p>
</section>
<section id="charts" aria-labelledby="charts-h">
<h2 id="charts-h">Charts</h2>
<figure><figcaption>Findings by category</figcaption>
${categoryChart(totals)}
</figure>
<figure><figcaption>Articles by MQM score per 1,000 words</figcaption>
${distributionChart(totals)}
</figure>
<figure><figcaption>Worst articles</figcaption>
${worstChart(totals, (i) => byIndex.get(i))}
</figure>
</section>
${failedList(records)}<section id="articles" aria-labelledby="articles-h">
<h2 id="articles-h">Articles (${num(totals.audited)})</h2>
${articleTable(records)}
</section>
<section id="texts" aria-labelledby="texts-h">
<h2 id="texts-h">Article texts</h2>
`;
}

export function formatHtmlFoot(): string {
  return `</section>
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

/** The whole page; `sections` are the articles' formatArticleHtml output in input order. */
export function formatHtml(meta: ReportMeta, totals: ReportTotals, records: readonly ArticleRecord[], sections: readonly string[]): string {
  return formatHtmlHead(meta, totals, records) + sections.join('') + formatHtmlFoot();
}

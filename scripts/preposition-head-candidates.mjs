#!/usr/bin/env node
/**
 * Candidate heads for src/data/preposition-heads.txt, counted in a folder of clean English (.txt
 * files): every noun, verb and adjective lemma, how often it occurs, and which prepositions follow
 * it, under the tag and adjunct conditions of the suspect rule governed-preposition. Prints the
 * lemmas not yet in the list whose complements are concentrated on one to three prepositions
 * ("dependence on", "refrain from", "susceptible to"), the most concentrated first. Choosing among
 * them, and the + allowances of each head added, is left to a person.
 *
 *   npm run build && node scripts/preposition-head-candidates.mjs DIR [--min N] [--share S] [--all]
 *
 *   --min N    lemmas seen at least N times (default 40)
 *   --share S  the top three prepositions hold at least this share of the complements (default 0.8)
 *   --all      print every lemma seen N times, listed or not, without the concentration test
 *
 * A word counts as a head where the POS tagger (the built dist/) tags it NOUN (a noun, plural
 * folded into the singular seen in the same text), VERB (a verb, its forms folded into the base
 * seen in the text; an -ed or -en form counts as an adjective as well, "dedicated to") or ADJ. As in
 * the rule, the preposition is the next token, after a verb or adjective also the one after a single
 * -ly adverb, in the same sentence; "to" before a verb is an infinitive. A preposition is a
 * complement unless the rule's adjunctFollows says an adjunct follows it ("in Ankara on Friday").
 *
 * Columns: kind, lemma, occurrences, prepositions after it (all), complements, the share of the
 * head's occurrences followed by a complement, the top-three share of complements, then
 * preposition:count over the complements, most first.
 */
import { readFileSync } from 'node:fs';
import { corpusArg, cleanDocs, cleanFiles, createWinkTagger, fromDist, dataPath } from './lib/clean-corpus.mjs';

const args = process.argv.slice(2);
const dir = corpusArg('node scripts/preposition-head-candidates.mjs DIR [--min N] [--share S] [--all]');
const opt = (name, dflt) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : dflt);
const MIN = opt('--min', 40);
const SHARE = opt('--share', 0.8);
const ALL = args.includes('--all');

const { formsOf, pluralOf } = await fromDist('nlp/inflect.js');
const { adjunctFollows } = await fromDist('rules/code/preposition/governed-preposition.js');

/** The prepositions counted, as in scripts/count-preposition-heads.mjs. */
const PREPS = new Set(
  `of in on at for with by from to into onto about against over under through towards toward among between across after
  before since during until within without upon beside besides behind near around along beyond despite via amid inside
  outside per off like`.split(/\s+/),
);

const listed = new Set();
for (const raw of readFileSync(dataPath('preposition-heads.txt'), 'utf8').split('\n')) {
  const line = raw.trim();
  if (line === '' || line.startsWith('#')) continue;
  const [kind, lemma] = line.split(/\s+/);
  listed.add(`${kind}:${lemma}`);
  // a verb of transitive-preposition is checked by that rule
  if (kind === 'transitive') listed.add(`verb:${lemma}`);
}

/** kind:form -> { n, preps: Map, comps: Map } */
const forms = new Map();
function entry(key) {
  let e = forms.get(key);
  if (!e) forms.set(key, (e = { n: 0, preps: new Map(), comps: new Map() }));
  return e;
}
const add = (m, k) => m.set(k, (m.get(k) ?? 0) + 1);

const tagger = createWinkTagger();
const files = cleanFiles(dir);
for (const doc of cleanDocs(dir, tagger)) {
  const toks = doc.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind !== 'word' || !/^[a-z][a-z-]*$/.test(t.norm)) continue;
    const tag = doc.pos(t);
    const kinds = tag === 'NOUN' ? ['noun'] : tag === 'ADJ' ? ['adj'] : tag === 'VERB' ? (/(ed|en)$/.test(t.norm) ? ['verb', 'adj'] : ['verb']) : [];
    if (kinds.length === 0) continue;
    const s = doc.sentenceOf(t);
    for (const kind of kinds) {
      const e = entry(`${kind}:${t.norm}`);
      e.n++;
      let j = i + 1;
      let p = toks[j];
      if (kind !== 'noun' && p && p.kind === 'word' && /ly$/.test(p.norm) && doc.pos(p) === 'ADV') p = toks[++j];
      if (!p || !PREPS.has(p.norm) || doc.sentenceOf(p) !== s) continue;
      const n = toks[j + 1];
      if (p.norm === 'to' && n && n.kind === 'word' && (doc.pos(n) === 'VERB' || doc.pos(n) === 'AUX')) continue;
      const key = p.norm === 'towards' ? 'toward' : p.norm;
      add(e.preps, key);
      if (!adjunctFollows(doc, p, s.endToken)) add(e.comps, key);
    }
  }
}

/** The lemma a form folds into: a base seen in the text whose forms include it, else the form. */
function lemmaOf(kind, w) {
  if (kind === 'adj') return w;
  const cands = [];
  if (kind === 'noun') {
    for (const c of [w.slice(0, -1), w.slice(0, -2), w.replace(/ies$/, 'y'), w.replace(/men$/, 'man')]) if (c !== w && pluralOf(c) === w) cands.push(c);
  } else {
    for (const suf of ['s', 'es', 'ed', 'd', 'ing']) if (w.endsWith(suf)) cands.push(w.slice(0, -suf.length), `${w.slice(0, -suf.length)}e`, w.slice(0, -suf.length - 1));
    cands.push(w.replace(/ie[sd]$/, 'y'), w.replace(/ying$/, 'ie'));
  }
  for (const c of cands) if (c !== w && forms.has(`${kind}:${c}`) && (kind === 'noun' || formsOf(c).has(w))) return c;
  return w;
}

const lemmas = new Map();
for (const [key, e] of forms) {
  const [kind, w] = key.split(':');
  const lk = `${kind}:${lemmaOf(kind, w)}`;
  let l = lemmas.get(lk);
  if (!l) lemmas.set(lk, (l = { n: 0, preps: new Map(), comps: new Map() }));
  l.n += e.n;
  for (const [p, c] of e.preps) l.preps.set(p, (l.preps.get(p) ?? 0) + c);
  for (const [p, c] of e.comps) l.comps.set(p, (l.comps.get(p) ?? 0) + c);
}

const rows = [];
for (const [lk, l] of lemmas) {
  if (l.n < MIN) continue;
  const inList = listed.has(lk);
  if (!ALL && inList) continue;
  const comps = [...l.comps].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const nc = comps.reduce((a, [, c]) => a + c, 0);
  const np = [...l.preps.values()].reduce((a, b) => a + b, 0);
  const top3 = comps.slice(0, 3).reduce((a, [, c]) => a + c, 0);
  const rate = nc / l.n;
  const share = nc ? top3 / nc : 0;
  // a governed head: a complement follows it often, and mostly one of three prepositions
  if (!ALL && (nc < 10 || rate < 0.2 || share < SHARE)) continue;
  const [kind, lemma] = lk.split(':');
  rows.push({ kind, lemma, line: [kind, lemma + (ALL && inList ? '*' : ''), l.n, np, nc, rate.toFixed(2), share.toFixed(2), ...comps.map(([p, c]) => `${p}:${c}`)].join(' '), rate });
}
rows.sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : b.rate - a.rate));
for (const r of rows) console.log(r.line);
console.error(`${rows.length} candidates (lemmas seen >= ${MIN} times) in ${files.length} files`);

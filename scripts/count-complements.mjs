#!/usr/bin/env node
/**
 * Counts, in a folder of clean English (.txt files), which complement follows each verb and
 * adjective: "to" + a verb ("decided to raise"), a verb's -ing form ("avoided commenting on"),
 * or a preposition + -ing ("insisted on meeting", "capable of winning"). Writes the counts to
 * src/data/complement-counts.txt, which the rules gerund-after-verb and infinitive-after-verb read
 * (through garbled-syntax/lib/complements.ts): a head that clean English follows with "to" + verb
 * and never with -ing takes the to-infinitive, and the other way round.
 *
 *   npm run build && node scripts/count-complements.mjs DIR [OUT]
 *
 * OUT defaults to src/data/complement-counts.txt. The counts committed were made from 2.95 M words
 * of clean English: the Brown corpus, the nlp-corpus package's texts, the State of the Union
 * addresses, the repo's clean articles and the MQM set's human references (680 files).
 *
 * The POS tagger is the built dist/'s, the one the rules use. A verb head is a word tagged VERB,
 * counted under its lemma (lib/english.ts lemmaOf; the rules match all its forms with formsOf),
 * in the active voice: a participle after a form of "be" ("is considered to be") counts as an
 * adjective head instead, under its own spelling, as does a word tagged ADJ after be, become,
 * remain, seem, feel or get ("is capable of", "keen to", "busy doing"). One "not" or "never" may
 * stand between the head and its complement. What follows counts as:
 *  - alone: nothing, in its clause: a punctuation mark or a conjunction ("he quit.", "she sat
 *    and"); a head often alone is used without an object, and may take an infinitive of purpose
 *    ("he quit to join a rival firm") that is no complement;
 *  - to: "to" and a base verb (tagged VERB or AUX, not an -ing or -ed form);
 *  - ing: an -ing word tagged VERB with a word after it (an object or an adverbial) that is no
 *    conjunction, so "agreed funding" (NOUN) and "kept running." are left out;
 *  - PREP: a preposition and an -ing word tagged VERB ("insisted on meeting", "objected to paying").
 * The total is every occurrence of the head with its kind.
 */
import { writeFileSync } from 'node:fs';
import { corpusArg, cleanDocs, cleanFiles, createWinkTagger, fromDist, dataPath } from './lib/clean-corpus.mjs';

const dir = corpusArg('node scripts/count-complements.mjs DIR [OUT]');
const outFile = process.argv[3] ?? dataPath('complement-counts.txt');
const { lemmaOf } = await fromDist('rules/code/garbled-syntax/lib/english.js');
const { formsMatching } = await fromDist('nlp/inflect.js');

const PREPS = new Set(
  `of in on at for with by from to into about against over through toward towards without upon after before
  like than instead`.split(/\s+/),
);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", "'re", "'m"]);
const LINKING = new Set([...formsAll(['become', 'remain', 'seem', 'feel', 'get', 'appear', 'look', 'grow'])]);
const BETWEEN = new Set(['very', 'so', 'too', 'more', 'most', 'less', 'least', 'quite', 'rather', 'not', 'never', 'also', 'still', 'always', 'often', 'all', 'really', 'fully', 'highly', 'equally', 'now', 'already', 'particularly', 'especially', 'increasingly', 'extremely', 'as', 'just', 'even', "n't"]);
// -ing words that work as prepositions ("prices vary depending on", "he left following the vote").
const ING_PREPOSITIONS = new Set(['depending', 'according', 'including', 'following', 'regarding', 'concerning', 'considering', 'excluding', 'starting', 'beginning', 'pending', 'barring', 'during', 'notwithstanding', 'involving', 'excepting', 'saving', 'touching', 'assuming', 'providing', 'seeing']);
const SKIP = new Set(['not', 'never']);
// be, have, do and the modals take complements of their own ("is to go", "have to go").
const NOT_HEADS = new Set(['be', 'have', 'do', 'will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must', 'ought', 'need', 'dare', 'use', 'let', 'get', 'go', 'come', 'got']);

function formsAll(lemmas) {
  const out = [];
  for (const l of lemmas) out.push(l, `${l}s`, `${l}ed`, `${l}ing`);
  return [...out, 'became', 'got', 'gotten', 'felt', 'grew', 'grown', 'remained', 'seemed', 'appeared', 'looked', 'becomes', 'becoming'];
}

/** kind:lemma -> { total, to, ing, preps: Map } */
const heads = new Map();
function head(kind, lemma) {
  const key = `${kind} ${lemma}`;
  let h = heads.get(key);
  if (!h) heads.set(key, (h = { kind, lemma, total: 0, alone: 0, to: 0, ing: 0, preps: new Map() }));
  return h;
}

const tagger = createWinkTagger();
let words = 0;
const files = cleanFiles(dir);
for (const doc of cleanDocs(dir, tagger)) {
  const toks = doc.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind !== 'word') continue;
    words++;
    if (!/^\p{Ll}+$/u.test(t.text)) continue;
    const pos = doc.pos(t);
    let h;
    if (pos === 'VERB' && !(/(?:ed|en)$/.test(t.norm) && afterBe(doc, toks, i))) {
      // lemmaOf reads "focus" as "focu" + s
      const lemma = /(?:us|ss|is)$/.test(t.norm) ? t.norm : lemmaOf(t.norm);
      // a lemma whose forms do not give the word back is a wrong guess ("focused" -> "focu")
      if (!lemma || NOT_HEADS.has(lemma) || /thing$/.test(t.norm) || formsMatching(lemma, t.norm).length === 0) continue;
      h = head('verb', lemma);
    } else if ((pos === 'ADJ' || (pos === 'VERB' && /(?:ed|en)$/.test(t.norm))) && afterBe(doc, toks, i)) {
      h = head('adj', t.norm);
    } else continue;
    h.total++;
    countAfter(doc, toks, i, h);
  }
}

/** Whether a form of be or a linking verb stands before token i, over adverbs such as "very", "not". */
function afterBe(doc, toks, i) {
  const s = doc.sentenceOf(toks[i]);
  for (let j = i - 1, n = 0; j >= 0 && n < 3; j--, n++) {
    const p = toks[j];
    if (doc.sentenceOf(p) !== s) return false;
    if (BE.has(p.norm) || LINKING.has(p.norm)) return true;
    if (!BETWEEN.has(p.norm) && !(/ly$/.test(p.norm) && doc.pos(p) === 'ADV')) return false;
  }
  return false;
}

function ingVerb(doc, w) {
  return !!w && w.kind === 'word' && /^\p{Ll}+ing$/u.test(w.text) && w.norm.length > 5 && !/thing$/.test(w.norm) && !ING_PREPOSITIONS.has(w.norm) && doc.pos(w) === 'VERB';
}

function countAfter(doc, toks, i, h) {
  const s = doc.sentenceOf(toks[i]);
  let j = i + 1;
  if (toks[j] && SKIP.has(toks[j].norm)) j++;
  const a = toks[j];
  const b = toks[j + 1];
  if (!a || doc.sentenceOf(a) !== s || (a.kind === 'punct' && /^[.,;:!?)—–-]$/.test(a.text)) || doc.pos(a) === 'CCONJ') {
    h.alone++;
    return;
  }
  if (!a || !b || doc.sentenceOf(b) !== s) return;
  if (a.norm === 'to' && b.kind === 'word' && /^\p{Ll}+$/u.test(b.text) && !/(?:ing|ed)$/.test(b.norm) && (doc.pos(b) === 'VERB' || doc.pos(b) === 'AUX')) {
    h.to++;
    return;
  }
  if (ingVerb(doc, a)) {
    if (b.kind === 'word' && doc.pos(b) !== 'CCONJ') h.ing++;
    return;
  }
  if (PREPS.has(a.norm) && ingVerb(doc, b)) {
    const p = a.norm === 'towards' ? 'toward' : a.norm;
    h.preps.set(p, (h.preps.get(p) ?? 0) + 1);
  }
}

const out = [
  '# Generated by scripts/count-complements.mjs: do not edit by hand.',
  `# ${files.length} files, ${words} words of clean English. One head a line: kind (verb: a lemma, all its`,
  '# forms, active; adj: an adjective or participle after be/become/remain, as spelt), the head, its',
  '# occurrences with that kind; then how often nothing follows it in its clause (alone: a punctuation',
  '# mark or a conjunction), how often "to" + verb (inf), how often a verb\'s -ing form (ing), then',
  '# preposition:count for a preposition + -ing, most first. Heads with fewer than 2 complements counted',
  '# are left out.',
];
const rows = [...heads.values()]
  .filter((h) => h.to + h.ing + [...h.preps.values()].reduce((x, y) => x + y, 0) >= 2)
  .sort((x, y) => (x.kind < y.kind ? -1 : x.kind > y.kind ? 1 : x.lemma < y.lemma ? -1 : x.lemma > y.lemma ? 1 : 0));
for (const h of rows) {
  const list = [...h.preps].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([p, c]) => `${p}:${c}`);
  out.push([h.kind, h.lemma, h.total, `alone:${h.alone}`, `inf:${h.to}`, `ing:${h.ing}`, ...list].join(' '));
}
writeFileSync(outFile, out.join('\n') + '\n');
console.log(`${rows.length} heads, ${words} words, ${files.length} files -> ${outFile}`);

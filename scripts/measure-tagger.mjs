#!/usr/bin/env node
/**
 * Measures the POS tagger: model load time and tagging throughput (MB/s of UTF-8 text) on a few
 * hundred KB of news-like text, built by repeating the sentences of /work/shared/eval/dev/*.txt
 * (or built-in sentences when that folder is absent).
 *
 *   node scripts/measure-tagger.mjs [--kb 400] [--dev DIR]
 *
 * Plain .mjs because Node 20 cannot run .ts files (no --experimental-strip-types) and tsx is not
 * installed. Each measurement runs in a fresh child process so that every load is cold:
 *  - wink:        wink-nlp + wink-eng-lite-web-model used directly, pipe ['pos'] (what the
 *                 tagger uses), one readDoc per sentence;
 *  - wink-default: the same with wink's default pipe (sbd, negation, sentiment, ner, pos, cer),
 *                 for comparison with earlier measurements;
 *  - tagger:      src/nlp/tagger.ts itself (transpiled in memory with the installed TypeScript to
 *                 a temporary folder), with engine-like token spans: wink + alignment, the real
 *                 per-sentence cost the engine pays.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SELF = fileURLToPath(import.meta.url);
const ROOT = resolve(dirname(SELF), '..');
const require = createRequire(join(ROOT, 'package.json'));

const BUILT_IN = [
  'Washington and his allies refused to provide such promises.',
  'The Bank of Japan raised its short-term policy rate to 0.75 percent on Friday, the highest level in 30 years.',
  'The nine-member policy board took the decision by seven votes to two, the central bank said in a statement.',
  '“We do not want to run ahead of the locomotive,” Governor Kenji Morimoto told reporters.',
  'Core inflation stood at 2.9 percent in April and has stayed above the bank’s 2 percent target for more than three years.',
  'More than 4,100 cases and 11 deaths have been recorded so far this year, Health Minister Doina Marin said.',
  'The fee, which could rise to 75 million euros with bonuses, makes the 23-year-old the club’s most expensive sale.',
  'A Moscow court on Thursday fined the U.S. technology company 3.6 billion rubles, or about $40 million.',
];

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}

/** Sentences of the dev texts: one paragraph per line, split after . ! ? (+ closing quote). */
function loadSentences(dir) {
  if (!existsSync(dir)) return { source: 'built-in sentences', sentences: BUILT_IN };
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const sentences = [];
  for (const f of files) {
    for (const line of readFileSync(join(dir, f), 'utf8').split(/\r?\n/)) {
      for (const s of line.split(/(?<=[.!?]["”’]?)\s+(?=["“‘]?[\p{Lu}\p{N}])/u)) {
        if (s.trim()) sentences.push(s.trim());
      }
    }
  }
  return sentences.length > 0
    ? { source: `${files.length} files in ${dir}`, sentences }
    : { source: 'built-in sentences', sentences: BUILT_IN };
}

function corpus(kb, dir) {
  const { source, sentences } = loadSentences(dir);
  const out = [];
  let bytes = 0;
  while (bytes < kb * 1024) {
    for (const s of sentences) {
      out.push(s);
      bytes += Buffer.byteLength(s, 'utf8') + 1; // + the space/newline between sentences
    }
  }
  return { source, sentences: out, bytes, distinct: sentences.length };
}

// Engine-like tokens (words with inner - ' ’, numbers with inner , ., single other chars).
const TOKEN = /\p{N}+(?:[.,]\p{N}+)*(?![\p{L}\p{M}\p{N}-])|[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*|\S/gu;
const spansOf = (s) => [...s.matchAll(TOKEN)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

const now = () => performance.now();

/** Best of `runs` timed passes after one warm-up pass. */
function throughput(fn, sentences, bytes, runs = 3) {
  let tokens = fn(sentences); // warm-up
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const t = now();
    tokens = fn(sentences);
    best = Math.min(best, now() - t);
  }
  return { ms: best, mbPerS: bytes / 1e6 / (best / 1000), tokens };
}

async function child(mode, kb, dir) {
  const c = corpus(kb, dir);
  const result = { mode, source: c.source, sentences: c.sentences.length, distinct: c.distinct, bytes: c.bytes };
  if (mode === 'wink' || mode === 'wink-default') {
    let t = now();
    const winkNLP = require('wink-nlp');
    result.requireWinkMs = now() - t;
    t = now();
    const model = require('wink-eng-lite-web-model');
    result.requireModelMs = now() - t;
    t = now();
    const nlp = mode === 'wink' ? winkNLP(model, ['pos']) : winkNLP(model);
    result.initMs = now() - t;
    result.loadMs = result.requireWinkMs + result.requireModelMs + result.initMs;
    const its = nlp.its;
    const perSentence = (ss) => {
      let n = 0;
      for (const s of ss) {
        const toks = nlp.readDoc(s).tokens();
        n += toks.out(its.value).length;
        toks.out(its.pos);
      }
      return n;
    };
    Object.assign(result, { perSentence: throughput(perSentence, c.sentences, c.bytes) });
    const whole = c.sentences.join(' ');
    const t2 = now();
    nlp.readDoc(whole).tokens().out(its.pos);
    result.wholeTextMbPerS = c.bytes / 1e6 / ((now() - t2) / 1000);
  } else if (mode === 'tagger') {
    const ts = require('typescript');
    const src = readFileSync(join(ROOT, 'src/nlp/tagger.ts'), 'utf8');
    const js = ts.transpileModule(src, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
    }).outputText;
    // A temporary folder whose node_modules points at the project's, so that the tagger's
    // createRequire(import.meta.url) resolves wink as it does in the project.
    const tmp = mkdtempSync(join(tmpdir(), 'mtaudit-measure-'));
    try {
      writeFileSync(join(tmp, 'tagger.mjs'), js);
      symlinkSync(join(ROOT, 'node_modules'), join(tmp, 'node_modules'), 'dir');
      let t = now();
      const mod = await import(pathToFileURL(join(tmp, 'tagger.mjs')).href);
      result.importMs = now() - t;
      const tagger = mod.createWinkTagger();
      const warm = 'Hello world.';
      t = now();
      tagger.tag(warm, spansOf(warm));
      result.loadMs = now() - t; // first call: require + model init + one tiny sentence
      const spans = c.sentences.map(spansOf);
      const tagAll = (ss) => {
        let n = 0;
        for (let i = 0; i < ss.length; i++) n += tagger.tag(ss[i], spans[i]).length;
        return n;
      };
      const tagAllLemmas = (ss) => {
        let n = 0;
        for (let i = 0; i < ss.length; i++) n += tagger.tagWithLemmas(ss[i], spans[i]).lemma.length;
        return n;
      };
      result.tag = throughput(tagAll, c.sentences, c.bytes);
      result.tagWithLemmas = throughput(tagAllLemmas, c.sentences, c.bytes);
      const t3 = now();
      let n = 0;
      for (let r = 0; r < 3; r++) for (const s of c.sentences) n += spansOf(s).length;
      result.regexTokenizeMbPerS = (3 * c.bytes) / 1e6 / ((now() - t3) / 1000);
      result.heapMB = process.memoryUsage().heapUsed / 1e6;
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
  process.stdout.write(JSON.stringify(result));
}

function fmt(x, d = 1) {
  return typeof x === 'number' ? x.toFixed(d) : String(x);
}

async function main() {
  const kb = Number(arg('kb', '400'));
  const dir = arg('dev', '/work/shared/eval/dev');
  const childMode = arg('child', '');
  if (childMode) return child(childMode, kb, dir);

  const run = (mode) =>
    JSON.parse(
      execFileSync(process.execPath, [SELF, '--child', mode, '--kb', String(kb), '--dev', dir], {
        encoding: 'utf8',
        maxBuffer: 16 * 1024 * 1024,
      }),
    );
  const tagger = run('tagger');
  const wink = run('wink');
  const winkDefault = run('wink-default');

  console.log(`node ${process.version}; text: ${tagger.source}, ${tagger.distinct} distinct sentences`);
  console.log(`corpus: ${tagger.sentences} sentences, ${fmt(tagger.bytes / 1024, 0)} KB (UTF-8)\n`);
  console.log('src/nlp/tagger.ts (wink pipe [pos] + alignment to engine-like tokens):');
  console.log(`  import of the module         ${fmt(tagger.importMs)} ms (model not loaded)`);
  console.log(`  first tag() call (load)      ${fmt(tagger.loadMs)} ms`);
  console.log(`  tag()                        ${fmt(tagger.tag.mbPerS, 2)} MB/s  (${tagger.tag.tokens} tokens in ${fmt(tagger.tag.ms, 0)} ms)`);
  console.log(`  tagWithLemmas()              ${fmt(tagger.tagWithLemmas.mbPerS, 2)} MB/s`);
  console.log(`  (engine-like regex tokenize  ${fmt(tagger.regexTokenizeMbPerS, 1)} MB/s, heap ${fmt(tagger.heapMB, 0)} MB)\n`);
  for (const [name, r] of [['wink-nlp, pipe [pos]', wink], ['wink-nlp, default pipe', winkDefault]]) {
    console.log(`${name}:`);
    console.log(`  load: require wink-nlp ${fmt(r.requireWinkMs)} ms + require model ${fmt(r.requireModelMs)} ms + init ${fmt(r.initMs)} ms = ${fmt(r.loadMs)} ms`);
    console.log(`  readDoc per sentence         ${fmt(r.perSentence.mbPerS, 2)} MB/s  (${r.perSentence.tokens} wink tokens)`);
    console.log(`  readDoc on the whole text    ${fmt(r.wholeTextMbPerS, 2)} MB/s (single cold pass)`);
  }
}

await main();

#!/usr/bin/env node
/**
 * Benchmark of the built CLI (`npm run bench`): whole-process runs of
 * `node dist/cli/bin.js check FILE --format json --fail-on none` on generated corpora
 * (scripts/bench-lib.mjs: seeded, news-like wire copy with MT artifacts).
 *
 *   node scripts/bench.mjs [--runs 3] [--startup-runs 10] [--sizes 1,10] [--json]
 *                          [--no-pack-scale] [--pack-factor 10] [--pack-shape mirror|nonsense]
 *                          [--pack-corpus 1] [--files N] [--seed 1] [--rss time|proc] [--keep]
 *
 * Every run uses a copy of dist/ taken at the start (.tmp/bench-dist/run-XXXXXX/base/dist, inside the
 * project and git-ignored, so bare imports still resolve to ./node_modules), so a rebuild by
 * someone else mid-bench cannot mix two builds (--no-snapshot runs dist/ itself).
 *
 * Per input: median wall time, throughput (bytes / median seconds; MB = 10^6 bytes), the child's
 * peak RSS and CPU time (GNU /usr/bin/time %M %U %S; without it, peak RSS by polling
 * /proc/<pid>/status VmHWM and no CPU time). Start-up is check on a one-line file. "N MB, one
 * line" is the smallest corpus with its sentence marks and line breaks removed: the worst shape
 * for work per line or per sentence.
 *
 * Pack scale: a synthetic pack with pack-factor (10) times as many entries as all built-in packs
 * together (phrases ending in nonsense words, so they never match) is added to a second copy
 * (.tmp/bench-dist/run-XXXXXX/scaled/dist/rules/packs/). Shape "mirror" (default) starts each synthetic entry like a real one (same
 * first words, lemmas, POS tags: what the engine indexes entries by), so the engine tries it as
 * often as it would a real pack ten times larger; "nonsense" starts every entry with a nonsense
 * word (load and index cost only). The corpus and the one-line file are timed with the real
 * dist/ and with the copy, runs interleaved; the slowdown is printed whole, and split into the
 * extra start-up (loading the pack) and the rest (per-token cost). The bar: a pack ten times
 * larger must not make a run ten times slower.
 *
 * Exits 1 with one line on stderr when dist/ is missing or a run exits 2 (or crashes).
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import {
  anchorPrefix, GNU_TIME, median, nodeCommand, ONE_LINE, parseOptionValues, probeGnuTime, readTimedStderr, scalePackEntries, writeArticles, writeCorpus,
} from './bench-lib.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const BIN = join(DIST, 'cli', 'bin.js');
/** Copies of dist/ live here, inside the project (git-ignored) so bare imports find ./node_modules. */
const COPIES = join(ROOT, '.tmp', 'bench-dist');
const MB = 1e6;

class BenchError extends Error {}

const USAGE = `usage: node scripts/bench.mjs [options]
  --runs N           timed runs per corpus, median reported (default 3)
  --startup-runs N   runs on the one-line file (default 10)
  --sizes LIST       corpus sizes in MB, comma-separated (default 1,10)
  --no-pack-scale    skip the pack-scale check (on by default)
  --pack-factor F    synthetic pack size as a multiple of the built-in entries (default 10)
  --pack-shape S     mirror: synthetic entries start like the real ones (default);
                     nonsense: they start with a nonsense word (never tried by the index)
  --pack-corpus MB   which corpus size the pack-scale check runs on (default: the smallest)
  --files N          also time one check over a folder of N small articles
  --seed N           generator seed (default 1)
  --rss time|proc    how to measure peak RSS (default: /usr/bin/time when it works, else /proc)
  --json             machine-readable output on stdout
  --no-snapshot      run dist/ itself rather than a copy taken at the start (a rebuild
                     during the bench then mixes two builds)
  --keep             keep the generated files and print where they are`;

function parseOptions(argv) {
  const v = parseOptionValues(
    argv,
    {
      runs: { type: 'string', default: '3' },
      'startup-runs': { type: 'string', default: '10' },
      sizes: { type: 'string', default: '1,10' },
      'pack-scale': { type: 'boolean' },
      'no-pack-scale': { type: 'boolean' },
      'pack-factor': { type: 'string', default: '10' },
      'pack-shape': { type: 'string', default: 'mirror' },
      'pack-corpus': { type: 'string' },
      files: { type: 'string' },
      seed: { type: 'string', default: '1' },
      rss: { type: 'string' },
      json: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      'no-snapshot': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    BenchError,
  );
  const posInt = (name, s, min = 1) => {
    const n = Number(s);
    if (!Number.isInteger(n) || n < min) throw new BenchError(`--${name}: expected an integer >= ${min}, got "${s}"`);
    return n;
  };
  const posNum = (name, s) => {
    const n = Number(s);
    if (!Number.isFinite(n) || n <= 0) throw new BenchError(`--${name}: expected a positive number, got "${s}"`);
    return n;
  };
  const sizes = v.sizes.split(',').map((s) => s.trim()).filter(Boolean).map((s) => posNum('sizes', s));
  if (sizes.length === 0) throw new BenchError('--sizes: give at least one size in MB');
  if (v['pack-scale'] && v['no-pack-scale']) throw new BenchError('--pack-scale and --no-pack-scale together');
  const packCorpus = v['pack-corpus'] === undefined ? Math.min(...sizes) : posNum('pack-corpus', v['pack-corpus']);
  if (!sizes.includes(packCorpus)) throw new BenchError(`--pack-corpus: ${packCorpus} is not one of --sizes ${sizes.join(',')}`);
  if (v['pack-shape'] !== 'mirror' && v['pack-shape'] !== 'nonsense') throw new BenchError(`--pack-shape: expected mirror or nonsense, got "${v['pack-shape']}"`);
  if (v.rss !== undefined && v.rss !== 'time' && v.rss !== 'proc') throw new BenchError(`--rss: expected time or proc, got "${v.rss}"`);
  return {
    help: v.help,
    rss: v.rss,
    runs: posInt('runs', v.runs),
    startupRuns: posInt('startup-runs', v['startup-runs']),
    sizes,
    packScale: !v['no-pack-scale'],
    packFactor: posNum('pack-factor', v['pack-factor']),
    packShape: v['pack-shape'],
    packCorpus,
    files: v.files === undefined ? 0 : posInt('files', v.files),
    seed: posInt('seed', v.seed, 0),
    json: v.json,
    keep: v.keep,
    snapshot: !v['no-snapshot'],
  };
}

// ---------------------------------------------------------------------------------------------
// Running the CLI

function readVmHwmKb(pid) {
  try {
    const m = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** Children still running, killed if the bench itself is interrupted. */
const running = new Set();

/**
 * One whole-process run of `check`. Resolves to { ms, cpuMs, code, rssKb, outBytes, findings };
 * cpuMs (user + system time of the child, from /usr/bin/time) is undefined with the /proc method.
 * stdout is drained and counted (the JSON summary at its end gives the finding count).
 */
function runCheck(bin, paths, rssMethod, label) {
  const args = [bin, 'check', ...paths, '--format', 'json', '--fail-on', 'none'];
  const [cmd, argv] = nodeCommand(args, rssMethod === 'time');
  return new Promise((resolveRun, reject) => {
    const t0 = performance.now();
    const child = spawn(cmd, argv, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    running.add(child);
    let outBytes = 0;
    let tail = '';
    let err = '';
    let hwm;
    let poll;
    if (rssMethod === 'proc' && child.pid !== undefined) {
      const sample = () => {
        const kb = readVmHwmKb(child.pid);
        if (kb !== undefined) hwm = Math.max(hwm ?? 0, kb);
      };
      sample();
      poll = setInterval(sample, 20);
    }
    child.stdout.on('data', (c) => {
      outBytes += c.length;
      tail = (tail + c.toString('utf8')).slice(-4096);
    });
    child.stderr.on('data', (c) => {
      if (err.length < 65536) err += c.toString('utf8');
    });
    child.on('error', (e) => {
      if (poll) clearInterval(poll);
      reject(new BenchError(`cannot run ${cmd}: ${e.message}`));
    });
    child.on('close', (code, signal) => {
      const ms = performance.now() - t0;
      running.delete(child);
      if (poll) clearInterval(poll);
      const timed = readTimedStderr(err);
      const rssKb = timed.rssKb ?? hwm;
      const cpuMs = timed.cpuMs;
      const cliErr = timed.lines; // the CLI's own stderr, without /usr/bin/time's lines
      if (code !== 0 && code !== 1) {
        // /usr/bin/time exits 128 + n when the CLI dies of signal n.
        const why = signal ? `was killed by ${signal}` : code > 128 ? `was killed by signal ${code - 128}` : `exited with code ${code}`;
        reject(new BenchError(`check ${why} on ${label}${cliErr.length ? `: ${cliErr[0]}` : ''}`));
        return;
      }
      const m = /"summary"\s*:\s*(\{[^}]*\})/.exec(tail);
      let findings;
      if (m) {
        try {
          const s = JSON.parse(m[1]);
          findings = (s.errors ?? 0) + (s.warnings ?? 0) + (s.infos ?? 0);
        } catch {
          findings = undefined;
        }
      }
      resolveRun({ ms, cpuMs, code, rssKb, outBytes, findings });
    });
  });
}

function progress(opts, msg) {
  process.stderr.write(`bench: ${msg}\n`);
}

/** Times `runs` runs on one input; returns the summary row. */
async function measure(opts, rssMethod, { name, paths, bytes, runs, bin, files }) {
  const all = [];
  for (let i = 0; i < runs; i++) {
    all.push(await runCheck(bin, paths, rssMethod, name));
  }
  return summarize(name, bytes, all, files);
}

function summarize(name, bytes, all, files) {
  const times = all.map((r) => r.ms);
  const med = median(times);
  const rss = all.map((r) => r.rssKb).filter((x) => x !== undefined);
  const cpu = all.map((r) => r.cpuMs).filter((x) => x !== undefined);
  const row = {
    name,
    bytes,
    runs: all.length,
    medianMs: round(med, 1),
    minMs: round(Math.min(...times), 1),
    maxMs: round(Math.max(...times), 1),
    timesMs: times.map((t) => round(t, 1)),
    mbPerSec: round(bytes / MB / (med / 1000), 3),
    peakRssMb: rss.length ? round((Math.max(...rss) * 1024) / MB, 1) : null,
    /** Median CPU time (user + system) of the child: steadier than wall time on a busy machine. */
    cpuMs: cpu.length === all.length ? round(median(cpu), 0) : null,
    findings: mostCommon(all.map((r) => r.findings).filter((x) => x !== undefined)),
    /** Runs disagreeing on the count means dist/ changed under the bench. */
    findingsVaried: new Set(all.map((r) => r.findings)).size > 1,
    outputBytes: all[0]?.outBytes ?? 0,
  };
  if (files !== undefined) row.filesPerSec = round(files / (med / 1000), 1);
  return row;
}

function mostCommon(xs) {
  const n = new Map();
  for (const x of xs) n.set(x, (n.get(x) ?? 0) + 1);
  let best = null;
  for (const [x, c] of n) if (best === null || c > (n.get(best) ?? 0)) best = x;
  return best;
}

/** Newest mtime and file count under dist/: others rebuilding mid-bench would mix two builds. */
function distFingerprint() {
  let newest = 0;
  let files = 0;
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else {
        files++;
        newest = Math.max(newest, statSync(p).mtimeMs);
      }
    }
  };
  try {
    walk(DIST);
  } catch {
    return 'unreadable';
  }
  return `${files}@${newest}`;
}

function round(x, d) {
  const f = 10 ** d;
  return Math.round(x * f) / f;
}

// ---------------------------------------------------------------------------------------------
// Pack scale

/**
 * The entries of every built-in pack of a dist tree: how many, their anchor prefixes, and the
 * format they ship in (the build may turn the .yaml packs into .json; a .yaml beside its .json
 * is a stale copy the registry skips, and so do we).
 */
async function builtinPackEntries(packDir) {
  const { parse } = await import('yaml');
  let n = 0;
  const prefixes = [];
  const all = readdirSync(packDir).filter((f) => f.endsWith('.yaml') || f.endsWith('.json'));
  const files = all.filter((f) => !(f.endsWith('.yaml') && all.includes(f.replace(/\.yaml$/, '.json')))).sort();
  for (const f of files) {
    const text = readFileSync(join(packDir, f), 'utf8');
    const doc = f.endsWith('.json') ? JSON.parse(text) : parse(text);
    if (!doc || !Array.isArray(doc.entries)) continue;
    n += doc.entries.length;
    for (const e of doc.entries) if (e && typeof e.find === 'string') prefixes.push(anchorPrefix(e.find));
  }
  return { packs: files.length, entries: n, prefixes, format: files.some((f) => f.endsWith('.json')) ? 'json' : 'yaml' };
}

/** Copies the measured dist/ to <run>/scaled/dist with a synthetic pack added; returns its bin.js. */
async function prepareScaledDist(opts, run, dist) {
  const packDir = join(dist, 'rules', 'packs');
  if (!existsSync(packDir)) throw new BenchError('dist/rules/packs not found: run npm run build first');
  const builtin = await builtinPackEntries(packDir);
  if (builtin.entries === 0) throw new BenchError(`no built-in pack entries in ${packDir}: nothing to scale`);
  const entries = Math.max(1, Math.round(builtin.entries * opts.packFactor));
  const { stringify } = await import('yaml');
  const pack = {
    pack: 'bench-scale',
    category: 'calque',
    severity: 'warning',
    confidence: 0.5,
    message: '“{match}” is a synthetic benchmark phrase; say “{suggestion}”.',
    reason: 'synthetic entry of the pack-scale benchmark',
    entries: scalePackEntries(entries, opts.seed + 7, opts.packShape === 'mirror' ? builtin.prefixes : []),
  };
  const scaled = join(run, 'scaled', 'dist');
  cpSync(dist, scaled, { recursive: true });
  // Written in the format the built-in packs ship in, so it loads the way theirs do.
  const text =
    builtin.format === 'json'
      ? JSON.stringify(pack)
      : `# Generated by scripts/bench.mjs: ${entries} entries ending in nonsense words, never matching.\n${stringify(pack, { lineWidth: 0 })}`;
  writeFileSync(join(scaled, 'rules', 'packs', `zz-bench-scale.${builtin.format}`), text);
  return { bin: join(scaled, 'cli', 'bin.js'), builtin, entries, packBytes: Buffer.byteLength(text) };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Copies dist/ to <run>/base/dist so that every run measures one build, even when someone
 * rebuilds dist/ meanwhile; retried while dist/ is changing under the copy.
 */
async function snapshotDist(run) {
  const to = join(run, 'base', 'dist');
  for (let attempt = 0; ; attempt++) {
    const before = distFingerprint();
    rmSync(to, { recursive: true, force: true });
    cpSync(DIST, to, { recursive: true });
    if (before !== 'unreadable' && distFingerprint() === before && existsSync(join(to, 'cli', 'bin.js'))) return { dist: to, stable: true };
    if (attempt === 4) return { dist: to, stable: false };
    await sleep(3000);
  }
}

/**
 * Baseline and scaled runs interleaved (A B A B ...) so drift hits both alike; the one-line
 * file too, which splits the extra cost into loading the pack (start-up) and matching (per token).
 */
async function packScale(opts, rssMethod, corpus, oneLine, run, measured) {
  const scaled = await prepareScaledDist(opts, run, measured.dist);
  const base = [];
  const big = [];
  const baseStart = [];
  const bigStart = [];
  for (let i = 0; i < opts.runs; i++) {
    progress(opts, `pack scale (${scaled.entries} extra entries): run ${i + 1}/${opts.runs}`);
    base.push(await runCheck(measured.bin, [corpus.path], rssMethod, `${corpus.name} (pack-scale baseline)`));
    big.push(await runCheck(scaled.bin, [corpus.path], rssMethod, `${corpus.name} (with the synthetic pack)`));
    baseStart.push(await runCheck(measured.bin, [oneLine.path], rssMethod, 'start-up (pack-scale baseline)'));
    bigStart.push(await runCheck(scaled.bin, [oneLine.path], rssMethod, 'start-up (with the synthetic pack)'));
  }
  const without = summarize(corpus.name, corpus.bytes, base);
  const withPack = summarize(corpus.name, corpus.bytes, big);
  const startupWithout = summarize('start-up', oneLine.bytes, baseStart);
  const startupWith = summarize('start-up', oneLine.bytes, bigStart);
  const net = (a, b) => (a > 0 && b > 0 ? round(a / b, 3) : null);
  return {
    corpus: corpus.name,
    builtinPacks: scaled.builtin.packs,
    builtinEntries: scaled.builtin.entries,
    factor: opts.packFactor,
    shape: opts.packShape,
    syntheticEntries: scaled.entries,
    syntheticPackBytes: scaled.packBytes,
    packFormat: scaled.builtin.format,
    without,
    with: withPack,
    startupWithout,
    startupWith,
    /** Extra start-up time of the bigger pack (median wall): loading and compiling it. */
    loadCostMs: round(startupWith.medianMs - startupWithout.medianMs, 1),
    /** median time with / median time without: 1.0 is flat, 10 would be linear in entries. */
    slowdown: round(withPack.medianMs / without.medianMs, 3),
    /** The same on the fastest runs, less sensitive to a busy machine. */
    slowdownBest: round(withPack.minMs / without.minMs, 3),
    /** The same on median CPU time (user + system), when /usr/bin/time gives it. */
    slowdownCpu: withPack.cpuMs && without.cpuMs ? round(withPack.cpuMs / without.cpuMs, 3) : null,
    /** Slowdown of the work after start-up ((run - start-up) with / without): the per-token cost. */
    slowdownNet: net(withPack.medianMs - startupWith.medianMs, without.medianMs - startupWithout.medianMs),
    slowdownNetCpu:
      withPack.cpuMs && without.cpuMs && startupWith.cpuMs && startupWithout.cpuMs
        ? net(withPack.cpuMs - startupWith.cpuMs, without.cpuMs - startupWithout.cpuMs)
        : null,
    findingsMatch: without.findings === withPack.findings,
    /** Below x10, on CPU time when measured (steady on a shared machine), else on median wall time. */
    ok: (withPack.cpuMs && without.cpuMs ? withPack.cpuMs / without.cpuMs : withPack.medianMs / without.medianMs) < 10,
  };
}

// ---------------------------------------------------------------------------------------------
// Output

function fmtBytes(b) {
  if (b >= MB) return `${(b / MB).toFixed(2)} MB`;
  if (b >= 1000) return `${(b / 1000).toFixed(1)} kB`;
  return `${b} B`;
}
function fmtMs(ms) {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
}
function table(rows, header) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function printText(r) {
  const out = [];
  out.push(`mtaudit bench: node ${r.env.node}, ${r.env.platform} ${r.env.arch}, ${r.env.cpus} CPUs (load ${r.env.loadBefore.toFixed(1)} before, ${r.env.loadAfter.toFixed(1)} after); median of ${r.runs} runs; ${r.env.snapshot ? 'a snapshot of dist/' : 'dist/ itself'}; peak RSS via ${r.env.rssMethod}`);
  out.push('');
  const rows = [];
  const row = (x, label, extra = '') => [
    label,
    fmtBytes(x.bytes),
    `${x.runs}`,
    fmtMs(x.medianMs),
    `${fmtMs(x.minMs)}-${fmtMs(x.maxMs)}`,
    x.cpuMs === null ? 'n/a' : fmtMs(x.cpuMs),
    x === r.startup ? '-' : x.mbPerSec.toFixed(2),
    x.peakRssMb === null ? 'n/a' : `${x.peakRssMb.toFixed(1)} MB`,
    x.findings === null ? '?' : String(x.findings),
    extra,
  ];
  rows.push(row(r.startup, 'start-up (1 line)'));
  for (const c of r.corpora) rows.push(row(c, c.name));
  if (r.files) rows.push(row(r.files, r.files.name, `${r.files.filesPerSec} files/s`));
  const header = ['input', 'size', 'runs', 'median', 'range', 'CPU', 'MB/s', 'peak RSS', 'findings', 'note'];
  const used = rows.some((x) => x[9] !== '') ? header : header.slice(0, 9);
  out.push(table(rows.map((x) => x.slice(0, used.length)), used).replace(/ +$/gm, ''));
  if (r.packScale) {
    const p = r.packScale;
    out.push('');
    out.push(`pack scale on ${p.corpus}: built-in packs ${p.builtinPacks} (${p.builtinEntries} entries) + synthetic pack of ${p.syntheticEntries} entries (x${p.factor}, ${fmtBytes(p.syntheticPackBytes)} of ${p.packFormat}, shape ${p.shape})`);
    out.push(table([
      ...[['without', p.without], ['with', p.with], ['start-up without', p.startupWithout], ['start-up with', p.startupWith]].map(([label, x]) => [
        label,
        fmtMs(x.medianMs),
        `${fmtMs(x.minMs)}-${fmtMs(x.maxMs)}`,
        x.cpuMs === null ? 'n/a' : fmtMs(x.cpuMs),
        x.name === 'start-up' ? '-' : x.mbPerSec.toFixed(2),
        x.peakRssMb === null ? 'n/a' : `${x.peakRssMb.toFixed(1)} MB`,
        String(x.findings ?? '?'),
      ]),
    ], ['', 'median', 'range', 'CPU', 'MB/s', 'peak RSS', 'findings']));
    const cpu = p.slowdownCpu === null ? '' : `, x${p.slowdownCpu.toFixed(2)} CPU`;
    out.push(`slowdown (with / without): x${p.slowdown.toFixed(2)} median wall, x${p.slowdownBest.toFixed(2)} best run${cpu}; must stay below x10${p.slowdownCpu === null ? '' : ' (judged on CPU)'}: ${p.ok ? 'ok' : 'TOO SLOW'}`);
    const netCpu = p.slowdownNetCpu === null ? '' : `, x${p.slowdownNetCpu.toFixed(2)} CPU`;
    out.push(`  of which loading the pack: ${p.loadCostMs < 0 ? '-' : '+'}${fmtMs(Math.abs(p.loadCostMs))} start-up (wall)${p.startupWith.cpuMs !== null && p.startupWithout.cpuMs !== null ? `, +${fmtMs(Math.max(0, p.startupWith.cpuMs - p.startupWithout.cpuMs))} CPU` : ''}; after start-up (per-token cost): x${p.slowdownNet === null ? 'n/a' : p.slowdownNet.toFixed(2)} wall${netCpu}`);
    if (!p.findingsMatch) out.push('warning: the synthetic pack changed the findings; its phrases should never match');
  }
  out.push('');
  out.push(`MB = 10^6 bytes; MB/s = size / median wall time of the whole process (start-up included); CPU = median user + system time of the child. Total ${fmtMs(r.totalMs)}.`);
  const varied = [r.startup, ...r.corpora, ...(r.files ? [r.files] : []), ...(r.packScale ? [r.packScale.without, r.packScale.with] : [])].some((x) => x.findingsVaried);
  if (r.env.distChanged || varied) {
    out.push(r.env.snapshot
      ? 'warning: dist/ kept changing while it was copied (a rebuild?): the snapshot may mix two builds; run it again.'
      : 'warning: dist/ changed during the bench (a rebuild?): the numbers may mix two builds; run it again.');
  }
  if (r.env.loadBefore > r.env.cpus) out.push(`note: the machine was busy (load ${r.env.loadBefore.toFixed(1)} on ${r.env.cpus} CPUs): wall times are inflated, CPU times are the steadier figure.`);
  if (r.keptIn) out.push(`generated files kept in ${r.keptIn.join(' and ')}`);
  process.stdout.write(`${out.join('\n')}\n`);
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const t0 = performance.now();
  const loadBefore = os.loadavg()[0];
  const opts = parseOptions(process.argv.slice(2));
  if (opts.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (!existsSync(BIN)) throw new BenchError('dist/cli/bin.js not found: run npm run build first');
  const rssMethod = opts.rss === 'proc' ? 'proc' : probeGnuTime() ? 'time' : existsSync('/proc/self/status') ? 'proc' : 'none';
  if (opts.rss === 'time' && rssMethod !== 'time') throw new BenchError(`--rss time: ${GNU_TIME} is missing or does not support -f %M`);
  const work = mkdtempSync(join(os.tmpdir(), 'mtaudit-bench-'));
  // This run's copies of dist/; the package.json above them keeps "type": "module".
  mkdirSync(COPIES, { recursive: true });
  const run = mkdtempSync(join(COPIES, 'run-'));
  writeFileSync(join(run, 'package.json'), '{ "private": true, "type": "module" }\n');
  const cleanUp = () => {
    if (opts.keep) return;
    rmSync(work, { recursive: true, force: true });
    rmSync(run, { recursive: true, force: true });
    try {
      if (readdirSync(COPIES).length === 0) rmSync(COPIES, { recursive: true, force: true });
    } catch {
      // already gone
    }
  };
  // Ctrl-C or a kill mid-run: stop the child and leave no generated files behind.
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.once(sig, () => {
      for (const c of running) c.kill('SIGTERM');
      cleanUp();
      process.stderr.write(`bench: interrupted by ${sig}\n`);
      process.exit(sig === 'SIGINT' ? 130 : 143);
    });
  }
  try {
    const distBefore = distFingerprint();
    let measured = { dist: DIST, bin: BIN, stable: true };
    if (opts.snapshot) {
      const snap = await snapshotDist(run);
      measured = { dist: snap.dist, bin: join(snap.dist, 'cli', 'bin.js'), stable: snap.stable };
    }
    // Corpora.
    const oneLine = join(work, 'one-line.txt');
    writeFileSync(oneLine, ONE_LINE);
    const corpora = opts.sizes.map((mb, i) => {
      const bytes = Math.round(mb * MB);
      const name = `${mb} MB`;
      const path = join(work, `corpus-${mb}mb.txt`);
      writeCorpus(path, { bytes, seed: opts.seed + i });
      return { mb, name, path, bytes };
    });
    let articles;
    if (opts.files > 0) {
      const dir = join(work, 'articles');
      const w = writeArticles(dir, { count: opts.files, seed: opts.seed + 100 });
      articles = { dir, ...w };
    }
    progress(opts, `generated ${corpora.map((c) => c.name).join(', ')}${articles ? `, ${articles.files} articles` : ''} in ${work}`);

    // Start-up first: it also warms the file cache for the rest.
    progress(opts, `start-up: ${opts.startupRuns} runs`);
    const startup = await measure(opts, rssMethod, { name: 'start-up', paths: [oneLine], bytes: Buffer.byteLength(ONE_LINE), runs: opts.startupRuns, bin: measured.bin });

    const rows = [];
    for (const c of corpora) {
      progress(opts, `${c.name}: ${opts.runs} runs`);
      rows.push(await measure(opts, rssMethod, { name: c.name, paths: [c.path], bytes: c.bytes, runs: opts.runs, bin: measured.bin }));
    }
    // The worst shape for per-line and per-sentence work: the smallest corpus as one line with
    // no sentence marks (a transcript or a feed that lost its punctuation). It must cost about
    // what the same words cost as copy, never grow with the square of the line.
    {
      const c = corpora[0];
      const path = join(work, `flat-${c.mb}mb.txt`);
      const text = `${readFileSync(c.path, 'utf8').replace(/[.!?;:]/g, '').replace(/\s*\n\s*/g, ' ').trim()}\n`;
      writeFileSync(path, text);
      const name = `${c.name}, one line`;
      progress(opts, `${name}: ${opts.runs} runs`);
      rows.push(await measure(opts, rssMethod, { name, paths: [path], bytes: Buffer.byteLength(text), runs: opts.runs, bin: measured.bin }));
    }
    let files;
    if (articles) {
      progress(opts, `${articles.files} files: ${opts.runs} runs`);
      files = await measure(opts, rssMethod, { name: `${articles.files} files`, paths: [articles.dir], bytes: articles.bytes, runs: opts.runs, files: articles.files, bin: measured.bin });
    }
    let pack;
    if (opts.packScale) {
      const c = corpora.find((x) => x.mb === opts.packCorpus);
      pack = await packScale(opts, rssMethod, c, { path: oneLine, bytes: Buffer.byteLength(ONE_LINE) }, run, measured);
    }
    const result = {
      env: { node: process.version, platform: process.platform, arch: process.arch, cpus: os.cpus().length, loadBefore: round(loadBefore, 2), loadAfter: round(os.loadavg()[0], 2), snapshot: opts.snapshot, distChanged: opts.snapshot ? !measured.stable : distFingerprint() !== distBefore, rssMethod: rssMethod === 'time' ? '/usr/bin/time %M' : rssMethod === 'proc' ? '/proc/<pid>/status VmHWM (polled)' : 'unavailable' },
      runs: opts.runs,
      seed: opts.seed,
      startup,
      corpora: rows,
      ...(files ? { files } : {}),
      ...(pack ? { packScale: pack } : {}),
      totalMs: round(performance.now() - t0, 0),
      ...(opts.keep ? { keptIn: [work, run] } : {}),
    };
    if (opts.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else printText(result);
  } finally {
    cleanUp();
  }
}

main().catch((e) => {
  const msg = e instanceof BenchError ? e.message : `internal error: ${e?.message ?? String(e)}`;
  process.stderr.write(`bench: ${msg.replace(/\s*\n\s*/g, ' ')}\n`);
  process.exitCode = 1;
});

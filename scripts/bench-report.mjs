#!/usr/bin/env node
/**
 * Benchmark of `mtaudit report` on many articles (issue 5): whole-process runs of
 * `node dist/cli/bin.js report DIR --out OUT` on folders of generated news articles
 * (scripts/bench-lib.mjs generateArticles), by default 1,000 and 10,000, so the peak memory of
 * the two can be compared: the report streams, so 10x the articles must not take 10x the memory.
 *
 *   node scripts/bench-report.mjs [--files 1000,10000] [--jobs N] [--seed 1] [--json] [--keep]
 *
 * Reports per size the wall time, CPU time (user + system), files/s, the child's peak RSS
 * (GNU /usr/bin/time %M; worker threads share the process, so it covers them too) and the
 * size of the three files written. Exits 1 with one line on stderr when dist/ is missing or a
 * run fails (exit code other than 0, or a missing output file).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { GNU_TIME, nodeCommand, parseOptionValues, readTimedStderr, writeArticles } from './bench-lib.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'dist', 'cli', 'bin.js');
const MB = 1e6;

class BenchError extends Error {}

const USAGE = `usage: node scripts/bench-report.mjs [options]
  --files LIST   article counts, comma-separated (default 1000,10000)
  --jobs N       passed to mtaudit report --jobs (default: its own, one per core)
  --seed N       generator seed (default 1)
  --json         machine-readable output on stdout
  --keep         keep the generated articles and reports, and print where they are`;

function parseOptions(argv) {
  const v = parseOptionValues(
    argv,
    {
      files: { type: 'string', default: '1000,10000' },
      jobs: { type: 'string' },
      seed: { type: 'string', default: '1' },
      json: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    BenchError,
  );
  const int = (name, s, min) => {
    const n = Number(s);
    if (!Number.isInteger(n) || n < min) throw new BenchError(`--${name}: expected an integer >= ${min}, got "${s}"`);
    return n;
  };
  const files = v.files.split(',').map((s) => s.trim()).filter(Boolean).map((s) => int('files', s, 1));
  if (files.length === 0) throw new BenchError('--files: give at least one count');
  return { help: v.help, files, jobs: v.jobs === undefined ? undefined : int('jobs', v.jobs, 1), seed: int('seed', v.seed, 0), json: v.json, keep: v.keep };
}

/** One run under GNU time: wall ms, CPU ms and peak RSS (kB) of the child. */
function runReport(dir, out, jobs) {
  const args = [BIN, 'report', dir, '--out', out, '--no-progress', ...(jobs ? ['--jobs', String(jobs)] : [])];
  const [cmd, argv] = nodeCommand(args, existsSync(GNU_TIME));
  return new Promise((resolveRun, reject) => {
    const t0 = performance.now();
    const child = spawn(cmd, argv, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      const timed = readTimedStderr(stderr);
      if (code !== 0) {
        reject(new BenchError(`mtaudit report exited ${code} on ${dir}: ${timed.lines[0] ?? ''}`));
        return;
      }
      resolveRun({ ms, cpuMs: timed.cpuMs ?? null, rssKb: timed.rssKb ?? null, stdout });
    });
  });
}

const fmtMs = (ms) => (ms >= 60_000 ? `${Math.floor(ms / 60_000)}m ${((ms % 60_000) / 1000).toFixed(0)}s` : `${(ms / 1000).toFixed(1)} s`);
const fmtMb = (b) => `${(b / MB).toFixed(1)} MB`;

async function main() {
  const opts = parseOptions(process.argv.slice(2));
  if (opts.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (!existsSync(BIN)) throw new BenchError('dist/cli/bin.js is missing: run npm run build first');
  const work = mkdtempSync(join(os.tmpdir(), 'mtaudit-bench-report-'));
  const loadBefore = os.loadavg()[0];
  const results = [];
  try {
    for (const count of opts.files) {
      const dir = join(work, `articles-${count}`);
      const { bytes } = writeArticles(dir, { count, seed: opts.seed });
      const out = join(work, `report-${count}`);
      const r = await runReport(dir, out, opts.jobs);
      const sizes = Object.fromEntries(['index.html', 'report.md', 'report.json'].map((f) => {
        const p = join(out, f);
        if (!existsSync(p)) throw new BenchError(`${p} was not written`);
        return [f, statSync(p).size];
      }));
      const findings = /([\d,]+) findings/.exec(r.stdout)?.[1]?.replace(/,/g, '') ?? null;
      results.push({
        files: count,
        bytes,
        wallMs: Math.round(r.ms),
        cpuMs: r.cpuMs === null ? null : Math.round(r.cpuMs),
        filesPerSec: Math.round((count / r.ms) * 1000 * 10) / 10,
        peakRssMb: r.rssKb === null ? null : Math.round((r.rssKb * 1024) / MB * 10) / 10,
        findings: findings === null ? null : Number(findings),
        outputBytes: sizes,
      });
    }
  } finally {
    if (!opts.keep) rmSync(work, { recursive: true, force: true });
  }
  const env = { node: process.version, cpus: os.availableParallelism(), loadBefore, loadAfter: os.loadavg()[0], jobs: opts.jobs ?? 'default' };
  if (opts.json) {
    process.stdout.write(`${JSON.stringify({ env, results, keptIn: opts.keep ? work : undefined }, null, 2)}\n`);
    return;
  }
  const lines = [`mtaudit report bench: node ${env.node}, ${env.cpus} CPUs (load ${loadBefore.toFixed(1)} before, ${env.loadAfter.toFixed(1)} after), --jobs ${env.jobs}`];
  for (const x of results) {
    lines.push(
      `  ${x.files.toLocaleString('en-US')} articles (${fmtMb(x.bytes)}): ${fmtMs(x.wallMs)} wall, ${x.cpuMs === null ? 'n/a' : fmtMs(x.cpuMs)} CPU, ` +
        `${x.filesPerSec} files/s, peak RSS ${x.peakRssMb === null ? 'n/a' : `${x.peakRssMb} MB`}, ${x.findings ?? '?'} findings; ` +
        `index.html ${fmtMb(x.outputBytes['index.html'])}, report.json ${fmtMb(x.outputBytes['report.json'])}`,
    );
  }
  if (results.length > 1 && results.every((x) => x.peakRssMb !== null)) {
    const [a, b] = [results[0], results[results.length - 1]];
    lines.push(`  memory: x${(b.files / a.files).toFixed(0)} articles -> x${(b.peakRssMb / a.peakRssMb).toFixed(2)} peak RSS`);
  }
  if (loadBefore > env.cpus) lines.push(`  note: the machine was busy (load ${loadBefore.toFixed(1)} on ${env.cpus} CPUs): wall times are inflated, CPU time is steadier.`);
  if (opts.keep) lines.push(`  kept in ${work}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((e) => {
  process.stderr.write(`bench-report: ${e instanceof BenchError ? e.message : (e.stack ?? e)}\n`);
  process.exitCode = 1;
});

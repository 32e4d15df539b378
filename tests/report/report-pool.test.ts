/**
 * The worker pool against the BUILT executable (dist/, built by `npm test`'s pretest; worker
 * threads cannot load the TypeScript sources): `--jobs 2` writes byte for byte what `--jobs 1`
 * writes, unreadable files included.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateArticles } from '../../scripts/bench-lib.mjs';
import { REPORT_FILES } from '../../src/cli/report-command.js';
import { scratch } from './helpers.js';

const BIN = path.resolve('dist/cli/bin.js');
const WORKER = path.resolve('dist/cli/report-worker.js');

function run(args: string[], cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, SOURCE_DATE_EPOCH: '1700000000', NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('mtaudit report: pooled = single-threaded', () => {
  it('needs the built worker', () => {
    expect(existsSync(WORKER), 'dist/cli/report-worker.js is missing: run npm run build (npm test does)').toBe(true);
  });

  it('writes identical files with --jobs 2 and --jobs 1', async () => {
    const { dir, wire } = scratch('mtaudit-pool-');
    for (const a of generateArticles({ count: 24, seed: 5 })) writeFileSync(path.join(wire, a.name), a.text);
    // Sequential: two audits at once would each get half the two cores and time out on a busy CI.
    const one = await run(['report', 'wire', '--out', 'one', '--jobs', '1'], dir);
    const two = await run(['report', 'wire', '--out', 'two', '--jobs', '2'], dir);
    expect(one.code).toBe(2);
    expect(two.code).toBe(2);
    expect(two.stderr).toBe(one.stderr);
    expect(two.stdout).toBe(one.stdout.replace(/\bone\//g, 'two/'));
    for (const f of REPORT_FILES) {
      const a = readFileSync(path.join(dir, 'one', f));
      const b = readFileSync(path.join(dir, 'two', f));
      expect(b.equals(a), `${f} differs`).toBe(true);
    }
    expect(JSON.parse(readFileSync(path.join(dir, 'two', 'report.json'), 'utf8')).summary.files).toBe(30);
    rmSync(dir, { recursive: true, force: true });
  }, 120_000);
});

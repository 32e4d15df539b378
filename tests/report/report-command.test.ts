/**
 * `mtaudit report` in-process (`--jobs 1`): the three files, atomically; unreadable files
 * listed while the rest are reported; the same findings as `check`; the progress line only on
 * a terminal; a foreign --out folder left alone.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/cli/check.js';
import { main } from '../../src/cli/main.js';
import { runReport } from '../../src/cli/report-command.js';
import { memoryIo, type MemoryIo } from '../helpers/io.js';
import { HOSTILE_NAME, scratch } from './helpers.js';

const ENV = { SOURCE_DATE_EPOCH: '1700000000' };

describe('mtaudit report (in-process)', () => {
  const { dir } = scratch();
  let io: MemoryIo;
  let code: number;
  beforeAll(async () => {
    io = memoryIo({ cwd: dir, env: ENV });
    code = await main(['report', 'wire', '--out', 'reports/week', '--jobs', '1', '--title', 'Week 47'], io);
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes index.html, report.md and report.json, and nothing else beside them', () => {
    expect(readdirSync(path.join(dir, 'reports', 'week')).sort()).toEqual(['index.html', 'report.json', 'report.md']);
    expect(readdirSync(path.join(dir, 'reports'))).toEqual(['week']);
    expect(io.out()).toContain('Wrote reports/week/index.html, reports/week/report.md, reports/week/report.json\n');
    expect(io.out()).toMatch(/^6 files \(2 unreadable\), [\d,]+ words, [\d,]+ findings: /m);
  });

  it('lists unreadable files as errors (stderr, page, markdown, JSON), reports the rest, and exits 2', () => {
    expect(code).toBe(2);
    expect(io.err()).toBe('mtaudit: wire/bad-utf8.txt:2:2: invalid UTF-8 (column counts bytes)\nmtaudit: wire/binary.txt:1:1: binary file (NUL byte)\n');
    const json = JSON.parse(readFileSync(path.join(dir, 'reports/week/report.json'), 'utf8'));
    expect(json.summary.unreadable.map((u: { path: string }) => u.path)).toEqual(['wire/bad-utf8.txt', 'wire/binary.txt']);
    expect(json.files.filter((f: { error?: string }) => !f.error)).toHaveLength(4);
    const html = readFileSync(path.join(dir, 'reports/week/index.html'), 'utf8');
    expect(html).toContain('<h2 id="errors-h">Unreadable files (2)</h2>');
    expect(html).toContain('wire/bad-utf8.txt:2:2: invalid UTF-8 (column counts bytes)');
    expect(readFileSync(path.join(dir, 'reports/week/report.md'), 'utf8')).toContain('## Unreadable files (2)');
  });

  it('finds exactly what check finds', async () => {
    const json = JSON.parse(readFileSync(path.join(dir, 'reports/week/report.json'), 'utf8'));
    const checkIo = memoryIo({ cwd: dir });
    await runCheck(['wire'], { format: 'json', color: false }, checkIo);
    const checked = JSON.parse(checkIo.out());
    expect(json.files.map((f: { path: string }) => f.path)).toEqual(checked.files.map((f: { path: string }) => f.path));
    for (const [k, f] of (json.files as { findings: unknown[] }[]).entries()) expect(f.findings).toEqual(checked.files[k].findings);
    expect(json.summary.findings).toBeGreaterThan(3);
    expect(json.title).toBe('Week 47');
    expect(json.generatedAt).toBe('2023-11-14T22:13:20.000Z');
  });

  it('keeps the hostile file name as data in JSON', () => {
    const json = JSON.parse(readFileSync(path.join(dir, 'reports/week/report.json'), 'utf8'));
    expect(json.files.map((f: { path: string }) => f.path)).toContain(`wire/${HOSTILE_NAME}`);
  });

  it('shows a progress line on a terminal, replaces its own previous report, and never a foreign folder', async () => {
    let t = 0;
    const tty = memoryIo({ cwd: dir, env: ENV, tty: true });
    const code2 = await runReport(['wire/lavrov.txt', 'wire/clean.txt'], { out: 'reports/week', jobs: 1, now: () => (t += 500) }, tty);
    expect(code2).toBe(0);
    expect(tty.err()).toContain('\r\x1b[K[');
    expect(tty.err()).toMatch(/2\/2 files · [\d.]+\/s · done/);
    expect(tty.err().endsWith('\r\x1b[K')).toBe(true);
    expect(JSON.parse(readFileSync(path.join(dir, 'reports/week/report.json'), 'utf8')).summary.files).toBe(2);
    expect(readdirSync(path.join(dir, 'reports'))).toEqual(['week']);

    const foreign = path.join(dir, 'mine');
    mkdirSync(foreign);
    writeFileSync(path.join(foreign, 'notes.txt'), 'keep me');
    const io3 = memoryIo({ cwd: dir, env: ENV });
    expect(await main(['report', 'wire/clean.txt', '--out', 'mine', '--jobs', '1'], io3)).toBe(2);
    expect(io3.err()).toBe('mtaudit: --out mine: the folder holds other files (notes.txt); give a new or report-only folder\n');
    expect(readdirSync(foreign)).toEqual(['notes.txt']);
    expect(existsSync(path.join(dir, 'reports', 'latest'))).toBe(false);
  }, 60_000);

  it('reads stdin as -, under --stdin-filename', async () => {
    const io5 = memoryIo({ cwd: dir, env: ENV, stdin: 'One country has no right to exert the influence space.\n' });
    expect(await main(['report', '-', '--stdin-filename', 'desk/wire.txt', '--out', 'stdin-report', '--jobs', '1'], io5)).toBe(0);
    const json = JSON.parse(readFileSync(path.join(dir, 'stdin-report', 'report.json'), 'utf8'));
    expect(json.files[0]).toMatchObject({ path: 'desk/wire.txt', counts: { findings: 1 } });
  }, 60_000);

  it('--min-confidence leaves less confident findings out of the report', async () => {
    const text = 'One country has no right to exert the influence space.\n'; // one finding, confidence 0.9
    for (const [min, findings] of [['0.9', 1], ['0.95', 0]] as const) {
      const io7 = memoryIo({ cwd: dir, env: ENV, stdin: text });
      expect(await main(['report', '-', '--out', `min-${min}`, '--jobs', '1', '--min-confidence', min], io7)).toBe(0);
      const json = JSON.parse(readFileSync(path.join(dir, `min-${min}`, 'report.json'), 'utf8'));
      expect(json.files[0].counts.findings).toBe(findings);
    }
  }, 60_000);

  it('says so in one line when --out cannot be created', async () => {
    writeFileSync(path.join(dir, 'a-file'), '');
    const io6 = memoryIo({ cwd: dir });
    expect(await main(['report', 'wire/clean.txt', '--out', 'a-file/sub', '--jobs', '1'], io6)).toBe(2);
    expect(io6.err()).toBe('mtaudit: --out a-file/sub: cannot create the folder (a file is in the way)\n');
  });

  it('rejects a bad --jobs before any work', async () => {
    const io4 = memoryIo({ cwd: dir });
    expect(await main(['report', 'wire', '--jobs', '0'], io4)).toBe(2);
    expect(io4.err()).toBe('mtaudit: --jobs: expected a positive integer, got "0"\n');
  });
});

/**
 * The real executable as a user runs it (dist/, built by `npm test`'s pretest): exit codes,
 * pipes, a 50 MB file, help and version. Everything else is tested in-process.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = path.resolve('dist/cli/bin.js');
const run = (args: string[], input?: string | Buffer) =>
  spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });

describe('mtaudit (built executable)', () => {
  it('gates on findings through a pipe', () => {
    const bad = run(['check', '-'], 'One country has no right to exert the influence space.\n');
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('<stdin>:1:35: warning:');
    const clean = run(['check', '-'], 'Talks resume on Monday.\n');
    expect(clean.status).toBe(0);
  });

  it('prints help and version with exit 0, and no arguments as usage with exit 2', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(run(['--version']).stdout.trim()).toBe(pkg.version);
    const help = run(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/check/);
    expect(run([]).status).toBe(2);
  });

  it('never prints a stack trace for bad input', () => {
    const r = run(['check', '/definitely/not/here.txt']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('mtaudit: /definitely/not/here.txt: no such file or folder\n');
  });

  it('processes a 50 MB file with right line numbers at its end', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mtaudit-big-'));
    const para = 'The committee met on Monday to discuss the budget, and officials said talks would continue.\n';
    const n = Math.ceil((50 * 1024 * 1024) / para.length);
    const file = path.join(dir, 'big.txt');
    writeFileSync(file, `${para.repeat(n)}One country has no right to exert the influence space.\n`);
    const r = run(['check', file, '--rule', 'calque/sphere-of-influence', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const f = JSON.parse(r.stdout).files[0].findings;
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: n + 1, column: 35, text: 'the influence space' });
  }, 120_000);

  it('lists rules as JSON', () => {
    const r = run(['rules', '--format', 'json']);
    expect(r.status).toBe(0);
    const ids = (JSON.parse(r.stdout).rules as { id: string }[]).map((x) => x.id);
    expect(ids).toContain('calque/sphere-of-influence');
  });
});

describe('check --jobs (built executable)', () => {
  it('gives the same findings on every core as in one thread', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mtaudit-jobs-'));
    const para = [
      'Washington and his allies refused to provide such promises, the ministry said on friday.',
      'One country has no right to exert the influence space, and talks will resume next week.',
      'Inflation stood at 2,9 percent, and more than more than 2.000 people were fined.',
    ].join(' ');
    const file = path.join(dir, 'big.txt');
    writeFileSync(file, `${para}\n`.repeat(Math.ceil((1.2 * 1024 * 1024) / (para.length + 1))));
    const one = run(['check', file, '--format', 'json', '--jobs', '1']);
    const two = run(['check', file, '--format', 'json', '--jobs', '2']);
    expect(one.status).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(JSON.parse(one.stdout).summary.warnings).toBeGreaterThan(1000);
  }, 180_000);

  it('audits a folder of small articles on every core, with results and messages in input order', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mtaudit-jobs-many-'));
    const stories = [
      'Washington and his allies refused to provide such promises, the ministry said on friday.',
      'One country has no right to exert the influence space, and talks will resume next week.',
      'Inflation stood at 2,9 percent, and more than more than 2.000 people were fined.',
      'The talks ended without a deal. Both sides said they would meet again in March.',
    ];
    // Over a megabyte in all (the batch a helper thread is worth), each file a few kilobytes,
    // one of them broken XML so its error lands between the others.
    let total = 0;
    for (let k = 0; k < 400; k++) {
      const lines = Array.from({ length: 40 }, (_, j) => stories[(k + j) % stories.length]);
      const text = `${lines.join(' ')}\n`;
      total += text.length;
      writeFileSync(path.join(dir, `a${String(k).padStart(3, '0')}.txt`), text);
    }
    expect(total).toBeGreaterThan(1.2 * 1024 * 1024);
    writeFileSync(path.join(dir, 'a200-bad.nitf'), '<nitf><body><body.content><p>Talks & more</p></body.content></body></nitf>\n');
    const one = run(['check', dir, '--format', 'json', '--jobs', '1']);
    const two = run(['check', dir, '--format', 'json', '--jobs', '2']);
    expect(one.status).toBe(2);
    expect(two.status).toBe(2);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect(one.stderr).toMatch(/a200-bad\.nitf:1:\d+: invalid XML/);
    const files = JSON.parse(one.stdout).files as { path: string }[];
    expect(files).toHaveLength(401);
    expect(files.map((f) => f.path)).toEqual([...files.map((f) => f.path)].sort());
  }, 180_000);
});

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../helpers/io.js';

const BAD = 'One country has no right to exert the influence space.\n';
const CLEAN = 'The minister said talks would resume on Monday.\n';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'mtaudit-check-'));
  writeFileSync(path.join(dir, 'bad.txt'), BAD);
  writeFileSync(path.join(dir, 'clean.txt'), CLEAN);
  writeFileSync(path.join(dir, 'crlf.txt'), `First line.\r\n${BAD.replace('\n', '\r\n')}`);
  writeFileSync(path.join(dir, 'bom.md'), `\uFEFF${BAD}`);
  writeFileSync(path.join(dir, 'empty.txt'), '');
  writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
  writeFileSync(path.join(dir, 'latin1.txt'), Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' ok\n')]));
  mkdirSync(path.join(dir, 'nested', 'deep'), { recursive: true });
  writeFileSync(path.join(dir, 'nested', 'deep', 'a.md'), BAD);
  writeFileSync(path.join(dir, 'nested', 'skip.json'), '{}');
  mkdirSync(path.join(dir, 'notext'));
  writeFileSync(path.join(dir, 'notext', 'data.csv'), 'a,b');
});

async function run(args: string[], stdin?: string) {
  const io = memoryIo({ cwd: dir, stdin });
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

describe('mtaudit check', () => {
  it('prints compiler-style findings with the suggestion and a summary, exit 1', async () => {
    const r = await run(['check', 'bad.txt']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('bad.txt:1:35: warning: “the influence space” reads as a word-for-word translation');
    expect(r.out).toContain('[calque/sphere-of-influence]');
    expect(r.out).toContain('    -> “a sphere of influence”');
    expect(r.out).toMatch(/1 finding \(0 errors, 1 warning, 0 info\) in 1 file\.\n$/);
    expect(r.err).toBe('');
  });

  it('refuses a --rule or --disable name that selects nothing, with exit 2 (eval too)', async () => {
    const r = await run(['check', 'bad.txt', '--rule', 'calque,no-such-rule']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('mtaudit: --rule: no rule, pack or category is named "no-such-rule" (see `mtaudit rules`)\n');
    const d = await run(['check', 'bad.txt', '--disable', 'calqe']);
    expect(d.code).toBe(2);
    expect(d.err).toContain('--disable: no rule, pack or category is named "calqe"');
    expect((await run(['eval', '.', '--rule', 'nope'])).code).toBe(2);
    expect((await run(['check', 'bad.txt', '--rule', 'calque/sphere-of-influence', '--format', 'json'])).code).toBe(1);
  });

  it('exits 0 on clean text and with --fail-on above the findings', async () => {
    expect((await run(['check', 'clean.txt'])).code).toBe(0);
    expect((await run(['check', 'bad.txt', '--fail-on', 'error'])).code).toBe(0);
    expect((await run(['check', 'bad.txt', '--fail-on', 'none'])).code).toBe(0);
    expect((await run(['check', 'bad.txt', '--fail-on', 'info'])).code).toBe(1);
  });

  it('prints JSON with UTF-16 offsets, line/column and ranked suggestions', async () => {
    const r = await run(['check', 'crlf.txt', '--format', 'json', '--rule', 'calque']);
    const json = JSON.parse(r.out);
    expect(json.schemaVersion).toBe(1);
    const f = json.files[0].findings[0];
    const text = `First line.\r\n${BAD.replace('\n', '\r\n')}`;
    expect(text.slice(f.start, f.end)).toBe('the influence space');
    expect(f).toMatchObject({
      ruleId: 'calque/sphere-of-influence', category: 'calque', severity: 'warning',
      line: 2, column: 35, text: 'the influence space',
    });
    expect(f.suggestions[0]).toBe('a sphere of influence');
    expect(f.confidence).toBeGreaterThan(0);
    expect(typeof f.message).toBe('string');
  });

  it('strips a BOM so offsets index the text as read', async () => {
    const f = JSON.parse((await run(['check', 'bom.md', '--format', 'json', '--rule', 'calque'])).out).files[0].findings[0];
    expect(BAD.slice(f.start, f.end)).toBe('the influence space');
  });

  it('recurses folders for .txt and .md, sorted, and expands globs', async () => {
    const r = await run(['check', 'nested', '--format', 'json']);
    expect(JSON.parse(r.out).files.map((f: { path: string }) => f.path)).toEqual(['nested/deep/a.md']);
    const g = await run(['check', '*.md', '--format', 'json']);
    expect(JSON.parse(g.out).files.map((f: { path: string }) => f.path)).toEqual(['bom.md']);
  });

  it('reads stdin for -', async () => {
    const r = await run(['check', '-', '--stdin-filename', 'wire.txt'], BAD);
    expect(r.code).toBe(1);
    expect(r.out).toContain('wire.txt:1:35');
  });

  it('audits an empty file without findings', async () => {
    const r = await run(['check', 'empty.txt']);
    expect(r.code).toBe(0);
    expect(r.out).toBe('No findings in 1 file.\n');
  });
});

describe('bad input: one line naming the path, exit 2, no stack', () => {
  const oneLine = (err: string) => {
    expect(err.trimEnd().split('\n')).toHaveLength(1);
    expect(err).not.toMatch(/\n\s+at /);
    expect(err).toMatch(/^mtaudit: /);
  };

  it('a missing file', async () => {
    const r = await run(['check', 'nope.txt']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('mtaudit: nope.txt: no such file or folder\n');
  });

  it('a folder with no text files', async () => {
    const r = await run(['check', 'notext']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('mtaudit: notext: no text or wire files in this folder (.txt, .md, .xml, .nitf, .newsml, .ninjs)\n');
  });

  it('a glob that matches nothing', async () => {
    const r = await run(['check', '*.xml']);
    expect(r.code).toBe(2);
    oneLine(r.err);
  });

  it('a binary file, while the other files are still audited', async () => {
    const r = await run(['check', 'binary.txt', 'bad.txt']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('mtaudit: binary.txt:1:5: binary file (NUL byte)\n');
    expect(r.out).toContain('bad.txt:1:35');
  });

  it('invalid UTF-8, with line and byte column', async () => {
    const r = await run(['check', 'latin1.txt']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('mtaudit: latin1.txt:1:4: invalid UTF-8 (column counts bytes)\n');
  });

  it('an unknown option, format, fail-on or command', async () => {
    for (const args of [
      ['check', 'bad.txt', '--frobnicate'],
      ['check', 'bad.txt', '--format', 'xml'],
      ['check', 'bad.txt', '--fail-on', 'sometimes'],
      ['chek', 'bad.txt'],
      ['check'],
    ]) {
      const r = await run(args);
      expect(r.code, args.join(' ')).toBe(2);
      oneLine(r.err);
    }
  });
});

describe('machine formats through the CLI', () => {
  it('writes annotations and appends a step summary under GitHub Actions', async () => {
    const summary = path.join(dir, 'summary.md');
    writeFileSync(summary, '# earlier step\n');
    const io = memoryIo({ cwd: dir, env: { GITHUB_STEP_SUMMARY: summary } });
    expect(await main(['check', 'bad.txt', '--format', 'github'], io)).toBe(1);
    expect(io.out()).toMatch(/^::warning file=bad.txt,line=1,col=35,/);
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(summary, 'utf8')).toMatch(/^# earlier step\n## mtaudit\n/);
  });

  it('prints SARIF with rule metadata from the registry', async () => {
    const r = await run(['check', 'bad.txt', '--format', 'sarif']);
    const log = JSON.parse(r.out);
    expect(log.runs[0].tool.driver.rules[0].id).toBe('calque/sphere-of-influence');
    expect(log.runs[0].tool.driver.rules[0].shortDescription.text).not.toBe('calque/sphere-of-influence');
  });
});

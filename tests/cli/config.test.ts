import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../helpers/io.js';

const BAD = 'One country has no right to exert the influence space.\nIt was the drop that overflowed the glass.\n';

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'mtaudit-config-'));
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), body);
  }
  return dir;
}

async function run(cwd: string, args: string[]) {
  const io = memoryIo({ cwd });
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

const ids = (out: string) => (JSON.parse(out).files as { findings: { ruleId: string; severity: string }[] }[]).flatMap((f) => f.findings.map((x) => `${x.ruleId}:${x.severity}`));

describe('config file', () => {
  it('is found from a subfolder upward and turns rules off or changes severity', async () => {
    const dir = project({
      'mtaudit.config.json': JSON.stringify({ rules: { 'calque/sphere-of-influence': 'off', 'calque/drop-that-overflowed-the-glass': 'error' } }),
      'wire/today/a.txt': BAD,
    });
    const r = await run(path.join(dir, 'wire', 'today'), ['check', 'a.txt', '--format', 'json', '--rule', 'calque']);
    expect(ids(r.out)).toEqual(['calque/drop-that-overflowed-the-glass:error']);
  });

  it('reads YAML and the package.json "mtaudit" key, nearest first, no cascade', async () => {
    const dir = project({
      'package.json': JSON.stringify({ name: 'desk', mtaudit: { rules: { calque: 'off' } } }),
      'sub/mtaudit.config.yaml': 'failOn: error\n',
      'sub/a.txt': BAD,
    });
    // The nearer YAML wins and the package.json rules are not merged in: calque still runs.
    const r = await run(path.join(dir, 'sub'), ['check', 'a.txt', '--rule', 'calque']);
    expect(r.code).toBe(0); // failOn: error, and calque findings are warnings
    expect(r.out).toContain('calque/');
    const top = await run(dir, ['check', 'sub/a.txt', '--rule', 'calque']);
    expect(top.out).toBe('No findings in 1 file.\n');
  });

  it('loads a desk pack and ignores globs', async () => {
    const dir = project({
      'mtaudit.config.yaml': 'packs: [desk.yaml]\nignore: ["archive/**"]\n',
      'desk.yaml': `pack: desk\ncategory: lexical-choice\nmessage: "House style: “{suggestion}”, not “{match}”."\nentries:\n  - id: utilize\n    find: "{utilize}"\n    replace: "{use}"\n    bad: They [[utilized]] it. => They used it.\n    good: They used it.\n`,
      'a.txt': 'The ministry utilized new powers.\n',
      'archive/old.txt': 'They utilize it.\n',
    });
    const r = await run(dir, ['check', '.', '--format', 'json', '--rule', 'desk']);
    const json = JSON.parse(r.out);
    expect(json.files.map((f: { path: string }) => f.path)).toEqual(['a.txt']);
    expect(json.files[0].findings[0]).toMatchObject({ ruleId: 'desk/utilize', text: 'utilized', suggestions: ['used'] });
  });

  it('reports errors as file: key: reason with exit 2', async () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ 'mtaudit.config.json': '{"rules": {"calque": "loud"}}' }, /^mtaudit: mtaudit.config.json: rules.calque: expected off, error, warning or info/],
      [{ 'mtaudit.config.json': '{"rulez": {}}' }, /^mtaudit: mtaudit.config.json: rulez: unknown key/],
      [{ 'mtaudit.config.json': '{"rules": {"no-such-rule": "off"}}' }, /rules.no-such-rule: no rule, pack or category/],
      [{ 'mtaudit.config.json': '{"rules": {' }, /^mtaudit: mtaudit.config.json:1:\d+: /],
      [{ 'mtaudit.config.yaml': 'packs: [missing.yaml]' }, /packs: missing.yaml: cannot read the file/],
      [{ 'mtaudit.config.yaml': 'packs: [p.yaml]', 'p.yaml': 'pack: p\ncategory: calque\nmessage: m\nentries:\n  - id: x\n    find: "{bad"\n' }, /^mtaudit: p.yaml: entries\[0\] \(x\): .*unclosed/],
      [{ 'mtaudit.config.json': '{"maxWarnings": -1}' }, /maxWarnings: expected a non-negative integer/],
      [{ 'mtaudit.config.json': '{"minConfidence": 2}' }, /minConfidence: expected a number from 0 to 1/],
      [{ 'package.json': '{"name": "desk",\n  "mtaudit": {"failOn": "loud"}}' }, /^mtaudit: package.json \("mtaudit" key\): failOn: expected error, warning, info or none/],
      [{ 'package.json': '{"name": "desk",\n  "mtaudit": {' }, /^mtaudit: package.json:\d+:\d+: /],
    ];
    for (const [files, re] of cases) {
      const dir = project({ ...files, 'a.txt': BAD });
      const r = await run(dir, ['check', 'a.txt']);
      expect(r.code, JSON.stringify(files)).toBe(2);
      expect(r.err).toMatch(re);
      expect(r.err.trim().split('\n')).toHaveLength(1);
    }
  });

  it('--no-config and --config override the search', async () => {
    const dir = project({ 'mtaudit.config.json': '{"rules": {"calque": "off"}}', 'other.yaml': 'failOn: none\n', 'a.txt': BAD });
    expect((await run(dir, ['check', 'a.txt', '--rule', 'calque'])).code).toBe(0);
    expect((await run(dir, ['check', 'a.txt', '--rule', 'calque', '--no-config'])).code).toBe(1);
    expect((await run(dir, ['check', 'a.txt', '--rule', 'calque', '--config', 'other.yaml'])).code).toBe(0);
  });

  it('--min-confidence and the config\'s minConfidence leave out less confident findings; the flag wins', async () => {
    // Both calque findings of BAD have confidence 0.9.
    const dir = project({ 'a.txt': BAD, 'strict.json': '{"minConfidence": 0.95}' });
    const count = async (args: string[]) => JSON.parse((await run(dir, ['check', 'a.txt', '--rule', 'calque', '--format', 'json', ...args])).out).files[0].findings.length;
    expect(await count([])).toBe(2);
    expect(await count(['--min-confidence', '0.9'])).toBe(2);
    expect(await count(['--min-confidence', '0.95'])).toBe(0);
    expect(await count(['--config', 'strict.json'])).toBe(0);
    expect(await count(['--config', 'strict.json', '--min-confidence', '0'])).toBe(2);
    expect((await run(dir, ['check', 'a.txt', '--rule', 'calque', '--min-confidence', '0.95'])).code).toBe(0);
    for (const bad of ['1.5', '-0.1', 'high', '']) {
      const r = await run(dir, ['check', 'a.txt', '--min-confidence', bad]);
      expect(r.code, bad).toBe(2);
      expect(r.err).toMatch(/^mtaudit: --min-confidence: expected a number from 0 to 1/);
    }
  });

  it('--suspect and the config\'s suspect choose when suspect rules run; the flag wins', async () => {
    // Three artifacts from three rules open the gate; "actually" for currently is a suspect entry.
    const mt = `${BAD}Washington and his allies refused to provide such promises.\nRates are actually at their highest level since 2006.\n`;
    const clean = 'Rates are actually at their highest level since 2006.\n';
    const dir = project({ 'mt.txt': mt, 'clean.txt': clean, 'never.json': '{"suspect": "never"}', 'always.yaml': 'suspect: always\n' });
    const suspect = async (file: string, args: string[]) =>
      ids((await run(dir, ['check', file, '--format', 'json', '--fail-on', 'none', ...args])).out).filter((id) => id.startsWith('lexical-suspect/'));
    // The runs are independent: started together, they fit the test's time on a busy machine.
    const [mtAuto, cleanAuto, mtNever, mtNeverConfig, cleanAlways, cleanAlwaysConfig, cleanFlagWins] = await Promise.all([
      suspect('mt.txt', []),
      suspect('clean.txt', []),
      suspect('mt.txt', ['--suspect', 'never']),
      suspect('mt.txt', ['--config', 'never.json']),
      suspect('clean.txt', ['--suspect', 'always']),
      suspect('clean.txt', ['--config', 'always.yaml']),
      suspect('clean.txt', ['--config', 'always.yaml', '--suspect', 'auto']),
    ]);
    expect(mtAuto).toEqual(['lexical-suspect/currently-actually-at-record:info']);
    expect(cleanAuto).toEqual([]);
    expect(mtNever).toEqual([]);
    expect(mtNeverConfig).toEqual([]);
    expect(cleanAlways).toEqual(['lexical-suspect/currently-actually-at-record:info']);
    expect(cleanAlwaysConfig).toEqual(['lexical-suspect/currently-actually-at-record:info']);
    expect(cleanFlagWins).toEqual([]);
    // Info only: the default --fail-on warning does not fail on them.
    expect((await run(dir, ['check', 'clean.txt', '--suspect', 'always'])).code).toBe(0);
    const r = await run(dir, ['check', 'mt.txt', '--suspect', 'sometimes']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('mtaudit: --suspect: expected auto, always or never, got "sometimes"\n');
    const c = await run(project({ 'a.txt': BAD, 'mtaudit.config.json': '{"suspect": true}' }), ['check', 'a.txt']);
    expect(c.code).toBe(2);
    expect(c.err).toMatch(/suspect: expected auto, always or never, got true/);
  });

  it('eval takes --suspect too, and refuses an unknown mode in one line', async () => {
    const corpus = fileURLToPath(new URL('../../corpus/', import.meta.url));
    const dir = project({});
    for (const mode of ['auto', 'always', 'never']) expect((await run(dir, ['eval', corpus, '--json', '--suspect', mode])).code).toBe(0);
    const r = await run(dir, ['eval', corpus, '--suspect', 'maybe']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('mtaudit: --suspect: expected auto, always or never, got "maybe"\n');
  });

  it('--max-warnings fails only above the limit', async () => {
    const dir = project({ 'a.txt': BAD });
    expect((await run(dir, ['check', 'a.txt', '--rule', 'calque', '--fail-on', 'none', '--max-warnings', '2'])).code).toBe(0);
    const r = await run(dir, ['check', 'a.txt', '--rule', 'calque', '--fail-on', 'none', '--max-warnings', '1']);
    expect(r.code).toBe(1);
    expect(r.err).toBe('mtaudit: 2 warnings, more than --max-warnings 1\n');
  });
});

describe('suppressions and baselines through check', () => {
  it('honours inline directives and reports unused ones', async () => {
    const dir = project({
      'a.md': '<!-- mtaudit-disable-next-line calque/sphere-of-influence -->\nOne country has no right to exert the influence space.\n<!-- mtaudit-disable-next-line repetition -->\nIt was the drop that overflowed the glass.\n',
    });
    const r = await run(dir, ['check', 'a.md', '--rule', 'calque', '--format', 'json', '--report-unused-disable-directives']);
    expect(ids(r.out)).toEqual(['calque/drop-that-overflowed-the-glass:warning']);
    expect(r.err).toBe('a.md:3:1: unused mtaudit-disable-next-line directive (repetition)\n');
    expect(r.code).toBe(1);
  });

  it('fails only on findings that are not in the baseline, matched by context not offsets', async () => {
    const dir = project({ 'a.txt': 'One country has no right to exert the influence space.\n' });
    const up = await run(dir, ['check', 'a.txt', '--rule', 'calque', '--baseline', 'base.json', '--update-baseline']);
    expect(up.code).toBe(1);
    const base = JSON.parse(readFileSync(path.join(dir, 'base.json'), 'utf8'));
    expect(base.findings).toHaveLength(1);
    // Text added far above shifts every offset; the known finding stays known, the new one is reported.
    writeFileSync(path.join(dir, 'a.txt'), `A new first paragraph about the weather, long enough to move offsets.\n\nOne country has no right to exert the influence space.\nIt was the drop that overflowed the glass.\n`);
    const r = await run(dir, ['check', 'a.txt', '--rule', 'calque', '--baseline', 'base.json', '--format', 'json']);
    expect(ids(r.out)).toEqual(['calque/drop-that-overflowed-the-glass:warning']);
    expect(r.code).toBe(1);
  });

  it('rejects a file that is not a baseline', async () => {
    const dir = project({ 'a.txt': BAD, 'base.json': '{"foo": 1}' });
    const r = await run(dir, ['check', 'a.txt', '--baseline', 'base.json']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^mtaudit: base.json: not an mtaudit baseline/);
  });
});

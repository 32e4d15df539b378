import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { audit, createAuditor } from '../src/index.js';
import { memoryIo } from './helpers/io.js';

const TEXT = 'Moscow: One country has no right to exert the influence space.\nIt was the drop that overflowed the glass.\n';

describe('library API', () => {
  it('audit() returns the same findings as check --format json', async () => {
    const io = memoryIo({ stdin: TEXT });
    await main(['check', '-', '--format', 'json'], io);
    const cli = JSON.parse(io.out()).files[0].findings;
    expect(JSON.parse(JSON.stringify(audit(TEXT)))).toEqual(cli);
    expect(cli.length).toBeGreaterThan(0);
  });

  it('createAuditor() filters rules and overrides severity', () => {
    const a = createAuditor({ only: ['calque'], severity: { 'calque/sphere-of-influence': 'error' }, tagger: false });
    const f = a.audit(TEXT);
    expect(f.every((x) => x.category === 'calque')).toBe(true);
    expect(f.find((x) => x.ruleId === 'calque/sphere-of-influence')?.severity).toBe('error');
    expect(createAuditor({ disable: ['calque'], tagger: false }).rules.some((r) => r.meta.category === 'calque')).toBe(false);
  });

  it('createAuditor({ minConfidence }) leaves out less confident findings', () => {
    const text = readFileSync(new URL('../corpus/seed-lavrov.txt', import.meta.url), 'utf8');
    const all = createAuditor({ tagger: false }).audit(text);
    const min = 0.85;
    const kept = createAuditor({ tagger: false, minConfidence: min }).audit(text);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(all.length);
    expect(kept).toEqual(all.filter((f) => f.confidence >= min));
  });

  it("is importable by package name as `import { audit } from 'mtaudit'`", () => {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', "import { audit } from 'mtaudit'; console.log(audit('exert the influence space').length)"], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(Number(r.stdout.trim())).toBeGreaterThan(0);
  });
});

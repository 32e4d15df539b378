import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runEval } from '../../src/cli/eval-command.js';
import { CliError, type Io } from '../../src/cli/io.js';
import type { Finding } from '../../src/rules/types.js';
import { finding } from './helpers.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/eval/', import.meta.url));

function makeIo(): Io & { out: () => string } {
  let out = '';
  return {
    cwd: FIXTURES,
    env: {},
    stdoutIsTTY: false,
    stderrIsTTY: false,
    stdinIsTTY: false,
    stdout: (s) => {
      out += s;
    },
    stderr: () => undefined,
    readStdin: async () => new Uint8Array(),
    out: () => out,
  };
}

/** A stand-in auditor: each pattern becomes findings with one suggestion. */
const PATTERNS: readonly (readonly [RegExp, string])[] = [
  [/\bhis\b/g, 'its'],
  [/\b[Ff]riday\b/g, 'Friday'],
  [/to climb/g, 'climbing'],
  [/Tokyo/g, 'Tokio'],
  [/The the/g, 'The'],
];
function audit(text: string): readonly Finding[] {
  return PATTERNS.flatMap(([re, s]) => [...text.matchAll(re)].map((m) => finding(m.index, m.index + m[0].length, [s], text)));
}

async function runJson(dirs: string[], minRaters?: number): Promise<any> {
  const io = makeIo();
  const opts = minRaters === undefined ? { json: true } : { json: true, minRaters };
  expect(await runEval(dirs, opts, io, audit)).toBe(0);
  return JSON.parse(io.out());
}

async function errorOf(dirs: string[], minRaters?: number): Promise<string> {
  const opts = minRaters === undefined ? { json: false } : { json: false, minRaters };
  const err: unknown = await runEval(dirs, opts, makeIo(), audit).then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(CliError);
  return (err as CliError).message;
}

describe('runEval', () => {
  it('scores a directory (BOM stripped before offsets are checked)', async () => {
    const r = await runJson(['basic']);
    expect(r.articles.map((a: { id: string }) => a.id)).toEqual(['a1', 'clean1']);
    const [a1, clean1] = r.articles;
    // a1: his, friday, "to climb" (inside "keep to climb") match and fix; Tokyo is a clean trap.
    expect([a1.findings, a1.matchedFindings, a1.matchedArtifacts, a1.artifacts]).toEqual([4, 3, 3, 3]);
    expect([a1.precision, a1.recall, a1.f05, a1.fixRate]).toEqual([0.75, 1, 0.7895, 1]);
    expect([a1.falseAlarms, a1.cleanTrapsHit, a1.words]).toEqual([1, 1, 13]);
    // clean1: 6 words, Tokyo and Friday are false alarms.
    expect([clean1.clean, clean1.words, clean1.falseAlarms, clean1.falseAlarmsPer1000]).toEqual([true, 6, 2, 333.3333]);
    const t = r.totals;
    expect([t.articles, t.cleanArticles, t.words, t.cleanWords]).toEqual([2, 1, 19, 6]);
    expect([t.findings, t.matchedFindings, t.precision, t.recall, t.f05]).toEqual([6, 3, 0.5, 1, 0.5556]);
    expect([t.falseAlarms, t.cleanFalseAlarms, t.falseAlarmsPer1000]).toEqual([3, 2, 333.3333]);
    expect(Object.keys(t.categories)).toEqual(['metonym-pronoun', 'garbled-syntax', 'capitalization']);
    expect(t.visibleMqm).toBeNull();
  });

  it('scores several directories and filters by --min-raters', async () => {
    const all = await runJson(['basic', 'mqm']);
    expect(all.totals.articles).toBe(3);
    const m1 = all.articles[2];
    expect([m1.artifacts, m1.matchedArtifacts, m1.fixRate]).toEqual([2, 2, null]);
    expect(m1.visibleMqm).toEqual({ matched: 1, total: 1, recall: 1 });
    const agreed = await runJson(['mqm'], 2);
    expect(agreed.minRaters).toBe(2);
    expect([agreed.totals.artifacts, agreed.totals.matchedFindings, agreed.totals.precision]).toEqual([1, 1, 0.5]);
  });

  it('prints a text table by default', async () => {
    const io = makeIo();
    await runEval(['basic'], { json: false }, io, audit);
    expect(io.out()).toMatch(/^article +words/);
    expect(io.out()).toContain('total (2 articles, 1 clean)');
  });

  it('fails with one line naming the path', async () => {
    expect(await errorOf(['nope'])).toBe('nope: no such directory');
    expect(await errorOf(['basic/a1.txt'])).toBe(`${join('basic', 'a1.txt')}: no such directory`);
    expect(await errorOf(['nogold'])).toBe('nogold: no *.gold.json files');
    expect(await errorOf(['bad'])).toBe(`${join('bad', 'b1.gold.json')}: artifacts[1]: quote does not match text.slice(6,10)`);
    expect(await errorOf(['notext'])).toBe(`${join('notext', 'missing.txt')}: cannot read file`);
    expect(await errorOf([])).toMatch(/at least one directory/);
    expect(await errorOf(['basic'], 0)).toMatch(/^--min-raters: /);
  });
});

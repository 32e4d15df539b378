// MTAUDIT_TIMING (as ESLint's TIMING): a table of the slowest rules on stderr, output untouched.
// Its own file: timing, once started, stays on for the module's life.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { RuleTiming, formatTiming, timingRows } from '../../src/rules/timing.js';
import { memoryIo } from '../helpers/io.js';

describe('MTAUDIT_TIMING', () => {
  it('reads the row count: 1 or true for ten, a number, all; unset, empty, 0 or false for off', () => {
    expect(timingRows(undefined)).toBeUndefined();
    expect(timingRows('')).toBeUndefined();
    expect(timingRows('0')).toBeUndefined();
    expect(timingRows('false')).toBeUndefined();
    expect(timingRows('1')).toBe(10);
    expect(timingRows('true')).toBe(10);
    expect(timingRows('25')).toBe(25);
    expect(timingRows('all')).toBe(Number.POSITIVE_INFINITY);
  });

  it('formats the slowest rows first with their share of the total', () => {
    const t = new RuleTiming();
    t.add('fast-rule', 1);
    t.add('slow-rule', 3);
    t.add('slow-rule', 4);
    const table = formatTiming(t, 1).split('\n');
    expect(table[0]).toBe('Rule      | Time (ms) | Relative');
    expect(table[2]).toBe('slow-rule |     7.000 |    87.5%');
    expect(table).toHaveLength(4); // header, rule line, one row, final newline
  });

  it('prints the table on stderr after check, keeps stdout machine-readable and the exit code', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mtaudit-timing-'));
    writeFileSync(path.join(dir, 'bad.txt'), 'Washington and his allies refused. Local farmers the new rules on Monday rejected.\n');
    const io = memoryIo({ cwd: dir, env: { MTAUDIT_TIMING: 'all' } });
    expect(await main(['check', 'bad.txt', '--format', 'json'], io)).toBe(1);
    expect(JSON.parse(io.out()).files[0].findings.length).toBeGreaterThan(0);
    const err = io.err();
    expect(err).toMatch(/^Rule +\| Time \(ms\) \| Relative\n/);
    for (const row of ['(rule packs)', '(tokenizing)', '(POS tagging)', 'institution-gendered-pronoun']) expect(err).toContain(`\n${row} `);
  });
});

import { describe, it, expect } from 'vitest';
import { parseGold } from '../../src/eval/gold.js';
import { CliError } from '../../src/cli/io.js';

const text = 'The bank raised his rates on friday.';

function goldJson(artifacts: readonly unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ id: 'g1', text: 'g1.txt', origin: 'test', artifacts, ...extra });
}

const his = { start: 16, end: 19, quote: 'his', category: 'metonym-pronoun', severity: 'minor', corrections: ['its'] };

/** The CliError message thrown by parseGold, or '' if it did not throw. */
function errorOf(json: string, t = text): string {
  try {
    parseGold(json, t, 'g1.gold.json');
    return '';
  } catch (e) {
    expect(e).toBeInstanceOf(CliError);
    expect((e as CliError).exitCode).toBe(2);
    return (e as CliError).message;
  }
}

describe('parseGold', () => {
  it('parses a valid file and defaults clean_traps to []', () => {
    const g = parseGold(goldJson([his]), text, 'g1.gold.json');
    expect(g.id).toBe('g1');
    expect(g.artifacts).toEqual([his]);
    expect(g.clean_traps).toEqual([]);
  });

  it('keeps MQM fields and accepts external categories and empty corrections', () => {
    const mqm = {
      ...his,
      category: 'other',
      severity: 'major',
      corrections: [],
      note: 'MQM',
      mqm_category: 'Accuracy/Mistranslation',
      mqm_severity: 'Major',
      raters: 2,
      mqm_labels: [{ rater: 'rater1', category: 'Accuracy/Mistranslation', severity: 'Major' }],
      segment: 1,
      unknown_field: 'ignored',
    };
    const g = parseGold(goldJson([mqm], { mqm: { system: 'x' } }), text, 'g1.gold.json');
    const a = g.artifacts[0];
    expect(a?.category).toBe('other');
    expect(a?.raters).toBe(2);
    expect(a?.mqm_category).toBe('Accuracy/Mistranslation');
    expect(a?.mqm_labels?.[0]?.rater).toBe('rater1');
    expect(a).not.toHaveProperty('unknown_field');
  });

  it('validates clean traps', () => {
    const trap = { start: 0, end: 8, quote: 'The bank', why: 'fine' };
    expect(parseGold(goldJson([], { clean_traps: [trap] }), text, 'g1.gold.json').clean_traps).toEqual([trap]);
    expect(errorOf(goldJson([], { clean_traps: [{ ...trap, quote: 'The Bank' }] }))).toBe(
      'g1.gold.json: clean_traps[0]: quote does not match text.slice(0,8)',
    );
  });

  it('names the path and artifact index on a quote mismatch', () => {
    expect(errorOf(goldJson([his, { ...his, start: 29, end: 35, quote: 'Friday' }]))).toBe(
      'g1.gold.json: artifacts[1]: quote does not match text.slice(29,35)',
    );
  });

  it.each([
    [{ ...his, start: 16.5 }, '"start" must be an integer'],
    [{ ...his, start: '16' }, '"start" must be an integer'],
    [{ ...his, end: undefined }, '"end" must be an integer'],
    [{ ...his, start: -1 }, 'span -1..19 outside 0 <= start <= end <= 36'],
    [{ ...his, start: 20, end: 19 }, 'span 20..19 outside 0 <= start <= end <= 36'],
    [{ ...his, end: 37 }, 'span 16..37 outside 0 <= start <= end <= 36'],
    [{ ...his, category: undefined }, '"category" must be a string'],
    [{ ...his, category: '' }, '"category" must not be empty'],
    [{ ...his, severity: 'high' }, '"severity" must be one of minor, major, critical'],
    [{ ...his, corrections: 'its' }, '"corrections" must be an array of strings'],
    [{ ...his, corrections: ['its', 3] }, '"corrections" must be an array of strings'],
    [{ ...his, raters: 0 }, '"raters" must be a positive integer'],
    [{ ...his, note: 5 }, '"note" must be a string'],
    ['his', 'expected an object'],
  ])('rejects a bad artifact field (%#)', (artifact, message) => {
    expect(errorOf(goldJson([artifact]))).toBe(`g1.gold.json: artifacts[0]: ${message}`);
  });

  it('rejects a bad top level', () => {
    expect(errorOf('{"id": ')).toMatch(/^g1\.gold\.json: invalid JSON: /);
    expect(errorOf('[]')).toBe('g1.gold.json: expected a JSON object');
    expect(errorOf(JSON.stringify({ id: 'g1', origin: 'x', artifacts: [] }))).toBe('g1.gold.json: "text" must be a string');
    expect(errorOf(JSON.stringify({ id: 'g1', text: 'g1.txt', artifacts: [] }))).toBe('g1.gold.json: "origin" must be a string');
    expect(errorOf(JSON.stringify({ id: 'g1', text: 'g1.txt', origin: 'x' }))).toBe('g1.gold.json: "artifacts" must be an array');
  });

  it('keeps every message on one line', () => {
    expect(errorOf('{\n"id": 1,\n')).not.toContain('\n');
  });
});

/**
 * The team's annotated sets (tests/fixtures/train, trainC, trainD, trainE, heldout*) are valid gold: every file
 * parses, every artifact's and trap's quote is its text's slice, as `mtaudit eval` requires.
 * Only counts are asserted, never contents: the held-out sets stay blind to whoever reads a failure.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { goldTextRef, parseGoldJson, validateGold } from '../../src/eval/gold.js';

const ROOT = path.resolve('tests/fixtures');
const SETS = readdirSync(ROOT).filter((d) => /^(?:train[A-Z]?|heldout\d*)$/.test(d)).sort();

describe('annotated fixture sets', () => {
  it('include the training set and every held-out batch', () => {
    expect(SETS).toContain('train');
    expect(SETS).toContain('trainC');
    expect(SETS).toContain('trainD');
    expect(SETS).toContain('trainE');
    expect(SETS.filter((s) => s.startsWith('heldout')).length).toBeGreaterThanOrEqual(6);
  });

  it.each(SETS)('%s: every gold file is valid against its text', (set) => {
    const dir = path.join(ROOT, set);
    const golds = readdirSync(dir).filter((f) => f.endsWith('.gold.json'));
    expect(golds.length).toBeGreaterThan(0);
    let artifacts = 0;
    for (const g of golds) {
      const file = path.join(dir, g);
      // As `mtaudit eval` loads it: the gold's JSON, its text beside it, then the checks.
      const data = parseGoldJson(readFileSync(file, 'utf8'), file);
      const text = readFileSync(path.join(dir, goldTextRef(data, file)), 'utf8');
      const gold = validateGold(data, text, file); // throws, naming the file and the artifact, when invalid
      artifacts += gold.artifacts.length;
    }
    expect(artifacts).toBeGreaterThan(golds.length * 10);
  });
});

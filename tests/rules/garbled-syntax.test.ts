/**
 * Runs the examples of the garbled-syntax rules (code rules and the pack) on their own, so
 * they can be checked while other packs change. The shared examples test runs them too.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileRuleSet, runRules, type AnyRule } from '../../src/rules/engine.js';
import { loadPack } from '../../src/rules/pack.js';
import { rules as codeRules } from '../../src/rules/code/garbled-syntax/index.js';
import { Doc } from '../../src/text/document.js';
import { sharedTagger } from '../helpers/tagger.js';
import { applyFirst, unmark } from '../helpers/examples.js';

const pack = loadPack(readFileSync(new URL('../../src/rules/packs/garbled-syntax.yaml', import.meta.url), 'utf8'), 'packs/garbled-syntax.yaml');
const all: AnyRule[] = [...codeRules, ...pack];
const everything = compileRuleSet(all);
const run = (text: string, set = everything) => runRules(new Doc(text, sharedTagger()), set);

describe.each(all.map((r) => [r.meta.id, r] as const))('%s', (_id, rule) => {
  const set = compileRuleSet([rule]);
  it.each(rule.meta.examples.bad.map((b) => [b.text, b] as const))('flags: %s', (_t, bad) => {
    const { text, start, end } = unmark(bad.text);
    const found = run(text, set);
    expect(found.map((f) => [f.start, f.end])).toEqual([[start, end]]);
    if (bad.output !== undefined) expect(applyFirst(text, found[0]!)).toBe(bad.output);
  });
  it.each(rule.meta.examples.good.map((g) => [g] as const))('passes: %s', (good) => {
    expect(run(good, set)).toEqual([]);
  });
});


describe('garbled-syntax rules together', () => {
  it.each([
    'Prices continue to climb, and the bank will act if wages keep rising.',
    'Foreign platforms must respect Russian law, the Kremlin said.',
    'Nine were children, none of whom had been vaccinated.',
    'Consumer spending accounts for more than half of the economy.',
    'The fee makes the 23-year-old the most expensive sale in the club’s history.',
    'The regulator will slow the app if the company does not comply by the end of the month.',
    '“We have been following him for two seasons,” the manager said.',
    'Measles is a disease that we know how to prevent.',
    'Moscow expected Washington to present a platform and to be ready for discussion.',
    'He will sign a five-year contract, and the club also signed two defenders.',
    'Reporters asked if he will attend the summit, and he said he would do all he can to help.',
    'The fact that we can prevent it is important.',
  ])('stays quiet on clean copy: %s', (text) => {
    expect(run(text).map((f) => `${f.ruleId}: ${f.text}`)).toEqual([]);
  });

  it('flags the seed patterns in one paragraph', () => {
    const text =
      'Prices keep to climb, and platforms must to respect the law. ' +
      'Spending accounts more than half for the economy, and we are following him for two seasons.';
    expect(run(text).map((f) => f.text)).toEqual(['keep to climb', 'must to respect', 'accounts more than half for', 'are following']);
  });
});

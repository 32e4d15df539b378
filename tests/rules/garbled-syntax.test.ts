/**
 * The garbled-syntax rules (code rules and the pack) together on paragraphs and clean copy.
 * Each rule's own examples run in tests/rules/examples.test.ts (`-t <rule id>` runs one).
 */
import { describe, expect, it } from 'vitest';
import { rules as codeRules } from '../../src/rules/code/garbled-syntax/index.js';
import { loadBuiltinPack, rulesRunner } from '../helpers/rule-tests.js';

const run = rulesRunner([...codeRules, ...loadBuiltinPack('garbled-syntax')]);

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

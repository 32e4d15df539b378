/**
 * The garbled-syntax rules comparative-for-superlative, verb-then-not, postposed-superlative, expected-that-present,
 * initial-passive-verb, fronted-object-comma and relative-bare-noun-for-whose beyond their own
 * examples: other members of each class, and clean English near misses that must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/rules/code/garbled-syntax/index.js';
import { rulesRunner } from '../helpers/rule-tests.js';

const IDS = new Set(['comparative-for-superlative', 'verb-then-not', 'postposed-superlative', 'expected-that-present', 'initial-passive-verb', 'fronted-object-comma', 'relative-bare-noun-for-whose']);
const run = rulesRunner(rules.filter((r) => IDS.has(r.meta.id)));

describe('stop-11 garbled-syntax rules: artifacts', () => {
  const cases: ReadonlyArray<readonly [string, string, string]> = [
    ['verb-then-not', 'The president signed not the decree on Friday.', 'signed not'],
    ['verb-then-not', 'The committee found not any evidence of fraud.', 'found not'],
    ['postposed-superlative', 'The company built the factory biggest in Europe.', 'the factory biggest'],
    ['postposed-superlative', 'The army deployed the tanks most modern of its arsenal.', 'the tanks most modern'],
    ['expected-that-present', 'It is predicted that the population doubles by 2050.', 'It is predicted that the population doubles'],
    ['expected-that-present', 'It was expected that the company cuts 2,000 jobs.', 'It was expected that the company cuts'],
    ['initial-passive-verb', 'Would be released next month the final report.', 'Would be released'],
    ['initial-passive-verb', 'Can be bought from Monday the new tickets.', 'Can be bought'],
    ['fronted-object-comma', 'New cars, dealers sold at a loss last year.', 'New cars, dealers sold'],
    ['relative-bare-noun-for-whose', 'We spoke to the residents who houses were flooded.', 'who houses'],
    ['comparative-for-superlative', 'Bilbao has the more modern port in the region.', 'the more modern'],
    ['initial-passive-verb', 'Will open next week in Lyon the new terminal.', 'Will open'],
    ['relative-bare-noun-for-whose', 'The hospital treated the patients that names were not released.', 'that names'],
  ];
  it.each(cases)('%s: %s', (id, text, span) => {
    expect(run(text).map((f) => [f.ruleId, f.text])).toEqual([[id, span]]);
  });
});

describe('stop-11 garbled-syntax rules: clean English stays quiet', () => {
  const clean = [
    'The government intends not to raise taxes.',
    'Our greatness lies not in our government but in our people.',
    'I know not what others may do.',
    'The jury found him not guilty.',
    'The people most affected by the floods were farmers.',
    'It is the team most likely to win the league.',
    'It is expected that applicants have a degree.',
    'It is expected that the economy will grow.',
    'Will the bridge be closed next week?',
    'Was concerned about the future.',
    'Last year, farmers sold by auction.',
    'Prices, they found, rose by 4 percent.',
    'The council told residents that homes were destroyed.',
    'These are the homes that residents were forced to leave.',
    'The ministry said in a statement that prices were cut.',
    'It was in 2019 that rules were changed.',
    'Of the two ports, Bilbao has the more modern one.',
    'The more advanced economies of the world grew slowly.',
    'Will you sign the deal next week?',
  ];
  it.each(clean)('%s', (text) => expect(run(text).map((f) => `${f.ruleId}: ${f.text}`)).toEqual([]));
});

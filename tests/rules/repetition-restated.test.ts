/**
 * The repetition rules tripled-idiom and restated-adverbial beyond their own examples: other
 * members of the classes (a reduplicated idiom with one link too many; a word followed by a
 * phrase that restates it) and clean English that looks like them.
 */
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/rules/code/repetition/index.js';
import { fixedCaseTests, rulesRunner } from '../helpers/rule-tests.js';

const run = rulesRunner(rules.filter((r) => r.meta.id === 'tripled-idiom' || r.meta.id === 'restated-adverbial'));

describe('tripled-idiom and restated-adverbial: artifacts', () => {
  fixedCaseTests(run, [
    ['tripled-idiom', 'Water levels fell inch by inch by inch over the week.', 'inch by inch by inch', 'Water levels fell inch by inch over the week.'],
    ['tripled-idiom', 'Demand recovered day by day by day.', 'day by day by day', 'Demand recovered day by day.'],
    ['tripled-idiom', 'The ministers sat shoulder to shoulder to shoulder.', 'shoulder to shoulder to shoulder', 'The ministers sat shoulder to shoulder.'],
    ['restated-adverbial', 'The city handed out masks for free, free of charge.', 'for free, free of charge', 'The city handed out masks for free.'],
    ['restated-adverbial', 'The decision is clear, crystal clear, the minister said.', 'clear, crystal clear', 'The decision is clear, the minister said.'],
    ['restated-adverbial', 'The plant makes 40 tonnes per day daily.', 'per day daily', 'The plant makes 40 tonnes per day.'],
    ['restated-adverbial', 'Families returned home progressively step by step.', 'progressively step by step', 'Families returned home progressively.'],
    ['restated-adverbial', 'The strike spread nationwide across the country.', 'nationwide across the country', 'The strike spread nationwide.'],
    ['restated-adverbial', 'The deal was eventually in the end signed in Rome.', 'eventually in the end', 'The deal was eventually signed in Rome.'],
    ['restated-adverbial', 'The minister has repeatedly again and again denied the claims.', 'repeatedly again and again', 'The minister has repeatedly denied the claims.'],
  ]);
});

describe('tripled-idiom and restated-adverbial: clean English stays quiet', () => {
  const clean = [
    'Year after year after year, the deficit grew.',
    'They went from door to door to door asking for votes.',
    'Finally, at last, the bill passed.',
    'Entry is free of charge on Sundays.',
    'It is almost every day, daily in summer.',
    'The firm is new, brand new to the market, and small.',
    'He works abroad, overseas markets being his speciality.',
    'Altogether in all areas the trend held.',
    'The museum opens daily. Every day at noon a guide leads a tour.',
    'They moved step by step, one by one, into the hall.',
    '“It is free, free of charge,” the mayor said.',
  ];
  it.each(clean)('%s', (text) => expect(run(text).map((f) => f.text)).toEqual([]));
});

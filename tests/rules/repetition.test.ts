/**
 * The repetition code rules beyond their own examples: variants of doubled words and phrases,
 * and clean English that repeats on purpose (grammar, emphasis, idiom, names), which must stay
 * quiet.
 */
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/rules/code/repetition/index.js';
import { fixedCaseTests, rulesRunner } from '../helpers/rule-tests.js';

const run = rulesRunner(rules);

describe('repetition rules: artifacts', () => {
  const cases: ReadonlyArray<readonly [string, string, string, string]> = [
    // [rule id, damaged text, flagged span, text after the fix]
    ['repeated-phrase', 'The bank has kept rates low for for years.', 'for for', 'The bank has kept rates low for years.'],
    ['repeated-phrase', 'Exports fell by by 3 percent.', 'by by', 'Exports fell by 3 percent.'],
    ['repeated-phrase', 'The government of of Japan said it would act.', 'of of', 'The government of Japan said it would act.'],
    ['repeated-phrase', 'He was elected in 2019, in 2019, with a large majority.', 'in 2019, in 2019', 'He was elected in 2019, with a large majority.'],
    ['repeated-phrase', 'Inflation stayed high this year, this year, despite the hikes.', 'this year, this year', 'Inflation stayed high this year, despite the hikes.'],
    ['repeated-phrase', 'The police arrested at least at least 20 people.', 'at least at least', 'The police arrested at least 20 people.'],
    ['repeated-phrase', 'Talks will continue on Monday on Monday in Geneva.', 'on Monday on Monday', 'Talks will continue on Monday in Geneva.'],
    ['repeated-phrase', 'The the ministry denied the report.', 'The the', 'The ministry denied the report.'],
    ['repeated-phrase', 'He said that the the plan was dead.', 'the the', 'He said that the plan was dead.'],
    ['repeated-phrase', 'Prices have risen sharply in recent months, in recent months, analysts said.', 'in recent months, in recent months', 'Prices have risen sharply in recent months, analysts said.'],
    ['repeated-adverb', 'The ministry also rejected also the claims.', 'also rejected also', 'The ministry also rejected the claims.'],
    ['repeated-adverb', 'Investors will carefully study carefully the report.', 'carefully study carefully', 'Investors will carefully study the report.'],
    ['repeated-adverb', 'The army already withdrew already its troops.', 'already withdrew already', 'The army already withdrew its troops.'],
    ['repeated-noun-of', 'The supply of arms of Western arms continued.', 'arms of Western arms', 'The supply of Western arms continued.'],
    ['repeated-noun-of', 'The price of tickets of concert tickets doubled.', 'tickets of concert tickets', 'The price of concert tickets doubled.'],
  ];
  fixedCaseTests(run, cases);
});

describe('repetition rules: clean English stays quiet', () => {
  const clean: readonly string[] = [
    'Morimoto said that that was only one factor.',
    'By then the bank had had enough of the weak yen.',
    'It was a very, very difficult year.',
    'There were many, many people in the square.',
    'We tried again and again to reach them.',
    'More and more families are leaving the region.',
    'The queues grew longer and longer.',
    'Bit by bit, the town was rebuilt, house by house.',
    'They fought side by side, day after day, year after year.',
    'The leaders met face to face.',
    'Walla Walla is a city in Washington.',
    'He moved to New York, New York, in 1990.',
    'Boutros Boutros-Ghali led the United Nations.',
    'The score was 1 1 at the break, officials said.',
    '"No, no, no," the coach said.',
    '“We will never give up, we will never give up,” she told the crowd.',
    '“It was hard, very hard.”',
    'If you put energy into the universe, the universe will curve.',
    'After the election, the election commission certified the result.',
    'What it is is a simple question of money.',
    'What the bank did was was unusual.'.replace('was was', 'was'),
    'They do not spend much, but what they do do is targeted.',
    'She handed her her passport.',
    'Never say never, he said.',
    'The firm closely watched, closely questioned and finally hired him.',
    'She also said she also plans to run.',
    'The ministry said it also expects the talks also to cover energy.',
    'Over and over, the message was the same.',
    'The weekly magazine comes out weekly.',
    'He is the king of kings.',
    'The weapons of mass destruction were never found.',
    'Hundreds of thousands of people marched.',
    'In Paris, Paris Saint-Germain fans celebrated.',
    'The Hong Kong-Macau bridge opened.',
    'Thank you, thank you so much, the singer said.',
    'The talks, the talks, the talks: that is all they do.',
    'He said he would come, and he did come.',
    'The people who have, have more.',
    'The bye bye song and the zoom zoom ad ran again.',
    'Turnout was high in the in-person vote.',
    'They logged in in the morning and out in the evening.',
    'The cat ran down down the hill.'.replace('down down', 'down'),
    'Hear, hear, the members said.',
    'It was the last season, last year.',
  ];
  it.each(clean)('quiet: %s', (text) => {
    expect(run(text).map((f) => `${f.ruleId}: ${f.text}`)).toEqual([]);
  });
});

describe('inQuotation', () => {
  it('answers for each text, in any order (its per-text cache must not mix them)', async () => {
    const { inQuotation } = await import('../../src/rules/code/repetition/lib/context.js');
    const a = 'He said “yes and no” then left.';
    const b = 'No quote here at all, none.';
    const c = 'A "straight\nquote" spans a line.';
    expect(inQuotation(a, a.indexOf('and'))).toBe(true);
    expect(inQuotation(b, b.indexOf('here'))).toBe(false);
    expect(inQuotation(a, a.indexOf('then'))).toBe(false);
    expect(inQuotation(c, c.indexOf('straight'))).toBe(true);
    expect(inQuotation(c, c.indexOf('spans'))).toBe(true);
    expect(inQuotation(c, c.indexOf('quote"'))).toBe(false);
  });
});

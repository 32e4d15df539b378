/**
 * The article rules (code rules and the article pack) together on paragraphs and clean copy.
 * Each rule's own examples run in tests/rules/examples.test.ts (`-t <rule id>` runs one).
 */
import { describe, expect, it } from 'vitest';
import { rules as codeRules } from '../../src/rules/code/article/index.js';
import { loadBuiltinPack, rulesRunner } from '../helpers/rule-tests.js';

const run = rulesRunner([...codeRules, ...loadBuiltinPack('article')]);

describe('article rules together', () => {
  it.each([
    'The Kremlin’s spokesman said in a statement that talks would resume at the end of the year.',
    'The disinformation spread on social networks was blamed for the drop.',
    'Kremlin spokesman Andrei Sokolov told reporters the courts were independent.',
    'Thursday’s penalty is the first turnover fine imposed on a foreign platform.',
    'Most of them expect the next increase no earlier than July.',
    'The club said in a statement that he had passed a medical.',
    'Marin told a news conference in Bucharest that cases had tripled since the beginning of the year.',
    'Police said the suspect had fled the country.',
    'Newcastle are expected to present Ferreyra to fans before Saturday’s opener.',
    'At the same time, the White House said it had no comment.',
    'The minister said in a televised address that the talks would resume in the near future.',
    'According to a report by the central bank, inflation slowed at the end of the year.',
    'The text of the agreement has not been published, and details of the deal are secret.',
    'The quake struck at a depth of 10 km in the north of the country.',
    'Climate change is a threat, and in practice the rule is rarely enforced.',
    'Moscow said the decision was final; Moscow’s envoy left.',
    'The Ukrainian side proposed talks with the Russian delegation.',
    'It was an unusual decision by a university and an honest man.',
    'Inflation rose to the highest level since 2008 in the US.',
    'Troops crossed the river at dawn and the law was passed in 2019.',
  ])('stays quiet on clean copy: %s', (text) => {
    expect(run(text).map((f) => `${f.ruleId}: ${f.text}`)).toEqual([]);
  });

  it('flags the seed patterns in one paragraph', () => {
    const text =
      'Kremlin’s spokesman said in statement that the talks would start at the beginning of year. ' +
      'The yen rose in the afternoon trade, and the most of them expect a hike.';
    const ids = run(text).map((f) => f.ruleId);
    expect(ids).toEqual([
      'institution-without-the',
      'missing-article-in-phrase',
      'missing-article-in-phrase',
      'extra-article',
      'extra-article',
    ]);
  });

  it('flags the general classes in one paragraph', () => {
    const text =
      'The minister said in televised address that the text of agreement was ready. ' +
      'Ukrainian side said the quake struck at depth of 10 km in north of the country. ' +
      'We must protect the nature, and in the practice, the plan failed in the 2019. ' +
      'Prices rose to highest level as a investigation began.';
    expect(run(text).map((f) => f.text)).toEqual([
      'televised', 'agreement', 'Ukrainian side', 'depth', 'north', 'the nature', 'the practice', 'the 2019', 'highest', 'a',
    ]);
  });
});

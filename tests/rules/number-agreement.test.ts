/**
 * The number-agreement rules (code rules and the pack) together on paragraphs and clean copy.
 * Each rule's own examples run in tests/rules/examples.test.ts (`-t <rule id>` runs one).
 */
import { describe, expect, it } from 'vitest';
import { rules as codeRules } from '../../src/rules/code/number-agreement/index.js';
import { loadBuiltinPack, rulesRunner } from '../helpers/rule-tests.js';

const run = rulesRunner([...codeRules, ...loadBuiltinPack('number-agreement')]);

describe('number-agreement rules together', () => {
  it.each([
    'Official data shows wages rising at the fastest pace in three decades.',
    'Marin is due to give a talk to family doctors in Cluj on Thursday.',
    'Russian and US negotiators will sit for the initial talks next year, and talks are held to discuss positions.',
    'The plaintiffs are seeking damages of 1 billion rubles.',
    'Benfica had rejected two offers from the English club in January.',
    'One of the biggest companies in the country said the number of users has tripled.',
    'Several Western platforms have been blocked after refusing to comply.',
    'He made the decision after a long conversation with his mother.',
    'Newcastle are expected to present the player before the opener.',
    'Most economists polled before the meeting had expected a hike.',
    'The separate negotiations will be held under the auspices of the OSCE.',
    'The figures show that exports fell, and the results of the survey show the same.',
    'Five years is a long time, and two million euros is a lot of money.',
    'The government have announced new measures, and the team are confident.',
    'There are reports of fighting, and there is growing concern about the dam.',
    'The storm caused damage to forests, and the court awarded damages to the families.',
    'A number of countries have joined, and each of the players has a role.',
    'Everyone is welcome, but does anyone have a ticket?',
    'Police say the suspect fled, and officials said police were slow to respond.',
    'He signed a three-year contract and a 10-year-old boy watched.',
    'Another two weeks passed before three other countries signed.',
    'The price of goods has risen, and measles is spreading.',
  ])('stays quiet on clean copy: %s', (text) => {
    expect(run(text).map((f) => `${f.ruleId}: ${f.text}`)).toEqual([]);
  });

  it('flags the seed patterns in one paragraph', () => {
    const text =
      'The court rejected the evidences, and parents can find an information online. ' +
      'The club had rejected two offer, and the number of cases have tripled.';
    expect(run(text).map((f) => f.text)).toEqual(['evidences', 'an information', 'offer', 'have']);
  });

  it('flags the general classes in one paragraph', () => {
    const text =
      'The figures shows that three other platform closed and dozens of victim were found. ' +
      'Everyone are waiting, there is reports of shelling, and the floods caused damages to crops. ' +
      'He signed a two-years deal, and the army lost two aircrafts.';
    expect(run(text).map((f) => f.text)).toEqual(['shows', 'platform', 'victim', 'are', 'is', 'damages', 'two-years', 'aircrafts']);
  });
});

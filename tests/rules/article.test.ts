/**
 * The article rules (code rules and the article pack) together on paragraphs and clean copy.
 * Each rule's own examples run in tests/rules/examples.test.ts (`-t <rule id>` runs one).
 */
import { describe, expect, it } from 'vitest';
import { rules as codeRules } from '../../src/rules/code/article/index.js';
import { compileRuleSet, runRules } from '../../src/rules/engine.js';
import type { Finding } from '../../src/rules/types.js';
import { Doc } from '../../src/text/document.js';
import { loadBuiltinPack, rulesRunner } from '../helpers/rule-tests.js';
import { sharedTagger } from '../helpers/tagger.js';

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

describe('the-generic-coordination and the-generic-prediction (suspects, run here as if the gate were open)', () => {
  const suspects = codeRules.filter((r) => r.meta.id === 'the-generic-coordination' || r.meta.id === 'the-generic-prediction');
  const set = compileRuleSet(suspects, { suspect: 'always' });
  const always = (text: string): Finding[] => runRules(new Doc(text, sharedTagger()), set);

  it.each([
    // A group the story has named: "the households" points back.
    'Many households took on debt last year. He said the households and small firms needed cheaper credit.',
    // One shared "the" over two nouns, or one head shared by both.
    'The musicians and guests gaped at the apparition on the stairs.',
    'He said the rail and bus companies would merge next year.',
    'The plan has implications for the medium and long term.',
    'She said the economic situation and business outlook were discussed.',
    // Narrowed after the coordination.
    'He said the workers and union leaders who signed the deal were pleased.',
    'She praised the cousins and young aunts of the bride.',
    // A list of definite phrases, or a bare phrase after an indefinite one.
    'He had seen all the piazzas and plazas, the places and forums.',
    'He pointed to a shortage of nurses and the long waiting lists.',
    'He praised the players, the coaches and the fans.',
    // "so that", "in order that": a purpose clause about the scene at hand.
    'He shut the gate so that the children and young pets stayed inside.',
    // Predictions about a known body, a passive, a named group, a narrowed one.
    'She said the authorities would investigate the fire.',
    'They said the talks would resume on Monday.',
    'He said the troops would be moved unless conditions improved.',
    'The bank lost 2,000 clients. Consumer groups warned that the clients would pay higher fees.',
    'He said the investors who bought the bonds would lose money.',
    'It was a city ordinance that the statues cannot be climbed on.',
  ])('stays quiet on clean copy: %s', (text) => {
    expect(always(text).map((f) => `${f.ruleId}: ${f.text}`)).toEqual([]);
  });

  it('flags a general class coordinated with a bare one, and a class in a reported prediction', () => {
    const text =
      'The central bank cut its rate, saying the households and small firms needed cheaper credit. ' +
      'The company blamed high prices of energy, the cheap imports from Asia and weak demand. ' +
      'Unions warned that the pensioners would lose out.';
    expect(always(text).map((f) => `${f.ruleId}: ${f.text} -> ${f.suggestions[0]}`)).toEqual([
      'the-generic-coordination: the households -> households',
      'the-generic-coordination: the cheap imports -> cheap imports',
      'the-generic-prediction: the pensioners -> pensioners',
    ]);
  });

  it('stays quiet in a story with no other sign of translation (the gate is shut)', () => {
    const text = 'The central bank cut its rate on Tuesday, saying the households and small firms needed cheaper credit. Unions warned that the pensioners would lose out.';
    expect(run(text).filter((f) => f.ruleId.startsWith('the-generic-c') || f.ruleId === 'the-generic-prediction')).toEqual([]);
  });
});

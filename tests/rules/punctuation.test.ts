/**
 * The punctuation code rules beyond their own examples: variants of each artifact class, and
 * clean wire copy that looks close to one and must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { compileRuleSet, runRules } from '../../src/rules/engine.js';
import { rules } from '../../src/rules/code/punctuation/index.js';
import { Doc } from '../../src/text/document.js';
import { sharedTagger } from '../helpers/tagger.js';
import { applyFirst } from '../helpers/examples.js';

const set = compileRuleSet(rules);
const run = (text: string) => runRules(new Doc(text, sharedTagger()), set);
const fixAll = (text: string): string => {
  let out = text;
  for (const f of [...run(text)].reverse()) out = applyFirst(out, f);
  return out;
};

describe('punctuation rules: artifacts', () => {
  const cases: ReadonlyArray<readonly [string, string, string]> = [
    // [rule id, damaged text, text after the fixes]
    ['quote-direction', '“There will be no deal without guarantees. “Peskov told reporters.', '“There will be no deal without guarantees.” Peskov told reporters.'],
    ['quote-direction', '“We are open to dialogue, “ the spokeswoman said on Friday.', '“We are open to dialogue,” the spokeswoman said on Friday.'],
    ['quote-direction', 'The agency said ”the situation is under control” on Sunday.', 'The agency said “the situation is under control” on Sunday.'],
    ['quote-direction', '"Nobody wants a war, "the minister said.', '"Nobody wants a war," the minister said.'],
    ['quote-direction', '“We will respond to any provocation!“ Zakharova wrote.', '“We will respond to any provocation!” Zakharova wrote.'],
    ['quote-spacing', '"The team played well," the coach said. " We must keep going."', '"The team played well," the coach said. "We must keep going."'],
    ['quote-spacing', 'He described the offer as " generous " and accepted it.', 'He described the offer as "generous" and accepted it.'],
    ['quote-spacing', '“ Prices will fall next year,” the governor said.', '“Prices will fall next year,” the governor said.'],
    ['quote-spacing', '"We will not give up,"he said.', '"We will not give up," he said.'],
    ['foreign-quote-marks', 'The ministry called the claims «absurd» on Tuesday.', 'The ministry called the claims “absurd” on Tuesday.'],
    ['foreign-quote-marks', 'The party called it „a black day for democracy“.', 'The party called it “a black day for democracy”.'],
    ['decimal-comma', 'Unemployment fell to 5,4 percent in March.', 'Unemployment fell to 5.4 percent in March.'],
    ['decimal-comma', 'The deal is worth 2,3 billion euros.', 'The deal is worth 2.3 billion euros.'],
    ['decimal-comma', 'The storm dropped 120,5 millimetres of rain.', 'The storm dropped 120.5 millimetres of rain.'],
    ['decimal-comma', 'The state will spend $4,2 million on roads.', 'The state will spend $4.2 million on roads.'],
    ['thousands-point', 'About 15.000 people attended the rally.', 'About 15,000 people attended the rally.'],
    ['thousands-point', 'Offenders face fines of up to 5.000 euros.', 'Offenders face fines of up to 5,000 euros.'],
    ['thousands-point', 'The country has 1.200.000 registered voters.', 'The country has 1,200,000 registered voters.'],
    ['space-before-punctuation', 'The minister , who spoke on Monday , denied it .', 'The minister, who spoke on Monday, denied it.'],
    ['space-before-punctuation', 'Will the talks succeed ? Nobody knows .', 'Will the talks succeed? Nobody knows.'],
    ['doubled-punctuation', 'The vote was postponed,, officials said.', 'The vote was postponed, officials said.'],
    ['missing-space-after-punctuation', 'Turnout was low,officials said.', 'Turnout was low, officials said.'],
  ];
  it.each(cases)('%s: %s', (id, damaged, fixed) => {
    const found = run(damaged);
    expect(found.map((f) => f.ruleId)).toContain(id);
    expect(found.every((f) => f.ruleId === id)).toBe(true);
    expect(fixAll(damaged)).toBe(fixed);
    expect(run(fixed)).toEqual([]);
  });
});

describe('punctuation rules: clean copy stays quiet', () => {
  const clean: readonly string[] = [
    '“We don’t want a war,” Lavrov said. “We want guarantees.”',
    '“This is the first paragraph of a long statement.\n“This is the second, which reopens the quotation,” he said.',
    '“The talks were useful.\nBut much remains to be done,” Peskov said.',
    '"Sport knows no bounds.\nIt brings nations together," reads the letter.',
    'He called the strike a "red line" and left.',
    'The so-called “special military operation” will continue, the Kremlin said.',
    'She said the plan was “dead on arrival.” “It will not pass,” she added.',
    'He asked: "Who will pay for this?"',
    '"Why does it do this," I hear you ask.',
    'The film "Oppenheimer" won; "Barbie" did not.',
    'The bureau said: "The storm is weakening."\nIt will reach land on Friday.',
    'The ’90s were different, he said, recalling the ‘good old days’.',
    'More than 4,100 cases and 11 deaths were recorded.',
    'The rate rose to 0.75 percent, the highest in 30 years.',
    'The Nikkei 225 fell 0.8 percent to 38,120.5 points.',
    'The euro fell to 1.085 dollars, its lowest since May.',
    'The leu traded at 4.975 lei to the euro.',
    'Chapters 2,3 and 4 deal with the war.',
    'It was 10.30am when the first shots were heard.',
    'The vote was 52.5 percent in favour.',
    'He paid $3.5 million for the house.',
    'The 2.000-year-old temple was damaged.',
    'The score was 2-1 after extra time.',
    'The company, Acme Inc., said it would appeal.',
    'The list goes on... and on.',
    'Prices rose 3%, the statistics office said.',
    'Visit www.example.com/news for more.',
    'The U.S. Treasury and the E.U. agreed.',
    'Tokyo: The Bank of Japan raised its rate.',
    'At 1.30pm the train left.',
    '“Is it over?” she asked. “No,” he said.',
    'He wrote "Lisbon will always be my second home," and signed off.',
    'On the right side, [0,0] input is 1 output.',
    'It has a 1.5-liter engine and costs €12,500.',
    'The report (page 4) is due.',
  ];
  it.each(clean)('quiet: %s', (text) => {
    expect(run(text).map((f) => `${f.ruleId}: ${f.text}`)).toEqual([]);
  });
});

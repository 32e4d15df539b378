/**
 * The metonym-pronoun rules beyond their own examples (those run, each rule on its own, in
 * tests/rules/examples.test.ts): whole paragraphs where the antecedent is in another sentence,
 * and silence on clean news copy that is full of institutions and pronouns.
 */
import { describe, expect, it } from 'vitest';
import { compileRuleSet, runRules } from '../../src/rules/engine.js';
import { rules } from '../../src/rules/code/metonym-pronoun/index.js';
import { Doc } from '../../src/text/document.js';
import { sharedTagger } from '../helpers/tagger.js';
import { loadMetonymLexicon } from '../../src/data/metonym-lexicon.js';

const set = compileRuleSet(rules);
const run = (text: string) => runRules(new Doc(text, sharedTagger()), set);
const flagged = (text: string) => run(text).map((f) => `${f.ruleId}:${f.text}`);

describe('metonym-pronoun across sentences', () => {
  it('flags a sentence-initial pronoun whose only antecedent is the ministry before it', () => {
    const text =
      'Bucharest: The Foreign Ministry issued a formal protest on Monday. She said the remarks were unacceptable and demanded an apology.';
    expect(flagged(text)).toEqual(['institution-gendered-pronoun:She']);
    expect(run(text)[0]!.suggestions[0]).toBe('It');
  });

  it('reads a continent as no person: "Africa’s largest producer" leaves a later "he" to the institution', () => {
    const text = [
      'Ethiopia, Africa’s largest coffee producer, earns about a third of its export revenue from the crop.',
      'The State Debt Management Centre said he would sell fewer short-term bills.',
    ].join('\n');
    expect(flagged(text)).toEqual(['institution-gendered-pronoun:he']);
  });

  it('learns an institution from an appositive and flags it later', () => {
    const text = [
      'The fine was requested by Rospotrebnadzor, the consumer protection agency, after an inspection in March.',
      'Rospotrebnadzor said he would inspect every branch of the chain before the end of the year.',
    ].join('\n');
    expect(flagged(text)).toEqual(['institution-gendered-pronoun:he']);
  });

  it('learns a club from "club X" and flags her statement, leaving British "who" alone', () => {
    const text = [
      'Paraguayan club Olimpia confirmed the transfer of the defender on Friday.',
      'Olimpia, who won the league last year, said in her statement that the fee was a club record.',
    ].join('\n');
    expect(flagged(text)).toEqual(['institution-gendered-pronoun:her']);
  });

  it('flags a country and a capital in one paragraph, and the relative "who" of a bank', () => {
    const text = [
      'Turkey has closed the straits to warships, the foreign ministry said on Tuesday.',
      'Ankara and her partners in NATO have discussed the decision for weeks.',
      'Finance Minister Mehmet Simsek said the budget would be balanced. The central bank, who is independent, declined to comment.',
    ].join('\n');
    expect(flagged(text)).toEqual(['institution-gendered-pronoun:her', 'institution-who:who']);
  });

  it('keeps quiet when a person named in the sentence before is the antecedent', () => {
    const text = [
      'A Moscow court on Tuesday sentenced opposition activist Ivan Petrov to eight years in prison.',
      'The court said he had organised an extremist group. Petrov, who denies the charges, said he would appeal.',
      'His lawyer told reporters the verdict was politically motivated.',
    ].join('\n');
    expect(flagged(text)).toEqual([]);
  });
});

describe('metonym-pronoun stays quiet on clean news copy', () => {
  const clean: readonly string[] = [
    'A 34-year-old man was seriously injured in the blast on Saturday. The hospital said he was in a stable condition on Sunday.',
    'Manchester United have signed the Brazilian winger for 60 million pounds. The club said he had signed a five-year contract. United, who finished third last season, beat Arsenal to his signature.',
    'Bank of England Governor Andrew Bailey said the bank would not hesitate to raise rates. He said inflation was still too high.',
    'Volkswagen chief executive Oliver Blume said the company would cut costs. The carmaker said in a statement that it expected sales to fall. Blume, who took over last year, said he was confident.',
    'Washington has warned Moscow against any escalation. Secretary of State Antony Blinken said he had spoken with his Russian counterpart.',
    'The Kremlin said Putin would attend the summit. Peskov said he did not know when the talks would take place.',
    "Ireland's finance minister said he expected the economy to grow by 4 percent.",
    "The company's founder, who stepped down in 2020, said he was proud of what the firm had achieved.",
    "Germany's foreign ministry summoned the ambassador. A ministry spokeswoman said she could not comment further.",
    'Tokyo Electric Power said it would release the water next month. Its president said he regretted the delay.',
    'The European Commission fined Google 2.4 billion euros. Competition Commissioner Margrethe Vestager said she would not hesitate to act again.',
    'The government has approved the budget. Finance Minister Christian Lindner said his ministry would publish the details on Friday.',
    'Police arrested a 45-year-old man on Monday. The court heard he had been drinking before the crash.',
    'The central bank kept rates on hold. Governor Kazuo Ueda told a news conference he saw no need to change course.',
    'The White House said the president would travel to Japan. Press secretary Karine Jean-Pierre said she had no details.',
    'The club confirmed that its captain had suffered a knee injury. He will miss the rest of the season, the club said.',
    'A former official of the ministry was charged with bribery on Friday. The prosecutor’s office said he faced up to ten years in prison.',
    'Maria Sharapova said she would retire. The Russian, who won five grand slam titles, thanked her fans.',
    'France, who have won the tournament twice, face Italy on Saturday, and Germany will go through if they beat Spain.',
    'Iran will face more sanctions if it continues to enrich uranium, the foreign ministers said.',
    '“We will not give in to blackmail,” she told the parliament in Warsaw. Poland has taken in more than a million refugees.',
    'After two decades at the bank, he left to start his own fund.',
    'The ministry appointed her as its new spokeswoman in March.',
    'Kenya’s president said the government would review the tax. He told parliament that his cabinet had agreed.',
    'Jordan’s King Abdullah said his country would not accept any forced displacement.',
    'The company hired him as chief executive in 2019, and the board renewed his contract last year.',
    'China’s commerce ministry said on Thursday that it would impose tariffs, and its spokesman He Yadong said Beijing would respond.',
    'The agency said the suspect, a 29-year-old Syrian, had entered Germany in 2015. He was arrested in Berlin.',
    'The court ordered that he be released on bail. His lawyer said the charges would be dropped.',
    'Speaking in Brussels, the NATO chief said the alliance would respond and that he had spoken to the Turkish president.',
    'Microsoft co-founder Bill Gates said he had left the company’s board to focus on his foundation.',
    'The Fed raised interest rates again on Wednesday. Chair Jerome Powell said he expected one more increase this year.',
    'The UN Security Council met on Friday at the request of Russia, whose envoy said he would veto any resolution.',
    'Ukraine and its allies have asked the court to rule before the end of the year.',
    'Rescuers pulled a woman from the rubble on Tuesday. The hospital in Antakya said she had suffered only minor injuries.',
  ];
  it.each(clean.map((c) => [c] as const))('%s', (text) => {
    expect(flagged(text)).toEqual([]);
  });
});

describe('metonym-pronoun word lists', () => {
  const lex = loadMetonymLexicon();
  const kind = (name: string) => lex.names.get(name.split(' ')[0]!)?.find((n) => n.tokens.join(' ') === name);

  it('reads countries and capitals from world-countries', () => {
    expect(kind('Moscow')).toMatchObject({ kind: 'place', cls: 'capital' });
    expect(kind('Washington')).toMatchObject({ kind: 'place', cls: 'capital' });
    expect(kind('Japan')).toMatchObject({ kind: 'place', cls: 'country' });
    expect(kind('Russian Federation')).toMatchObject({ kind: 'place', cls: 'country' });
    expect(lex.capitalOf.get('Tokyo')).toBe('Japan');
    expect(lex.demonyms.get('Jordanian')).toBe('Jordan');
  });

  it('keeps spellings that are ordinary English words out', () => {
    expect(kind('Island')).toBeUndefined();
    expect(kind('Male')).toBeUndefined();
  });

  it('has institutions, head nouns, person nouns and first names', () => {
    expect(kind('Bank of Japan')).toMatchObject({ kind: 'institution', cls: 'bank' });
    expect(kind('Kremlin')).toMatchObject({ kind: 'institution', cls: 'government' });
    expect(lex.headNouns.get('ministry')).toBe('ministry');
    expect(lex.headNouns.get('club')).toBe('club');
    expect(lex.personNouns.get('spokeswoman')).toBe('f');
    expect(lex.firstNames.get('Georgia')).toBe('f');
  });
});

describe('metonym-pronoun: sentences with many mentions', () => {
  // Past 64 mentions a sentence's mentions are found by binary search on their ends; the
  // findings must be those of a short sentence.
  const many = Array.from({ length: 40 }, (_, i) => `the ports of Oslo and Rome (${i})`).join(', ');

  it('still flags a country as "he" at the end of a sentence of many names', () => {
    const text = `Ships sailed to ${many}, and Washington and his allies refused to budge.`;
    const f = run(text).filter((x) => x.ruleId === 'institution-gendered-pronoun');
    expect(f.map((x) => text.slice(x.start, x.end))).toEqual(['his']);
  });

  it('still leaves a person\'s "his" alone there', () => {
    const text = `Ships sailed to ${many}, and Peter Novak said his plan would work.`;
    expect(run(text).filter((x) => x.ruleId === 'institution-gendered-pronoun')).toEqual([]);
  });
});

/** The spans institution-gendered-pronoun flags in a text. */
function gendered(text: string): string[] {
  return run(text)
    .filter((x) => x.ruleId === 'institution-gendered-pronoun')
    .map((x) => text.slice(x.start, x.end));
}

describe('metonym-pronoun: a verb form opening a sentence is no person', () => {
  it('does not let "Compared with ..." or "Tightening the ..." stand for a person a pronoun may mean', () => {
    expect(gendered('Compared with the previous year, exports rose 18 percent. Ethiopia, the largest coffee producer in Africa, earns a third of her export revenue from the crop.')).toEqual(['her']);
    expect(gendered('Tightening the border did not help, officials said. Kenya said he would reopen the crossing.')).toEqual(['he']);
  });

  it('still takes a sentence-initial surname for a person', () => {
    expect(gendered('Manning said the plan would work. Kenya said he would reopen the crossing.')).toEqual([]);
    expect(gendered('Fielding, the coach, said the team was ready. The club said he would stay.')).toEqual([]);
  });
});

describe('metonym-pronoun: a speech tag whose only speaker is an institution', () => {
  it('flags "he added" after the institution that spoke', () => {
    expect(gendered('The group said a faulty sensor could send wrong readings. Accidents are not known, he added.')).toEqual(['he']);
  });

  it('leaves it to a person named just before, or to a quote', () => {
    expect(gendered('Spokesman Jan Berg said the recall was voluntary. The group said a sensor could fail. Accidents are not known, he added.')).toEqual([]);
    expect(gendered('Anna Berg runs the plant. The group said a sensor could fail. Accidents are not known, she added.')).toEqual([]);
    expect(gendered('The group said a sensor could fail. “Accidents are not known, he added.')).toEqual([]);
    expect(gendered('Analysts expect more recalls. Accidents are not known, he added.')).toEqual([]);
  });
});

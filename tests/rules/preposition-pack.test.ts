/**
 * The preposition rules (pack + code rules) as a whole: the pack's shape, detection on
 * sentences written for this test (not taken from any pack example or gold file), and silence
 * on clean news English that comes close to the patterns.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileRuleSet, runRules } from '../../src/rules/engine.js';
import { loadPack } from '../../src/rules/pack.js';
import { rules as codeRules } from '../../src/rules/code/preposition/index.js';
import { Doc } from '../../src/text/document.js';
import { sharedTagger } from '../helpers/tagger.js';
import { applyFirst, unmark } from '../helpers/examples.js';

const PACK = new URL('../../src/rules/packs/preposition.yaml', import.meta.url);
const pack = loadPack(readFileSync(PACK, 'utf8'), 'packs/preposition.yaml');
const set = compileRuleSet([...pack, ...codeRules]);
const run = (text: string) => runRules(new Doc(text, sharedTagger()), set);

describe('preposition pack', () => {
  it('has at least 200 entries, all of category preposition, sorted by id', () => {
    expect(pack.length).toBeGreaterThanOrEqual(200);
    for (const r of pack) expect(r.meta.category).toBe('preposition');
    const ids = pack.map((r) => r.meta.id);
    expect(ids).toEqual([...ids].sort());
  });

  it('flags tight spans: at most four words in every bad example', () => {
    for (const r of [...pack, ...codeRules]) {
      for (const b of r.meta.examples.bad) {
        const { text, start, end } = unmark(b.text);
        expect(text.slice(start, end).trim().split(/\s+/).length, `${r.meta.id}: ${b.text}`).toBeLessThanOrEqual(4);
      }
    }
  });
});

// Sentences in the style of round-tripped wire copy, each with the expected span and fix.
const ARTIFACTS: readonly [string, string][] = [
  ['The pension reform will depend [[of]] the approval of Brussels.', 'The pension reform will depend on the approval of Brussels.'],
  ['Twelve navies will participate [[at]] the exercise next month.', 'Twelve navies will participate in the exercise next month.'],
  ['Foreign ministers will [[discuss about]] the crisis in Sudan.', 'Foreign ministers will discuss the crisis in Sudan.'],
  ['The premier [[emphasized on]] the importance of unity.', 'The premier emphasized the importance of unity.'],
  ['The delegation arrived [[to]] Warsaw late on Sunday.', 'The delegation arrived in Warsaw late on Sunday.'],
  ['Several investors are interested [[for]] the state airline.', 'Several investors are interested in the state airline.'],
  ['The agency is responsible [[of]] the distribution of vaccines.', 'The agency is responsible for the distribution of vaccines.'],
  ['The drug was approved [[from]] the regulator in March.', 'The drug was approved by the regulator in March.'],
  ['Inflation reached its highest level [[since]] 15 years.', 'Inflation reached its highest level in 15 years.'],
  ['The opposition has boycotted parliament [[since]] two years.', 'The opposition has boycotted parliament for two years.'],
  ['The economy is growing [[with]] a slower pace than expected.', 'The economy is growing at a slower pace than expected.'],
  ['Parliament adopted the budget by 210 votes [[against]] 98.', 'Parliament adopted the budget by 210 votes to 98.'],
  ['The court fined the lender [[on ]]2 million euros.', 'The court fined the lender 2 million euros.'],
  ['The new law [[about]] migration enters into force in January.', 'The new law on migration enters into force in January.'],
  ['Unemployment has fallen [[at]] 6 percent.', 'Unemployment has fallen to 6 percent.'],
  ['It was the heaviest defeat [[of]] the history of the club.', 'It was the heaviest defeat in the history of the club.'],
  ['The theatre staged a free concert [[in]] the weekend.', 'The theatre staged a free concert over the weekend.'],
  ['The ruling can be appealed [[in]] 15 days.', 'The ruling can be appealed within 15 days.'],
  ['The spokesman refused to [[comment]] the report.', 'The spokesman refused to comment on the report.'],
  ['Pupils [[attending to]] private schools were sent home.', 'Pupils attending private schools were sent home.'],
  ['The vote will take place [[in]] Sunday.', 'The vote will take place on Sunday.'],
  ['The strike began [[in]] 3 March.', 'The strike began on 3 March.'],
  ['Exports grew [[with]] 4 percent in June.', 'Exports grew by 4 percent in June.'],
  ['The firm must submit its accounts [[until]] the end of May.', 'The firm must submit its accounts by the end of May.'],
  ['Markets fell amid tensions [[of]] the sanctions on oil.', 'Markets fell amid tensions over the sanctions on oil.'],
  ['The ceasefire entered [[in]] force at midnight.', 'The ceasefire entered into force at midnight.'],
  ['He was first elected [[in]] the age of 35.', 'He was first elected at the age of 35.'],
  ['The two leaders met [[at]] the sidelines of the summit.', 'The two leaders met on the sidelines of the summit.'],
  ['The region suffers [[of]] chronic drought.', 'The region suffers from chronic drought.'],
  ['The actress is married [[with]] the son of a banker.', 'The actress is married to the son of a banker.'],
  ['Police are [[investigating into]] the death of a reporter.', 'Police are investigating the death of a reporter.'],
  ['The union [[reached to]] a deal with the airline.', 'The union reached a deal with the airline.'],
  ['The centre-right won 31 [[from]] the 101 seats in the assembly.', 'The centre-right won 31 of the 101 seats in the assembly.'],
  ['Two [[from]] the wounded are in a serious condition.', 'Two of the wounded are in a serious condition.'],
  ['The gap between the two candidates [[was of]] only 12,000 votes.', 'The gap between the two candidates was only 12,000 votes.'],
  ['Europe wants to reduce its dependence [[from]] Russian energy.', 'Europe wants to reduce its dependence on Russian energy.'],
  ['Winds of [[until]] 140 km/h uprooted trees in Galati.', 'Winds of up to 140 km/h uprooted trees in Galati.'],
  ['Smugglers face [[until]] eight years in prison.', 'Smugglers face up to eight years in prison.'],
  ['The president is on an official visit [[in]] Japan.', 'The president is on an official visit to Japan.'],
  ['The team lost [[with ]]0-3 at home.', 'The team lost 0-3 at home.'],
  ['The match ended [[with]] a goalless draw.', 'The match ended in a goalless draw.'],
  ['The club is [[on the]] third place in the league.', 'The club is in third place in the league.'],
  ['The number of unemployed grew [[with]] 12,000 in May.', 'The number of unemployed grew by 12,000 in May.'],
  ['The euro depreciated [[with]] 2 percent against the dollar.', 'The euro depreciated by 2 percent against the dollar.'],
  ['He was arrested [[for]] suspicion of fraud.', 'He was arrested on suspicion of fraud.'],
  ['The plan is composed [[by]] four pillars.', 'The plan is composed of four pillars.'],
  ['She ran the clinic [[during]] thirty-two years in the mountains.', 'She ran the clinic for thirty-two years in the mountains.'],
  ['The government stepped up the fight [[with]] smuggling.', 'The government stepped up the fight against smuggling.'],
  ['The firm failed to comply [[to]] EU sanctions.', 'The firm failed to comply with EU sanctions.'],
  ['The army is preparing [[to]] the winter campaign.', 'The army is preparing for the winter campaign.'],
];

// Clean news English near the patterns: every finding here is a false alarm.
const CLEAN: readonly string[] = [
  'Nurses were attending to the injured in the corridor.',
  'He is married with two children and lives in Porto.',
  'The team arrived to find the pitch flooded.',
  'Rates have not changed since 2019.',
  'Prices have risen since the war began two years ago.',
  'The plant closed 30 years ago and has been empty since.',
  'It was the first strike since 1995.',
  'Shares fell 2 percent in Monday trading.',
  'Turnout was low in Sunday’s election.',
  'The law will take effect in July 2026.',
  'Prices of fresh food rose 4 percent.',
  'The government capped prices on fuel last year.',
  'The economy grew at 2 percent in the quarter.',
  'The economy shrank at a 2 percent annual rate.',
  'Workers are unhappy with the current pace of reform.',
  'Pensions will rise with the rate of inflation.',
  'The motion received 12 votes against and 3 abstentions.',
  'The club was fined for fielding an ineligible player.',
  'The fine was paid on Monday.',
  'There is nothing in the law about private drones.',
  'Coverage stood at 78 percent in April.',
  'The level recommended by the World Health Organization is 95 percent.',
  'The data was requested from the ministry in May.',
  'Paris is the fashion capital of the world.',
  'It was the worst period of its history, and the longest.',
  'The hospital was busy over the weekend.',
  'The story ran in the weekend edition.',
  'The appeal will be heard in March.',
  'He will return in 30 days.',
  'Troops must stay until the end of the mission.',
  'Talks went on until midnight.',
  'The company did not comply until Friday.',
  'A spokesman declined to comment.',
  'The ministry did not comment on the report.',
  'He tied a knot in the end of the rope.',
  'In the end, the bank held rates.',
  'The attack at the border killed three soldiers.',
  'She depends on her pension.',
  'It all depends on the weather.',
  'The results depend a great deal on turnout.',
  'The board discussed about 20 proposals.',
  'The firm announced about 300 job cuts.',
  'He took part in the talks at the invitation of the host.',
  'Delegates will participate at the highest level.',
  'The museum is closed on weekends.',
  'On the other hand, exports grew.',
  'He took the cup from the other hand.',
  'The treaty took effect at the start of the year.',
  'The court ruled in favour of the company.',
  'Prisoners were freed in exchange for hostages.',
  'Interested parties can apply online.',
  'The ministry is responsible for food safety.',
  'Those responsible for the attack will be punished.',
  'He left the country before two years had passed.',
  'Sentences ranged from ten years to life.',
  'The maturity was extended from ten years to fifteen.',
  'The talks lasted for two years, during which nothing changed.',
  'During 16 years as party chief, he rebuilt the city.',
  'The opposition said the vote was rigged in May 2024.',
  'The summit opens in May in Brussels.',
  'He spoke at Wednesday’s meeting.',
  'The firm was fined 50,000 euros for racist chanting.',
  'The new rules differ from the old ones.',
  'The city wants to get rid of old buses.',
  'The book was translated in 1990.',
  'The party was divided on the issue.',
  'Exporters benefited from the weak yen.',
  'The experts of the commission met on Monday.',
  'He spoke at the phone company.',
  'The money was used with the approval of the board.',
  'The patient was treated at the hospital.',
  'Two from the village were killed.',
  'The party rose to 31 from 27 seats.',
  'The talks went on until 2 a.m.',
  'The ban stays in force until 2030.',
  'The two leaders were of two minds on the deal.',
  'Most of the victims were of Syrian origin.',
  'The match ended with a 1-1 draw against Leeds.',
  'Madrid won with ten men.',
  'The bill passed with 120 votes.',
  'During 16 years as party chief, he rebuilt the city.',
  'Prices fell during two years of war.',
  'Farmers battle with drought every summer.',
  'The country has been at war with cartels for years.',
  'The army is preparing to launch an offensive.',
  'The show is on next week.',
  'She graduated at the top of her class.',
  'The reaction at the scene was one of shock.',
  'The storm remains a threat for the next few days.',
];

describe('preposition rules on unseen sentences', () => {
  it.each(ARTIFACTS)('flags %s', (marked, output) => {
    const { text, start, end } = unmark(marked);
    const found = run(text).filter((f) => f.start < end && start < f.end);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual([text.slice(start, end)]);
    expect(applyFirst(text, found[0]!)).toBe(output);
  });

  it.each(CLEAN)('stays quiet on: %s', (text) => {
    expect(run(text).map((f) => `${f.ruleId}: ${f.text}`)).toEqual([]);
  });
});

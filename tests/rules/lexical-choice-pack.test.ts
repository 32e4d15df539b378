/**
 * The lexical-choice rules (pack + code rules) as a whole: the pack's shape, detection on
 * sentences written for this test (not taken from any pack example or gold file), and silence
 * on clean English that uses the same words in their English sense.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileRuleSet, runRules } from '../../src/rules/engine.js';
import { loadPack } from '../../src/rules/pack.js';
import { rules as codeRules } from '../../src/rules/code/lexical-choice/index.js';
import { Doc } from '../../src/text/document.js';
import { sharedTagger } from '../helpers/tagger.js';
import { applyFirst, unmark } from '../helpers/examples.js';

const PACK = new URL('../../src/rules/packs/lexical-choice.yaml', import.meta.url);
const pack = loadPack(readFileSync(PACK, 'utf8'), 'packs/lexical-choice.yaml');
const set = compileRuleSet([...pack, ...codeRules]);
const run = (text: string) => runRules(new Doc(text, sharedTagger()), set);

describe('lexical-choice pack', () => {
  it('has at least 150 entries, all of category lexical-choice, sorted by id', () => {
    expect(pack.length).toBeGreaterThanOrEqual(150);
    for (const r of pack) expect(r.meta.category).toBe('lexical-choice');
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

const ARTIFACTS: readonly [string, string][] = [
  ['Most strategists [[interrogated]] by the agency expect a cut.', 'Most strategists polled by the agency expect a cut.'],
  ['The winger’s [[rescission clause]] is 40 million euros.', 'The winger’s release clause is 40 million euros.'],
  ['A court in Kazan heard the case. The [[process]] lasted four hours.', 'A court in Kazan heard the case. The trial lasted four hours.'],
  ['The service [[disposes of]] nearly 8 million active users.', 'The service has nearly 8 million active users.'],
  ['Hunters can be [[amended with]] up to 3,000 lei.', 'Hunters can be fined up to 3,000 lei.'],
  ['Teachers will [[attack]] the decree before the Supreme Court.', 'Teachers will challenge the decree before the Supreme Court.'],
  ['The franc [[grew]] 0.4 percent against the euro.', 'The franc rose 0.4 percent against the euro.'],
  ['Few traders [[waited]] such a firm signal from the Fed.', 'Few traders expected such a firm signal from the Fed.'],
  ['Porto had not [[activated]] the buyout clause of the forward.', 'Porto had not triggered the buyout clause of the forward.'],
  ['The accord [[foresees]] a pay rise of 3 percent.', 'The accord provides for a pay rise of 3 percent.'],
  ['The rebels and the government will [[sit]] for talks in Nairobi.', 'The rebels and the government will sit down for talks in Nairobi.'],
  ['The [[actual]] chancellor will not seek a second term.', 'The current chancellor will not seek a second term.'],
  ['Border towns braced for [[an eventual]] offensive.', 'Border towns braced for a possible offensive.'],
  ['Hackers leaked [[sensible]] documents from the army.', 'Hackers leaked sensitive documents from the army.'],
  ['Thousands [[assisted at]] the inauguration of the bridge.', 'Thousands attended the inauguration of the bridge.'],
  ['Customs officers [[controlled]] the luggage of every passenger.', 'Customs officers checked the luggage of every passenger.'],
  ['Dairy farmers complain of unfair [[concurrence]] from imports.', 'Dairy farmers complain of unfair competition from imports.'],
  ['The money will fund professional [[formation]] for nurses.', 'The money will fund professional training for nurses.'],
  ['Brussels and Ankara agreed to open [[a new conversation]] on visas, the minister said.', 'Brussels and Ankara agreed to open new talks on visas, the minister said.'],
  ['“Poverty is not [[a fatality]],” the mayor said.', '“Poverty is not inevitable,” the mayor said.'],
  ['The opposition refused to [[provide]] any promises.', 'The opposition refused to make any promises.'],
  ['The bank [[realized]] the acquisition in two months.', 'The bank carried out the acquisition in two months.'],
  ['The central bank will tighten its monetary [[politics]].', 'The central bank will tighten its monetary policy.'],
  ['The country faces a deep [[economical]] crisis.', 'The country faces a deep economic crisis.'],
  ['Europe must cut its [[energetic]] dependence on gas.', 'Europe must cut its energy dependence on gas.'],
  ['The [[sanitary]] authorities closed the market.', 'The health authorities closed the market.'],
  ['Two [[militaries]] were wounded in the blast.', 'Two soldiers were wounded in the blast.'],
  ['The ministry [[convoked]] the Iranian ambassador.', 'The ministry summoned the Iranian ambassador.'],
  ['The carmaker will [[suppress]] 1,200 jobs in Spain.', 'The carmaker will cut 1,200 jobs in Spain.'],
  ['The app will [[actualize]] the data every hour.', 'The app will update the data every hour.'],
  ['The ruling party lost its majority after [[participation]] fell to 41 percent in Sunday\'s vote.', 'The ruling party lost its majority after turnout fell to 41 percent in Sunday\'s vote.'],
  ['Polling stations closed at 9 p.m. and the [[electoral participation]] was the lowest since 1990.', 'Polling stations closed at 9 p.m. and the turnout was the lowest since 1990.'],
  ['The prime minister announced [[anticipated]] elections after his coalition collapsed.', 'The prime minister announced early elections after his coalition collapsed.'],
  ['The president, elected in 2019, will seek a second [[mandate]] next year.', 'The president, elected in 2019, will seek a second term next year.'],
  ['Observers from the OSCE [[saluted]] the calm conduct of the vote.', 'Observers from the OSCE welcomed the calm conduct of the vote.'],
  ['Voters in the capital waited in long queues at the [[voting sections]].', 'Voters in the capital waited in long queues at the polling stations.'],
  ['The nuclear [[central]] at Kozloduy supplies a third of the country\'s power.', 'The nuclear power plant at Kozloduy supplies a third of the country\'s power.'],
  ['Households will pay more for [[electric energy]] from January.', 'Households will pay more for electricity from January.'],
  ['The new [[gas duct]] will carry Azeri gas to Europe.', 'The new gas pipeline will carry Azeri gas to Europe.'],
  ['The fuel [[penury]] forced petrol stations to ration sales.', 'The fuel shortage forced petrol stations to ration sales.'],
  ['Some 30,000 households remained without [[current]] on Sunday night.', 'Some 30,000 households remained without power on Sunday night.'],
  ['The mayor asked the government to declare the [[sinistered]] villages a disaster area.', 'The mayor asked the government to declare the disaster-hit villages a disaster area.'],
  ['The waters [[retreated]] slowly, leaving mud and debris.', 'The waters receded slowly, leaving mud and debris.'],
  ['The bank was hit by a [[hacker attack]] that paralysed its payment system.', 'The bank was hit by a cyberattack that paralysed its payment system.'],
  ['The ministry [[informed]] that the data of 2 million citizens had leaked.', 'The ministry said that the data of 2 million citizens had leaked.'],
  ['The app lets users make [[telephonic]] calls over the internet.', 'The app lets users make phone calls over the internet.'],
  ['The former mayor was [[condemned]] to seven years in prison for bribery.', 'The former mayor was sentenced to seven years in prison for bribery.'],
  ['The court [[absolved]] the three police officers.', 'The court acquitted the three police officers.'],
  ['His [[advocate]] said the sentence would be appealed.', 'His lawyer said the sentence would be appealed.'],
  ['The ruling is not [[definitive]] and can be appealed.', 'The ruling is not final and can be appealed.'],
  ['Prosecutors opened a [[penal]] case against the director.', 'Prosecutors opened a criminal case against the director.'],
  ['Police [[retained]] four suspects after the robbery.', 'Police detained four suspects after the robbery.'],
  ['Doctors recorded 2,000 new [[contaminations]] on Wednesday.', 'Doctors recorded 2,000 new infections on Wednesday.'],
  ['The central bank raised its [[director]] rate to 6.5 percent.', 'The central bank raised its key rate to 6.5 percent.'],
  ['The country\'s [[commercial]] deficit widened in the first quarter.', 'The country\'s trade deficit widened in the first quarter.'],
  ['The minister met his French [[homologue]] in Brussels.', 'The minister met his French counterpart in Brussels.'],
  ['The [[reunion]] of the foreign ministers ended without a statement.', 'The meeting of the foreign ministers ended without a statement.'],
  ['The army warned it would respond firmly to any [[eventual]] attack.', 'The army warned it would respond firmly to any possible attack.'],
  ['The minister said the measures were [[punctual]] and would be lifted soon.', 'The minister said the measures were one-off and would be lifted soon.'],
  ['The storm [[provoked]] heavy damage on the coast.', 'The storm caused heavy damage on the coast.'],
  ['The report was [[elaborated]] by a team of experts.', 'The report was drawn up by a team of experts.'],
  ['Inflation [[descended]] to 4 percent in October.', 'Inflation fell to 4 percent in October.'],
  ['The floods left nine dead and four [[disappeared]].', 'The floods left nine dead and four missing.'],
];

const CLEAN: readonly string[] = [
  'He made the decision after a long conversation with his father.',
  'The minister had a phone conversation with his Polish counterpart.',
  'In a conversation with reporters, the envoy declined to comment.',
  'The country needs an honest conversation about migration.',
  'Suspects interrogated by police denied the charges.',
  'The city disposes of 400 tonnes of waste a day.',
  'The bill was amended with new provisions on data.',
  'The opposition attacked the decree in parliament.',
  'There was a fatality on the motorway on Sunday.',
  'The euro grew in importance as a reserve currency.',
  'She waited the whole day for news.',
  'The air defence system was activated overnight.',
  'Economists foresee growth of 2 percent next year.',
  'Nobody could have foreseen the crisis.',
  'She will sit for her final exams in June.',
  'The actual cost was far higher than planned.',
  'Spain was the eventual winner of the tournament.',
  'It was a sensible decision.',
  'Volunteers assisted with the clean-up.',
  'She realized the plan had failed.',
  'Rebels controlled the border crossing.',
  'The judge wrote a concurrence to the ruling.',
  'The formation of a new government took months.',
  'The process lasted three months.',
  'The hiring process lasted three months, a court clerk said.',
  'The peace process will continue, the judge said.',
  'The riots were a manifestation of anger.',
  'Police suppressed the protest.',
  'The plant emits carbon dioxide.',
  'Salaries were augmented by 2 percent.',
  'He led an energetic campaign.',
  'The new engine is more economical.',
  'Sanitary conditions in the camp were poor.',
  'The militaries of NATO states train together.',
  'The server handles concurrent users well.',
  'The two sides reached a tentative agreement.',
  'An important part of the plan was dropped.',
  'The trains were punctual.',
  'The rhythm of the drums grew louder.',
  'He made a grave error.',
  'The region was heavily damaged.',
  'The demands of the union were rejected.',
  'The car exploded in the parking lot of a supermarket.',
  'The doctors’ prognosis was good.',
  'Medical students dissect cadavers in the first year.',
  'Carbon emissions fell by a third.',
  'He wrote a polemic against the war.',
  'Political discourse has grown coarser.',
  'The rules are in flux.',
  'Police found a clandestine lab.',
  'The minister was interpellated in parliament.',
  'The glue improves adhesion to the surface.',
  'The audience was delighted.',
  'The crime syndicate was dismantled.',
  'The balance of power has shifted.',
  'The deal faced close scrutiny.',
  'Parliament voted the bill down.',
  'He died in the prime of life.',
  'The army began its retreat at dawn.',
  'She shared her experiences with patients.',
  'The patient recuperated at home.',
  'The song evoked memories of the war.',
  'The agency averted a disaster.',
  'The judge sequestered the jury.',
  'Ukraine is a victim of aggression.',
  'Prosecutors opened a criminal case.',
  'The judge was sympathetic to the defence.',
  'The main argument against the plan was its cost.',
  'Analysts polled by Reuters expect a hike.',
  'Kremlin spokesman Dmitry Peskov praised the tone of the conversation.',
  'Turnout fell to 41 percent in Sunday\'s vote.',
  'Female labour force participation was 39 percent last year.',
  'The actual cost of the project was twice the estimate.',
  'The eventual winner of the race was announced late.',
  'France lost to eventual champions Argentina.',
  'The minister informed parliament that the border would stay closed.',
  'Police checked the identity of the passengers.',
  'Border controls were reintroduced in the Schengen area.',
  'The singer\'s management declined to comment.',
  'The judge condemned the attack on the court.',
  'The replica of the ship sails every summer.',
  'The current government has promised to cut taxes.',
  'Power was restored to most homes by Monday.',
  'The concurrence of the two events was no accident.',
  'He proposed an elaborate plan of public works.',
  'Petrol prices at the pump rose again for motorists.',
  'The mouse gene is a homologue of the human one.',
  'The occupants of the car were unhurt.',
  'He is a strong advocate of the family farm.',
  'The troops withdrew slowly from the town.',
  'The climbers descended to 4,000 metres.',
  'Two disappeared without trace.',
  'The fire was localized in the kitchen, investigators said.',
  'The much anticipated elections were held in June.',
  'The UN extended the mission\'s mandate for a second year.',
  'The firm makes sports cars.',
  'Why did the mistake happen?',
  'There is no cure for the disease.',
  'The family lived in penury.',
];

describe('lexical-choice rules on unseen sentences', () => {
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

/**
 * The entity-name rules beyond their own examples: broken names written with other words than
 * the examples, clean copy that names many organizations correctly, and the data files they
 * read (one entry a line, sorted, a header comment, every form parses).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/rules/code/entity-name/index.js';
import { GAZETTEER, findNames, isKnownName } from '../../src/rules/code/entity-name/gazetteer.js';
import { Doc } from '../../src/text/document.js';
import { fixedCaseTests, rulesRunner } from '../helpers/rule-tests.js';

const run = rulesRunner(rules);

describe('entity-name rules: artifacts', () => {
  const cases: ReadonlyArray<readonly [string, string, string, string]> = [
    // [rule id, damaged text, flagged span, text after the fix]
    ['garbled-official-name', 'The International Organization of Labour warned of job losses.', 'Organization of Labour', 'The International Labour Organization warned of job losses.'],
    ['garbled-official-name', 'The European Bank of Investments approved the loan.', 'Bank of Investments', 'The European Investment Bank approved the loan.'],
    ['garbled-official-name', 'The International Agency of Atomic Energy sent inspectors.', 'Agency of Atomic Energy', 'The International Atomic Energy Agency sent inspectors.'],
    ['garbled-official-name', 'The World Organization of Trade criticised the tariffs.', 'Organization of Trade', 'The World Trade Organization criticised the tariffs.'],
    ['garbled-official-name', 'The Fund of the United Nations for Children appealed for aid.', 'Fund of the United Nations for Children', "The United Nations Children's Fund appealed for aid."],
    ['garbled-official-name', 'The Central European Bank raised its key rate.', 'Central European', 'The European Central Bank raised its key rate.'],
    ['garbled-official-name', 'The Global Bank cut its forecast for Africa.', 'Global', 'The World Bank cut its forecast for Africa.'],
    ['garbled-official-name', 'The European Commission opened a case under the Law on Digital Markets against the firm.', 'Law on Digital Markets', 'The European Commission opened a case under the Digital Markets Act against the firm.'],
    [
      'garbled-official-name',
      'The National Council of Reduction and Management of the Risks of Disasters said 12 people had died.',
      'Council of Reduction and Management of the Risks of Disasters',
      'The National Disaster Risk Reduction and Management Council said 12 people had died.',
    ],
    ['garbled-official-name', 'The Mission of Observation of the European Union said the vote was orderly.', 'Mission of Observation of the European Union', 'The European Union Election Observation Mission said the vote was orderly.'],
    ['garbled-official-name', 'The Organization of the United Nations called for a ceasefire.', 'Organization of the United', 'The United Nations called for a ceasefire.'],
    ['garbled-official-name', 'The Fund Monetary International approved a new loan.', 'Fund Monetary International', 'The International Monetary Fund approved a new loan.'],
    ['garbled-official-name', 'The Bank Central European left rates unchanged.', 'Bank Central European', 'The European Central Bank left rates unchanged.'],
    ['garbled-official-name', 'The General Regulation on Data Protection took effect in 2018.', 'Regulation on Data Protection', 'The General Data Protection Regulation took effect in 2018.'],
    ['garbled-official-name', 'The Council of the Federation approved the budget.', 'Council of the Federation', 'The Federation Council approved the budget.'],
    ['garbled-official-name', 'The Commission Federal of Electricity restored power.', 'Commission Federal of Electricity', 'The Federal Electricity Commission restored power.'],
    ['garbled-official-name', 'The Mechanism of Adjustment of Carbon at the Borders will cost exporters.', 'Mechanism of Adjustment of Carbon at the Borders', 'The Carbon Border Adjustment Mechanism will cost exporters.'],
    ['official-name-case', 'The world trade organization said trade would grow.', 'world trade organization', 'The World Trade Organization said trade would grow.'],
    ['official-name-case', 'The international criminal court issued a warrant.', 'international criminal court', 'The International Criminal Court issued a warrant.'],
    ['incomplete-title', 'The plan was backed by UK Secretary Grant Shapps.', 'Secretary', 'The plan was backed by UK Foreign Secretary Grant Shapps.'],
    ['incomplete-title', 'Italy’s President of the Council of Ministers Giorgia Meloni spoke.', 'President of the Council of Ministers', 'Italy’s Prime Minister Giorgia Meloni spoke.'],
    ['index-name-order', 'The benchmark Dax index 40 fell 1.2 percent.', 'index 40', 'The benchmark Dax 40 index fell 1.2 percent.'],
    ['venue-name', 'The team will play at the Saint Mary\'s Stadium on Sunday.', "the Saint Mary's Stadium", "The team will play at St Mary's Stadium on Sunday."],
    ['ministry-name-order', 'The ministry of economy of Portugal said growth would slow.', 'The ministry of economy of Portugal', "Portugal's Ministry of Economy said growth would slow."],
    ['district-court-name', 'He was remanded by the Basmanniy district court.', 'Basmanniy district court', 'He was remanded by the Basmanny District Court.'],
    ['redundant-name-head', 'Officials of the World Trade Organization Agency met in Geneva.', ' Agency', 'Officials of the World Trade Organization met in Geneva.'],
    ['redundant-name-head', 'The Bank of England Central raised rates again.', ' Central', 'The Bank of England raised rates again.'],
    ['redundant-name-head', 'The Christian Democratic Union Party won the vote in Germany.', ' Party', 'The Christian Democratic Union won the vote in Germany.'],
    ['name-calque-word', 'The Bali Provincial Disaster Countermeasures Agency evacuated 300 people.', 'Countermeasures', 'The Bali Provincial Disaster Management Agency evacuated 300 people.'],
    ['name-calque-word', 'The Federal Public Ministry filed charges against the mayor.', 'Federal Public Ministry', "The Federal Prosecutor's Office filed charges against the mayor."],
    ['name-calque-word', 'The Ministry of Urbanism approved the plan.', 'Urbanism', 'The Ministry of Urban Planning approved the plan.'],
    ['double-of-place', 'The Faculty of Medicine of Lisbon opened a new wing.', 'Faculty of Medicine of Lisbon', 'The Lisbon Faculty of Medicine opened a new wing.'],
    ['body-name-calque', 'In Buenos Aires, the Pink House said Argentina would cut subsidies.', 'Pink House', 'In Buenos Aires, the Casa Rosada said Argentina would cut subsidies.'],
    ['incomplete-title', 'French Minister of the Armies Sophie Martin visited the base.', 'Minister of the Armies', 'French Defence Minister Sophie Martin visited the base.'],
    ['incomplete-title', 'General Secretary of NATO Lars Holm arrived in Vilnius.', 'General Secretary of NATO', 'NATO Secretary General Lars Holm arrived in Vilnius.'],
    ['foreign-title-word', 'The ministra said the budget was balanced.', 'ministra', 'The minister said the budget was balanced.'],
    // A national body named with a synonym of one word, its owner right before it.
    ['garbled-official-name', 'Thailand’s Ministry of Trade set a price floor for rice.', 'Trade', 'Thailand’s Ministry of Commerce set a price floor for rice.'],
    ['garbled-official-name', 'Malaysia’s Ministry of Interior deported 300 migrants.', 'Interior', 'Malaysia’s Ministry of Home Affairs deported 300 migrants.'],
    ['garbled-official-name', 'Ukraine’s Ministry of Home Affairs said 12 people died.', 'Home', 'Ukraine’s Ministry of Internal Affairs said 12 people died.'],
    ['garbled-official-name', 'Singapore’s Ministry of Labour raised the levy.', 'Labour', 'Singapore’s Ministry of Manpower raised the levy.'],
    ['garbled-official-name', 'The US added 12 firms to its List of Entities on Friday.', 'List of Entities', 'The US added 12 firms to its Entity List on Friday.'],
    ['garbled-official-name', 'The New South Wales Rural Fire Brigade fought 40 fires.', 'Brigade', 'The New South Wales Rural Fire Service fought 40 fires.'],
    ['body-name-calque', 'The Belgian State Council annulled the permit, Belgium’s press said.', 'State Council', 'The Belgian Council of State annulled the permit, Belgium’s press said.'],
    ['body-name-calque', 'The Central Bank of Korea kept its rate, South Korean media said.', 'Central Bank of Korea', 'The Bank of Korea kept its rate, South Korean media said.'],
    ['title-mixup', 'Saskatchewan Prime Minister Scott Moe rejected the tax.', 'Prime Minister', 'Saskatchewan Premier Scott Moe rejected the tax.'],
    ['central-bank-board', 'The Bank of Korea’s Governing Council held its rate.', 'Governing Council', 'The Bank of Korea’s Monetary Policy Board held its rate.'],
    ['facility-of-city', 'Fog shut the airport of Warsaw for hours.', 'the airport of Warsaw', 'Fog shut Warsaw airport for hours.'],
  ];
  fixedCaseTests(run, cases);
});

// Clean news English written for this test: every name here is right.
const CLEAN = `The International Monetary Fund raised its growth forecast, and the World Bank said poverty was falling. The IMF's managing director said risks remained. The World Trade Organization will meet in Abu Dhabi.
The Organization for Security and Co-operation in Europe and the Organisation for Economic Co-operation and Development published reports. The Organization for Security and Cooperation in Europe has 57 participating states.
The World Health Organization, the European Centre for Disease Prevention and Control and the European Center for Disease Prevention and Control all track measles.
Roskomnadzor, the Federal Service for Supervision of Communications, Information Technology and Mass Media, fined the company. Russia's communications regulator said it would act.
The Portuguese Securities Market Commission (CMVM) was informed of the sale. The Securities and Exchange Commission opened an inquiry.
US Secretary of State Antony Blinken met British Foreign Secretary James Cleverly. Secretary Blinken said the talks were useful. UN Secretary-General Antonio Guterres called for calm. White House Press Secretary Karine Jean-Pierre spoke. US Defense Secretary Lloyd Austin visited the base.
The Nikkei 225 index fell 0.8 percent and the broader Topix index rose. The Nikkei index fell 225 points. The FTSE 100 closed higher.
Newcastle play at St James' Park on Saturday; fans walked through St James's Park in London. Arsenal host Chelsea at the Emirates Stadium.
Japan's Ministry of Finance declined to comment. The Ministry of Foreign Affairs of the Russian Federation issued a note. The ministry of finance said it would not comment.
Moscow's Tagansky district court fined the company. The Sverdlovsk regional court upheld the sentence.
The council's security was the mayor's concern. The health of the world economy and the organization of trade were discussed. Central and Eastern European banks raised rates.
The Asian Infrastructure Investment Bank approved a loan, and the UN Children's Fund appealed for aid. The State Department and the Department of Homeland Security declined to comment.
A national health service, a central election commission and a federal security service exist in many countries.
The Federal Reserve, the European Central Bank and the Bank of England all held rates. The Bank for International Settlements warned of risks.
The Court of Justice of the European Union ruled under the Digital Markets Act and the General Data Protection Regulation. The EU Election Observation Mission and the European Union Observation Mission both reported. The Ministry of the Interior and the Interior Ministry are one body.
The National Disaster Risk Reduction and Management Council and the Office of Civil Defense met. Lithuania's Central Electoral Commission and the Election Commission of India certified results. The Ministry of External Affairs in New Delhi and the Foreign Ministry in Tokyo responded.
The Organisation for the Prohibition of Chemical Weapons, the Ministry of Education of the People's Republic of China and the Office of Management and Budget published reports.
The Islamic Revolutionary Guard Corps, the Federal Reserve Bank of New York and the European Union Agency for Asylum issued statements. The Communist Party Central Committee met.
The Institute for Cosmic Ray Research and the Court of Justice of the European Union published rulings. The Policía Nacional and the Polizia di Stato cooperated.
The Seoul Central District Prosecutors' Office and the Seoul Central District Prosecutors’ Office are one body. The Ministry of Works and the Tehran Museum of Contemporary Art reopened.
China's Ministry of Commerce and China's Commerce Ministry spoke; India's Ministry of External Affairs and India's Home Ministry did too. Russia's Interior Ministry and Pakistan's Ministry of Interior detained suspects. Indonesia's Ministry of Trade and Singapore's Ministry of Manpower published data.
Banxico's Governing Board, the Bank of Russia's Board of Directors and the Fed's Board of Governors met. PBOC Governor Pan Gongsheng and ECB President Christine Lagarde spoke. Ontario Premier Doug Ford met NSW Premier Chris Minns.
Flights at Brussels Airport resumed; the Port of Rotterdam and the University of Vienna reopened. France's Council of State and China's State Council both ruled.`;

describe('entity-name rules: clean English', () => {
  it('stays quiet on clean copy that names many organizations', () => {
    expect(run(CLEAN).map((f) => `${f.ruleId}: ${f.text} @${f.start}`)).toEqual([]);
  });
});

describe('gazetteer', () => {
  it('knows official names, short names and variants, case folded', () => {
    expect(isKnownName('world health organization')).toBe(true);
    expect(isKnownName('OSCE')).toBe(true);
    expect(isKnownName('Securities Market Commission')).toBe(true);
    expect(isKnownName('Ministry of Truth')).toBe(false);
    expect(GAZETTEER.entities.length).toBeGreaterThan(300);
  });
  it('matches a name by its content words, whatever the order and linking words', () => {
    const m = findNames(new Doc('the World Organization of Health said'));
    expect(m.map((x) => [x.form.text, x.exact, x.caseOnly])).toEqual([['World Health Organization', false, false]]);
  });
  it('accepts one misspelt word in a name of three or more, never a short one', () => {
    expect(findNames(new Doc('the World Health Organizaton said')).map((x) => x.form.text)).toEqual(['World Health Organization']);
    expect(findNames(new Doc('the Word Bank said')).map((x) => x.form.text)).toEqual([]);
  });
});

describe('entity and capitalization data files', () => {
  const dir = new URL('../../src/data/', import.meta.url);
  const files = readdirSync(dir).filter((f) => /^(entity|capitalization)-.*\.txt$/.test(f));
  const cmp = (a: string, b: string): number => a.toLowerCase().localeCompare(b.toLowerCase(), 'en') || (a < b ? -1 : a > b ? 1 : 0);
  it.each(files.map((f) => [f]))('%s: header, one entry a line, sorted, no duplicates', (f) => {
    const lines = readFileSync(new URL(f, dir), 'utf8').split('\n');
    expect(lines[0]).toMatch(/^# /);
    const body = lines.filter((l) => l !== '' && !l.startsWith('#'));
    for (const l of body) expect(l, `${f}: ${l}`).toBe(l.trim());
    expect(body).toEqual([...body].sort(cmp));
    expect(new Set(body).size).toBe(body.length);
  });
  it('entity-organizations.txt: every line is Official|SHORT|variants with a non-empty official name', () => {
    const body = readFileSync(new URL('entity-organizations.txt', dir), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
    for (const l of body) {
      const [official, short] = l.split('|');
      expect(official, l).toMatch(/\S/);
      if (short) expect(short, l).not.toMatch(/\s/);
    }
  });
  it('entity-national-bodies.txt: every line is Country|Official|SHORT|variants', () => {
    const body = readFileSync(new URL('entity-national-bodies.txt', dir), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
    expect(body.length).toBeGreaterThan(100);
    for (const l of body) {
      const [country, official, short, ...variants] = l.split('|');
      expect(country, l).toMatch(/^\p{Lu}[\p{L} .'-]+$/u);
      expect(official, l).toMatch(/\S/);
      if (short) expect(short, l).not.toMatch(/\s/);
      for (const v of variants) expect(v, l).toMatch(/\S/);
    }
  });
});

/**
 * Generalization checks for the garbled-syntax rules, beyond each rule's own examples: the
 * word helpers the rules share (lemmas, comparison, time adverbials), a set of news sentences
 * with the artifact classes in other words (each must be flagged by the named rule), and a set
 * of near misses in clean English that all rules together must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { rules as codeRules } from '../../src/rules/code/garbled-syntax/index.js';
import { comparisonOf, lemmaOf, timeAdverbialEnd } from '../../src/rules/code/garbled-syntax/lib/english.js';
import { verbForm } from '../../src/nlp/inflect.js';
import { Doc } from '../../src/text/document.js';
import { loadBuiltinPack, rulesRunner } from '../helpers/rule-tests.js';

const run = rulesRunner([...codeRules, ...loadBuiltinPack('garbled-syntax')]);

describe('lemmaOf', () => {
  const verbs = [
    'accept', 'achieve', 'agree', 'announce', 'argue', 'arrive', 'ban', 'become', 'believe', 'bring', 'buy',
    'cancel', 'cause', 'change', 'choose', 'collapse', 'commit', 'compete', 'continue', 'control', 'create',
    'cut', 'damage', 'deliver', 'describe', 'die', 'drop', 'engage', 'evacuate', 'focus', 'free', 'guarantee',
    'hope', 'increase', 'lie', 'make', 'manage', 'negotiate', 'occur', 'open', 'pay', 'persuade', 'plan',
    'prefer', 'raise', 'release', 'require', 'seize', 'stop', 'take', 'travel', 'try', 'use', 'visit', 'win',
    'withdraw', 'write', 'analyse', 'compile', 'endorse', 'guide', 'license', 'owe', 'schedule', 'type',
  ];
  it.each(verbs)('undoes the inflections of %s', (v) => {
    for (const f of ['s', 'past', 'ing'] as const) {
      if (v === 'lie' && f === 'past') continue; // "lay" is its own verb
      expect(lemmaOf(verbForm(v, f)), `${verbForm(v, f)}`).toBe(v);
    }
  });
  it('keeps a base form', () => {
    expect(lemmaOf('send')).toBe('send');
    expect(lemmaOf('need')).toBe('need');
  });
});

describe('comparisonOf', () => {
  it.each([
    ['big', 'bigger', 'biggest'], ['strong', 'stronger', 'strongest'], ['large', 'larger', 'largest'],
    ['easy', 'easier', 'easiest'], ['good', 'better', 'best'], ['bad', 'worse', 'worst'], ['hot', 'hotter', 'hottest'],
    ['cheap', 'cheaper', 'cheapest'], ['low', 'lower', 'lowest'],
  ])('%s -> %s, %s', (adj, er, est) => {
    expect(comparisonOf(adj)).toEqual([er, est]);
  });
});

describe('timeAdverbialEnd', () => {
  const end = (text: string) => {
    const doc = new Doc(text);
    const last = timeAdverbialEnd(doc, doc.tokens[0]!);
    return last ? text.slice(0, last.end) : undefined;
  };
  it.each([
    ['on Tuesday an agreement', 'on Tuesday'], ['on Tuesday evening the', 'on Tuesday evening'],
    ['on 5 May 2024 the', 'on 5 May 2024'], ['on May 5 the', 'on May 5'], ['last week a', 'last week'],
    ['earlier this month the', 'earlier this month'], ['in 2024 an', 'in 2024'], ['in March 2023 the', 'in March 2023'],
    ['yesterday the', 'yesterday'], ['overnight a', 'overnight'],
  ])('%s', (text, want) => {
    expect(end(text)).toBe(want);
  });
  it.each(['on the table', 'in may', 'last but not least', 'in 12 cases', 'this plan'])('not: %s', (text) => {
    expect(end(text)).toBeUndefined();
  });
});

const CASES: readonly (readonly [string, string, string])[] = [
  ['Germany delivered last month two more Patriot systems to Ukraine.', 'verb-adverbial-object', 'last month two more Patriot systems'],
  ['The court postponed yesterday the hearing until June.', 'verb-adverbial-object', 'yesterday the hearing'],
  ['The Fed raised in March its benchmark rate.', 'verb-adverbial-object', 'in March its benchmark rate'],
  ['The ministry published today the list of banned websites.', 'verb-adverbial-object', 'today the list of banned websites'],
  ['The reform, which the government in 2022 announced, was never implemented.', 'relative-adverbial-order', 'in 2022 announced'],
  ['The treaty that the two countries last year signed expires in 2030.', 'relative-adverbial-order', 'last year signed'],
  ['The mine, which the company in 2019 closed, will reopen.', 'relative-adverbial-order', 'in 2019 closed'],
  ['This is the most cheap option for consumers.', 'analytic-comparative', 'most cheap'],
  ['The new stadium is more big than the old one.', 'analytic-comparative', 'more big'],
  ['The country has the most high inflation in the eurozone.', 'analytic-comparative', 'most high'],
  ['Exports were more weak than expected in May.', 'analytic-comparative', 'more weak'],
  ['Conditions in the camps are the most bad in years.', 'analytic-comparative', 'most bad'],
  ['The opposition wants that the president resigns.', 'want-that-clause', 'that the president resigns'],
  ['Farmers want that the government cancels the tax.', 'want-that-clause', 'that the government cancels'],
  ['The EU wants that Serbia aligns its foreign policy with Brussels.', 'want-that-clause', 'that Serbia aligns'],
  ['The company avoided to pay taxes for years.', 'gerund-after-verb', 'avoided to pay'],
  ['The minister denied to have met the businessman.', 'gerund-after-verb', 'denied to have'],
  ['Investors keep to buy gold.', 'gerund-after-verb', 'keep to buy'],
  ['The government considers to introduce a new tax.', 'gerund-after-verb', 'considers to introduce'],
  ['The club succeeded to sign the striker.', 'gerund-after-verb', 'succeeded to sign'],
  ['The two sides are close to sign a ceasefire.', 'gerund-after-verb', 'to sign'],
  ['The police refused giving details.', 'infinitive-after-verb', 'refused giving'],
  ['The union decided continuing the strike.', 'infinitive-after-verb', 'decided continuing'],
  ['The bank must to increase its capital.', 'modal-to-infinitive', 'must to increase'],
  ['Companies should not to raise prices.', 'modal-to-infinitive', 'should not to raise'],
  ['Citizens will can vote online.', 'double-modal', 'will can'],
  ['The farmers need help to can survive.', 'double-modal', 'to can'],
  ['The judge made him to pay a fine.', 'causative-to-infinitive', 'to pay'],
  ['The authorities did not let the journalists to enter the area.', 'causative-to-infinitive', 'to enter'],
  ['The government did not do nothing to help.', 'double-negation', 'nothing'],
  ['The police did not find no evidence.', 'double-negation', 'no'],
  ['The president French met his counterpart.', 'noun-adjective-order', 'The president French'],
  ['It was an election historic for the country.', 'noun-adjective-order', 'an election historic'],
  ['The minister, he said that the budget would be approved.', 'pronoun-doubling', ', he'],
  ['The coach, he admitted that the team played badly.', 'pronoun-doubling', ', he'],
  ['The factory, which it produces tyres, will close.', 'resumptive-subject', 'which it'],
  ['He lives in Berlin since 2015.', 'present-since', 'lives'],
  ['The company is in crisis since 2020.', 'present-since', 'is'],
  ['The two countries have no diplomatic relations and the border is closed since the war.', 'present-since', 'is'],
  ['Is possible that the election will be postponed.', 'missing-dummy-subject', 'Is'],
  ['Was expected that the bank would cut rates.', 'missing-dummy-subject', 'Was'],
  ['The rescuers are arrived at the scene.', 'be-perfect', 'are arrived'],
  ['The patient was died before the ambulance arrived.', 'be-perfect', 'was died'],
  ['It is unclear why did the government change its position.', 'embedded-question-order', 'did the government change'],
  ['Nobody knows how will the company pay its debts.', 'embedded-question-order', 'will the company'],
  ['It was a such big surprise for everyone.', 'such-article-order', 'a such'],
  ['In the explosion were injured 15 workers.', 'postposed-subject', 'were injured 15 workers'],
  ['The team won the two first matches of the season.', 'garbled-syntax/number-ordinal-order', 'two first'],
  ['The player was not enough fast to catch him.', 'garbled-syntax/enough-adjective-order', 'enough fast'],
  ['The company, whose its shares fell, cut jobs.', 'garbled-syntax/whose-possessive', 'whose its'],
  ['The deal, whose critics the ruling welcomed, was signed.', 'garbled-syntax/whose-object-verb-order', 'the ruling welcomed'],
  ['The president received on Monday the ambassadors of five countries.', 'verb-adverbial-object', 'on Monday the ambassadors of five countries'],
  ['They started on Monday the construction of the bridge.', 'verb-adverbial-object', 'on Monday the construction of the bridge'],
  ['The central bank lowered yesterday its growth forecast for this year.', 'verb-adverbial-object', 'yesterday its growth forecast'],
  ['The army announced on Sunday the capture of two villages near Bakhmut.', 'verb-adverbial-object', 'on Sunday the capture of two villages'],
  ['Brazil\'s president inaugurated on Friday a new bridge over the Amazon.', 'verb-adverbial-object', 'on Friday a new bridge'],
  ['Apple unveiled in September its latest phone.', 'verb-adverbial-object', 'in September its latest phone'],
  ['The tribunal rejected on Thursday the request of the defence.', 'verb-adverbial-object', 'on Thursday the request of the defence'],
  ['The bill, which the Senate last month approved, now goes to the House.', 'relative-adverbial-order', 'last month approved'],
  ['The stake that the fund in 2021 sold was worth $1 billion.', 'relative-adverbial-order', 'in 2021 sold'],
  ['Wages in the north are more low than in the south.', 'analytic-comparative', 'more low'],
  ['It was the most hot summer on record.', 'analytic-comparative', 'most hot'],
  ['The new rules make the process more easy for small firms.', 'analytic-comparative', 'more easy'],
  ['Oil prices became more cheap after the OPEC decision.', 'analytic-comparative', 'more cheap'],
  ['The government wants that the banks lend more to small businesses.', 'want-that-clause', 'that the banks lend'],
  ['The president wanted that the reform passes before the summer.', 'want-that-clause', 'that the reform passes'],
  ['The investors enjoy to take risks.', 'gerund-after-verb', 'enjoy to take'],
  ['The minister admitted to have made a mistake.', 'gerund-after-verb', 'admitted to have'],
  ['He finished to write his memoirs last year.', 'gerund-after-verb', 'finished to write'],
  ['The government insisted to keep the tax.', 'gerund-after-verb', 'insisted to keep'],
  ['Police failed stopping the protesters.', 'infinitive-after-verb', 'failed stopping'],
  ['The company refused commenting on the report.', 'infinitive-after-verb', 'refused commenting'],
  ['Doctors can not to treat all the patients.', 'modal-to-infinitive', 'can not to treat'],
  ['The club might to sell its best player.', 'modal-to-infinitive', 'might to sell'],
  ['Authorities will must rebuild the dam.', 'double-modal', 'will must'],
  ['The storm made thousands of people to flee their homes.', 'causative-to-infinitive', 'to flee'],
  ['The new law lets companies to hire foreign workers.', 'causative-to-infinitive', 'to hire'],
  ['The ministry did not provide no explanation.', 'double-negation', 'no'],
  ['Nobody did not come to the meeting.', 'double-negation', 'did not come'],
  ['The company American announced job cuts.', 'noun-adjective-order', 'The company American'],
  ['It was a day historic for the country.', 'noun-adjective-order', 'a day historic'],
  ['The situation political remains tense.', 'noun-adjective-order', 'The situation political'],
  ['The president, she told reporters that the vote was fair.', 'pronoun-doubling', ', she'],
  ['The organisers, they cancelled the festival.', 'pronoun-doubling', ', they'],
  ['The bank, which it was founded in 1890, is the oldest in the country.', 'resumptive-subject', 'which it'],
  ['The journalist, who she wrote the story, was fired.', 'resumptive-subject', 'who she'],
  ['She works as a nurse since 2005.', 'present-since', 'works'],
  ['The two countries are at war since 2014.', 'present-since', 'are'],
  ['The museum is closed since the fire.', 'present-since', 'is'],
  ['Is clear that the deal will not hold.', 'missing-dummy-subject', 'Is'],
  ['Was not possible to reach the mayor.', 'missing-dummy-subject', 'Was'],
  ['The ministers are arrived in Brussels.', 'be-perfect', 'are arrived'],
  ['Thousands of people are fled the city.', 'be-perfect', 'are fled'],
  ['Nobody explained why did the price rise.', 'embedded-question-order', 'did the price rise'],
  ['It is not known where does the money come from.', 'embedded-question-order', 'does the money come'],
  ['It is a so difficult situation.', 'such-article-order', 'a so difficult'],
  ['In the clashes were wounded 30 police officers.', 'postposed-subject', 'were wounded 30 police'],
  ['The champion lost the three first sets.', 'garbled-syntax/number-ordinal-order', 'three first'],
  ['The regulator, whose its chief resigned, faces criticism.', 'garbled-syntax/whose-possessive', 'whose its'],
  ['The government adopted on Wednesday a new budget for 2025.', 'verb-adverbial-object', 'on Wednesday a new budget'],
  ['The court sentenced on Monday the former mayor to eight years in prison.', 'verb-adverbial-object', 'on Monday the former mayor'],
  ['Russia launched overnight a massive drone attack on Kyiv.', 'verb-adverbial-object', 'overnight a massive drone attack'],
  ['The European Union imposed yesterday new sanctions on Belarus.', 'verb-adverbial-object', 'yesterday new sanctions'],
  ['The parliament rejected on Thursday the motion of no confidence.', 'verb-adverbial-object', 'on Thursday the motion of no confidence'],
  ['The company presented today its new electric car in Munich.', 'verb-adverbial-object', 'today its new electric car'],
  ['China reported last week a sharp fall in exports.', 'verb-adverbial-object', 'last week a sharp fall'],
  ['The central bank cut on Tuesday its key interest rate by half a point.', 'verb-adverbial-object', 'on Tuesday its key interest rate'],
  ['The minister visited on Friday the flooded areas in the south.', 'verb-adverbial-object', 'on Friday the flooded areas'],
  ['The prosecutor opened in March an investigation into the deaths.', 'verb-adverbial-object', 'in March an investigation'],
  ['Hamas released on Saturday three more hostages.', 'verb-adverbial-object', 'on Saturday three more hostages'],
  ['The team lost on Sunday its third match in a row.', 'verb-adverbial-object', 'on Sunday its third match'],
  ['The president will sign next week the decree on pensions.', 'verb-adverbial-object', 'next week the decree'],
  ['The authorities evacuated on Monday morning about 3,000 residents.', 'verb-adverbial-object', 'on Monday morning about 3,000 residents'],
  ['The league fined last month the club for racist chanting.', 'verb-adverbial-object', 'last month the club'],
  ['Turkey detained this week dozens of suspected militants.', 'verb-adverbial-object', 'this week dozens of suspected militants'],
  ['The ministry confirmed on Thursday the first case of bird flu.', 'verb-adverbial-object', 'on Thursday the first case of bird flu'],
  ['The regulator approved in January the merger of the two banks.', 'verb-adverbial-object', 'in January the merger of the two banks'],
  ['The coach named on Friday his squad for the World Cup qualifiers.', 'verb-adverbial-object', 'on Friday his squad'],
  ['The loan, which the IMF in 2023 approved, will be paid in tranches.', 'relative-adverbial-order', 'in 2023 approved'],
  ['The document, which the parties on Friday signed, is not public.', 'relative-adverbial-order', 'on Friday signed'],
  ['The vaccine, which the company in March launched, is cheaper.', 'relative-adverbial-order', 'in March launched'],
  ['The stadium, which the city in 2019 built, will host the final.', 'relative-adverbial-order', 'in 2019 built'],
  ['The player whom the club last summer sold scored against them.', 'relative-adverbial-order', 'last summer sold'],
  ['The opposition wants that the elections are held in spring.', 'want-that-clause', 'that the elections are'],
  ['Washington wants that Beijing respects the rules.', 'want-that-clause', 'that Beijing respects'],
  ['We do not want that our children pay for this crisis.', 'want-that-clause', 'that our children pay'],
  ['The president wanted that the law enters into force in January.', 'want-that-clause', 'that the law enters'],
  ['The club wants that the player signs a new contract.', 'want-that-clause', 'that the player signs'],
  ['The residents want that the authorities rebuild the bridge.', 'want-that-clause', 'that the authorities rebuild'],
  ['Germany would like that the EU adopts the plan quickly.', 'want-that-clause', 'that the EU adopts'],
  ['The new line will make the journey more short by an hour.', 'analytic-comparative', 'more short'],
  ['Competition became more hard after the merger.', 'analytic-comparative', 'more hard'],
  ['The yen is at its most weak level since 1990.', 'analytic-comparative', 'most weak'],
  ['The company expects sales to be more high in the second half.', 'analytic-comparative', 'more high'],
  ['Russia is the most big supplier of wheat to Egypt.', 'analytic-comparative', 'most big'],
  ['Conditions for farmers are more bad than last year.', 'analytic-comparative', 'more bad'],
  ['The winter was the most cold in a decade.', 'analytic-comparative', 'most cold'],
  ['Chinese cars are more cheap and more modern.', 'analytic-comparative', 'more cheap'],
  ['Unemployment is more low in the north.', 'analytic-comparative', 'more low'],
  ['The storm was more strong than forecast.', 'analytic-comparative', 'more strong'],
  ['The Italian coast guard rescued during the night more than 400 migrants.', 'verb-adverbial-object', 'during the night more than 400 migrants'],
  ['Prosecutors charged on Wednesday the former CEO with fraud.', 'verb-adverbial-object', 'on Wednesday the former CEO'],
  ['The Kremlin criticized sharply the decision of the Baltic states.', 'adverb-before-object', 'criticized sharply the decision of the Baltic states'],
  ['The airline cancelled this morning dozens of flights because of the strike.', 'verb-adverbial-object', 'this morning dozens of flights'],
  ['Scientists discovered recently a new species of frog in Ecuador.', 'adverb-before-object', 'discovered recently'],
  ['The bridge, that the Austrians in 1910 built, collapsed.', 'relative-adverbial-order', 'in 1910 built'],
  ['The medicine which the agency in May approved costs 2 million dollars.', 'relative-adverbial-order', 'in May approved'],
  ['The winters here are more long than in the south.', 'analytic-comparative', 'more long'],
  ['The tax on fuel is the most high in Europe.', 'analytic-comparative', 'most high'],
  ['It was the more big demonstration since 2019.', 'analytic-comparative', 'more big'],
  ['The parents want that the school reopens in September.', 'want-that-clause', 'that the school reopens'],
  ['Ankara wants that Sweden extradites the activists.', 'want-that-clause', 'that Sweden extradites'],
  ['The company postponed to announce its results.', 'gerund-after-verb', 'postponed to announce'],
  ['Experts suggest to wash the hands often.', 'gerund-after-verb', 'suggest to wash'],
  ['The government is considering to ban the app.', 'gerund-after-verb', 'considering to ban'],
  ['The minister managed convincing the coalition partners.', 'infinitive-after-verb', 'managed convincing'],
  ['Citizens should to register before Friday.', 'modal-to-infinitive', 'should to register'],
  ['The new rules will allow to the banks to charge fees.', 'dative-to-object', 'to the banks'],
  ['The court made the company to pay compensation.', 'causative-to-infinitive', 'to pay'],
  ['No one did not expect such a result.', 'double-negation', 'did not expect'],
  ['The ministry did not give no explanation for the delay.', 'double-negation', 'no'],
  ['The delegation Chinese arrived on Monday.', 'noun-adjective-order', 'The delegation Chinese'],
  ['The situation economic of the country is difficult.', 'noun-adjective-order', 'The situation economic'],
  ['The president, he did not comment on the report.', 'pronoun-doubling', ', he'],
  ['The farmers who they protested in Brussels blocked the roads.', 'resumptive-subject', 'who they'],
  ['The factory produces cars since 1965.', 'present-since', 'produces'],
  ['The road is blocked since Monday because of the landslide.', 'present-since', 'is'],
  ['Is expected that the parliament will vote next week.', 'missing-dummy-subject', 'Is'],
  ['Was impossible to contact the crew.', 'missing-dummy-subject', 'Was'],
  ['The rescue teams are arrived too late.', 'be-perfect', 'are arrived'],
  ['It is not clear when will the new government be formed.', 'embedded-question-order', 'will the new government'],
  ['The officials refused to explain why did they close the border.', 'embedded-question-order', 'did they close'],
  ['Has been a so difficult year for everybody.', 'such-article-order', 'a so difficult'],
  ['In the accident died four tourists.', 'postposed-subject', 'died four tourists'],
  ['The coach picked the same eleven players for the three next games.', 'garbled-syntax/number-ordinal-order', 'three next'],
  ['The mayor, whose his office was searched, denies wrongdoing.', 'garbled-syntax/whose-possessive', 'whose his'],
  ['He not wanted to answer the questions of the journalists.', 'not-without-do', 'not wanted'],
  ['During he was in prison, he wrote two books.', 'preposition-as-conjunction', 'During'],
  ['The minister which resigned last week was replaced.', 'which-for-person', 'which'],
  ['The storm, who hit the coast on Sunday, killed six people.', 'who-for-thing', 'who'],
  ['The police wants that the witnesses come forward.', 'want-that-clause', 'that the witnesses come'],
  ['The referee did not see nothing.', 'double-negation', 'nothing'],
];

describe('artifact classes in other words', () => {
  it.each(CASES)('%s', (text, ruleId, span) => {
    const found = run(text).filter((f) => f.ruleId === ruleId).map((f) => f.text);
    expect(found).toContain(span);
  });
});

const CLEAN: readonly string[] = [
  'The ministry said on Tuesday the talks would resume next month.',
  'The company announced on Tuesday a plan to cut 5,000 jobs by 2026.',
  'Shares rose on Monday the most in a month after the results.',
  'She was elected in 2019 the first woman to lead the party.',
  'Officials said that the minister on Tuesday had presented a plan.',
  'The bank will offer more cheap loans to small farmers.',
  'More young people are leaving the villages for the cities.',
  'The vaccine will do more good than harm, experts said.',
  'He was more sad than angry about the result.',
  'We wish that the war would end soon.',
  'They asked that the court delay the hearing.',
  'I want that money back by Friday.',
  'Prices continue to climb, and wages have stalled.',
  'He stopped to rest on the way to the border.',
  'The two sides came close to the border on Sunday.',
  'It is also recommended to apply the patch before Friday.',
  'The analysts expected rising prices in the spring.',
  'The ministers agreed funding for the project on Monday.',
  'He did all he could not to lose the vote.',
  'The plant was built to can tomatoes for export.',
  'He was made to resign in March after the scandal.',
  'The company made plans to expand into Asia.',
  'He would not take no for an answer.',
  'It is no longer possible to travel there.',
  'The French government rejected the plan on Friday.',
  'The reforms made the process political, critics said.',
  'With the economy weak, exports fell for a third month.',
  'The problem, he said, is money.',
  'The next day, he left for Paris.',
  'However, he said the plan would work.',
  'The plant, which employs 500 people, will close.',
  'The plan, which they said the court would hear, failed.',
  'It was a miracle that he survived the crash.',
  'He has worked for the ministry since 2010.',
  'Inflation is at its highest since 1990.',
  'It is the first time since 2008 that the bank cut rates.',
  'Shares are up 20 percent since January.',
  'It is ten years since he died.',
  'Is it necessary to act now?',
  'It is necessary to act now, the minister said.',
  'The delegation has arrived in Kyiv.',
  'The team is gone, and the fans are angry.',
  'What matters is results, the coach said.',
  'It is unclear why the ministry decided to act now.',
  'He asked: why did the ministry act now?',
  'Nobody knows who did it.',
  'Such a decision was unexpected.',
  'It was a decision so important that nobody slept.',
  'At least 12 people were killed in the attack.',
  'He was killed two days ago in the capital.',
  'The team won the first two rounds.',
  'There are not enough good players in the squad.',
  'The company, whose chief executive resigned, lost 10 percent.',
  'The firm, whose lawyers the court appointed, lost the case.',
  'The plan, which was approved in May, failed.',
  'The troops who fought there were decorated.',
  'The minister, who resigned in May, denied the claims.',
  'He met the president, which was a surprise.',
  'They not only agreed but signed the deal.',
  'Despite it being late, they played on.',
  'Because of it, the match was cancelled.',
  'The government strongly condemned the attack on the embassy.',
  'They met again the following day.',
  'He said again the talks would resume.',
  'Nobody came to the meeting on Friday.',
  'These commands do not work when no change was made.',
  'The company said that it will appeal the ruling.',
  'He said that would be a mistake.',
  'The bank raised its key rate again on Thursday.',
  'Parliament unanimously approved the budget.',
];

describe('near misses in clean English', () => {
  it.each(CLEAN)('stays quiet: %s', (text) => {
    expect(run(text).map((f) => `${f.ruleId}: ${f.text}`)).toEqual([]);
  });
});

/**
 * he/his/she/her/himself/herself for a country, a capital, a region or a city standing for its
 * government, or an institution: "Washington and his allies", "the Health Ministry said she
 * would", "Bavaria said he would sue", "for the first time in his history". Languages with
 * grammatical gender make a ministry or a bank "he" or "she"; English makes it "it".
 *
 * Antecedents are resolved by the heuristic documented in ./antecedents.ts: the nearest
 * candidate noun phrase before the pronoun must be a place/institution acting as one, with no
 * person who could be meant named earlier in the sentence or in the two sentences before.
 * Objects ("the hospital hired him", "fined her") are left alone: an institution acts on people;
 * except where no person can be meant: the asker in "Unesco has asked Greece to send her a plan"
 * and a shared object in "the court fined Medtrix and banned her from tenders" (askedToward,
 * sharedObject in ./antecedents.ts).
 */
import type { Token } from '../../../text/document.js';
import type { Rule, RuleContext } from '../../types.js';
import { describeMention, matchCase, MetonymAnalysis, type Resolution } from './antecedents.js';
import { isNameWord } from '../capitalization/lexicon.js';

function replacementFor(a: MetonymAnalysis, t: Token): string[] {
  switch (t.norm) {
    case 'his':
    case 'hers':
      return [matchCase('its', t.text)];
    case 'her':
      return a.herIsPossessive(t) ? [matchCase('its', t.text), matchCase('it', t.text)] : [matchCase('it', t.text), matchCase('its', t.text)];
    case 'himself':
    case 'herself':
      return [matchCase('itself', t.text)];
    default:
      return [matchCase('it', t.text)];
  }
}

/**
 * Reports each he/she/his/her... that `resolve` binds to a place or an institution, with the
 * "it" or "its" that English uses (shared with the suspect tier, institution-report-pronoun).
 */
export function reportGendered(ctx: RuleContext, resolve: (a: MetonymAnalysis, t: Token) => Resolution | undefined, refers: string): void {
  const { doc } = ctx;
  // The pronouns from the word index (the analysis computes nothing else until asked).
  const analysis = MetonymAnalysis.of(doc);
  const at = analysis.pronouns;
  for (let k = 0; k < at.length; k++) {
    const t = doc.tokens[at[k] as number] as Token;
    // "He Kang, Minister of Agriculture": the Chinese surname He before a given name.
    if (t.text === 'He' && isNameWord(doc.next(t))) continue;
    const r = resolve(analysis, t);
    if (!r) continue;
    const suggestions = replacementFor(analysis, t);
    ctx.report({
      start: t.start,
      end: t.end,
      message: `“${t.text}” ${refers} ${describeMention(analysis, r.antecedent)}: English uses “${suggestions[0]}”, not “he” or “she”.`,
      suggestions,
      reason: 'English refers to a country, capital or institution as “it”; “he/she” carries over a source language’s grammatical gender.',
      confidence: r.confidence,
    });
  }
}

export const rule: Rule = {
  meta: {
    id: 'institution-gendered-pronoun',
    category: 'metonym-pronoun',
    severity: 'warning',
    description: 'A country, capital or institution referred to as “he” or “she” instead of “it”.',
    examples: {
      bad: [
        { text: 'The US has rejected the demands. Washington and [[his]] allies refused to provide such guarantees.', output: 'The US has rejected the demands. Washington and its allies refused to provide such guarantees.' },
        { text: 'Beijing and [[her]] partners in the region have long complained about the cheap yen.', output: 'Beijing and its partners in the region have long complained about the cheap yen.' },
        { text: 'The company Orvex cut 2,000 jobs. [[He]] blamed high energy prices and weak demand.', output: 'The company Orvex cut 2,000 jobs. It blamed high energy prices and weak demand.' },
        { text: 'The party and [[his]] leader rejected the proposal.', output: 'The party and its leader rejected the proposal.' },
        { text: 'Ukraine’s parliament voted on Tuesday. [[She]] approved the budget by 250 votes.', output: 'Ukraine’s parliament voted on Tuesday. It approved the budget by 250 votes.' },
        { text: 'The court in Lisbon ruled that the contract was void. [[He]] ordered the company to pay damages.', output: 'The court in Lisbon ruled that the contract was void. It ordered the company to pay damages.' },
        { text: 'The ministry of defence ordered 20 new helicopters. [[He]] will pay for them over ten years.', output: 'The ministry of defence ordered 20 new helicopters. It will pay for them over ten years.' },
        { text: 'The city council of Lyon voted for the plan. [[She]] will spend 40 million euros on new trams.', output: 'The city council of Lyon voted for the plan. It will spend 40 million euros on new trams.' },
        { text: 'Washington and [[his]] allies refused the offer on Monday.', output: 'Washington and its allies refused the offer on Monday.' },
        { text: 'The Bank of England raised [[his]] key interest rate to 5.25 percent on Thursday.', output: 'The Bank of England raised its key interest rate to 5.25 percent on Thursday.' },
        { text: 'The Foreign Ministry said [[she]] would summon the ambassador on Monday.', output: 'The Foreign Ministry said it would summon the ambassador on Monday.' },
        { text: 'Crews fought the fire near the farm of Tom Reed. Canberra said [[he]] would send army helicopters.', output: 'Crews fought the fire near the farm of Tom Reed. Canberra said it would send army helicopters.' },
        { text: 'Rail traffic stopped as nurse Anna Berg led the march. The government said [[she]] was ready for talks.', output: 'Rail traffic stopped as nurse Anna Berg led the march. The government said it was ready for talks.' },
        { text: 'The hospital said [[he]] had opened a second isolation ward at the weekend.', output: 'The hospital said it had opened a second isolation ward at the weekend.' },
        { text: 'The Kremlin said [[he]] was ready to resume the talks in January.', output: 'The Kremlin said it was ready to resume the talks in January.' },
        { text: 'Moscow has made clear that [[he]] will not accept any further enlargement of the alliance.', output: 'Moscow has made clear that it will not accept any further enlargement of the alliance.' },
        { text: 'Japan and [[his]] trading partners agreed to cut tariffs on steel.', output: 'Japan and its trading partners agreed to cut tariffs on steel.' },
        { text: 'The club said in [[his]] statement that the fee could rise with bonuses.', output: 'The club said in its statement that the fee could rise with bonuses.' },
        { text: 'The central bank kept [[her]] benchmark rate unchanged for a third meeting.', output: 'The central bank kept its benchmark rate unchanged for a third meeting.' },
        { text: 'The Supreme Court said [[he]] would hear the case in October.', output: 'The Supreme Court said it would hear the case in October.' },
        { text: 'The company reported a loss and said [[she]] would cut 2,000 jobs.', output: 'The company reported a loss and said it would cut 2,000 jobs.' },
        { text: 'Poland and [[his]] neighbours have taken in millions of refugees.', output: 'Poland and its neighbours have taken in millions of refugees.' },
        { text: 'The regulator warned that [[he]] would act again if the bank failed to comply.', output: 'The regulator warned that it would act again if the bank failed to comply.' },
        { text: 'The Health Ministry announced new restrictions. [[She]] said schools would close for two weeks.', output: 'The Health Ministry announced new restrictions. It said schools would close for two weeks.' },
        { text: 'The Foreign Ministry distanced [[herself]] from the ambassador’s remarks.', output: 'The Foreign Ministry distanced itself from the ambassador’s remarks.' },
        { text: 'Uruguayan club Peñarol will receive [[her]] share of the transfer fee.', output: 'Uruguayan club Peñarol will receive its share of the transfer fee.' },
        { text: 'Gazprom said [[he]] would halt deliveries through the pipeline from Friday.', output: 'Gazprom said it would halt deliveries through the pipeline from Friday.' },
        { text: 'Kyiv and [[her]] Western backers reject any ceasefire that freezes the front line.', output: 'Kyiv and its Western backers reject any ceasefire that freezes the front line.' },
        { text: 'Berlin announced that [[she]] would send more air defence systems.', output: 'Berlin announced that it would send more air defence systems.' },
        { text: 'France has also said that [[she]] would send more troops to the region.', output: 'France has also said that it would send more troops to the region.' },
        { text: 'Argentina devalued [[her]] currency for the second time this year.', output: 'Argentina devalued its currency for the second time this year.' },
        { text: 'According to the ministry, [[she]] will open three new shelters this week.', output: 'According to the ministry, it will open three new shelters this week.' },
        { text: 'According to Moscow, [[he]] has no plans to attack.', output: 'According to Moscow, it has no plans to attack.' },
        { text: 'The utility said [[she]] had restored power to 80 percent of customers.', output: 'The utility said it had restored power to 80 percent of customers.' },
        { text: 'Bavaria said [[he]] would challenge the law before the constitutional court.', output: 'Bavaria said it would challenge the law before the constitutional court.' },
        { text: 'Lombardy has asked Rome to extend [[his]] state of emergency until June.', output: 'Lombardy has asked Rome to extend its state of emergency until June.' },
        { text: 'Sichuan province said [[he]] had relocated 20,000 residents from the flood zone.', output: 'Sichuan province said it had relocated 20,000 residents from the flood zone.' },
        { text: 'The state of Florida said [[he]] would appeal the ruling.', output: 'The state of Florida said it would appeal the ruling.' },
        { text: 'The Ministry of Labour, Invalids and Social Affairs asked local agencies to mediate and said [[his]] inspectors would check the wages.', output: 'The Ministry of Labour, Invalids and Social Affairs asked local agencies to mediate and said its inspectors would check the wages.' },
        { text: 'Staff at Hanvira said the firm had cut the bonus, and that [[he]] had not paid overtime. Hanvira, which makes shoes for European brands, employs 9,000 people.', output: 'Staff at Hanvira said the firm had cut the bonus, and that it had not paid overtime. Hanvira, which makes shoes for European brands, employs 9,000 people.' },
        { text: 'Veltrona said [[he]] would cut 300 jobs this year. Veltrona’s chief executive resigned on Friday.', output: 'Veltrona said it would cut 300 jobs this year. Veltrona’s chief executive resigned on Friday.' },
        { text: 'The RSF delegation made a statement saying [[he]] was ready to resume negotiations.', output: 'The RSF delegation made a statement saying it was ready to resume negotiations.' },
        { text: 'The national railway company SNCB said [[she]] would cancel half of its trains on Tuesday.', output: 'The national railway company SNCB said it would cancel half of its trains on Tuesday.' },
        { text: 'The opposition party announced that [[he]] would boycott the vote.', output: 'The opposition party announced that it would boycott the vote.' },
        { text: 'Coach Marco Rossi was sacked in May. The club reached the final for the first time in [[his]] history.', output: 'Coach Marco Rossi was sacked in May. The club reached the final for the first time in its history.' },
        { text: 'Morocco reached the semi-finals for the first time in [[his]] history.', output: 'Morocco reached the semi-finals for the first time in its history.' },
        { text: 'Finance Minister Jan Novak presented the budget. The central bank kept [[his]] key rate at 4.5 percent.', output: 'Finance Minister Jan Novak presented the budget. The central bank kept its key rate at 4.5 percent.' },
        { text: 'President Lula visited the region on Friday. Brazil will defend [[his]] borders, the army said.', output: 'President Lula visited the region on Friday. Brazil will defend its borders, the army said.' },
        { text: 'In [[her]] statement, the Health Ministry said the outbreak was under control.', output: 'In its statement, the Health Ministry said the outbreak was under control.' },
        { text: 'Since [[his]] founding in 1946, the agency has inspected hundreds of sites.', output: 'Since its founding in 1946, the agency has inspected hundreds of sites.' },
        { text: 'The ministry, for [[her]] part, said the talks would resume.', output: 'The ministry, for its part, said the talks would resume.' },
        { text: 'The UN refugee agency UNHCR said [[he]] had registered more than 300,000 refugees.', output: 'The UN refugee agency UNHCR said it had registered more than 300,000 refugees.' },
        { text: 'Banco Atlântico said [[he]] would close 40 branches by the end of the year.', output: 'Banco Atlântico said it would close 40 branches by the end of the year.' },
        { text: 'The World Chess Federation, or FIDE, said [[she]] would move the tournament to Dubai.', output: 'The World Chess Federation, or FIDE, said it would move the tournament to Dubai.' },
        { text: 'The Ministry of Energy has raised fuel prices twice this year, and [[he]] has promised further increases.', output: 'The Ministry of Energy has raised fuel prices twice this year, and it has promised further increases.' },
        { text: 'Washington tightened [[his]] sanctions on the oil sector.', output: 'Washington tightened its sanctions on the oil sector.' },
        { text: 'Prosecutors raided the offices on Monday. The regulator said [[he]] had opened an inquiry into the bank.', output: 'Prosecutors raided the offices on Monday. The regulator said it had opened an inquiry into the bank.' },
        { text: 'Buildings in Sorong were flooded on Monday. Sorong has opened four shelters, but many of [[her]] residents refused to leave.', output: 'Buildings in Sorong were flooded on Monday. Sorong has opened four shelters, but many of its residents refused to leave.' },
        { text: 'The Swiss Federation of Skiing and Snowboarding said [[she]] had sold out the event.', output: 'The Swiss Federation of Skiing and Snowboarding said it had sold out the event.' },
        { text: 'Volta Motors said [[she]] would recall 20,000 cars.', output: 'Volta Motors said it would recall 20,000 cars.' },
        { text: 'Grupo Andino reported record sales and said [[he]] would expand into Peru.', output: 'Grupo Andino reported record sales and said it would expand into Peru.' },
        { text: 'Canal Sur 7 said [[she]] had been misled by the advertiser.', output: 'Canal Sur 7 said it had been misled by the advertiser.' },
        { text: 'The channel Telenova said [[he]] had lost a third of its viewers.', output: 'The channel Telenova said it had lost a third of its viewers.' },
        { text: 'TF1 said [[she]] would broadcast the debate live.', output: 'TF1 said it would broadcast the debate live.' },
        { text: 'Aerolíneas del Pacífico said [[he]] would add flights to Lima.', output: 'Aerolíneas del Pacífico said it would add flights to Lima.' },
        { text: 'Ziraat Bankası said [[he]] would lend more to farmers.', output: 'Ziraat Bankası said it would lend more to farmers.' },
        { text: 'The Israeli side said [[he]] would not accept the proposal.', output: 'The Israeli side said it would not accept the proposal.' },
        { text: 'The Houthi movement said [[he]] would release the crew.', output: 'The Houthi movement said it would release the crew.' },
        { text: 'Fares rose again in May. A spokesman for the airline said [[she]] would add two daily flights.', output: 'Fares rose again in May. A spokesman for the airline said it would add two daily flights.' },
        { text: 'Economy Minister Pablo Ruiz welcomed the deal. Grupo Andino said [[he]] would cut 800 jobs after the merger.', output: 'Economy Minister Pablo Ruiz welcomed the deal. Grupo Andino said it would cut 800 jobs after the merger.' },
        { text: 'Envoy Li Wei met the health minister on Monday. She said Japan was ready to share [[his]] experience in elderly care.', output: 'Envoy Li Wei met the health minister on Monday. She said Japan was ready to share its experience in elderly care.' },
        { text: 'According to the OECD, Italy pays [[her]] doctors less than Spain.', output: 'According to the OECD, Italy pays its doctors less than Spain.' },
        { text: 'Vaud said [[he]] would ban the event.', output: 'Vaud said it would ban the event.' },
        { text: 'Finance Minister Jan Novak praised Banco Sol. [[He]] was founded in 1952 and employs 3,000 people.', output: 'Finance Minister Jan Novak praised Banco Sol. It was founded in 1952 and employs 3,000 people.' },
        { text: 'Verta is listed in Frankfurt, and [[she]] was founded by two engineers.', output: 'Verta is listed in Frankfurt, and it was founded by two engineers.' },
        { text: '“We will not give up,” Deputy Minister Karim Nouri said. Tehran will ask [[his]] neighbours to watch the border.', output: '“We will not give up,” Deputy Minister Karim Nouri said. Tehran will ask its neighbours to watch the border.' },
        { text: 'The head of the employers’ association called for cheaper energy. Berlin has promised [[his]] support for retraining.', output: 'The head of the employers’ association called for cheaper energy. Berlin has promised its support for retraining.' },
        { text: 'Economy Minister Anna Huber spoke first. The ministry expressed [[her]] deep concern over the layoffs.', output: 'Economy Minister Anna Huber spoke first. The ministry expressed its deep concern over the layoffs.' },
        { text: 'Floods hit the north, officials said. The National Water Authority (NWA) said the river would peak on Friday. [[He]] said more rain was expected.', output: 'Floods hit the north, officials said. The National Water Authority (NWA) said the river would peak on Friday. It said more rain was expected.' },
        { text: 'Workers said that the enterprise had cut their bonus and that [[he]] had not paid overtime.', output: 'Workers said that the enterprise had cut their bonus and that it had not paid overtime.' },
        { text: 'Enugu Rangers said [[he]] would spend the fee on a new training ground.', output: 'Enugu Rangers said it would spend the fee on a new training ground.' },
        { text: 'Poland has asked [[her]] NATO allies for more air defence systems.', output: 'Poland has asked its NATO allies for more air defence systems.' },
        { text: 'Growers fear the frost. Peru would honour [[her]] export contracts, the ministry said.', output: 'Growers fear the frost. Peru would honour its export contracts, the ministry said.' },
        { text: 'Energy Minister Rudi Hartono visited the plant. The energy ministry said [[he]] would add 2 gigawatts of solar capacity.', output: 'Energy Minister Rudi Hartono visited the plant. The energy ministry said it would add 2 gigawatts of solar capacity.' },
        { text: 'The governor spoke first. The tax agency said last month [[he]] was owed 3.5 million kronor in unpaid taxes.', output: 'The governor spoke first. The tax agency said last month it was owed 3.5 million kronor in unpaid taxes.' },
        { text: 'Sojib joined Bashundhara in 2019. The Youth and Games Ministry cleared the transfer, saying in [[his]] statement that more foreign players were welcome.', output: 'Sojib joined Bashundhara in 2019. The Youth and Games Ministry cleared the transfer, saying in its statement that more foreign players were welcome.' },
        { text: 'Counselor of Social Affairs Marta Puig spoke first. Puig admitted that Madrid has the final word, but said [[he]] had promised a decision within a year.', output: 'Counselor of Social Affairs Marta Puig spoke first. Puig admitted that Madrid has the final word, but said it had promised a decision within a year.' },
        { text: 'Gazprom, the state gas giant, said [[he]] would halt deliveries through the pipeline.', output: 'Gazprom, the state gas giant, said it would halt deliveries through the pipeline.' },
        { text: 'The museum’s director spoke first. Shirin Tehrani said her staff had asked for more guards. The museum said [[he]] had also requested new alarms.', output: 'The museum’s director spoke first. Shirin Tehrani said her staff had asked for more guards. The museum said it had also requested new alarms.' },
        { text: 'About 6,000 workers stopped work at Korean-invested Hanbit Vina before Tet. Workers said that the enterprise had cut the bonus, and that [[he]] had not paid overtime.', output: 'About 6,000 workers stopped work at Korean-invested Hanbit Vina before Tet. Workers said that the enterprise had cut the bonus, and that it had not paid overtime.' },
        { text: 'Bus fares will stay unchanged. The city said fares must rise because Seoul Metro, the operator, recorded a net loss last year. [[He]] blames much of the loss on free rides.', output: 'Bus fares will stay unchanged. The city said fares must rise because Seoul Metro, the operator, recorded a net loss last year. It blames much of the loss on free rides.' },
        { text: 'The agency, which regulates the sector, has asked Italy to send [[her]] a recovery plan by March.', output: 'The agency, which regulates the sector, has asked Italy to send it a recovery plan by March.' },
        { text: 'The ministry had asked hospitals to report any shortage to [[him]].', output: 'The ministry had asked hospitals to report any shortage to it.' },
        { text: 'The regulator reviewed the deal and urged anyone with information to contact [[him]].', output: 'The regulator reviewed the deal and urged anyone with information to contact it.' },
        { text: 'The court fined the company and banned [[her]] from public tenders.', output: 'The court fined the company and banned it from public tenders.' },
        { text: 'The regulator fined the supplier Veltrona 2 million euros and banned [[her]] from tenders.', output: 'The regulator fined the supplier Veltrona 2 million euros and banned it from tenders.' },
        { text: 'Greece has been asked by the European Commission to send [[her]] a recovery plan by December.', output: 'Greece has been asked by the European Commission to send it a recovery plan by December.' },
        { text: 'The court fined the company 2 million euros, banning [[her]] from public tenders.', output: 'The court fined the company 2 million euros, banning it from public tenders.' },
      ],
      good: [
        'The ministry said output would rise. He Yafei, a vice minister, gave no figure.',
        'The regulator fined Veltrona 2 million euros and banned her from tenders.',
        'Anna Berg ran the firm. The court fined the company and banned her from public tenders.',
        'Police raided the company and arrested him.',
        'The court fined the company and ordered her to pay the costs.',
        'The court fined Ivanov and banned him from driving.',
        'The union fined the club and suspended him for six matches.',
        'Officials said the ministry acted quickly and banned her from the building.',
        'The ministry asked Interpol to hand him over.',
        'The ministry asked the court to send him back to prison.',
        'Anna Berg said schools were asked by the ministry to report to her.',
        'The minister, Jan Kowal, is under pressure. The report was published on Monday. It found serious failings. The commission has asked the ministry to send him a full response.',
        'The chairwoman resigned in May. The scandal broke in March. Investors sued the bank. Regulators later fined the bank and barred her from the industry.',
        'Anna Berg, the chief executive, was charged. The court fined the company, banning her from its board.',

        'Anna Berg leads the inquiry. The ministry asked witnesses to contact her.',
        'The ministry asked schools to send her their plans, spokeswoman Anna Berg said.',
        'The court asked Ivanov to pay him damages.',
        'Police asked anyone with information to contact him.',
        'The ministry asked him to send the report to Brussels.',

        'Smith says the plan will fail. The city said fares must rise because Seoul Metro recorded a loss. He blames the loss on free rides.',
        'The fans were angry because the club had sold its best player. He had scored 30 goals.',
        'Analysts say it does not mean that the central bank should fail in its job. She puts her family first.',
        'Manager Tom Reed met the workers. They said that the company had cut the bonus and that he had refused to meet them.',
        'Ivanov has denied it. Workers said the company had cut the bonus, and that he had refused to meet them.',
        'Curator Tom Berg spoke first. The museum said he had requested new alarms.',
        'Pupil Tom Reed was bullied for months. The school said he had been moved to another class.',
        'The zoo said she was eating well again.',
        'Rescuers in Valencia, the worst-hit region, said she had been found alive.',
        'Counselor of Social Affairs Marco Puig spoke first. Puig admitted that Madrid has the final word, but said he had promised a decision within a year.',
        'Talks with the Bank of England, Barclays and Jan Nowak ended, and he said a deal was close.',
        'Lis, whose shares in the firm are worth millions, said he would sell them.',
        'Dravik said he would sell. Dravik’s shares fell in value.',
        'George Washington and his allies crossed the Delaware.',
        'John Smith founded the fund in 2010. The company said he would sell 2 million shares.',
        'The club signed Smith, saying in his statement that he was delighted.',
        'The ministry met the coach, who left, saying in his statement that he was tired.',
        'Anna Berg was hired as chief executive. The bank said she would receive a salary of 1 million euros.',
        'Israel and her neighbours signed the accord in 1994.',
        'Senator Jane Ross met the envoy. Moscow has rejected her request for a visa.',
        'General John Smith spoke to reporters. Washington has thanked his soldiers for their service.',
        'Mr. Washington and his partners sold the firm.',
        'Washington and its allies refused to provide such guarantees.',
        'George Washington and his aides crossed the river at night.',
        'Prime Minister Anthony Albanese visited the fire zone. Canberra said he would return next week.',
        'Health Minister Ana Silva resigned on Monday. The government said she would stay until June.',
        'Georgia Radu, a senior nurse on the ward, said she and her colleagues were working 16-hour shifts.',
        'Paris Hilton said she would launch a new fragrance in the spring.',
        'In Washington, a State Department spokesman said he had no comment on the case.',
        'Ivanov denied the charges. A Moscow court said he must pay a fine of 3,000 rubles.',
        'Foreign Minister Sergey Lavrov said that Moscow would respond, and he warned of consequences.',
        'US Secretary of State Antony Blinken said on Tuesday that Washington worked with allies to overcome what he called aggression.',
        '“Each decision will depend on the data,” he said after the Bank of Japan meeting.',
        'Smith was taken to hospital on Monday. The hospital said he was in a stable condition.',
        'The midfielder passed a medical on Monday. The club said his contract runs until 2029.',
        'Nacional, his first club, will receive part of the fee.',
        'The ministry’s spokeswoman said she had not seen the report.',
        'Kremlin spokesman Dmitry Peskov said he had nothing to add.',
        'Morimoto, the governor of the Bank of Japan, said he saw no need to hurry.',
        'Health Minister Doina Marin said she would ask parliament for more money.',
        'The bank’s governor said he would not comment on the yen.',
        'The court sentenced Ivanov to five years and ordered him to pay damages.',
        'The department then relocated the bear to a sanctuary to resume his life in the wild.',
        'Romania and its neighbour Bulgaria have the lowest vaccination rates in the EU.',
        'Benfica’s president told supporters that he could not refuse such an offer.',
        'Putin said Russia and his government had no plans to invade.',
        'The ship and her crew were released after three weeks.',
        'Jordan said he would retire at the end of the season.',
        'The prime minister, who faces an election in July, said the government would support her plan.',
        'Anna Petrova told the court she had never met the defendant, and the judge said she could leave.',
        'The Kremlin said its position had not changed.',
        'Officials in Beijing said he had been detained for questioning.',
        'After the court hearing, his lawyer said he would appeal.',
        'He flew to Washington and his wife stayed in Moscow.',
        'Chief executive John Smith will leave in March. His departure follows a slump in profits. The company said he would stay on as an adviser.',
        'The Foreign Ministry summoned the ambassador on Tuesday. He was told that the remarks were unacceptable.',
        'The club have sacked their manager after six defeats. The board said he had lost the dressing room.',
        'The bank fined her 500 pounds for the late payment.',
        '“I am innocent,” Petrov said after the hearing. The court said he would remain in custody.',
        'John Smith, 34, was charged with fraud. The case was heard at Southwark Crown Court on Monday. The court was told he had taken 2 million pounds.',
        'The hospital said the boy was in a critical condition and that he had been transferred to Bucharest.',
        'The company confirmed that she had resigned with immediate effect.',
        'The French presidency said Macron had spoken to Zelensky and that he had promised more aid.',
        'After two decades at the bank, she left to start her own fund.',
        'According to the hospital, she is in a stable condition.',
        'According to his lawyer, he will appeal the verdict.',
        'According to Paris Hilton, she will launch a new fragrance.',
        'Denzel Washington starred in the film. Washington announced that he would direct the sequel.',
        'According to the club, he will be out for six weeks.',
        'Virginia Raggi, the former mayor of Rome, said she would run again.',
        'Milan Kundera said he had never returned to Prague.',
        'Guerrero said he felt ready to play on Sunday.',
        'Texas Governor Greg Abbott said he would send more troops to the border.',
        'The Bavarian premier said he would challenge the law in court.',
        'The operator of the crane said he had not seen the workers.',
        'The panic-stricken operator realized he was running the wrong version.',
        'The federation president said he would not resign.',
        'John Smith joined the company in 1990. For the first time in his career, he was out of work.',
        'The club signed him in 2015, and his history of injuries worried the coach.',
        'In his statement, the club’s lawyer said the player was innocent.',
        'In his ruling, the court said the law was unconstitutional.',
        'Smith, for his part, said he was innocent.',
        'The army was in the field awaiting action. He served in the infantry for three years.',
        'The company Orvex hired Jan Smith in May. He blamed high energy prices.',
        'The mayor of Lyon voted for the plan. She will spend 40 million euros on new trams.',
        'He arrived late at the party and his wife had already left.',
        'The school and her parents disagreed about the trip.',
        'The court in Lisbon heard the case of Ana Costa. She was released on bail.',
        'It takes years before a magazine makes money. She found an old issue in the attic.',
        'Illinois is not the land that God forgot; it is the land He is trying to ignore.',
        'The operator must record how desperate he/she is to use the machine.',
        'The state said he had shown no remorse for the killings.',
        'Banks said he would appeal the ruling.',
        'Finance Minister Jan Kowal presented the budget on Monday. The government has cut spending, and he said further cuts would follow.',
        'Investors in Sorong said they would wait. Sorong said he would leave.',
        'Rescuers found him alive. Hopes faded as he struggled.',
        'The club signed him in May, and he has scored ten goals since.',
        'Confidence in Macron fell. Macron said he would stay.',
        'Nordic Tankers chief executive Lars Berg said he would step down.',
        'Crews fought the fire near the farm of Tom Reed. He said the flames came within metres of his house.',
        'It is widely said that America is losing her competitive edge.',
        'We seek a lasting peace between Israel and her neighbors.',
        'Britain has made her position clear, and she will defend her borders.',
        'France said her president would attend the summit.',
        'America did not become great through softness. Her progress flowed from hard work.',
        'The Congress has granted Austria a moratorium, and payments will begin on her debt.',
        'The more the Government spends, the more it must require every producer to contribute out of his production.',
        'A spokeswoman for Anna Berg said she would not comment.',
        'Health Minister Anna Berg visited the hospital. A spokesman for the ministry said she would return next week.',
        'A spokesman for the family said she was recovering at home.',
        'Article 5 says he must be informed of the charges.',
        'The English Channel was calm, and she swam it in 14 hours.',
        'The home side said he would be fit for Saturday.',
        'Channel 4 presenter Jon Snow said he would step down.',
        'Editorial Director John Smith said he would leave in June.',
        'The movement of goods slowed, and he blamed the border checks.',
        'John Smith was named chief executive on Monday. The company said he would cut 2,000 jobs.',
        'Finance Minister Jan Novak criticised the merger. The bank said he had misunderstood the deal.',
        'He was listed as missing after the flood.',
        'She was established as the favourite after the first round.',
        'A spokeswoman for Downing Street said he would attend the summit.',
        'Covid 19 has killed his father and two uncles.',
        'Jan Novak criticised the merger. The party confirmed his position as leader.',
        'Jan Novak was freed on Monday. Washington welcomed his support for the deal.',
        'Anna Huber resigned. The court noted her opposition to the plan.',
        'The court ordered his release on bail.',
        'The ministry asked her staff to stay at home.',
      ],
    },
  },
  check(ctx) {
    reportGendered(ctx, (a, t) => a.resolveGendered(t), 'refers to');
  },
};

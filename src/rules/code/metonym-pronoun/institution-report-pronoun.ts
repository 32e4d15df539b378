/**
 * Suspect tier of institution-gendered-pronoun, for the pronouns it leaves alone because fluent
 * English could mean a person (./antecedents.ts, suspectGendered):
 *  - a body reporting about itself, “The company said she would appeal”, “The federation said
 *    his rules require”, where a person of that gender was named shortly before (fluent English
 *    does write “John Smith was named chief executive. The company said he would cut jobs”);
 *  - a country as “she”, which English once wrote (“France has made her position clear”);
 *  - a country or capital (he/she/his/her), or an institution (he/she, his/her before what only
 *    a body has: “his staff”, “her key rate”), that opens the
 *    pronoun's sentence as its nearest actor, with no person before it in that sentence, where a
 *    person named in an earlier sentence blocked the ordinary reading (“Papadakis has guarded
 *    the rock for 22 years. Athens has long argued that her tourism model must change”).
 *  - him/her asked for by a body, as askedToward in the main tier but with only the sentence
 *    before free of a person it may mean ("Kripos … asked anyone called by the network to
 *    contact him"), and a shared object of two verbs likewise;
 *  - a country opening a quote and its he/she/his/her in the same quoted sentence ("“Serbia
 *    today got back a piece of her memory,” Đorić said").
 * In copy that already shows machine-translation artifacts these mostly carry over a source
 * language's grammatical gender.
 */
import type { Rule } from '../../types.js';
import { reportGendered } from './institution-gendered-pronoun.js';

export const rule: Rule = {
  meta: {
    id: 'institution-report-pronoun',
    category: 'metonym-pronoun',
    severity: 'info',
    suspect: true,
    description: 'A body or a country as “he” or “she” where fluent English could mean a person: “The company said she would appeal”, “Athens has long argued that her model”.',
    examples: {
      bad: [
        { text: 'Judge Anna Nowak ordered the mine to pay. The company said [[she]] would appeal against the verdict.', output: 'Judge Anna Nowak ordered the mine to pay. The company said it would appeal against the verdict.' },
        { text: 'Kibwana, 22, scored twice. The club said [[he]] would use the fee to build a youth academy.', output: 'Kibwana, 22, scored twice. The club said it would use the fee to build a youth academy.' },
        { text: 'Coach Ali Musa criticised the decision. The football federation said [[his]] rules require clubs to pay 5 percent.', output: 'Coach Ali Musa criticised the decision. The football federation said its rules require clubs to pay 5 percent.' },
        { text: 'Lena Berg, the agency’s director, spoke to reporters. The agency said that [[she]] had requested new funds.', output: 'Lena Berg, the agency’s director, spoke to reporters. The agency said that it had requested new funds.' },
        { text: 'Juma Kibwana makes his debut next week. The Tanzania Football Federation said [[his]] rules require clubs to pay 5 percent.', output: 'Juma Kibwana makes his debut next week. The Tanzania Football Federation said its rules require clubs to pay 5 percent.' },
        { text: 'Papadakis has guarded the rock for 22 years. Athens has long argued that [[her]] tourism model must change.', output: 'Papadakis has guarded the rock for 22 years. Athens has long argued that its tourism model must change.' },
        { text: 'Ali Musa met the envoy on Monday. Moscow has made clear that [[he]] will not accept the plan.', output: 'Ali Musa met the envoy on Monday. Moscow has made clear that it will not accept the plan.' },
        { text: 'France has made [[her]] position clear.', output: 'France has made its position clear.' },
        { text: 'Ali Musa resigned on Monday. The central bank kept rates unchanged because [[he]] feared inflation.', output: 'Ali Musa resigned on Monday. The central bank kept rates unchanged because it feared inflation.' },
        { text: 'Ali Musa visited the plant on Monday. The ministry has doubled [[his]] staff since June.', output: 'Ali Musa visited the plant on Monday. The ministry has doubled its staff since June.' },
        { text: 'Coffee official Abebe Tadesse spoke on Monday. Exports rose. Ethiopia, Africa’s largest coffee producer, earns a third of [[her]] export revenue from coffee.', output: 'Coffee official Abebe Tadesse spoke on Monday. Exports rose. Ethiopia, Africa’s largest coffee producer, earns a third of its export revenue from coffee.' },
        { text: 'Lawyer Per Olsen declined to comment. Prosecutors will seek custody. The agency believes the gang had help abroad and asked anyone called by it to contact [[him]].', output: 'Lawyer Per Olsen declined to comment. Prosecutors will seek custody. The agency believes the gang had help abroad and asked anyone called by it to contact it.' },
        { text: '“Poland will never forget [[her]] heroes,” the president said.', output: '“Poland will never forget its heroes,” the president said.' },
        { text: 'Culture Minister Jelena Đorić spoke first. “Serbia today got back a piece of [[her]] memory,” Đorić said.', output: 'Culture Minister Jelena Đorić spoke first. “Serbia today got back a piece of its memory,” Đorić said.' },
      ],
      good: [
        '“Anna said Poland was her home,” he said.',
        '“Serbia gave Ana her first chance,” he said.',
        '“France, she said, is proud of her.”',
        '“Ireland loves her music,” he said of singer Mary Black.',
        'Mary Black sang on Sunday. “Ireland loves her music,” the mayor said.',
        'Prosecutors will seek custody, lawyer Per Olsen said. The agency asked anyone called by the gang to contact him.',

        '“Lisbon will always be my second home,” he wrote.',
        'Curator Tom Reed was hurt. The museum said he had been taken to hospital.',
        'Anna Berg grew up near Paris. Paris, she said, was where her family lived.',
        'Jiri of Podebrady captured Prague in 1448; ten years later he became king.',
        'He stunned Paris with his performance in the final.',
        'Ali Musa met the envoy on Monday. The talks in Moscow, he said, had failed.',
        'Judge Anna Nowak ordered the mine to pay. Her lawyer said she would appeal against the verdict.',
        'Judge Anna Nowak ordered the mine to pay. The company said it would appeal against the verdict.',
        'Anna Nowak joined the firm in May. According to the company, she will lead its Polish arm.',
        'Kibwana, 22, scored twice. The club’s coach said he would play on Sunday.',
        'Kibwana, 22, scored twice, and the club said him a fine player.',
        'Kibwana, 22, scored twice. “The club said he would stay,” his agent said.',
        'Kibwana, 22, scored twice. The club told him he would stay.',
        'Anna Nowak was fined. A court in Warsaw said she had broken the law.',
        'Juma Kibwana signed on Friday. The club added that his release clause was set at 10 million.',
      ],
    },
  },
  check(ctx) {
    reportGendered(ctx, (a, t) => a.suspectGendered(t), 'may refer to');
  },
};

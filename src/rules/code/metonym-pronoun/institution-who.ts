/**
 * "who"/"whom" opening a relative clause about a government, ministry, bank, court, company or
 * other institution, or a country, capital or region standing for its government: "The Kremlin,
 * who has denied any role", "the ministry of finance, who spent", "Lombardy, who". Also the
 * restrictive "the ministry who approved it" after a lower-case institution noun (not in a cleft,
 * "it was the government who", nor after "people at the bank who"). English uses "which".
 *
 * British usage lets clubs, teams, parties, unions and councils take "who" (and a plural verb):
 * "Benfica, who won the title" is left alone, as is a country or club in a sports story.
 */
import type { Rule } from '../../types.js';
import { describeMention, matchCase, MetonymAnalysis } from './antecedents.js';

export const rule: Rule = {
  meta: {
    id: 'institution-who',
    category: 'metonym-pronoun',
    severity: 'warning',
    description: 'A relative “who” after a government, institution, company or country, where English uses “which”.',
    examples: {
      bad: [
        { text: 'Tampere municipality, [[who]] owns the arena, will not write off the debt.', output: 'Tampere municipality, which owns the arena, will not write off the debt.' },
        { text: 'The Aarhus city council, [[who]] runs the port, said no.', output: 'The Aarhus city council, which runs the port, said no.' },
        {
          text: 'The Ministry of Land, Infrastructure and Transport, [[who]] says local transport is a matter for cities, has refused.',
          output: 'The Ministry of Land, Infrastructure and Transport, which says local transport is a matter for cities, has refused.',
        },
        { text: 'The Kremlin, [[who]] has denied any role in the case, said the courts were independent.', output: 'The Kremlin, which has denied any role in the case, said the courts were independent.' },
        { text: 'The ministry of finance of Japan, [[who]] spent nearly 10 trillion yen last year, declined to comment.', output: 'The ministry of finance of Japan, which spent nearly 10 trillion yen last year, declined to comment.' },
        { text: 'The European Central Bank, [[who]] meets next week, is expected to hold rates.', output: 'The European Central Bank, which meets next week, is expected to hold rates.' },
        { text: 'The company, [[who]] employs 4,000 people in France, said it would appeal.', output: 'The company, which employs 4,000 people in France, said it would appeal.' },
        { text: 'Russia, [[who]] denies any involvement, called the report a provocation.', output: 'Russia, which denies any involvement, called the report a provocation.' },
        { text: 'The Constitutional Court, [[who]] must rule within 30 days, has not set a date.', output: 'The Constitutional Court, which must rule within 30 days, has not set a date.' },
        { text: 'The regulator, [[whom]] the company accused of bias, rejected the claim.', output: 'The regulator, which the company accused of bias, rejected the claim.' },
        { text: 'The Health Ministry, [[who]] had promised more vaccines, admitted the delay.', output: 'The Health Ministry, which had promised more vaccines, admitted the delay.' },
        { text: 'Beijing, [[who]] considers the island part of its territory, protested.', output: 'Beijing, which considers the island part of its territory, protested.' },
        { text: 'The US Federal Reserve, [[who]] meets next week, is expected to raise rates again.', output: 'The US Federal Reserve, which meets next week, is expected to raise rates again.' },
        { text: 'The European Agency of Medicines, [[who]] approved the vaccine in December, said it was safe.', output: 'The European Agency of Medicines, which approved the vaccine in December, said it was safe.' },
        { text: 'The Italian central bank, [[who]] publishes its forecasts twice a year, cut its estimate.', output: 'The Italian central bank, which publishes its forecasts twice a year, cut its estimate.' },
        { text: 'Lombardy, [[who]] has the most cases in Italy, ordered schools to close.', output: 'Lombardy, which has the most cases in Italy, ordered schools to close.' },
        { text: 'The ministry [[who]] approved the contract has not commented.', output: 'The ministry that approved the contract has not commented.' },
        { text: 'The airline [[who]] operates the route said it would cancel flights.', output: 'The airline that operates the route said it would cancel flights.' },
        { text: 'The shipping group, Nordic Tankers, [[who]] has operated the route since 2015, declined to comment.', output: 'The shipping group, Nordic Tankers, which has operated the route since 2015, declined to comment.' },
        { text: 'The Museum of Modern Art of Lisbon, [[who]] owns the painting, refused to lend it.', output: 'The Museum of Modern Art of Lisbon, which owns the painting, refused to lend it.' },
        { text: 'The final was played in Doha. Qatar, [[who]] paid for the new stadiums, wants to host the Olympics.', output: 'The final was played in Doha. Qatar, which paid for the new stadiums, wants to host the Olympics.' },
        { text: 'The state lender, Banco Popular, [[who]] holds most of the debt, rejected the offer.', output: 'The state lender, Banco Popular, which holds most of the debt, rejected the offer.' },
        { text: 'Canal Nueve, [[who]] broadcasts in Spanish, lost its licence.', output: 'Canal Nueve, which broadcasts in Spanish, lost its licence.' },
        { text: 'The only station [[who]] covered the strike was fined.', output: 'The only station that covered the strike was fined.' },
        { text: 'The broadcaster Rete 9, [[who]] owns three stations, was fined.', output: 'The broadcaster Rete 9, which owns three stations, was fined.' },
      ],
      good: [
        'Brown municipality workers, who were striking, went home.',
        'The Tampere municipality head, who runs the arena, said no.',
        'He thanked the Ministry of Culture, Berg and Smith, who organised the event.',
        'He thanked the Ministry of Culture, Anna Berg and John Smith, who has since retired.',
        'The Kremlin, which has denied any role in the case, said the courts were independent.',
        'Benfica, who won the Portuguese title last season, had rejected two offers.',
        'France, who won the World Cup in 2018, face Spain in the semi-final on Tuesday.',
        'Ferreyra, who arrived in Lisbon four years ago, passed a medical on Monday.',
        'George Washington, who led the army, became the first president.',
        'The prime minister, who faces an election in July, urged companies to raise pay.',
        'Governor Kenji Morimoto, who spoke to parliament a day earlier, said the bank would act.',
        'A group of parents, who oppose compulsory vaccination, said they would go to court.',
        'The government has appointed a new head of the central bank, who takes office in June.',
        'The council, who met on Tuesday, said the plan would go ahead.',
        'Corvell, whose lawyers called the verdict politically motivated, said it would appeal.',
        'Jordan, who scored twice, was named man of the match.',
        'The head of the ministry, who took office last year, resigned on Monday.',
        'It is not clear who in the government made the decision.',
        'Officials in Moscow, who spoke on condition of anonymity, said the talks had stalled.',
        'It was the government who decided to raise taxes.',
        'People at the bank who knew him were shocked.',
        'The head of the agency who resigned last week was replaced.',
        'The club who won the league last year are struggling.',
        'Refugees from Ukraine, who arrived in March, said they wanted to return.',
        'Members of the union, who voted on Friday, said they would strike.',
        'Qatar, who won the Asian Cup, face Iran on Tuesday.',
        'Morales, who plays for Boca Juniors, said he was happy.',
        'The club’s new striker, Aegis Tankers’ former owner John Smith, who joined in May, scored twice.',
        'We need men long experienced in our Diplomatic Service, who speak the languages of the peoples.',
        'Schalke 04, who were relegated last season, signed him in May.',
        'Maroon 5, who have sold millions of records, will tour Europe.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    let analysis: MetonymAnalysis | undefined;
    for (const t of doc.tokensWith(['who', 'whom'])) {
      if (t.norm !== 'who' && t.norm !== 'whom') continue;
      analysis ??= MetonymAnalysis.of(doc);
      const m = analysis.resolveWho(t);
      if (!m) continue;
      ctx.report({
        start: t.start,
        end: t.end,
        message: `“${t.text}” refers to ${describeMention(analysis, m)}: English uses “which” or “that” for an institution.`,
        // A restrictive clause (no comma) reads best with "that": "the ministry that approved it".
        suggestions: doc.prev(t)?.text === ',' || t.norm === 'whom' ? [matchCase('which', t.text)] : [matchCase('that', t.text), matchCase('which', t.text)],
        reason: 'English uses “which” (or “that”) for a country, government, institution or company; “who” is for people.',
        confidence: 0.85,
      });
    }
  },
};

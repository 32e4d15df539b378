/**
 * "who"/"whom" opening a relative clause about a government, ministry, bank, court, company or
 * other institution, or a country or capital standing for its government: "The Kremlin, who has
 * denied any role", "the ministry of finance, who spent". English uses "which".
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
        { text: 'The Kremlin, [[who]] has denied any role in the case, said the courts were independent.', output: 'The Kremlin, which has denied any role in the case, said the courts were independent.' },
        { text: 'The ministry of finance of Japan, [[who]] spent nearly 10 trillion yen last year, declined to comment.', output: 'The ministry of finance of Japan, which spent nearly 10 trillion yen last year, declined to comment.' },
        { text: 'The European Central Bank, [[who]] meets next week, is expected to hold rates.', output: 'The European Central Bank, which meets next week, is expected to hold rates.' },
        { text: 'The company, [[who]] employs 4,000 people in France, said it would appeal.', output: 'The company, which employs 4,000 people in France, said it would appeal.' },
        { text: 'Russia, [[who]] denies any involvement, called the report a provocation.', output: 'Russia, which denies any involvement, called the report a provocation.' },
        { text: 'The Constitutional Court, [[who]] must rule within 30 days, has not set a date.', output: 'The Constitutional Court, which must rule within 30 days, has not set a date.' },
        { text: 'The regulator, [[whom]] the company accused of bias, rejected the claim.', output: 'The regulator, which the company accused of bias, rejected the claim.' },
        { text: 'The Health Ministry, [[who]] had promised more vaccines, admitted the delay.', output: 'The Health Ministry, which had promised more vaccines, admitted the delay.' },
        { text: 'Beijing, [[who]] considers the island part of its territory, protested.', output: 'Beijing, which considers the island part of its territory, protested.' },
      ],
      good: [
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
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    let analysis: MetonymAnalysis | undefined;
    for (const t of doc.tokensWith(['who', 'whom'])) {
      if ((t.norm !== 'who' && t.norm !== 'whom') || doc.prev(t)?.text !== ',') continue;
      analysis ??= MetonymAnalysis.of(doc);
      const m = analysis.resolveWho(t);
      if (!m) continue;
      ctx.report({
        start: t.start,
        end: t.end,
        message: `“${t.text}” refers to ${describeMention(analysis, m)}: English uses “which” for an institution.`,
        suggestions: [matchCase('which', t.text)],
        reason: 'English uses “which” (or “that”) for a country, government, institution or company; “who” is for people.',
        confidence: 0.85,
      });
    }
  },
};

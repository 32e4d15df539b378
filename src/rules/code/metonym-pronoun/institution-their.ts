/**
 * “their” for one country, capital or state body in the frames that bind a possessive to it:
 * “Russia and their allies”, “the central bank raised their key rate”, “the ministry said in
 * their statement”, “Japan will defend their borders”. English uses “its”. Chinese, Indonesian
 * and Turkish do not mark number on the pronoun; a round trip picks “their”.
 *
 * Narrow on purpose: British usage makes clubs, teams, companies, parties, unions, councils
 * and governments plural (“the club and their fans”, “the Government and their advisers”), and
 * a national side is “they” in sports copy; those are left alone, as is a coordinated
 * antecedent (“the US and Britain and their allies”).
 */
import type { Rule } from '../../types.js';
import { describeMention, matchCase, MetonymAnalysis, type Mention } from './antecedents.js';

const TEAM_WORDS: ReadonlySet<string> = new Set([
  'fans', 'supporters', 'players', 'squad', 'coach', 'manager', 'captain', 'teammates', 'team', 'striker', 'goalkeeper',
  'defence', 'defense', 'attack', 'lineup', 'line-up', 'opponents', 'rivals', 'hopes', 'chances', 'campaign', 'title',
]);
const SINGULAR_CLASSES: ReadonlySet<string> = new Set(['ministry', 'bank', 'regulator', 'agency', 'court', 'legislature', 'country', 'capital', 'region', 'organization']);

export const rule: Rule = {
  meta: {
    id: 'institution-their',
    category: 'metonym-pronoun',
    severity: 'warning',
    description: 'A country, capital or state body referred to as “their” instead of “its”.',
    examples: {
      bad: [
        { text: 'Moscow accused Kyiv and [[their]] Western backers of prolonging the war.', output: 'Moscow accused Kyiv and its Western backers of prolonging the war.' },
        { text: 'The central bank raised [[their]] key rate by half a point.', output: 'The central bank raised its key rate by half a point.' },
        { text: 'The Health Ministry said in [[their]] statement that schools would reopen.', output: 'The Health Ministry said in its statement that schools would reopen.' },
        { text: 'Japan will defend [[their]] territorial waters, the minister said.', output: 'Japan will defend its territorial waters, the minister said.' },
        { text: 'The regulator, for [[their]] part, said the fine was fair.', output: 'The regulator, for its part, said the fine was fair.' },
      ],
      good: [
        'The US and Britain and their allies agreed on new sanctions.',
        'The club and their fans celebrated the title.',
        'France and their coach were booed after the defeat.',
        'Brazil and their fans celebrated in the streets.',
        'The Government and their advisers met on Monday.',
        'The company said in their statement that profits rose.',
        'Officials in Moscow and their families were evacuated.',
        'The ministers and their deputies met in Brussels.',
        'Doctors at the hospital said their patients were stable.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    let analysis: MetonymAnalysis | undefined;
    for (const t of doc.tokensWith(['their'])) {
      if (t.norm !== 'their') continue;
      analysis ??= MetonymAnalysis.of(doc);
      if (analysis.isQuoted(t) || analysis.sports) continue;
      const s = doc.sentenceOf(t);
      if (analysis.sportsSentence(s)) continue;
      const ms = analysis.mentions(s.index).filter((m) => m.last < t.index);
      const prev = doc.prev(t);
      if (!prev) continue;
      let m: Mention | undefined;
      let frame = '';
      const last = ms[ms.length - 1];
      if ((prev.norm === 'and' || prev.text === '&') && last && last.last === prev.index - 1) {
        m = last;
        frame = 'coordination';
      } else if (last && analysis.isCandidate(last)) {
        const words = doc.tokens.slice(last.last + 1, t.index).map((x) => x.norm);
        if (words.length === 2 && words[0] === ',' && words[1] === 'for' && doc.next(t)?.norm === 'part') frame = 'part';
        else if (analysis.isStatementFrame(words, t)) frame = 'statement';
        else if (analysis.ownedByInstitution(t) && words.length <= 4 && !words.includes(',')) frame = 'possession';
        if (frame) m = last;
      }
      if (!m || m.kind === 'person' || (m.role !== 'actor' && m.role !== 'possessive')) continue;
      // "Brazil and their fans": a national side, plural in British usage.
      const n1 = doc.next(t);
      const n2 = n1 ? doc.next(n1) : undefined;
      if ([n1?.norm, n2?.norm].some((w) => w !== undefined && TEAM_WORDS.has(w))) continue;
      if (!SINGULAR_CLASSES.has(m.cls) || !analysis.placeIsGovernment(m)) continue;
      // A coordinated antecedent ("the US and Britain and their allies") is plural.
      const before = doc.prev(doc.tokens[m.first] as (typeof doc.tokens)[number]);
      const b2 = before?.norm === 'the' ? doc.prev(before) : before;
      if (b2 && (b2.norm === 'and' || b2.text === ',' || b2.text === '&' || b2.norm === 'both' || b2.norm === 'or')) continue;
      if (ms.some((x) => x !== m && x.kind === 'person' && x.gender === 'p' && analysis!.isCandidate(x) && x.first < t.index && x.last > m!.first - 6 && x.first > s.firstToken)) continue;
      const fix = matchCase('its', t.text);
      ctx.report({
        start: t.start,
        end: t.end,
        message: `“${t.text}” refers to ${describeMention(analysis, m)}: English uses “${fix}”.`,
        suggestions: [fix],
        reason: 'a country or a state body is singular in English: “its”, not “their”.',
        confidence: 0.7,
      });
    }
  },
};

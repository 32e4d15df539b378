/**
 * A known official name with its capitals lost: “the organization for security and
 * cooperation in Europe” for the Organization for Security and Co-operation in Europe. Round
 * trips through languages that write institutions in lower case (Russian, French, Portuguese)
 * drop them. Names come from src/data/entity-organizations.txt.
 *
 * Only names that cannot be a generic description are flagged in lower case: one with a
 * proper word (Europe, World, International, United Nations) or an acronym-like part, and of
 * three content words or more, or of two when the text already capitalizes one of them
 * (“the European commission”). “a national health service” may be any country's.
 */
import type { Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { isHeadline } from '../capitalization/lexicon.js';
import { findNames } from './gazetteer.js';

// A two-word name is flagged in lower case only when its lower-case word is an institution's
// head: "the European commission", but not "an Islamic state" or "Frankfurt airport".
const HEADS: ReadonlySet<string> = new Set([
  'commission', 'parliament', 'council', 'court', 'union', 'bank', 'league', 'assembly', 'agency', 'fund',
  'organization', 'organisation', 'committee', 'tribunal', 'congress', 'senate', 'reserve',
]);
// "a European defence fund": an indefinite determiner makes the phrase a description (also
// read by capitalization/lowercase-national-body).
export const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an', 'another', 'any', 'each', 'every', 'no', 'such', 'own']);

export const rule: Rule = {
  meta: {
    id: 'official-name-case',
    category: 'entity-name',
    severity: 'warning',
    description: 'A known official name written without its capitals.',
    examples: {
      bad: [
        {
          text: 'Talks will be held under the auspices of the [[organization for security and cooperation in Europe]].',
          output: 'Talks will be held under the auspices of the Organization for Security and Cooperation in Europe.',
        },
        { text: 'The [[world health organization]] recommends 95 percent coverage.', output: 'The World Health Organization recommends 95 percent coverage.' },
        { text: 'She appealed to the [[European court of human rights]] last year.', output: 'She appealed to the European Court of Human Rights last year.' },
        { text: 'The [[International monetary fund]] cut its forecast.', output: 'The International Monetary Fund cut its forecast.' },
      ],
      good: [
        'The Turkish armed forces said two soldiers died, and the Brazilian air force sent planes.',
        'Talks will be held under the auspices of the Organization for Security and Co-operation in Europe.',
        'The Organisation for Security and Co-operation in Europe sent observers.',
        'The World Health Organization recommends 95 percent coverage.',
        'Bulgaria has a national health service funded by contributions.',
        'The country’s central election commission certified the result.',
        'The agency said the security council of the company would meet.',
        'World Health Organization Warns Of Measles Surge',
        'Militants want an Islamic state; Frankfurt airport was closed.',
        'A European defence fund was debated in Brussels.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const m of findNames(doc)) {
      if (!m.caseOnly || !m.form.distinctive) continue;
      const toks = doc.tokens.slice(m.first, m.end).filter((t) => t.kind !== 'punct');
      // Lost capitals only: a capital the name lacks ("For Security") is headline style.
      const lostCapital = toks.some((t: Token, k) => /^\p{Ll}/u.test(t.text) && /^\p{Lu}/u.test(m.form.words[k] ?? ''));
      if (!lostCapital) continue;
      if (m.size < 3 && !m.capitalized) continue;
      if (m.size < 3 && !toks.every((t: Token) => /^\p{Lu}/u.test(t.text) || HEADS.has(t.norm))) continue;
      // "the Turkish armed forces", "the Brazilian air force": a country's adjective before a
      // generic body in lower case describes that country's body; only the country's name is
      // a name. (Bodies of no one country, "the European central bank", stay flagged.)
      if (m.form.entity.country && /^\p{Lu}/u.test((toks[0] as Token).text) && toks.slice(1).every((t: Token) => /^\p{Ll}/u.test(t.text))) continue;
      const before = [doc.tokens[m.first - 1], doc.tokens[m.first - 2]];
      if (before.some((t) => t && INDEFINITE.has(t.norm))) continue;
      const first = doc.tokens[m.first] as Token;
      const last = doc.tokens[m.end - 1] as Token;
      if (isHeadline(doc, first.start)) continue;
      const span = doc.text.slice(first.start, last.end);
      const suggestions = [m.form.text, m.form.entity.official].filter((s, k, a) => a.indexOf(s) === k);
      ctx.report({
        start: first.start,
        end: last.end,
        message: `“${span}” is the official name of the ${m.form.entity.short ?? m.form.entity.official}: English writes it with capitals, “${m.form.text}”.`,
        suggestions,
        reason: 'official names of organizations take capitals on every content word',
        confidence: 0.85,
      });
    }
  },
};

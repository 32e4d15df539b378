/**
 * An international body's acronym in another language's form: “OCDE” (French, Spanish and
 * Portuguese for the OECD), “OTAN” (NATO), “ONU” (UN), “FMI” (IMF), “OMS” (WHO), “BCE” (ECB),
 * German “EZB” and “IWF”. A round trip keeps the source's acronym; English copy uses the English
 * one. Entries: src/data/entity-foreign-acronyms.txt. Not in a text that spells the foreign
 * body's full name ("Organización de las Naciones Unidas (ONU)") or writes in all capitals.
 */
import type { Rule } from '../../types.js';
import { inCompanyName } from '../capitalization/company-names.js';
import { readList } from '../../../data/lists.js';

const ACRONYMS: ReadonlyMap<string, { readonly english: string; readonly name: string }> = new Map(
  readList('entity-foreign-acronyms.txt').map((l) => {
    const [foreign, english, name] = l.split('|');
    return [foreign ?? '', { english: english ?? '', name: name ?? '' }] as const;
  }),
);

export const rule: Rule = {
  meta: {
    id: 'foreign-acronym',
    category: 'entity-name',
    severity: 'warning',
    description: 'A foreign-language acronym of an international body (“OCDE”, “OTAN”) in English copy.',
    examples: {
      bad: [
        { text: 'According to [[OCDE]], France spends less on teachers than Germany.', output: 'According to OECD, France spends less on teachers than Germany.' },
        { text: 'Finland joined [[OTAN]] in April after decades of neutrality.', output: 'Finland joined NATO in April after decades of neutrality.' },
        { text: 'The [[FMI]] cut its growth forecast for Argentina to 2 percent.', output: 'The IMF cut its growth forecast for Argentina to 2 percent.' },
        { text: 'The [[ONU]] Security Council will meet on Friday.', output: 'The UN Security Council will meet on Friday.' },
        { text: 'The [[OMS]] declared the outbreak an emergency.', output: 'The WHO declared the outbreak an emergency.' },
      ],
      good: [
        'OEA Inc makes air bag inflators, and OEA said sales rose. BCE Development Corp sold a tower.',
        'According to the OECD, France spends less on teachers than Germany.',
        'Finland joined NATO in April after decades of neutrality.',
        'The IMF cut its growth forecast for Argentina to 2 percent.',
        'Uno is a card game.',
        'The Organización de las Naciones Unidas (ONU) is the Spanish name of the United Nations.',
        'BREAKING: OTAN AND ONU LEADERS MEET IN GENEVA',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const t of doc.tokensWithText(ACRONYMS)) {
      if (t.kind !== 'word' || t.text.length < 3) continue;
      const a = ACRONYMS.get(t.text);
      if (!a || t.text !== t.text.toUpperCase()) continue;
      // A foreign full name spelled out: the acronym is quoted as the foreign body's own.
      if (/\b(de|des|der|del|las|los|für|la|le)\b/.test(doc.text.slice(Math.max(0, t.start - 80), t.start))) continue;
      // "BCE Development Corp", "OEA Inc" (and "OEA" after it): a company's name the text shows.
      if (inCompanyName(doc, t.index, t.index + 1)) continue;
      // Headlines and all-caps lines.
      const s = doc.sentenceOf(t);
      const words = doc.tokens.slice(s.firstToken, s.endToken).filter((x) => x.kind === 'word');
      if (words.filter((x) => x.text.length > 1 && x.text === x.text.toUpperCase()).length * 2 > words.length) continue;
      ctx.report({
        start: t.start,
        end: t.end,
        message: `“${t.text}” is the ${a.name}'s acronym in another language: English copy writes “${a.english}”.`,
        suggestions: [a.english],
        reason: 'a round trip keeps the source language’s acronym; English uses its own',
        confidence: 0.8,
      });
    }
  },
};

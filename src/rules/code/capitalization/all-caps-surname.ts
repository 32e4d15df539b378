/**
 * A surname in capitals after a first name: “signed by Jean MARTIN”, “coach Kenji YAMAMOTO”,
 * “judge Olga BELOVA”. French, Italian, Japanese and Russian official and sports copy writes
 * surnames in capitals; machine translation keeps them, English news copy does not.
 *
 * Only after a known first name in Title Case, with at least one vowel and three letters, not
 * in a line written in capitals, and not before another word in capitals (“John SMITH LTD”).
 */
import type { Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { LOWERCASE_CHECKED_NAMES, casedWordPositions, PERSON_FIRST_NAMES, isHeadline, isTitleCase } from './lexicon.js';

const CAPS = /^\p{Lu}{3,}(?:[-'’]\p{Lu}+)*$/u;

function titleCased(s: string): string {
  return s.toLowerCase().replace(/(^|[-'’])(\p{L})/gu, (_m, a: string, b: string) => `${a}${b.toUpperCase()}`);
}

export const rule: Rule = {
  meta: {
    id: 'all-caps-surname',
    category: 'capitalization',
    severity: 'warning',
    description: 'A surname written in capitals after a first name (“Jean MARTIN”).',
    examples: {
      bad: [
        { text: 'The report was signed by Jean [[MARTIN]], head of the agency.', output: 'The report was signed by Jean Martin, head of the agency.' },
        { text: 'The title went to Kenji [[YAMAMOTO]] of Japan.', output: 'The title went to Kenji Yamamoto of Japan.' },
        { text: 'Judge Olga [[BELOVA]] read out the verdict.', output: 'Judge Olga Belova read out the verdict.' },
        { text: 'Kenji [[YAMAMOTO]] won the title.', output: 'Kenji Yamamoto won the title.' },
        { text: 'The goal was scored by Marco [[ROSSI]] in the 80th minute.', output: 'The goal was scored by Marco Rossi in the 80th minute.' },
      ],
      good: [
        'The report was signed by Jean Martin, head of the agency.',
        'JEAN MARTIN SIGNS THE REPORT',
        'Maria USA Inc. and John NATO.',
        'He joined John SMITH LTD in 2010.',
        'Ask Alice TV about it.',
        'During the reign of Henry VIII and Edward VII.',
        'Will LINUX ever overtake sliced bread?',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const i of casedWordPositions(doc)) {
      const t = doc.tokens[i] as Token;
      // Cheap first: the second letter is a capital too.
      const c = t.text.charAt(1);
      if (t.text.length < 3 || c === c.toLowerCase() || !CAPS.test(t.text)) continue;
      if (!/[AEIOUYÀ-ÖØ-Ý]/u.test(t.text) || /^[IVXLC]+$/.test(t.text) || LOWERCASE_CHECKED_NAMES.has(t.norm)) continue;
      const p = doc.prev(t);
      if (!p || p.kind !== 'word' || !isTitleCase(p.text) || !PERSON_FIRST_NAMES.has(p.norm) || p.end !== t.start - 1) continue;
      // "Will LINUX ever", "Can NASA": a capitalized auxiliary opening a question is no first name.
      if (/^(?:will|can|may|did|does|do|is|was|should|could|would|has|have|must|shall)$/.test(p.norm)) continue;
      const n = doc.next(t);
      if (n && n.kind === 'word' && /^\p{Lu}{2,}/u.test(n.text)) continue;
      const pp = doc.prev(p);
      if (pp && pp.kind === 'word' && /^\p{Lu}{2,}$/u.test(pp.text)) continue;
      if (isHeadline(doc, t.start)) continue;
      const fixed = titleCased(t.text);
      ctx.report({
        start: t.start,
        end: t.end,
        message: `“${t.text}” is a surname in capitals: English writes “${p.text} ${fixed}”.`,
        suggestions: [fixed],
        reason: 'English news copy writes surnames in Title Case; capitals are a French, Italian or Japanese convention',
        confidence: 0.8,
      });
    }
  },
};

/**
 * A disease name capitalized mid-sentence: “a national Measles epidemic”. German capitalizes
 * every noun and round trips keep the capital; English writes diseases in lower case unless
 * they are named after a person or place (Ebola, Alzheimer’s), which the list leaves out.
 * Inside a name (“the Global Polio Eradication Initiative”, “World Malaria Day”) the capital
 * stays, so a capitalized word on either side silences the rule.
 */
import type { Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { DISEASES, isHeadline, isTitleCase, startsClause } from './lexicon.js';

/** First words of the disease names: the cheap test. */
const FIRST_WORDS: ReadonlySet<string> = new Set([...DISEASES].map((d) => d.split(' ')[0] as string));
const LINKS: ReadonlySet<string> = new Set(['of', 'for', 'and', '&', 'on', 'against']);

export const rule: Rule = {
  meta: {
    id: 'capitalized-disease',
    category: 'capitalization',
    severity: 'warning',
    description: 'A disease name capitalized mid-sentence (“a Measles epidemic”).',
    examples: {
      bad: [
        { text: 'Romania declared a national [[Measles]] epidemic on Monday.', output: 'Romania declared a national measles epidemic on Monday.' },
        { text: 'Several children were treated for [[Cholera]] last week.', output: 'Several children were treated for cholera last week.' },
        { text: 'Cases of [[Bird Flu]] were confirmed on two farms.', output: 'Cases of bird flu were confirmed on two farms.' },
      ],
      good: [
        'Measles is a disease that we know how to prevent.',
        'Romania declared a national measles epidemic on Monday.',
        'The Global Polio Eradication Initiative welcomed the news.',
        'World Malaria Day is marked on April 25.',
        'The National Cancer Institute funded the study.',
        'Cancer Research UK said the trial was promising.',
        'The Ebola outbreak was declared over.',
        'Measles Cases Triple In Romania',
        '“Polio is back,” she said.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const toks = doc.tokens;
    const at = doc.positionsIn(FIRST_WORDS);
    for (let ai = 0, i = -1; ai < at.length; ai++) {
      // Only tokens the test below can pass, ascending; those a run consumed are skipped.
      if ((at[ai] as number) <= i) continue;
      i = at[ai] as number;
      const t = toks[i] as Token;
      if (!FIRST_WORDS.has(t.norm) || t.kind !== 'word' || !isTitleCase(t.text)) continue;
      const n = doc.next(t);
      const two = n && n.kind === 'word' && isTitleCase(n.text) && DISEASES.has(`${t.norm} ${n.norm}`);
      if (!two && !DISEASES.has(t.norm)) continue;
      const last = two ? (n as Token) : t;
      i = last.index;
      if (startsClause(doc, t)) continue;
      const before = doc.prev(t);
      const after = doc.next(last);
      const cap = (x: Token | undefined): boolean => !!x && x.kind === 'word' && /^\p{Lu}/u.test(x.text);
      if (cap(before) || cap(after)) continue;
      const named = doc.prev(before ?? t);
      if (before && LINKS.has(before.norm) && cap(named) && !doc.isSentenceInitial(named as Token)) continue;
      if (after && LINKS.has(after.norm) && cap(doc.next(after))) continue;
      if (isHeadline(doc, t.start)) continue;
      const span = doc.text.slice(t.start, last.end);
      const lower = span.toLowerCase();
      ctx.report({
        start: t.start,
        end: last.end,
        message: `“${span}” is a disease, a common noun: English writes “${lower}” in lower case.`,
        suggestions: [lower],
        reason: 'disease names not taken from a person or place are lower case in English',
        confidence: 0.85,
      });
    }
  },
};

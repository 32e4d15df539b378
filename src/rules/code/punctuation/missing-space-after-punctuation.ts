/**
 * No space after a comma, semicolon or sentence-ending mark between two words: "said,adding",
 * "the talks.The minister". MT joins segments and drops the space. Numbers ("4,100", "2.9"),
 * abbreviations and domains ("U.S.", "e.g.", "bbc.co.uk") stay quiet: a period only counts
 * between a lower-case letter and a capitalized word.
 */
import type { Rule } from '../../types.js';

// Candidates only (a mark glued to a letter); the checks below decide. No look-behind: this
// runs over every byte.
const CANDIDATE = /[,;.!?](?=\p{L})/gu;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const WORD_CHAR = /[\p{L}\p{N}'’-]/u;

/** "said,adding" (comma or semicolon between words) or "talks.The" (a stop before a capital). */
function glued(text: string, i: number): boolean {
  if (!LOWER.test(text.charAt(i - 1)) || !LOWER.test(text.charAt(i - 2))) return false;
  const c = text.charAt(i);
  const a = text.charAt(i + 1);
  const b = text.charAt(i + 2);
  if (c === ',' || c === ';') return /\p{L}/u.test(b);
  return UPPER.test(a) && LOWER.test(b);
}

export const rule: Rule = {
  meta: {
    id: 'missing-space-after-punctuation',
    category: 'punctuation',
    severity: 'warning',
    description: 'A comma, semicolon or full stop glued to the next word.',
    examples: {
      bad: [
        { text: 'The minister resigned on [[Monday,saying]] he was tired.', output: 'The minister resigned on Monday, saying he was tired.' },
        { text: 'The talks ended on [[Friday.The]] minister left.', output: 'The talks ended on Friday. The minister left.' },
        { text: 'Prices rose in [[January;wages]] did not.', output: 'Prices rose in January; wages did not.' },
      ],
      good: [
        'More than 4,100 cases and 2.9 percent growth were recorded.',
        'The U.S. and its allies agreed, e.g. on trade.',
        'Read it on bbc.co.uk or Chinanews.com today.',
        'ASTANA.KAZINFORM reported the news.',
        'He said, "Yes."',
        'The list: 1.Build a strong community.',
      ],
    },
  },
  check(ctx) {
    const text = ctx.doc.text;
    for (const m of text.matchAll(CANDIDATE)) {
      const p = m.index;
      if (!glued(text, p)) continue;
      // The words on both sides, for a readable span.
      let s = p;
      while (s > 0 && WORD_CHAR.test(text.charAt(s - 1))) s--;
      let e = p + 1;
      while (e < text.length && WORD_CHAR.test(text.charAt(e))) e++;
      // Domain-like words ("example.Com") hold more dots or slashes nearby.
      if (/[/@]/.test(text.slice(Math.max(0, s - 8), Math.min(text.length, e + 8)))) continue;
      const mark = text.charAt(p);
      ctx.report({
        start: s,
        end: e,
        message: `No space after “${mark}”: the two words are glued together.`,
        suggestions: [`${text.slice(s, p)}${mark} ${text.slice(p + 1, e)}`],
        reason: 'English puts a space after a comma, semicolon or full stop',
        confidence: 0.8,
      });
    }
  },
};

/**
 * A punctuation mark doubled or two marks stacked: "said,, adding", "on Friday..", "however,."
 * MT joins segments that each carried a mark, and round trips duplicate them. An ellipsis
 * (three points) and "etc.," after an abbreviation are English and stay quiet, as do two points
 * glued between words ("that..about", a clipped ellipsis rather than a doubled stop).
 */
import type { Rule } from '../../types.js';

// Candidates only; the checks below decide. Runs over every byte, so no look-behind here.
const CANDIDATE = /[,;][,;.]|::|\.\./g;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const BEFORE_STOP = /[\p{L}\p{N}"”’)\]]/u;

/** The end of the doubled run at `i`, or undefined when the marks are English. */
function doubledAt(text: string, i: number): number | undefined {
  const c = text.charAt(i);
  const d = text.charAt(i + 1);
  if (c === ',' || c === ';') {
    // ",..." is a comma before an ellipsis.
    if (d === '.' && text.charAt(i + 2) === '.') return undefined;
    let e = i + 2;
    while (text.charAt(e) === c) e++;
    return e;
  }
  if (c === ':') {
    // "::1" and other code: only a doubled colon before a space or the end.
    const e = i + 2;
    return e >= text.length || /\s/.test(text.charAt(e)) ? e : undefined;
  }
  // "..": not part of an ellipsis, after a word, not glued to the next word.
  if (text.charAt(i - 1) === '.' || text.charAt(i + 2) === '.') return undefined;
  if (i === 0 || !BEFORE_STOP.test(text.charAt(i - 1))) return undefined;
  if (WORD_CHAR.test(text.charAt(i + 2))) return undefined;
  return i + 2;
}

export const rule: Rule = {
  meta: {
    id: 'doubled-punctuation',
    category: 'punctuation',
    severity: 'warning',
    description: 'A punctuation mark doubled, or a comma or semicolon stacked on another mark.',
    examples: {
      bad: [
        { text: 'The minister said[[,,]] adding that talks would go on.', output: 'The minister said, adding that talks would go on.' },
        { text: 'The talks will resume on Friday[[..]] Both sides agreed.', output: 'The talks will resume on Friday. Both sides agreed.' },
        { text: 'The talks will resume on Friday[[,.]] Both sides agreed.', output: 'The talks will resume on Friday. Both sides agreed.' },
        { text: 'The deficit will widen this year[[,,]]and narrow next year.', output: 'The deficit will widen this year, and narrow next year.' },
        { text: 'He named three priorities[[;;]] security, trade and energy.', output: 'He named three priorities; security, trade and energy.' },
        { text: 'He named three priorities[[::]] security, trade and energy.', output: 'He named three priorities: security, trade and energy.' },
        { text: 'Prices rose[[,,,]] the office said.', output: 'Prices rose, the office said.' },
      ],
      good: [
        'The list goes on... and on.',
        'Apples, pears, etc., were sold.',
        'It was far less than that..about 1000MW.',
        'He works for Acme Inc., a US firm.',
        'The U.S. and its allies agreed.',
        'Read lines 1..5 of the file.',
        'The address is ::1 on the host.',
        'He paused,... then went on.',
        'Wait.... what?',
      ],
    },
  },
  check(ctx) {
    const text = ctx.doc.text;
    let from = 0;
    for (const m of text.matchAll(CANDIDATE)) {
      const i = m.index;
      if (i < from) continue;
      const end = doubledAt(text, i);
      if (end === undefined) continue;
      from = end;
      const s = text.slice(i, end);
      // The stronger mark wins: a period over a comma, else the mark itself once.
      const glued = WORD_CHAR.test(text.charAt(end));
      const fixed = (s.includes('.') ? '.' : s.charAt(0)) + (glued ? ' ' : '');
      ctx.report({
        start: i,
        end,
        message: `“${s}” doubles the punctuation; English uses one mark here.`,
        suggestions: [fixed],
        reason: 'one punctuation mark ends a clause or sentence',
        confidence: 0.8,
      });
    }
  },
};

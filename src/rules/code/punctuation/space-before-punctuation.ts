/**
 * A space before a comma, period, colon, semicolon, question or exclamation mark: "Lavrov ,
 * said" or "is it over ?". French sets a space before : ; ? ! and tokenized MT output keeps
 * one before every mark; English never has one. "word ,word" also gets the missing space after.
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';

const MARKS = new Set([',', '.', ';', ':', '?', '!', '%']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);

export const rule: Rule = {
  meta: {
    id: 'space-before-punctuation',
    category: 'punctuation',
    severity: 'warning',
    description: 'A space before a comma, period, colon, semicolon, question or exclamation mark, or a percent sign.',
    examples: {
      bad: [
        { text: 'The minister said[[ ,]] however, that talks would go on.', output: 'The minister said, however, that talks would go on.' },
        { text: 'The talks will resume in January[[ .]] Both sides agreed.', output: 'The talks will resume in January. Both sides agreed.' },
        { text: 'Who will pay for it[[ ?]] the minister asked.', output: 'Who will pay for it? the minister asked.' },
        { text: 'He named three priorities[[ :]] security, trade and energy.', output: 'He named three priorities: security, trade and energy.' },
        { text: 'Fines can reach 10[[ %]] of turnover.', output: 'Fines can reach 10% of turnover.' },
        { text: 'The bank raised rates[[ ,]]again on Friday.', output: 'The bank raised rates, again on Friday.' },
        { text: 'He called it a “disaster”[[ ,]] and left.', output: 'He called it a “disaster”, and left.' },
      ],
      good: [
        'The minister said, however, that talks would go on.',
        'He carried a .45 caliber pistol.',
        'The Nikkei share average .N225 fell 1 percent.',
        'The list goes on ... and on.',
        'He listed claws . . . and more.',
        'It was far less than that..about 1000MW.',
        'Rates rose 0.5 percent.',
        'The score was 3 - 1 at the break.',
        'Smile :) said the sign.',
        ':-( and :-) are emoticons.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const text = doc.text;
    for (const t of doc.tokensWith(MARKS)) {
      if (t.kind !== 'punct' || !MARKS.has(t.text)) continue;
      const p: Token | undefined = doc.prev(t);
      if (!p || p.end === t.start) continue;
      const gap = text.slice(p.end, t.start);
      if (!/^[ \t\u00A0]+$/.test(gap)) continue;
      if (p.kind === 'punct' && !CLOSERS.has(p.text)) continue;
      // "10 %": a space before the percent sign, only after a number.
      if (t.text === '%' && p.kind !== 'number') continue;
      const after = text.charAt(t.end);
      // ":)", ":(" and ":-)" are not misplaced marks.
      // A point glued to what follows starts a code, not a sentence end: ".45", ".N225", ".com".
      if (t.text === '.' && after !== '' && !/[\s"”’)]/.test(after)) continue;
      if (t.text === ':' && /[()\-]/.test(after)) continue;
      // A spaced ellipsis: "claws . . ." (a dot before another spaced dot).
      if (t.text === '.' && text.startsWith(' .', t.end)) continue;
      if (t.text === ':' && after === '') continue;
      const glued = /[\p{L}\p{N}]/u.test(after);
      // The span is the space and the mark only, so it never overlaps a finding on the word.
      const fixed = t.text + (glued ? ' ' : '');
      ctx.report({
        start: p.end,
        end: t.end,
        message: `A space stands before “${t.text}”: English sets the mark right after the word${glued ? ' and a space after it' : ''}.`,
        suggestions: [fixed],
        reason: 'English punctuation hugs the word before it; only French spaces : ; ? !',
        confidence: 0.85,
      });
    }
  },
};

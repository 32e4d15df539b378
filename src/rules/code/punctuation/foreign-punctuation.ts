/**
 * Punctuation of the source language left in English copy: the Arabic comma (،) and question
 * mark (؟), the Chinese and Japanese enumeration comma (、), full-width marks (，。：；！？（）),
 * Spanish opening marks (¿ ¡), and a percent sign before its number ("%40", Turkish and
 * Persian order). Each mark is replaced by its English counterpart.
 */
import type { Rule } from '../../types.js';

interface Mark {
  readonly to: string;
  /** Add a space after the mark when the next character is a letter or digit (、 and ，are written without one). */
  readonly spaceAfter: boolean;
  readonly name: string;
}

const MARKS: ReadonlyMap<string, Mark> = new Map([
  ['،', { to: ',', spaceAfter: true, name: 'an Arabic comma' }],
  ['؛', { to: ';', spaceAfter: true, name: 'an Arabic semicolon' }],
  ['؟', { to: '?', spaceAfter: true, name: 'an Arabic question mark' }],
  ['、', { to: ',', spaceAfter: true, name: 'an enumeration comma (、)' }],
  ['，', { to: ',', spaceAfter: true, name: 'a full-width comma' }],
  ['。', { to: '.', spaceAfter: true, name: 'a full-width full stop' }],
  ['：', { to: ':', spaceAfter: true, name: 'a full-width colon' }],
  ['；', { to: ';', spaceAfter: true, name: 'a full-width semicolon' }],
  ['！', { to: '!', spaceAfter: true, name: 'a full-width exclamation mark' }],
  ['？', { to: '?', spaceAfter: true, name: 'a full-width question mark' }],
  ['（', { to: '(', spaceAfter: false, name: 'a full-width parenthesis' }],
  ['）', { to: ')', spaceAfter: true, name: 'a full-width parenthesis' }],
  ['％', { to: '%', spaceAfter: false, name: 'a full-width percent sign' }],
  ['¿', { to: '', spaceAfter: false, name: 'a Spanish opening question mark' }],
  ['¡', { to: '', spaceAfter: false, name: 'a Spanish opening exclamation mark' }],
]);

const PERCENT_FIRST = /%(\d+(?:[.,]\d+)?)(?![\d%])/g;

export const rule: Rule = {
  meta: {
    id: 'foreign-punctuation',
    category: 'punctuation',
    severity: 'warning',
    description: 'A punctuation mark of the source language (، 、 ， ¿ ¡ full-width marks, %40) left in English copy.',
    examples: {
      bad: [
        { text: 'Shares of Acme[[،]] Globex and other firms fell.', output: 'Shares of Acme, Globex and other firms fell.' },
        { text: 'Crews from Victoria[[、]]Queensland and New Zealand arrived.', output: 'Crews from Victoria, Queensland and New Zealand arrived.' },
        { text: '"[[¿]]Who could have imagined this?" he asked.', output: '"Who could have imagined this?" he asked.' },
        { text: 'Some [[%40]] of the population faces hunger.', output: 'Some 40 percent of the population faces hunger.' },
        { text: 'Output rose 3[[％]] in May.', output: 'Output rose 3% in May.' },
        { text: 'The talks ended[[。]]Both sides left.', output: 'The talks ended. Both sides left.' },
      ],
      good: [
        'Shares of Acme, Globex and other firms fell.',
        'Some 40% of the population faces hunger.',
        'The rate rose to 4.5% from 4%.',
        '"Who could have imagined this?" he asked.',
        'The song "¿Quién será?" was a hit in 1953.',
        'Use the code SAVE%20 at checkout.',
      ],
    },
  },
  check(ctx) {
    const { text } = ctx.doc;
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) < 128) continue; // every mark is outside ASCII
      const c = text.charAt(i);
      const mark = MARKS.get(c);
      if (!mark) continue;
      // An opening Spanish mark that is closed by its own ? or ! is Spanish quoted as such (a title).
      if ((c === '¿' || c === '¡') && /^[^.?!\n]*[?!]/.test(text.slice(i + 1, i + 200))) {
        const closer = /[?!]/.exec(text.slice(i + 1, i + 200));
        const inner = closer ? text.slice(i + 1, i + 1 + closer.index) : '';
        if (/[áéíóúñ]/i.test(inner)) continue;
      }
      const next = text.charAt(i + 1);
      const to = mark.to + (mark.spaceAfter && /[\p{L}\p{N}]/u.test(next) ? ' ' : '');
      ctx.report({
        start: i,
        end: i + 1,
        message: `“${c}” is ${mark.name}, a mark of the source language: English uses “${mark.to || 'nothing'}” here.`,
        suggestions: [to],
        reason: 'English punctuation marks replace those of the source language',
        confidence: 0.95,
      });
    }
    for (const m of text.matchAll(PERCENT_FIRST)) {
      const before = m.index > 0 ? text.charAt(m.index - 1) : ' ';
      // Only a free-standing "%40": not URL escapes (SAVE%20, a%2Fb) or code.
      if (/[\p{L}\p{N}/=&?]/u.test(before)) continue;
      const n = m[1] as string;
      ctx.report({
        start: m.index,
        end: m.index + m[0].length,
        message: `“${m[0]}” puts the percent sign before the number, as the source language does.`,
        suggestions: [`${n} percent`, `${n}%`],
        reason: 'English writes the number first: 40 percent (40%)',
        confidence: 0.9,
      });
    }
  },
};

/**
 * A quotation set in single marks (‘…’) in copy that quotes with double marks elsewhere: the
 * minister called the case ‘a serious crime against fairness’. Korean and Japanese press style
 * (and some MT output) quote short phrases with single marks; American wire copy keeps ‘ ’ for
 * a quotation inside a quotation. Only a document that itself quotes with “ ” elsewhere is
 * checked, so British copy that quotes with single marks throughout stays quiet; a ‘…’ inside
 * an open “…” is a nested quotation and stays quiet too.
 */
import type { Rule } from '../../types.js';
import { hasChar } from './lib/chars.js';

// ‘ after a space, a line start or an opening bracket; then 2+ words; then ’ not followed by a letter.
const SINGLE = /(?<=^|[\s(\u2014])\u2018([\p{L}\p{N}][^\u2018\u2019\u201C\u201D\n]{2,100}?[\p{L}\p{N}.!?,])\u2019(?![\p{L}\p{N}])/gmu;

export const rule: Rule = {
  meta: {
    id: 'single-quote-quotation',
    category: 'punctuation',
    severity: 'info',
    description: 'A quotation in single marks (‘…’) where the copy quotes with double marks (“…”) elsewhere.',
    examples: {
      bad: [
        {
          text: 'The minister called the case [[‘a serious crime against fairness’]]. “We will act,” she said.',
          output: 'The minister called the case “a serious crime against fairness”. “We will act,” she said.',
        },
        { text: '“We are ready,” he said. The union called the offer [[‘an insult to workers’]] on Monday.' },
        { text: 'Police described the protest as [[‘an illegal gathering’]] and said “order must be kept.”' },
      ],
      good: [
        '“He told me ‘we are finished’ and left,” she said.',
        'The minister called the case ‘a serious crime against fairness’ on Monday.',
        '“We will act,” she said. Rock ’n’ roll and the ’90s were back.',
        '“We will act,” she said. The teachers’ unions and the parents’ groups met.',
        '“We will act,” she said. He called it ‘rubbish’.',
      ],
    },
  },
  check(ctx) {
    const { text } = ctx.doc;
    if (!hasChar(ctx.doc, '\u2018') || !hasChar(ctx.doc, '\u201C')) return;
    SINGLE.lastIndex = 0;
    for (let m = SINGLE.exec(text); m; m = SINGLE.exec(text)) {
      const inner = m[1] as string;
      if (!/\s/.test(inner.trim())) continue; // one word: a term in scare quotes
      // Nested inside a double quotation on the same line?
      const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
      let open = false;
      for (let i = lineStart; i < m.index; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x201c) open = true;
        else if (c === 0x201d) open = false;
      }
      if (open) continue;
      // A line that quotes with “ ” at top level somewhere else in the document.
      if (!/\u201C[^\u201D\n]{2,}\u201D/u.test(text.slice(0, m.index) + text.slice(m.index + m[0].length))) continue;
      ctx.report({
        start: m.index,
        end: m.index + m[0].length,
        message: 'A quotation in single marks: English wire copy quotes with “ ” and keeps ‘ ’ for a quotation inside a quotation.',
        suggestions: [`\u201C${inner}\u201D`],
        reason: 'single quote marks are for a quotation inside a quotation',
        confidence: 0.7,
      });
    }
  },
};

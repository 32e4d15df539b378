/**
 * Continental date forms left in English copy: "on 3. March" (German and Scandinavian
 * ordinal point), "12.03.2024" (day.month.year). English writes "March 3" and "March 12, 2024".
 */
import type { Rule } from '../../types.js';
import { MONTHS } from './lib/formats.js';

const ORDINAL_POINT = new RegExp(`(?<![\\d.])([1-9]|[12]\\d|3[01])\\. (${MONTHS.join('|')})\\b`, 'g');
const NUMERIC = /(?<![\d.])(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.((?:19|20)\d{2})(?![\d.]\d)/g;

export const rule: Rule = {
  meta: {
    id: 'continental-date',
    category: 'punctuation',
    severity: 'warning',
    description: 'A date in a continental form: an ordinal point ("3. March") or day.month.year ("12.03.2024").',
    examples: {
      bad: [
        { text: 'The vote took place on [[3. March]] in Berlin.', output: 'The vote took place on March 3 in Berlin.' },
        { text: 'The law was passed on [[12.03.2024]] by parliament.', output: 'The law was passed on March 12, 2024 by parliament.' },
      ],
      good: [
        'The vote took place on March 3 in Berlin.',
        'Version 1.2.2024 of the software was released.',
        'He was born in 1962. March was cold that year.',
        'Chapter 3. March of the Penguins.',
      ],
    },
  },
  check(ctx) {
    const { text } = ctx.doc;
    if (!/\d\./.test(text)) return;
    for (const m of text.matchAll(ORDINAL_POINT)) {
      // "in 2019. March": a sentence that ends on a number; a day has at most two digits,
      // and a chapter or list number is followed by a capital at a line start.
      const lineStart = text.lastIndexOf('\n', m.index) + 1;
      if (/^\s*(?:chapter|part|section|no|article)?\s*$/i.test(text.slice(lineStart, m.index))) continue;
      ctx.report({
        start: m.index,
        end: m.index + m[0].length,
        message: `“${m[0]}” is a continental date with an ordinal point: English writes “${m[2]} ${m[1]}”.`,
        suggestions: [`${m[2]} ${m[1]}`],
        reason: 'English writes dates as “March 3”, without an ordinal point',
        confidence: 0.85,
      });
    }
    for (const m of text.matchAll(NUMERIC)) {
      const before = text.slice(Math.max(0, m.index - 10), m.index).toLowerCase();
      if (/(?:version|v|release|build)\s*$/.test(before)) continue;
      const month = MONTHS[Number(m[2]) - 1] as string;
      const day = Number(m[1]);
      ctx.report({
        start: m.index,
        end: m.index + m[0].length,
        message: `“${m[0]}” is a numeric day.month.year date: English copy writes “${month} ${day}, ${m[3]}”.`,
        suggestions: [`${month} ${day}, ${m[3]}`, `${day} ${month} ${m[3]}`],
        reason: 'news copy spells the month out; 12.03.2024 reads as December 3 to an American reader',
        confidence: 0.75,
      });
    }
  },
};

/**
 * Quotation marks of another language carried into English copy: «guillemets» (French,
 * Russian, Spanish), »reversed« (German, Danish), „low-high“ (German, Romanian, Polish),
 * ‹single› guillemets. English wire copy uses “ ” (and ‘ ’ inside them). The finding covers
 * the whole quotation so the fix replaces both marks and any inner spaces at once.
 */
import type { Rule } from '../../types.js';

interface Pair {
  readonly open: string;
  readonly close: string;
  readonly en: readonly [string, string];
}

// Closing candidates per opener; „ closes with “ (German) or ” (Romanian, Polish).
const PAIRS: readonly Pair[] = [
  { open: '\u00AB', close: '\u00BB', en: ['\u201C', '\u201D'] },
  { open: '\u00BB', close: '\u00AB', en: ['\u201C', '\u201D'] },
  { open: '\u201E', close: '\u201C\u201D', en: ['\u201C', '\u201D'] },
  { open: '\u2039', close: '\u203A', en: ['\u2018', '\u2019'] },
  { open: '\u203A', close: '\u2039', en: ['\u2018', '\u2019'] },
];
const ANY = /[\u00AB\u00BB\u201E\u2039\u203A]/g;
const MAX_QUOTE = 300;
const LONE: Readonly<Record<string, string>> = {
  '\u00AB': '\u201C',
  '\u00BB': '\u201D',
  '\u201E': '\u201C',
  '\u2039': '\u2018',
  '\u203A': '\u2019',
};

export const rule: Rule = {
  meta: {
    id: 'foreign-quote-marks',
    category: 'punctuation',
    severity: 'warning',
    description: 'Guillemets or low quotation marks from another language in English copy.',
    examples: {
      bad: [
        {
          text: 'The company, whose lawyers called the verdict [[«politically motivated»]], said it would appeal.',
          output: 'The company, whose lawyers called the verdict “politically motivated”, said it would appeal.',
        },
        { text: 'He called it [[« a provocation »]] and left.', output: 'He called it “a provocation” and left.' },
        { text: 'The ministry called the report [[„false“]] on Monday.', output: 'The ministry called the report “false” on Monday.' },
        { text: 'The ministry called the report [[„]]fake news” on Monday.', output: 'The ministry called the report “fake news” on Monday.' },
        { text: '[[„]]I will govern for all of you,” she said.', output: '“I will govern for all of you,” she said.' },
        { text: 'The paper wrote [[»a historic day«]] on its front page.', output: 'The paper wrote “a historic day” on its front page.' },
        { text: 'The minister said [[«]]we will respond.', output: 'The minister said “we will respond.' },
        { text: 'He said the law was [[‹unfair›]].', output: 'He said the law was ‘unfair’.' },
      ],
      good: [
        'The court called the verdict “politically motivated” and said it would appeal.',
        'He said the plan was "a disaster" for the country.',
        'The minister said the figure was 5 percent.',
        'She quoted the poem ‘Home’ in her speech.',
      ],
    },
  },
  check(ctx) {
    const text = ctx.doc.text;
    let from = 0;
    for (const m of text.matchAll(ANY)) {
      const p = m.index;
      if (p < from) continue;
      const c = text.charAt(p);
      const pair = PAIRS.find((x) => x.open === c) as Pair;
      // The partner on the same line, not too far off.
      let q = -1;
      for (let i = p + 1; i < text.length && i - p <= MAX_QUOTE; i++) {
        const d = text.charAt(i);
        if (d === '\n') break;
        if (pair.close.includes(d)) {
          q = i;
          break;
        }
      }
      if (q > p + 1 && c === '\u201E' && text.charAt(q) === '\u201D') {
        // „…” (Romanian, Polish): the closing mark is already English; only the opener is foreign.
        ctx.report({
          start: p,
          end: p + 1,
          message: 'The low opening quote mark „ comes from the source language; English copy opens with “.',
          suggestions: ['\u201C'],
          reason: 'English quotes with “ ”, not guillemets or low marks',
          confidence: 0.9,
        });
        from = p + 1;
        continue;
      }
      if (q > p + 1) {
        const inner = text.slice(p + 1, q).trim();
        const fixed = pair.en[0] + inner + pair.en[1];
        ctx.report({
          start: p,
          end: q + 1,
          message: `Quotation marks ${c}…${text.charAt(q)} come from the source language; English copy uses ${pair.en[0]}…${pair.en[1]}.`,
          suggestions: [fixed],
          reason: 'English quotes with “ ”, not guillemets or low marks',
          confidence: 0.9,
        });
        from = q + 1;
        continue;
      }
      // A lone mark: read as the French / Romanian direction (« and „ open, » closes).
      const lone = LONE[c] ?? pair.en[0];
      ctx.report({
        start: p,
        end: p + 1,
        message: `The quotation mark ${c} comes from the source language; English copy uses ${lone}.`,
        suggestions: [lone],
        reason: 'English quotes with “ ”, not guillemets or low marks',
        confidence: 0.7,
      });
      from = p + 1;
    }
  },
};

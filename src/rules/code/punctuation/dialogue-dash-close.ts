/**
 * The dash that closes direct speech opened with a dash (dialogue-dash): "— This is the dream
 * from childhood, — Whitaker told reporters." English closes the quotation after the comma:
 * “This is the dream from childhood,” Whitaker told reporters.
 */
import type { Rule } from '../../types.js';
import { dashDialogues } from './dialogue-dash.js';

export const rule: Rule = {
  meta: {
    id: 'dialogue-dash-close',
    category: 'punctuation',
    severity: 'warning',
    description: 'Direct speech closed with a dash (", — he said") instead of a closing quotation mark.',
    examples: {
      bad: [
        { text: '— This is the dream from childhood[[, —]] Whitaker told reporters.', output: '— This is the dream from childhood,” Whitaker told reporters.' },
        { text: 'Fans cheered. — Will we win again[[? —]] the coach asked.', output: 'Fans cheered. — Will we win again?” the coach asked.' },
      ],
      good: [
        '“This is the dream from childhood,” Whitaker told reporters.',
        'Three teams — Ajax, PSV and Feyenoord — are in the race, the league said.',
        'Prices rose, — as expected — the bank said.',
      ],
    },
  },
  check(ctx) {
    for (const d of dashDialogues(ctx.doc)) {
      if (!d.close) continue;
      ctx.report({
        start: d.close.start,
        end: d.close.end,
        message: `Direct speech closed with a dash: English closes the quotation with ${d.close.mark}” (the mark inside the quotation).`,
        suggestions: [`${d.close.mark}”`],
        reason: 'the dash that ends dialogue in Russian, Polish, French or Spanish is a closing quotation mark in English',
        confidence: 0.8,
      });
    }
  },
};

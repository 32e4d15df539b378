/**
 * Direct speech set off with dashes, as Russian, Ukrainian, Polish, Norwegian, French or Spanish
 * write it: "— This is the dream from childhood, — Whitaker told reporters." English uses
 * quotation marks: “This is the dream from childhood,” Whitaker told reporters. Flags the dash
 * that opens the speech (at the start of a paragraph or after a sentence) when a ", —" or "? —"
 * in the same paragraph closes it, or when a closing ” in the paragraph, with no opening “
 * before it, shows that the translator put back only the closing mark ("– We have never seen
 * such a network,” said Holm). The closing dash is dialogue-dash-close's.
 */
import type { Rule } from '../../types.js';
import type { Doc } from '../../../text/document.js';
import { matchesAt } from '../../../text/matches-at.js';
import { charsPositions, hasChar } from './lib/chars.js';

// An opening dash: at a line start or after a sentence end, before a capital.
const OPEN = /(^|[\n]|[.!?]\s)([—–]\s?)(?=\p{Lu})/gu;
const CLOSE = /([,!?])\s?([—–])\s/u;

const DASHES = ['—', '–'];

/** Where OPEN can match, given the dashes' offsets (ascending): at the text's start, a line break, or [.!?] and a space before a dash. */
function openStarts(text: string, dashes: readonly number[]): number[] {
  const out: number[] = [];
  for (const d of dashes) {
    if (d >= 2 && /[.!?]/.test(text.charAt(d - 2))) out.push(d - 2);
    if (d >= 1 && text.charCodeAt(d - 1) === 10) out.push(d - 1);
    if (d === 0) out.push(0);
  }
  return out;
}

/** Direct speech set off with a dash: the opening dash, and the ", —" that closes it, if any. */
export interface DashDialogue {
  readonly start: number;
  readonly end: number;
  readonly close?: { readonly start: number; readonly end: number; readonly mark: string };
}

/** The dash dialogues of the document, in order (computed once: two rules read them). */
export function dashDialogues(doc: Doc): readonly DashDialogue[] {
  return doc.memo(dashDialogues, () => {
    const { text } = doc;
    const out: DashDialogue[] = [];
    if (!hasChar(doc, '—') && !hasChar(doc, '–')) return out;
    for (const m of matchesAt(text, OPEN, openStarts(text, charsPositions(doc, DASHES)))) {
      const start = m.index + (m[1] as string).length;
      const dash = m[2] as string;
      const lineEnd = text.indexOf('\n', start);
      const paraStart = start + dash.length;
      const para = text.slice(paraStart, lineEnd === -1 ? text.length : lineEnd);
      const close = CLOSE.exec(para);
      if (close) {
        const from = paraStart + close.index;
        out.push({ start, end: paraStart, close: { start: from, end: from + close[0].trimEnd().length, mark: close[1] as string } });
        continue;
      }
      const curly = para.indexOf('”');
      if (curly > 0 && !para.slice(0, curly).includes('“')) out.push({ start, end: paraStart });
    }
    return out;
  });
}

export const rule: Rule = {
  meta: {
    id: 'dialogue-dash',
    category: 'punctuation',
    severity: 'warning',
    description: 'Direct speech opened with a dash ("— We will win, — he said") instead of a quotation mark.',
    examples: {
      bad: [
        { text: '[[— ]]This is the dream from childhood, — Whitaker told reporters.', output: '“This is the dream from childhood, — Whitaker told reporters.' },
        { text: 'Fans cheered. [[— ]]We have won, — the coach said.', output: 'Fans cheered. “We have won, — the coach said.' },
        { text: '[[– ]]We have never seen a network this well organised,” said police lawyer Kari Holm.', output: '“We have never seen a network this well organised,” said police lawyer Kari Holm.' },
      ],
      good: [
        '“This is the dream from childhood,” Whitaker told reporters.',
        'Three teams — Ajax, PSV and Feyenoord — are in the race.',
        '— Reporting by Anna Lee; editing by Tom Ford',
        '– Prices rose 3 percent, the “core” rate 2 percent, the bank said.',
      ],
    },
  },
  check(ctx) {
    for (const d of dashDialogues(ctx.doc)) {
      ctx.report({
        start: d.start,
        end: d.end,
        message: 'Direct speech opened with a dash: English opens a quotation with “ and closes it with ” after the comma.',
        suggestions: ['“'],
        reason: 'Russian, Polish, French and Spanish set dialogue off with dashes; English uses quotation marks',
        confidence: 0.8,
      });
    }
  },
};

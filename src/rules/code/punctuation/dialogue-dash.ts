/**
 * Direct speech set off with dashes, as Russian, Ukrainian, Polish, French or Spanish write it:
 * "— This is the dream from childhood, — Whitaker told reporters." English uses quotation
 * marks: “This is the dream from childhood,” Whitaker told reporters. Flags the dash that opens
 * the speech (at the start of a paragraph or after a sentence) when a ", —" or "? —" in the
 * same paragraph closes it.
 */
import type { Rule } from '../../types.js';
import { matchesAt } from '../../../text/matches-at.js';
import { charsPositions, hasChar } from './lib/chars.js';

// An opening dash: at a line start or after a sentence end, before a capital.
const OPEN = /(^|[\n]|[.!?]\s)([—–]\s?)(?=\p{Lu})/gu;
const CLOSE = /([,!?])\s?([—–])\s/gu;

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

export const rule: Rule = {
  meta: {
    id: 'dialogue-dash',
    category: 'punctuation',
    severity: 'warning',
    description: 'Direct speech opened and closed with dashes ("— We will win, — he said") instead of quotation marks.',
    examples: {
      bad: [
        { text: '[[— ]]This is the dream from childhood, — Whitaker told reporters.', output: '“This is the dream from childhood, — Whitaker told reporters.' },
        { text: 'Fans cheered. [[— ]]We have won, — the coach said.', output: 'Fans cheered. “We have won, — the coach said.' },
      ],
      good: [
        '“This is the dream from childhood,” Whitaker told reporters.',
        'Three teams — Ajax, PSV and Feyenoord — are in the race.',
        '— Reporting by Anna Lee; editing by Tom Ford',
      ],
    },
  },
  check(ctx) {
    const { text } = ctx.doc;
    if (!hasChar(ctx.doc, '—') && !hasChar(ctx.doc, '–')) return;
    for (const m of matchesAt(text, OPEN, openStarts(text, charsPositions(ctx.doc, DASHES)))) {
      const start = m.index + (m[1] as string).length;
      const dash = m[2] as string;
      const lineEnd = text.indexOf('\n', start);
      const para = text.slice(start + dash.length, lineEnd === -1 ? text.length : lineEnd);
      CLOSE.lastIndex = 0;
      if (!CLOSE.test(para)) continue;
      ctx.report({
        start,
        end: start + dash.length,
        message: 'Direct speech opened with a dash: English opens a quotation with “ and closes it with ” after the comma.',
        suggestions: ['“'],
        reason: 'Russian, Polish, French and Spanish set dialogue off with dashes; English uses quotation marks',
        confidence: 0.8,
      });
    }
  },
};

/**
 * "Madrid won with 3-1", "lost by 0-2 against Sevilla": a match score introduced with a
 * preposition (“a câștigat cu 3-1/ganó por 3-1/выиграл со счётом 3:1”). English puts the score
 * straight after the verb: "won 3-1". Fires only when a score (digits-dash-digits, or digits:digits)
 * follows "with/by" right after a verb of winning or losing.
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';

const RESULT_VERBS = new Set([
  'won', 'win', 'wins', 'winning', 'lost', 'lose', 'loses', 'losing', 'beat', 'beats', 'beating', 'defeated', 'defeat',
  'defeats', 'defeating', 'drew', 'draw', 'draws', 'drawing', 'tied', 'tie', 'ties', 'thrashed', 'crushed', 'edged',
  'trounced', 'routed', 'overcame', 'triumphed', 'prevailed', 'ended', 'finished', 'closed',
]);
const PREPS = new Set(['with', 'by']);

/** The score's last token when a score starts at `t` ("3-1" or "3 : 1"), else undefined. */
function scoreAt(doc: Doc, t: Token | undefined): Token | undefined {
  if (!t) return undefined;
  if (/^\d{1,2}[-–]\d{1,2}$/.test(t.text)) return t;
  if (t.kind === 'number' && /^\d{1,2}$/.test(t.text)) {
    const c = doc.next(t);
    const b = c && doc.next(c);
    if (c && (c.text === ':' || c.text === '-' || c.text === '–') && b && /^\d{1,2}$/.test(b.text) && b.start === c.end && c.start === t.end) return b;
  }
  return undefined;
}

export const rule: Rule = {
  meta: {
    id: 'score-preposition',
    category: 'preposition',
    severity: 'warning',
    description: 'A match score introduced with “with/by” (“won with 3-1”): English says “won 3-1”.',
    examples: {
      bad: [
        { text: 'Madrid won [[with ]]3-1 against Sevilla.', output: 'Madrid won 3-1 against Sevilla.' },
        { text: 'The hosts lost [[by ]]0-2 at home.', output: 'The hosts lost 0-2 at home.' },
        { text: 'Dinamo beat Rapid [[with ]]2:1.', output: 'Dinamo beat Rapid 2:1.' },
      ],
      good: [
        'Madrid won 3-1 against Sevilla.',
        'The match ended with a 1-1 draw.',
        'Madrid won with ten men.',
        'The bill passed with 120 votes.',
        'She won by 52 percent.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const t of doc.tokensWith(PREPS)) {
      if (!PREPS.has(t.norm)) continue;
      const end = scoreAt(doc, doc.next(t));
      if (!end) continue;
      // The verb right before, or two back with the opponent between ("beat Rapid with 2:1").
      const p1 = doc.prev(t);
      const p2 = doc.prev(t, 2);
      const p3 = doc.prev(t, 3);
      const verbNear = (p1 && RESULT_VERBS.has(p1.norm)) || (p2 && RESULT_VERBS.has(p2.norm)) || (p3 && RESULT_VERBS.has(p3.norm));
      if (!verbNear) continue;
      const next = doc.next(t) as Token;
      ctx.report({
        start: t.start,
        end: next.start,
        message: `“${t.text}” before the score ${doc.text.slice(next.start, end.end)} carries over “cu/por/со счётом”; English puts the score straight after the verb.`,
        suggestions: [''],
        reason: 'English gives a score with no preposition: “won 3-1”',
        confidence: 0.8,
      });
    }
  },
};

/**
 * "winds of until 185 km/h", "fines until 10,000 euros", "faces until ten years in prison": an
 * upper limit given with "until/till" (“până la/hasta/jusqu'à/до”), which in English is a point
 * in time. English says "up to" (and "from 20 to 30 degrees" for a range). Fires only when a
 * quantity follows: a number with a unit of measure or money, a currency sign, or a prison term.
 * Dates, years, clock times and "until 2030" stay quiet; "rose until 9 percent" is the pack's
 * (rise-to-until).
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';
import { CURRENCY_SIGNS, isCount, isYear, QUANTITY_UNITS, SCALES } from './lib/counts.js';

const HEDGES = new Set(['about', 'around', 'nearly', 'almost', 'roughly', 'approximately', 'some']);
const TERMS = new Set(['years', 'months', 'year', 'month']);
const PRISON = new Set(['prison', 'jail', 'imprisonment', 'detention', 'behind', 'custody']);
// Verbs of change: "rose until 9 percent" means "to", and the preposition pack flags it.
const CHANGE = new Set([
  'rise', 'rises', 'rose', 'risen', 'rising', 'increase', 'increased', 'increases', 'increasing', 'grow', 'grew', 'grown',
  'growing', 'grows', 'fall', 'fell', 'fallen', 'falls', 'falling', 'drop', 'dropped', 'drops', 'decline', 'declined',
  'decrease', 'decreased', 'climb', 'climbed', 'jump', 'jumped', 'cut', 'reduce', 'reduced', 'raise', 'raised', 'lower',
  'lowered',
]);

/** The token after the number and its scale words ("3 million euros" -> "euros"). */
function unitAfter(doc: Doc, n: Token): Token | undefined {
  let u = doc.next(n);
  while (u && SCALES.has(u.norm)) u = doc.next(u);
  return u;
}

function isQuantity(doc: Doc, n: Token): boolean {
  const u = unitAfter(doc, n);
  if (!u) return false;
  if (QUANTITY_UNITS.has(u.norm)) return true;
  if (TERMS.has(u.norm)) {
    const a = doc.next(u);
    const b = a && doc.next(a);
    return (a !== undefined && PRISON.has(a.norm)) || (a !== undefined && (a.norm === 'in' || a.norm === 'of') && b !== undefined && PRISON.has(b.norm));
  }
  return false;
}

/** "from 20 until 30 degrees": a range, which English closes with "to". */
function inRange(doc: Doc, t: Token): boolean {
  for (let k = 1; k <= 4; k++) {
    const p = doc.prev(t, k);
    if (!p) return false;
    if (p.norm === 'from' || p.norm === 'between') return isCount(doc.next(p)) || CURRENCY_SIGNS.has(doc.next(p)?.text ?? '');
  }
  return false;
}

export const rule: Rule = {
  meta: {
    id: 'until-quantity',
    category: 'preposition',
    severity: 'warning',
    description: 'An upper limit given with “until” (“winds of until 185 km/h”, “fines until 10,000 euros”): English says “up to”.',
    examples: {
      bad: [
        { text: 'Winds of [[until]] 185 km/h hit the coast.', output: 'Winds of up to 185 km/h hit the coast.' },
        { text: 'The law sets fines [[until]] 10,000 euros.', output: 'The law sets fines up to 10,000 euros.' },
        { text: 'He faces [[until]] ten years in prison.', output: 'He faces up to ten years in prison.' },
        { text: 'Bonuses of [[until]] $5,000 will be paid.', output: 'Bonuses of up to $5,000 will be paid.' },
        { text: 'Temperatures from 20 [[until]] 30 degrees are forecast.', output: 'Temperatures from 20 to 30 degrees are forecast.' },
      ],
      good: [
        'Winds of up to 185 km/h hit the coast.',
        'The talks went on until 2 a.m.',
        'The ban stays in force until 2030.',
        'The road is closed until 15 March.',
        'Unemployment rose until 9 percent of workers were idle.',
        'He stayed until 10 years had passed.',
        'Voting continues until 9 pm.',
        'The offer is valid until 31 December.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const t of doc.tokensWith(['until', 'till'])) {
      if (t.norm !== 'until' && t.norm !== 'till') continue;
      const prev = doc.prev(t);
      if (prev && CHANGE.has(prev.norm)) continue;
      let n = doc.next(t);
      if (n && HEDGES.has(n.norm)) n = doc.next(n);
      if (!n) continue;
      const sign = CURRENCY_SIGNS.has(n.text);
      const num = sign ? doc.next(n) : n;
      if (!num || !isCount(num) || (!sign && isYear(num))) continue;
      if (!sign && !isQuantity(doc, num)) continue;
      const range = inRange(doc, t);
      const up = range ? 'to' : 'up to';
      const s = doc.isSentenceInitial(t) ? up.charAt(0).toUpperCase() + up.slice(1) : up;
      ctx.report({
        start: t.start,
        end: t.end,
        message: `“${t.text}” before a quantity gives an upper limit the way “până la/hasta/jusqu'à” do; English says “${up}”.`,
        suggestions: [s],
        reason: range ? 'a range of quantities closes with “to”' : '“until” is about time; an upper limit on a quantity is “up to”',
        confidence: 0.8,
      });
    }
  },
};

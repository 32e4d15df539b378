/**
 * "between 10 to 15 percent": a range opened with "between" and closed with "to" (a blend of
 * "between 10 and 15" and "from 10 to 15"). English pairs "between … and …". Word tests only.
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';

const UNITS = new Set(['percent', '%', 'million', 'billion', 'thousand', 'euros', 'dollars', 'years', 'people', 'months', 'days', 'hours', 'degrees', 'points', 'kilometres', 'kilometers', 'metres', 'meters', 'tonnes', 'tons']);
const APPROX = new Set(['about', 'around', 'some', 'roughly', 'approximately']);

function isNumber(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'number';
}

/** The "to" closing a "between N (unit)" range, or undefined. */
function closingTo(doc: Doc, between: Token): Token | undefined {
  let t = doc.next(between);
  if (t && APPROX.has(t.norm)) t = doc.next(t);
  if (!t || !isNumber(t)) return undefined;
  let u = doc.next(t);
  if (u && UNITS.has(u.norm)) u = doc.next(u);
  if (!u || u.norm !== 'to' || !isNumber(doc.next(u))) return undefined;
  return u;
}

export const rule: Rule = {
  meta: {
    id: 'between-to',
    category: 'preposition',
    severity: 'warning',
    description: 'A range “between … to …”: English says “between … and …”.',
    examples: {
      bad: [
        { text: 'Prices rose between 10 [[to]] 15 percent.', output: 'Prices rose between 10 and 15 percent.' },
        { text: 'The fire destroyed between 200 hectares [[to]] 300 hectares.', output: 'The fire destroyed between 200 hectares and 300 hectares.' },
      ],
      good: [
        'Prices rose between 10 and 15 percent.',
        'Prices rose from 10 to 15 percent.',
        'The split between 2019 and 2020 was clear.',
        'Relations between 10 Downing Street and the palace improved.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const t of doc.tokensWith(['between'])) {
      if (t.norm !== 'between') continue;
      let to = closingTo(doc, t);
      if (!to) {
        // "between 200 hectares to 300": one free word for the unit.
        const n = doc.next(t);
        const w = n && doc.next(n);
        const x = w && doc.next(w);
        if (isNumber(n) && w && w.kind === 'word' && x && x.norm === 'to' && isNumber(doc.next(x))) to = x;
      }
      if (!to) continue;
      ctx.report({
        start: to.start,
        end: to.end,
        message: '“between … to …” mixes two ranges; English says “between … and …”.',
        suggestions: ['and'],
        reason: '“between” pairs with “and”',
        confidence: 0.85,
      });
    }
  },
};

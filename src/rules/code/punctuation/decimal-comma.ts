/**
 * A decimal comma in English copy: "2,9 percent" for 2.9 percent. Continental languages write
 * decimals with a comma, and MT often keeps it. Only a comma followed by one or two digits is
 * read as decimal ("4,100" is a thousands separator), and only before a unit, magnitude or
 * currency, or after a currency sign, so lists ("pages 2,3 and 4"), scores and coordinates
 * stay quiet. "1.234,5" (points for thousands, comma for decimals) becomes "1,234.5".
 */
import type { Rule } from '../../types.js';
import { readSet } from '../../../data/lists.js';
import type { Doc, Token } from '../../../text/document.js';
import { currencyBefore } from './lib/numbers.js';

const DECIMAL = /^\d+,\d{1,2}$/;
const CONTINENTAL = /^\d{1,3}(?:\.\d{3})+,\d+$/;
const RANGE = new Set(['and', 'to', 'or', '-', '–', '—']);

const UNITS = readSet('punctuation-decimal-units.txt');
const CURRENCIES = readSet('punctuation-currency-words.txt');

function isQuantityWord(t: Token | undefined): boolean {
  if (t === undefined) return false;
  // "1,8 billion-dollar", "2,5-percent": the first part of a compound counts.
  const head = t.norm.split('-')[0] as string;
  return UNITS.has(head) || CURRENCIES.has(head);
}

/** Words before a number that make "2,3" a list of two numbers: "pages 2,3". */
const LIST_BEFORE = new Set(['page', 'pages', 'article', 'articles', 'chapter', 'chapters', 'verse', 'verses', 'section', 'sections', 'paragraph', 'paragraphs', 'item', 'items', 'no', 'nos', 'number', 'numbers', 'line', 'lines', 'table', 'tables', 'figure', 'figures', 'points', 'games', 'rounds', 'stages', 'phases', 'groups', 'seats']);

/** A plain noun after the number ("312,5 millimetres", "1,5 children per woman"). */
function nounFollows(doc: Doc, t: Token): boolean {
  const n = doc.next(t);
  if (!n || n.kind !== 'word' || !/^\p{Ll}/u.test(n.text)) return false;
  const p = doc.prev(t);
  if (p && LIST_BEFORE.has(p.norm)) return false;
  return doc.pos(n) === 'NOUN';
}

/** A unit after the number, directly or after a range ("2,5 to 3 percent"). */
function unitFollows(doc: Doc, t: Token): boolean {
  const n = doc.next(t);
  if (!n) return false;
  if (isQuantityWord(n)) return true;
  if (RANGE.has(n.norm)) {
    const m = doc.next(n);
    return m !== undefined && m.kind === 'number' && isQuantityWord(doc.next(m));
  }
  return false;
}

/** The number as an English writer would put it. */
function englishForm(s: string): string {
  if (CONTINENTAL.test(s)) return s.replace(/\./g, ',').replace(/,(\d+)$/, '.$1');
  return s.replace(',', '.');
}

/** A list or bracketed pair of numbers: "2,3 and 4", "[0,0]", "1,2,3". */
function inList(doc: Doc, t: Token): boolean {
  const p = doc.prev(t);
  const n = doc.next(t);
  if (p && (p.text === '[' || p.text === '(' || p.text === ',') && p.end === t.start) return true;
  if (n && n.text === ',' && doc.next(n)?.kind === 'number') return true;
  return false;
}

export const rule: Rule = {
  meta: {
    id: 'decimal-comma',
    category: 'punctuation',
    severity: 'warning',
    description: 'A decimal comma from the source language where English writes a decimal point.',
    examples: {
      bad: [
        { text: 'Core inflation stood at [[2,9]] percent in April.', output: 'Core inflation stood at 2.9 percent in April.' },
        { text: 'The economy grew [[0,5]] percent in the quarter.', output: 'The economy grew 0.5 percent in the quarter.' },
        { text: 'The company was fined [[3,6]] billion rubles.', output: 'The company was fined 3.6 billion rubles.' },
        { text: 'Tickets cost [[2,50]] euros each.', output: 'Tickets cost 2.50 euros each.' },
        { text: 'The fine is €[[1,5]] million.', output: 'The fine is €1.5 million.' },
        { text: 'Growth will be between [[2,5]] and 3 percent.', output: 'Growth will be between 2.5 and 3 percent.' },
        { text: 'A [[6,4]] magnitude quake hit the region.', output: 'A 6.4 magnitude quake hit the region.' },
        { text: 'The deficit reached [[1.234,5]] million lei.', output: 'The deficit reached 1,234.5 million lei.' },
        { text: 'Kenya signed a [[1,8]] billion-dollar agreement.', output: 'Kenya signed a 1.8 billion-dollar agreement.' },
        { text: 'The bureau recorded [[312,5]] millimetres of rain.', output: 'The bureau recorded 312.5 millimetres of rain.' },
        { text: 'Women have [[1,4]] children on average.', output: 'Women have 1.4 children on average.' },
      ],
      good: [
        'More than 4,100 cases were recorded.',
        'Core inflation stood at 2.9 percent in April.',
        'Chapters 2,3 and 4 deal with the war.',
        'On the right side, [0,0] input is 1 output.',
        'The final score was 2,1 after extra time.',
        'The fund holds 12,000 tonnes of grain.',
        'It cost $126.5 million.',
        'Scores of 1,2,3 percent were reported.',
        'See pages 2,3 of the report.',
        'Articles 5,6 apply.',
        'The team won 3,2 on penalties.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    for (let ti = 0; ti < doc.tokens.length; ti++) {
      const t = doc.tokens[ti] as Token;
      if (t.kind !== 'number' || !t.text.includes(',')) continue;
      const continental = CONTINENTAL.test(t.text);
      if (!continental && !DECIMAL.test(t.text)) continue;
      if (inList(doc, t)) continue;
      if (!unitFollows(doc, t) && !currencyBefore(doc, t, CURRENCIES) && !nounFollows(doc, t)) continue;
      const fixed = englishForm(t.text);
      ctx.report({
        start: t.start,
        end: t.end,
        message: `“${t.text}” uses a decimal comma, as the source language does; English writes “${fixed}”.`,
        suggestions: [fixed],
        reason: 'English separates decimals with a point and thousands with a comma',
        confidence: continental ? 0.9 : 0.85,
      });
    }
  },
};

/**
 * A thousands point in English copy: "2.000 lei" for 2,000 lei. Continental languages group
 * thousands with a point, and MT often keeps it. Read as thousands only where a decimal is
 * implausible: two or more groups ("1.500.000"), or one group of three digits before a noun
 * counted in whole units ("2.345 people") or a round sum of money ("2.000 lei", not an
 * exchange rate "1.085 dollars", "4.975 lei per euro"). A leading zero ("0.750") is always a
 * decimal.
 */
import type { Rule } from '../../types.js';
import { readSet } from '../../../data/lists.js';
import type { Doc, Token } from '../../../text/document.js';
import { currencyBefore } from './lib/numbers.js';

const GROUPED = /^[1-9]\d{0,2}(?:\.\d{3})+$/;
const MULTI = /^[1-9]\d{0,2}(?:\.\d{3}){2,}$/;
// Words that make a currency amount an exchange rate or a price per unit.
const RATE_NEXT = new Set(['per', 'against', 'a', 'an', 'each', 'apiece']);
const RATE_TO_NEXT = new Set(['the', 'one', 'a', 'an', 'each']);
const RATE_BEFORE = new Set(['rate', 'rates', 'exchange', 'traded', 'trading', 'quoted', 'yield', 'yields', 'version', 'v']);

const NOT_MEASURES = new Set(['%', 'percent', 'pct', 'per', 'percentage', 'percentage-point', 'point', 'points', 'basis', 'bps', 'magnitude', 'times', 'fold', 'million', 'millions', 'billion', 'billions', 'trillion', 'trillions', 'bn', 'bln', 'mln', 'degree', 'degrees', 'ppm', 'knots', 'mph', 'kph']);
// Words of a score, where three decimals are real: "a perfect 10.000", "scored 14.000 on beam".
const SCORE_WORDS = new Set(['score', 'scored', 'scores', 'scoring', 'perfect', 'mark', 'marks', 'total', 'on', 'vault', 'beam', 'floor']);
const COUNT_NOUNS = readSet('punctuation-count-nouns.txt');
const CURRENCIES = readSet('punctuation-currency-words.txt');
const UNITS = readSet('punctuation-decimal-units.txt');

function rateContext(doc: Doc, t: Token, noun: Token | undefined): boolean {
  const after = noun ? doc.next(noun) : undefined;
  if (after && RATE_NEXT.has(after.norm)) return true;
  // "4.975 lei to the euro"
  if (after && after.norm === 'to' && RATE_TO_NEXT.has(doc.next(after)?.norm ?? '')) return true;
  for (let k = 1; k <= 4; k++) {
    const p = doc.prev(t, k);
    if (!p) break;
    if (RATE_BEFORE.has(p.norm)) return true;
  }
  return false;
}

/** Whether a decimal reading of the one-group number `t` is implausible. */
function integerContext(doc: Doc, t: Token): boolean {
  let n = doc.next(t);
  // "2.000 more people", "1.500 new cases"
  if (n && (n.norm === 'more' || n.norm === 'new' || n.norm === 'other')) n = doc.next(n);
  if (!n) return false;
  // One adjective may stand before the noun: "43.000 social homes".
  if (n.kind === 'word' && /^\p{Ll}/u.test(n.norm) && !COUNT_NOUNS.has(n.norm) && !CURRENCIES.has(n.norm) && !UNITS.has(n.norm) && doc.pos(n) === 'ADJ') {
    const m = doc.next(n);
    if (m && (COUNT_NOUNS.has(m.norm) || (/^\p{Ll}+s$/u.test(m.text) && !UNITS.has(m.norm) && !CURRENCIES.has(m.norm) && doc.pos(m) === 'NOUN'))) {
      return !rateContext(doc, t, m);
    }
    return false;
  }
  if (COUNT_NOUNS.has(n.norm)) return true;
  // Any other plural noun counted in whole units: "2.500 shares", "1.200 flats" (not units of
  // measure, which take decimals: "1.125 kilometres").
  if (/^\p{Ll}+s$/u.test(n.text) && n.norm.length > 3 && !UNITS.has(n.norm) && !CURRENCIES.has(n.norm) && doc.pos(n) === 'NOUN') {
    return !rateContext(doc, t, n);
  }
  // Money: exchange rates carry three decimals too ("1.085 dollars"), so only round amounts.
  if (CURRENCIES.has(n.norm)) return t.text.endsWith('00') && !rateContext(doc, t, n);
  if (currencyBefore(doc, t, CURRENCIES)) return t.text.endsWith('000') && !rateContext(doc, t, undefined);
  // A round measure: "1.500 metres", "2.000 tonnes" (three decimals ending in 00 is no measure
  // a writer gives). Not shares, scales or ratios: "1.500 percent", "1.100 points", "2.000 times".
  if (UNITS.has(n.norm) && !NOT_MEASURES.has(n.norm)) return t.text.endsWith('00') && !rateContext(doc, t, n);
  // A round thousand before no noun at all: "capped at 20.000 a day", "some 15.000 attended".
  // Three zero decimals are written only for scores ("a perfect 10.000", "14.000 on beam"),
  // versions and rates.
  if (/^[1-9]\d{1,2}\.000$/.test(t.text) && !NOT_MEASURES.has(n.norm) && !UNITS.has(n.norm) && !CURRENCIES.has(n.norm) && n.kind !== 'number') {
    for (let k = 1; k <= 3; k++) {
      const p = doc.prev(t, k);
      if (!p) break;
      if (SCORE_WORDS.has(p.norm)) return false;
    }
    return !rateContext(doc, t, undefined) && !SCORE_WORDS.has(n.norm);
  }
  return false;
}

export const rule: Rule = {
  meta: {
    id: 'thousands-point',
    category: 'punctuation',
    severity: 'warning',
    description: 'A thousands separator written as a point, as continental languages do.',
    examples: {
      bad: [
        { text: 'Parents who refuse can be fined up to [[2.000]] lei.', output: 'Parents who refuse can be fined up to 2,000 lei.' },
        { text: 'More than [[1.500]] people were evacuated.', output: 'More than 1,500 people were evacuated.' },
        { text: 'The club paid [[1.500.000]] for the striker.', output: 'The club paid 1,500,000 for the striker.' },
        { text: 'Police counted [[3.200]] new cases on Monday.', output: 'Police counted 3,200 new cases on Monday.' },
        { text: 'The fund sold [[2.500]] shares on Friday.', output: 'The fund sold 2,500 shares on Friday.' },
        { text: 'The city built [[1.200]] flats last year.', output: 'The city built 1,200 flats last year.' },
        { text: 'The plan will build [[43.000]] social homes.', output: 'The plan will build 43,000 social homes.' },
        { text: 'She won the [[1.500]] metres in Paris.', output: 'She won the 1,500 metres in Paris.' },
        { text: 'The ship carried [[2.000]] tonnes of wheat.', output: 'The ship carried 2,000 tonnes of wheat.' },
        { text: 'The fine is €[[5.000]] for each offence.', output: 'The fine is €5,000 for each offence.' },
        { text: 'Parents who refuse face fines of up to [[2.500]] lei for each child.', output: 'Parents who refuse face fines of up to 2,500 lei for each child.' },
        { text: 'Visits will be capped at [[20.000]] a day from April 1.', output: 'Visits will be capped at 20,000 a day from April 1.' },
        { text: 'Police said some [[15.000]] attended the march.', output: 'Police said some 15,000 attended the march.' },
      ],
      good: [
        'The bank raised its rate to 0.750 percent.',
        'The leu traded at 4.975 lei per euro.',
        'The ruble weakened to 90.125 rubles against the dollar.',
        'Parents can be fined up to 2,000 lei.',
        'The yield rose to 4.250 percent.',
        'The index gained 1.125 points.',
        'The road is 1.125 kilometres long.',
        'The ship sailed at 12.500 knots.',
        'Growth was 1.500 times faster.',
        'Inflation hit 1.500 percent.',
        'The index rose 1.100 points.',
        'A 4.200 magnitude tremor was felt.',
        'It costs 1.500 euros a litre.',
        'The firm released version 2.100 of the app.',
        'Gas rose to $3.499 a gallon.',
        'She scored 14.000 on beam and a perfect 10.000 on vault.',
        'The gymnast had a total of 56.000 after four events.',
        'The hryvnia fell to 41.250 hryvnias to the dollar.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    for (let ti = 0; ti < doc.tokens.length; ti++) {
      const t = doc.tokens[ti] as Token;
      if (t.kind !== 'number' || !t.text.includes('.') || !GROUPED.test(t.text)) continue;
      if (!MULTI.test(t.text) && !integerContext(doc, t)) continue;
      if (MULTI.test(t.text) && rateContext(doc, t, undefined)) continue;
      const fixed = t.text.replace(/\./g, ',');
      ctx.report({
        start: t.start,
        end: t.end,
        message: `“${t.text}” groups thousands with a point, as the source language does; English writes “${fixed}”.`,
        suggestions: [fixed],
        reason: 'English separates thousands with a comma; a point would make this a decimal',
        confidence: MULTI.test(t.text) ? 0.9 : 0.85,
      });
    }
  },
};

/**
 * A currency capitalized after an amount: “1.1 trillion Reais”, “300 Euros”, “850 billion
 * Rials”, “45 Rupees”. German capitalizes every noun, and Portuguese, Spanish or Indonesian
 * copy often writes the currency's name as a title; English writes currencies in lower case
 * (“reais”, “euros”, “rials”). Only right after a number or a scale word (million, billion,
 * crore...), mid-sentence, not before another capitalized word (“2 Real Madrid”), and not in a
 * headline.
 */
import type { Rule } from '../../types.js';
import { isHeadline } from './lexicon.js';

const CURRENCIES: ReadonlySet<string> = new Set([
  'reais', 'real', 'euros', 'euro', 'dollars', 'dollar', 'pounds', 'rupees', 'rupee', 'rupiah', 'yuan', 'renminbi',
  'pesos', 'peso', 'roubles', 'rouble', 'rubles', 'ruble', 'lira', 'liras', 'zloty', 'zlotys', 'forints', 'forint',
  'leva', 'lev', 'lei', 'leu', 'dinars', 'dinar', 'dirhams', 'dirham', 'riyals', 'riyal', 'rials', 'rial', 'ringgit',
  'baht', 'yen', 'dong', 'kroner', 'kronor', 'krona', 'krone', 'kronur', 'shekels', 'shekel', 'hryvnias', 'hryvnia',
  'hryvnia', 'tenge', 'naira', 'shillings', 'shilling', 'cedis', 'cedi', 'francs', 'franc', 'kwacha', 'birr', 'taka',
  'kyat', 'manat', 'lari', 'dram', 'denars', 'denar', 'kuna', 'cents', 'pence', 'centimes', 'kopecks', 'soles', 'sol',
  'bolivars', 'bolivianos', 'quetzales', 'quetzals', 'guarani', 'colones', 'lempiras', 'cordobas', 'rands', 'pula',
  'afghanis', 'rufiyaa', 'somoni', 'sums', 'ouguiya', 'dalasi', 'leones', 'ariary', 'escudos', 'marks', 'drachmas',
]);
const SCALES: ReadonlySet<string> = new Set(['thousand', 'million', 'millions', 'billion', 'billions', 'trillion', 'trillions', 'crore', 'crores', 'lakh', 'lakhs', 'mln', 'bln', 'bn', 'm', 'k']);

// "the Euro fell against the dollar": a currency as the subject of a market report.
const MARKET_WORDS: ReadonlySet<string> = new Set([
  'fell', 'falls', 'rose', 'rises', 'weakened', 'weakens', 'strengthened', 'strengthens', 'gained', 'gains', 'lost',
  'loses', 'slipped', 'slips', 'slid', 'slides', 'climbed', 'climbs', 'dropped', 'drops', 'jumped', 'jumps', 'plunged',
  'plunges', 'tumbled', 'tumbles', 'surged', 'surges', 'rallied', 'rallies', 'recovered', 'recovers', 'hit', 'hits',
  'traded', 'trades', 'trading', 'against', 'exchange', 'was', 'is', 'has', 'had', 'edged', 'firmed', 'eased', 'eases',
  'depreciated', 'depreciates', 'appreciated', 'appreciates', 'devaluation', 'depreciation', 'appreciation',
]);
// Currencies that are also English words or parts of names when capitalized alone.
const NOT_ALONE: ReadonlySet<string> = new Set(['real', 'sol', 'soles', 'dong', 'marks', 'mark', 'sums', 'pula', 'lev', 'dram', 'pounds', 'pound', 'franc', 'francs', 'cents', 'pence']);

export const rule: Rule = {
  meta: {
    id: 'capitalized-currency',
    category: 'capitalization',
    severity: 'warning',
    description: 'A currency written with a capital after an amount (“1.1 trillion Reais”).',
    examples: {
      bad: [
        { text: 'The merged bank will have assets of about 1.1 trillion [[Reais]], the banks said.', output: 'The merged bank will have assets of about 1.1 trillion reais, the banks said.' },
        { text: 'A ticket costs 300 [[Euros]] on the black market.', output: 'A ticket costs 300 euros on the black market.' },
        { text: 'The painting sold for 850 billion [[Rials]] on Tuesday.', output: 'The painting sold for 850 billion rials on Tuesday.' },
        { text: 'The [[Euro]] fell against the dollar after the data.', output: 'The euro fell against the dollar after the data.' },
        { text: 'Traders said the [[Rouble]] weakened past 100 to the dollar.', output: 'Traders said the rouble weakened past 100 to the dollar.' },
        { text: 'Fines of up to 50,000 [[Rupees]] will apply.', output: 'Fines of up to 50,000 rupees will apply.' },
        { text: 'The state paid 12 million [[Zlotys]] in compensation.', output: 'The state paid 12 million zlotys in compensation.' },
      ],
      good: [
        'The merged bank will have assets of about 1.1 trillion reais.',
        'Barcelona 2 Real Madrid 1.',
        'The Euro 2024 final was played in Berlin.',
        'The US Dollar Index rose.',
        'The Real fell to ten men after the red card.',
        'Prices Rise 300 Euros In A Year',
        'He bought 3 Marks & Spencer shirts.',
        'She won 2 Francs Prizes.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const t of doc.tokensWith(CURRENCIES)) {
      if (t.kind !== 'word' || !CURRENCIES.has(t.norm) || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || doc.isSentenceInitial(t)) continue;
      const p = doc.prev(t);
      if (!p) continue;
      if (!(p.kind === 'number' || SCALES.has(p.norm))) {
        // "the Euro fell", "the Rouble weakened against the dollar".
        const n1 = doc.next(t);
        if (p.norm !== 'the' || NOT_ALONE.has(t.norm) || !n1 || n1.kind !== 'word' || n1.text !== n1.norm || !MARKET_WORDS.has(n1.norm)) continue;
      }
      const n = doc.next(t);
      if (n && (n.kind === 'word' || n.kind === 'number') && /^[\p{Lu}\d&]/u.test(n.text)) continue;
      if (n && n.text === '&') continue;
      if (isHeadline(doc, t.start)) continue;
      const fixed = t.text.toLowerCase();
      ctx.report({
        start: t.start,
        end: t.end,
        message: `“${t.text}” is a currency: English writes it in lower case (“${fixed}”).`,
        suggestions: [fixed],
        reason: 'currency names are common nouns in English; a capital carries over German or title-style writing',
        confidence: 0.8,
      });
    }
  },
};

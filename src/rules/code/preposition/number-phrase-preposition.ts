/**
 * Prepositions in phrases built on a number, as translations carry them over:
 *  - a ratio with "on" (French "une école sur trois", Italian "uno su tre"): "one school on
 *    three" -> "one in three";
 *  - a partitive with "in which" (Hindi "जिनमें", Chinese "其中"): "54 medicines, in which 12 are
 *    used" -> "of which";
 *  - an amount with "in" (Russian "в размере"): "a prize fund in 2.5 million euros" -> "of";
 *  - a starting date with "starting of" (Portuguese "a partir de"): "starting of 2027" -> "from".
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';
import { CURRENCY_SIGNS, SCALES } from './lib/counts.js';

const SMALL = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const NUM_VALUE = new Map<string, number>(SMALL.map((w, i) => [w, i + 1]));
for (const [w, v] of [['twenty', 20], ['fifty', 50], ['hundred', 100], ['thousand', 1000]] as const) NUM_VALUE.set(w, v);

function valueOf(t: Token | undefined): number | undefined {
  if (!t) return undefined;
  if (t.kind === 'number' && /^\d+$/.test(t.text)) return Number(t.text);
  return NUM_VALUE.get(t.norm);
}

// Events: "clashes, in which three were killed" is English.
const EVENTS = new Set(['attacks', 'clashes', 'strikes', 'raids', 'incidents', 'accidents', 'crashes', 'protests', 'explosions', 'blasts', 'riots', 'operations', 'battles', 'fires', 'floods', 'shootings', 'bombings', 'elections', 'races', 'games', 'matches', 'cases', 'trials', 'years', 'months', 'weeks', 'days', 'rounds', 'stages', 'events', 'storms', 'earthquakes', 'collisions', 'disasters', 'wars', 'conflicts', 'hearings', 'sessions', 'meetings', 'talks', 'votes', 'polls', 'surveys', 'studies', 'tests', 'trials', 'experiments', 'simulations', 'scenarios', 'areas', 'regions', 'countries', 'places', 'cities', 'towns', 'villages', 'homes', 'houses', 'buildings', 'schools', 'hospitals', 'camps', 'prisons', 'families', 'households']);
const QUANT = new Set(['most', 'many', 'some', 'half', 'all', 'none', 'several', 'few', 'two-thirds', 'one-third', 'a']);
const BE_HAVE = new Set(['are', 'were', 'is', 'was', 'have', 'had', 'has', 'will', 'would', 'can', 'could', 'belong', 'belonged', 'come', 'came', 'remain', 'remained', 'went', 'go', 'need', 'needed']);

const MONEY_NOUNS = new Set(['fund', 'prize', 'fine', 'penalty', 'loan', 'budget', 'bonus', 'grant', 'salary', 'compensation', 'bail', 'deposit', 'ransom', 'reward', 'payment', 'subsidy', 'tranche', 'sum', 'donation', 'pension', 'allowance', 'stipend', 'bribe', 'fee', 'capital', 'purse', 'payout', 'settlement', 'credit', 'debt', 'deficit', 'surplus', 'dividend', 'severance', 'indemnity', 'premium', 'wage', 'turnover', 'revenue']);
const CURRENCIES = new Set(`euros euro dollars dollar reais real rubles roubles ruble rouble yuan yen pounds pound francs franc lira liras lire rupees rupee won dong pesos peso zlotys zloty hryvnias hryvnia tenge dinars dinar dirhams dirham riyals riyal rand kroner krone kronor krona crowns koruna forints forint lei leu leva lev shekels shekel baht ringgit rupiah naira shillings manat som lari dram usd eur gbp chf bitcoin`.split(/\s+/));
const HEDGE = new Set(['about', 'around', 'nearly', 'almost', 'some', 'roughly', 'approximately', 'over', 'up', 'to', 'more', 'than', 'total', 'a']);
const YEARISH = /^(18|19|20)\d\d$/;
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'next', 'this']);

function sentenceBounds(doc: Doc, t: Token): [number, number] {
  const s = doc.sentenceOf(t);
  return [s.firstToken, s.endToken];
}

export const rule: Rule = {
  meta: {
    id: 'number-phrase-preposition',
    category: 'preposition',
    severity: 'warning',
    description: 'A preposition carried over into a number phrase: a ratio with “on” (“one in three”), “in which” for “of which”, an amount with “in” (“a fund in 2 million euros”), “starting of 2027”.',
    examples: {
      bad: [
        { text: 'Nearly one voter [[on]] four stayed at home.', output: 'Nearly one voter in four stayed at home.' },
        { text: 'Two pupils [[on]] five cannot swim, the survey found.', output: 'Two pupils in five cannot swim, the survey found.' },
        { text: 'The agency approved 40 drugs, [[in which]] 9 are generics.', output: 'The agency approved 40 drugs, of which 9 are generics.' },
        { text: 'The club paid a transfer fee [[in]] 40 million euros.', output: 'The club paid a transfer fee of 40 million euros.' },
        { text: 'He received a bonus [[in]] $2 million.', output: 'He received a bonus of $2 million.' },
        { text: 'The new tax applies [[starting of]] 2026.', output: 'The new tax applies starting in 2026.' },
      ],
      good: [
        'Nearly one voter in four stayed at home.',
        'They spoke one on one.',
        'He won on three occasions.',
        'The army launched 40 raids, in which 9 were killed.',
        'There are many countries in which 12 is the age of consent.',
        'They paid a fee in euros.',
        'Investment in 2024 rose.',
        'The fund in 2023 made 5 million euros.',
        'At the beginning of 2027 the plant opens.',
        'The team scored two goals on three shots.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const t of doc.tokensWith(['on', 'in', 'of'])) {
      const [sStart, sEnd] = sentenceBounds(doc, t);
      const n1 = t.index + 1 < sEnd ? doc.at(t.index + 1) : undefined;
      if (!n1) continue;
      const prev = t.index > sStart ? doc.at(t.index - 1) : undefined;

      if (t.norm === 'on') {
        const den = valueOf(n1);
        if (den === undefined || den < 2) continue;
        const after = t.index + 2 < sEnd ? doc.at(t.index + 2) : undefined;
        if (after && after.kind === 'word' && (after.norm === "'s" || ['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(doc.pos(after)))) continue;
        if (after && after.kind === 'number') continue;
        // the numerator: a count within the three words before "on"
        let num: number | undefined;
        for (let k = 1; k <= 4; k++) {
          const p = doc.prev(t, k);
          if (!p || p.index < sStart || p.kind === 'punct') break;
          const v = valueOf(p);
          if (v !== undefined) {
            num = v;
            break;
          }
        }
        if (num === undefined || num >= den || num === 0) continue;
        // "scored 12 on 15" is a score as much as a ratio; keep to small numerators
        if (num > 10) continue;
        ctx.report({ start: t.start, end: t.end, message: `“${num} … on ${n1.text}” gives a ratio with “on” (“sur/su”): English says “in ${n1.text}” (or “out of”).`, suggestions: ['in', 'out of'], reason: 'English gives a proportion as “one in three” or “one out of three”', confidence: 0.75 });
        continue;
      }

      if (t.norm === 'in') {
        // ", in which 12 are used"
        if (n1.norm === 'which' && prev && prev.text === ',') {
          const q = t.index + 2 < sEnd ? doc.at(t.index + 2) : undefined;
          const v = t.index + 3 < sEnd ? doc.at(t.index + 3) : undefined;
          const before = doc.prev(prev);
          if (!q || !v || !before || before.kind !== 'word') continue;
          if (!(q.kind === 'number' || NUM_VALUE.has(q.norm) || QUANT.has(q.norm))) continue;
          if (q.norm === 'a' || YEARISH.test(q.text)) continue;
          if (!BE_HAVE.has(v.norm)) continue;
          if (!/s$/.test(before.norm) || EVENTS.has(before.norm)) continue;
          // the antecedent is counted: "54 medicines", "dozens of companies"
          let counted = false;
          for (let k = 1; k <= 4; k++) {
            const p = doc.prev(before, k);
            if (!p || p.index < sStart) break;
            if (p.kind === 'number' || NUM_VALUE.has(p.norm) || /^(dozens|hundreds|thousands|many|several)$/.test(p.norm)) counted = true;
          }
          if (!counted) continue;
          ctx.report({ start: t.start, end: n1.end, message: '“in which” before a count of the items just named carries over “jinmen/其中”: English says “of which”.', suggestions: ['of which'], reason: 'a part of a counted group takes “of which”', confidence: 0.8 });
          continue;
        }
        // "a prize fund in 2.5 million euros"
        if (prev && (MONEY_NOUNS.has(prev.norm) || MONEY_NOUNS.has(prev.norm.replace(/s$/, ''))) && doc.pos(prev) === 'NOUN') {
          let j = t.index + 1;
          while (j < sEnd && j < t.index + 4 && HEDGE.has((doc.at(j) as Token).norm)) j++;
          let x = doc.at(j);
          if (!x || j >= sEnd) continue;
          let money = false;
          if (CURRENCY_SIGNS.has(x.text)) {
            money = doc.at(j + 1)?.kind === 'number';
          } else if (x.kind === 'number' && !YEARISH.test(x.text)) {
            j++;
            while (j < sEnd && SCALES.has((doc.at(j) as Token).norm)) j++;
            x = doc.at(j);
            money = x !== undefined && j < sEnd && CURRENCIES.has(x.norm);
          }
          if (!money) continue;
          ctx.report({ start: t.start, end: t.end, message: `“${prev.text} in …” gives an amount with “in” (“в размере”): English says “${prev.text} of …”.`, suggestions: ['of'], reason: 'an amount that measures a noun takes “of”', confidence: 0.8 });
        }
        continue;
      }

      // "starting of 2027"
      if (t.norm === 'of' && prev && prev.norm === 'starting') {
        const ok = (n1.kind === 'number' && YEARISH.test(n1.text)) || MONTHS.has(n1.norm);
        if (!ok) continue;
        const pp = doc.prev(prev);
        if (pp && /^(the|a|its|their|his|her)$/.test(pp.norm)) continue;
        ctx.report({ start: prev.start, end: t.end, message: '“starting of” + a date carries over “a partir de/à partir de”: English says “starting in” or “from”.', suggestions: ['starting in', 'from'], reason: 'a start date takes “from” or “starting in/on”', confidence: 0.85 });
      }
    }
  },
};

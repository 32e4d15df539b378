/**
 * "fined the company on 3.6 billion rubles", "fined with 2,000 euros": a preposition before the
 * amount of a fine, carried over from Russian “на” or Romance “con/de”. English puts the amount
 * straight after the verb and its object ("fined the company 3.6 billion rubles"). The span is
 * the preposition and the space after it, and the fix deletes both.
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';

const FINE_VERBS = new Set(['fined', 'fine', 'fines', 'fining', 'penalized', 'penalised', 'penalize', 'penalise', 'penalizes', 'penalises']);
const PREPS = new Set(['on', 'with', 'for', 'by']);
const APPROX = new Set(['about', 'around', 'nearly', 'almost', 'some', 'roughly', 'approximately', 'over']);
const SCALE = new Set(['thousand', 'million', 'billion', 'trillion', 'mln', 'bln', 'bn', 'm']);
const CURRENCY_WORDS = new Set([
  'rubles', 'roubles', 'ruble', 'rouble', 'euros', 'euro', 'dollars', 'dollar', 'pounds', 'pound', 'lei', 'leu', 'yuan',
  'yen', 'won', 'rupees', 'rupee', 'francs', 'franc', 'zlotys', 'zloty', 'forints', 'forint', 'hryvnias', 'hryvnia',
  'lira', 'liras', 'lire', 'pesos', 'peso', 'reais', 'real', 'kronor', 'kroner', 'krona', 'krone', 'dinars', 'dinar',
  'leva', 'lev', 'kuna', 'tenge', 'rand', 'shekels', 'shekel', 'dirhams', 'riyals', 'rials', 'baht', 'ringgit', 'rupiah',
]);
const CURRENCY_SYMBOLS = new Set(['$', '€', '£', '¥', '₽', '₹', '₴']);
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twenty', 'fifty', 'hundred', 'hundreds', 'thousands', 'millions']);
const STOP = new Set(['.', ';', ':', '?', '!', 'and', 'but', 'who', 'which', 'that', 'after', 'because', 'while', 'for']);

function isNumber(t: Token | undefined): boolean {
  return t !== undefined && (t.kind === 'number' || NUMBER_WORDS.has(t.norm));
}

/** True when an amount of money starts at token `t`. */
function isAmount(doc: Doc, t: Token): boolean {
  let u: Token | undefined = t;
  if (u.norm === 'up' && doc.next(u)?.norm === 'to') u = doc.next(u, 2);
  else if (u && APPROX.has(u.norm)) u = doc.next(u);
  if (!u) return false;
  if (CURRENCY_SYMBOLS.has(u.text)) return isNumber(doc.next(u));
  if (!isNumber(u)) return false;
  let v = doc.next(u);
  if (v && SCALE.has(v.norm)) v = doc.next(v);
  return v !== undefined && (CURRENCY_WORDS.has(v.norm) || CURRENCY_SYMBOLS.has(v.text));
}

/** The fine verb at most `max` tokens before `prep`, with no clause break between. */
function fineVerbBefore(doc: Doc, prep: Token, max: number): Token | undefined {
  for (let k = 1; k <= max; k++) {
    const t = doc.prev(prep, k);
    if (!t) return undefined;
    if (FINE_VERBS.has(t.norm)) return t;
    if (k > 1 && STOP.has(t.norm)) return undefined;
  }
  return undefined;
}

export const rule: Rule = {
  meta: {
    id: 'fined-amount-preposition',
    category: 'preposition',
    severity: 'warning',
    description: 'A preposition before the amount of a fine (“fined X on 3 million rubles”): English puts the amount right after.',
    examples: {
      bad: [
        { text: 'The court fined the bank [[on ]]2 million rubles.', output: 'The court fined the bank 2 million rubles.' },
        { text: 'The club was fined [[with ]]50,000 euros.', output: 'The club was fined 50,000 euros.' },
        { text: 'Regulators fined the airline [[for ]]$3 million on Friday.', output: 'Regulators fined the airline $3 million on Friday.' },
        { text: 'Drivers will be fined [[with ]]up to 500 lei.', output: 'Drivers will be fined up to 500 lei.' },
      ],
      good: [
        'The court fined the bank 2 million rubles.',
        'The club was fined 50,000 euros for racist chanting.',
        'The club was fined for fielding an ineligible player.',
        'The bank was fined on Monday.',
        'The firm was fined by 3 regulators.',
        'He was fined and sentenced to 2 years in prison.',
        'The firm, which was fined last year, spent 2 million euros on lawyers.',
        'The fine was paid with 3 million euros from reserves.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const t of doc.tokensWith(PREPS)) {
      if (!PREPS.has(t.norm)) continue;
      const next = doc.next(t);
      if (!next || !isAmount(doc, next)) continue;
      const verb = fineVerbBefore(doc, t, t.norm === 'on' ? 8 : 5);
      if (!verb) continue;
      // "fine" as a noun ("the fine was paid with ...") is not the verb.
      const before = doc.prev(verb);
      if (verb.norm === 'fine' || verb.norm === 'fines') {
        if (before && ['the', 'a', 'its', 'their', 'his', 'her', 'this', 'that', 'record', 'heavy', 'big'].includes(before.norm)) continue;
      }
      ctx.report({
        start: t.start,
        end: next.start,
        message: `“${verb.text} … ${t.text} ${next.text}…”: the amount of a fine takes no preposition in English.`,
        suggestions: [''],
        reason: 'English puts the amount straight after “fine” and its object',
        confidence: 0.85,
      });
    }
  },
};

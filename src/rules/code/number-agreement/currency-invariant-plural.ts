/**
 * A currency whose English plural is the same word (or another form) given an -s after an
 * amount: “40 million kroners” (kroner), “500 yens” (yen), “3 billion yuans” (yuan), “1,200
 * takas” (taka), “10 billion reals” (reais). Translation adds the English plural ending to
 * names that do not take it.
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';
import { wordPositions } from '../../../text/word-positions.js';
import { NUMBER_WORDS, matchCase } from './lib/english.js';

/** The wrong plural -> the English plural. */
const PLURALS: ReadonlyMap<string, string> = new Map([
  ['yens', 'yen'], ['yuans', 'yuan'], ['renminbis', 'renminbi'], ['bahts', 'baht'], ['wons', 'won'],
  ['kroners', 'kroner'], ['krones', 'kroner'], ['kronas', 'kronor'], ['kronors', 'kronor'],
  ['ringgits', 'ringgit'], ['rupiahs', 'rupiah'], ['dongs', 'dong'], ['kips', 'kip'], ['kyats', 'kyat'],
  ['takas', 'taka'], ['nairas', 'naira'], ['tenges', 'tenge'], ['leis', 'lei'], ['levs', 'leva'], ['levas', 'leva'],
  ['reals', 'reais'], ['laris', 'lari'], ['birrs', 'birr'], ['ngultrums', 'ngultrum'], ['rufiyaas', 'rufiyaa'],
]);
/** Words an amount ends with: "40 million kroners", "two thousand yens". */
const SCALES: ReadonlySet<string> = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion', 'mln', 'bln', 'mn', 'bn', 'm', 'k']);

function isAmount(t: Token | undefined): boolean {
  return t !== undefined && (t.kind === 'number' || NUMBER_WORDS.has(t.norm) || SCALES.has(t.norm));
}

export const rule: Rule = {
  meta: {
    id: 'currency-invariant-plural',
    category: 'number-agreement',
    severity: 'warning',
    description: 'A currency whose plural takes no -s, given one after an amount: “40 million kroners” for “kroner”.',
    examples: {
      bad: [
        { text: 'The gang cheated elderly people out of 40 million [[kroners]].', output: 'The gang cheated elderly people out of 40 million kroner.' },
        { text: 'A ticket costs 500 [[yens]] in Tokyo.', output: 'A ticket costs 500 yen in Tokyo.' },
        { text: 'The bank lent 3 billion [[yuans]] to the developer.', output: 'The bank lent 3 billion yuan to the developer.' },
        { text: 'The deal is worth 10 billion [[reals]].', output: 'The deal is worth 10 billion reais.' },
      ],
      good: [
        'The gang cheated elderly people out of 40 million kroner.',
        'A ticket costs 500 yen in Tokyo.',
        'The set of reals is uncountable.',
        'He sold the bahts he had left before flying home.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    const at = wordPositions(doc, PLURALS);
    for (let k = 0; k < at.length; k++) {
      const t = doc.tokens[at[k] as number] as Token;
      const fix = PLURALS.get(t.norm);
      if (fix === undefined || !/^\p{Ll}/u.test(t.text) || !isAmount(doc.prev(t))) continue;
      ctx.report({
        start: t.start,
        end: t.end,
        message: `“${t.text}”: English writes this currency “${fix}” after an amount.`,
        suggestions: [matchCase(t.text, fix)],
        reason: `the English plural of this currency is “${fix}”`,
        confidence: 0.8,
      });
    }
  },
};

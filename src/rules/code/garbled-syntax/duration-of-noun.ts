/**
 * “the contract of five years”: a duration after the noun with “of”, as Romance and Slavic
 * languages say it. English puts the duration before the noun as a compound adjective: “a
 * five-year contract”. Only nouns that are agreed for a term (contract, deal, loan, lease,
 * mandate, stint, extension) are checked; “a period of five years” is English.
 */
import type { Rule } from '../../types.js';
import { NUMBER_WORDS, indefiniteArticle, matchCase } from '../number-agreement/lib/english.js';

const NOUNS = new Set(['contract', 'deal', 'loan', 'lease', 'mandate', 'stint', 'spell', 'extension', 'agreement', 'term', 'plan', 'programme', 'program', 'visa', 'permit', 'moratorium']);
const UNITS: ReadonlyMap<string, string> = new Map([
  ['years', 'year'], ['months', 'month'], ['weeks', 'week'], ['days', 'day'], ['seasons', 'season'],
  ['decades', 'decade'], ['year', 'year'], ['month', 'month'], ['season', 'season'],
]);
const ONE = new Set(['one', 'a', '1']);
const OF_IDIOMATIC = new Set(['term', 'spell', 'stint', 'extension', 'moratorium']);

export const rule: Rule = {
  meta: {
    id: 'duration-of-noun',
    category: 'garbled-syntax',
    severity: 'warning',
    description: '“the contract of five years” for “a five-year contract”.',
    examples: {
      bad: [
        { text: 'He passed a medical and will sign [[the contract of five years]].', output: 'He passed a medical and will sign a five-year contract.' },
        { text: 'The club offered him [[a deal of three seasons]].', output: 'The club offered him a three-season deal.' },
        { text: 'The government agreed [[a loan of 10 years]] with the bank.', output: 'The government agreed a 10-year loan with the bank.' },
        { text: 'She won [[a mandate of eight years]].', output: 'She won an eight-year mandate.' },
        { text: '[[The contract of five years]] was signed on Monday.', output: 'A five-year contract was signed on Monday.' },
      ],
      good: [
        'He will sign a five-year contract.',
        'The project covers a period of five years.',
        'He was sentenced to a term of five years in prison.',
        'The contract of the coach expires in June.',
        'A contract for five years was offered.',
        'Five residents are appointed, each for a term of three years.',
        'By act of Congress a moratorium of 20 years has been granted.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    for (const n of doc.tokensWith(NOUNS)) {
      if (!NOUNS.has(n.norm)) continue;
      const det = doc.prev(n);
      const of = doc.next(n);
      const num = of && doc.next(of);
      const unit = num && doc.next(num);
      if (!det || !['the', 'a', 'an'].includes(det.norm) || of?.norm !== 'of' || !num || !unit) continue;
      const sg = UNITS.get(unit.norm);
      if (!sg || !(NUMBER_WORDS.has(num.norm) || ONE.has(num.norm) || (num.kind === 'number' && /^\d{1,2}$/.test(num.text)))) continue;
      // "a term of five years in prison" is the legal idiom; "for a term of three years", "an
      // extension of six months", "a spell of two weeks" are plain English with any article.
      if (OF_IDIOMATIC.has(n.norm)) continue;
      // "a lease of 99 years": the legal idiom with an indefinite article.
      if (det.norm !== 'the' && n.norm === 'lease') continue;
      const count = num.norm === 'a' ? 'one' : num.text;
      const compound = `${count}-${sg}`;
      const art = indefiniteArticle(compound);
      const fix = `${matchCase(det.text, art)} ${compound} ${n.text}`;
      ctx.report({
        start: det.start,
        end: unit.end,
        message: `“${doc.text.slice(det.start, unit.end)}”: English puts the duration before the noun: “${fix}”.`,
        suggestions: [fix, `${det.text} ${compound} ${n.text}`].filter((s, i, a) => a.indexOf(s) === i),
        reason: 'a duration modifying a noun is a compound adjective',
        confidence: 0.75,
      });
    }
  },
};

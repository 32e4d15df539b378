/**
 * A currency sign after its amount ("25 €", "40$") or a number sign "n°"/"№": the continental
 * order and signs. English writes "€25" and "No. 5".
 */
import type { Rule } from '../../types.js';
import { matchesAt } from '../../../text/matches-at.js';
import { charsPositions, hasChar } from './lib/chars.js';

const AFTER = /(?<![\p{L}\d.,])(\d{1,3}(?:[,.]\d{3})*(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?:\s?(million|billion|mln|bn))?\s?([€£¥$])(?![\p{L}\d])/gu;
// "€ 40 million": English sets the sign right before the number.
const SPACED_SIGN = /([€£¥])[ \u00a0](\d)/gu;
const NUMBER_SIGN = /(?<![\p{L}])(n°|nº|N°|Nº|№)\s?(\d+)/gu;

const SIGNS = ['€', '£', '¥', '$'];
const SPACED_SIGNS = ['€', '£', '¥'];

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Where AFTER can match, given the offsets of the currency signs (ascending): its number
 * starts a run of digits, points and commas (the lookbehind) and ends that run (only a space,
 * "million" or the sign may follow it), at most 9 characters before a sign (\s?million\s?).
 */
function amountStarts(text: string, signs: readonly number[]): number[] {
  const out: number[] = [];
  for (const s of signs) {
    for (let e = s; e >= s - 9 && e >= 1; e--) {
      if (!isDigit(text.charCodeAt(e - 1))) continue;
      let p = e - 1;
      while (p > 0) {
        const c = text.charCodeAt(p - 1);
        if (!(isDigit(c) || c === 46 || c === 44)) break;
        p--;
      }
      if (isDigit(text.charCodeAt(p))) out.push(p);
    }
  }
  return out.sort((x, y) => x - y);
}

export const rule: Rule = {
  meta: {
    id: 'currency-after-amount',
    category: 'punctuation',
    severity: 'warning',
    description: 'A currency sign after the amount ("25 €") or spaced from it ("€ 40"), or a continental number sign ("n° 5").',
    examples: {
      bad: [
        { text: 'The ticket costs [[25 €]] at the door.', output: 'The ticket costs €25 at the door.' },
        { text: 'The club paid [[40 million €]] for him.', output: 'The club paid €40 million for him.' },
        { text: 'The report cited article [[n° 5]] of the treaty.', output: 'The report cited article No. 5 of the treaty.' },
        { text: 'The state will pay [[€ 4]]0 million to owners.', output: 'The state will pay €40 million to owners.' },
      ],
      good: [
        'The ticket costs €25 at the door.',
        'The club paid €40 million for him.',
        'It cost US$25 in 2020.',
        'Use the variable $x in the formula.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const { text } = doc;
    const signs = charsPositions(doc, SIGNS);
    if (signs.length > 0) {
      for (const m of matchesAt(text, AFTER, amountStarts(text, signs))) {
        // "US$25": a sign that starts the next amount, not one that ends this one.
        if (/^\s?[€£¥$]\s?\d/.test(text.slice(m.index + m[0].length - 2, m.index + m[0].length + 2)) && /\d/.test(text.charAt(m.index + m[0].length))) continue;
        const to = `${m[3]}${m[1]}${m[2] ? ` ${m[2]}` : ''}`;
        ctx.report({
          start: m.index,
          end: m.index + m[0].length,
          message: `“${m[0]}”: English puts the currency sign before the amount: “${to}”.`,
          suggestions: [to],
          reason: 'English writes €25, not 25 €',
          confidence: 0.85,
        });
      }
    }
    for (const m of matchesAt(text, SPACED_SIGN, charsPositions(doc, SPACED_SIGNS))) {
      ctx.report({
        start: m.index,
        end: m.index + m[0].length,
        message: `“${m[1]} ${m[2]}…”: English sets the currency sign right before the amount, with no space.`,
        suggestions: [`${m[1]}${m[2]}`],
        reason: 'English writes €40, not € 40',
        confidence: 0.7,
      });
    }
    if (hasChar(doc, '°') || hasChar(doc, 'º') || hasChar(doc, '№')) {
      for (const m of text.matchAll(NUMBER_SIGN)) {
        ctx.report({
          start: m.index,
          end: m.index + m[0].length,
          message: `“${m[0]}” uses a continental number sign: English writes “No. ${m[2]}”.`,
          suggestions: [`No. ${m[2]}`],
          reason: 'English abbreviates number as No.',
          confidence: 0.85,
        });
      }
    }
  },
};

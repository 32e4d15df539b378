/**
 * “two millions people”, “three thousands euros”: after a number, English keeps million,
 * thousand, hundred and dozen in the singular (“two million people”); the plural appears only
 * without a number before it (“millions of people”). Romance languages say “deux millions”.
 * The reverse, “million of people” with no number, is flagged too (“millions of people”).
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';
import { wordPositions } from '../../../text/word-positions.js';
import { NUMBER_WORDS, matchCase } from './lib/english.js';

const PLURAL_MEASURES: ReadonlyMap<string, string> = new Map([
  ['millions', 'million'], ['billions', 'billion'], ['trillions', 'trillion'], ['thousands', 'thousand'],
  ['hundreds', 'hundred'], ['dozens', 'dozen'],
]);
const SINGULAR_MEASURES: ReadonlyMap<string, string> = new Map([...PLURAL_MEASURES].map(([p, s]) => [s, p] as const));
const MEASURES: ReadonlySet<string> = new Set([...PLURAL_MEASURES.keys(), ...SINGULAR_MEASURES.keys()]);
const COUNTS = new Set([...NUMBER_WORDS, 'one', 'a', 'several', 'few', 'many', 'some', 'hundred', 'thousand', 'half']);

// Words after a standalone amount: "fifty millions for the canal", "$50 millions each".
const AMOUNT_NEXT = new Set(['each', 'more', 'less', 'of', 'for', 'to', 'in', 'on', 'over', 'and', 'or', 'a', 'an', 'the', 'per', 'annually', 'yearly', 'needed', 'provided', 'expended', 'spent', 'should', 'would', 'will', 'is', 'was', 'are', 'were']);

function isCount(t: Token | undefined): boolean {
  return t !== undefined && (COUNTS.has(t.norm) || t.kind === 'number');
}

export const rule: Rule = {
  meta: {
    id: 'measure-word-plural',
    category: 'number-agreement',
    severity: 'warning',
    description: '“two millions people” for “two million people”; “million of people” for “millions of people”.',
    examples: {
      bad: [
        { text: 'The fund will invest two [[millions]] euros in the project.', output: 'The fund will invest two million euros in the project.' },
        { text: 'About 30 [[thousands]] people marched on Sunday.', output: 'About 30 thousand people marched on Sunday.' },
        { text: 'The floods forced [[million]] of people from their homes.', output: 'The floods forced millions of people from their homes.' },
      ],
      good: [
        'Interest charges alone now cost taxpayers about 9 1/2 billions, so debt must fall.',
        'The fund will invest two million euros in the project.',
        'Millions of people marched on Sunday.',
        'Two million of the residents were evacuated.',
        'Hundreds of thousands of people marched.',
        'A million of them voted.',
        'Several thousand people gathered.',
        'The dozens of protesters left.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    const at = wordPositions(doc, MEASURES);
    for (let ti = 0; ti < at.length; ti++) {
      const t = doc.tokens[at[ti] as number] as Token;
      const sg = PLURAL_MEASURES.get(t.norm);
      if (sg !== undefined) {
        const prev = doc.prev(t);
        const next = doc.next(t);
        if (!prev || !(NUMBER_WORDS.has(prev.norm) || prev.kind === 'number') || !next || next.norm === 'of') continue;
        // "saving nine millions on the interest", "six billions should suffice": an old way of
        // writing an amount on its own; the error counts a noun ("two millions euros").
        if (next.kind !== 'word' || !/^\p{L}/u.test(next.text) || AMOUNT_NEXT.has(next.norm) || (doc.canTag && !['NOUN', 'ADJ', 'PROPN'].includes(doc.pos(next)))) continue;
        ctx.report({
          start: t.start,
          end: t.end,
          message: `“${prev.text} ${t.text}”: after a number English says “${sg}”, in the singular.`,
          suggestions: [matchCase(t.text, sg)],
          reason: 'million, thousand and hundred take no plural after a number',
          confidence: 0.85,
        });
        continue;
      }
      const pl = SINGULAR_MEASURES.get(t.norm);
      if (pl === undefined || doc.next(t)?.norm !== 'of') continue;
      const prev = doc.prev(t);
      if (isCount(prev) || prev?.norm === 'the' || prev?.norm === 'per' || prev?.norm === '$' || prev?.norm === '€' || prev?.norm === '£') continue;
      const after = doc.next(doc.next(t) as Token);
      if (!after || after.kind !== 'word' || ['them', 'us', 'these', 'those', 'the', 'which', 'whom'].includes(after.norm)) continue;
      ctx.report({
        start: t.start,
        end: t.end,
        message: `“${t.text} of”: without a number English says “${pl} of”.`,
        suggestions: [matchCase(t.text, pl)],
        reason: 'an indefinite large number is “millions of”',
        confidence: 0.8,
      });
    }
  },
};

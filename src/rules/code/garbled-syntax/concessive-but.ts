/**
 * A concessive or causal clause answered by a second conjunction: “Although the plant cost
 * $110 million, but the government paid only 30 percent”, “Because the roads were closed, so
 * the trucks waited”. Chinese (虽然…但是, 因为…所以), Korean, Vietnamese, Hindi and Indonesian
 * mark both halves; English marks one. Flagged when a sentence opens with although/though/even
 * though/because and the main clause after the comma starts with “but”/“yet”/“so”.
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';

const OPENERS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['although', new Set(['but', 'yet'])],
  ['though', new Set(['but', 'yet'])],
  ['because', new Set(['so', 'therefore', 'thus'])],
]);

export const rule: Rule = {
  meta: {
    id: 'concessive-but',
    category: 'garbled-syntax',
    severity: 'warning',
    description: '“Although …, but …”: the second conjunction English drops.',
    examples: {
      bad: [
        { text: 'Although the bridge cost 40 million euros[[, but]] the state paid only half.', output: 'Although the bridge cost 40 million euros, the state paid only half.' },
        { text: 'Even though it rained all week[[, but]] the festival went ahead.', output: 'Even though it rained all week, the festival went ahead.' },
        { text: 'Because the roads were closed[[, so]] the trucks waited at the border.', output: 'Because the roads were closed, the trucks waited at the border.' },
      ],
      good: [
        'Although the bridge cost 40 million euros, the state paid only half.',
        'Although small, but not insignificant, the change matters.',
        'He stayed, although it rained, but only for an hour.',
        'Because it was late, so many people left.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const first of doc.tokensWith(OPENERS)) {
      if (!doc.isSentenceInitial(first)) {
        // "Even though ..." opens the sentence too.
        const p = doc.prev(first);
        if (!(first.norm === 'though' && p?.norm === 'even' && doc.isSentenceInitial(p))) continue;
      }
      const seconds = OPENERS.get(first.norm)!;
      // The first comma of the sentence closes the subordinate clause.
      let comma: Token | undefined;
      let words = 0;
      for (let c = doc.next(first); c; c = doc.next(c)) {
        if (c.text === ',') {
          comma = c;
          break;
        }
        if (c.kind === 'word') words++;
      }
      // "Although small, but …": a verbless phrase, not a clause.
      if (!comma || words < 3) continue;
      const second = doc.next(comma);
      if (!second || !seconds.has(second.norm)) continue;
      const after = doc.next(second);
      // "so many people left", "but only for an hour": a quantifier or a parenthesis.
      if (!after || ['many', 'much', 'far', 'only', 'not', 'also', 'few', 'long', 'that', 'as'].includes(after.norm) || after.text === ',') continue;
      ctx.report({
        start: comma.start,
        end: second.end,
        message: `“${first.text} …${doc.text.slice(comma.start, second.end)}”: the clause is already marked by “${first.text}”; English drops “${second.text}”.`,
        suggestions: [','],
        reason: `English does not answer “${first.norm}” with “${second.norm}”`,
        confidence: 0.75,
      });
    }
  },
};

/**
 * Double negation: “did not say nothing”, “can’t see nobody”, “never told nobody”. Slavic and
 * Romance languages require it; standard English keeps one negative (“did not say anything”).
 * The second negative must follow a verb after the first; “not nothing” (litotes) and “not for
 * nothing” stay quiet.
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';
import { matchCase } from '../number-agreement/lib/english.js';

const FIRST = new Set([
  'not', 'never', "don't", "doesn't", "didn't", "can't", 'cannot', "won't", "wouldn't", "couldn't",
  "shouldn't", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "mustn't",
]);
const SECOND: ReadonlyMap<string, string> = new Map([
  ['nothing', 'anything'], ['nobody', 'anybody'], ['nowhere', 'anywhere'], ['none', 'any'], ['no-one', 'anyone'],
]);

export const rule: Rule = {
  meta: {
    id: 'double-negation',
    category: 'garbled-syntax',
    severity: 'warning',
    description: 'Two negatives for one: “did not say nothing” for “did not say anything”.',
    examples: {
      bad: [
        { text: 'The minister did not say [[nothing]] about the deal.', output: 'The minister did not say anything about the deal.' },
        { text: 'Police could not find [[nobody]] inside the building.', output: 'Police could not find anybody inside the building.' },
        { text: 'The company has never paid [[nothing]] to the state.', output: 'The company has never paid anything to the state.' },
      ],
      good: [
        'The minister did not say anything about the deal.',
        'That is not nothing.',
        'He did it not for nothing.',
        'Nobody said nothing was wrong, but nothing changed.',
        'It was not a case of none at all.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    if (!doc.canTag) return;
    for (const t of doc.tokens) {
      const fix = SECOND.get(t.norm);
      if (fix === undefined) continue;
      // Cheap test: a negative within four words before, ahead of any tagging.
      let any = false;
      for (let k = 0, c = doc.prev(t); k < 4 && c && !any; k++, c = doc.prev(c)) any = FIRST.has(c.norm);
      if (!any) continue;
      // Look back for the first negative, with a verb between them.
      let verb = false;
      let neg: Token | undefined;
      for (let k = 0, c = doc.prev(t); k < 4 && c; k++, c = doc.prev(c)) {
        if (FIRST.has(c.norm)) {
          neg = c;
          break;
        }
        if (c.kind === 'punct') break;
        const pos = doc.pos(c);
        if (pos === 'VERB') verb = true;
        else if (pos !== 'ADV' && pos !== 'AUX' && pos !== 'PART') break;
      }
      if (!neg || !verb) continue;
      ctx.report({
        start: t.start,
        end: t.end,
        message: `“${doc.text.slice(neg.start, t.end)}”: two negatives; English says “${fix}” after “${neg.text}”.`,
        suggestions: [matchCase(t.text, fix)],
        reason: 'standard English uses one negative per clause',
        confidence: 0.7,
      });
    }
  },
};

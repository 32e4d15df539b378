/**
 * "did not wanted", "didn't went", "did not said": "do" carries the tense in English, and the
 * verb after it stays in its base form ("did not want"). MT and non-native copy mark the past
 * twice. Only after a negated "did" ("did not", "didn't", "did never"), where "did" cannot be
 * the main verb ("he did complicated drawings"), and only a verb the tagger calls a verb whose
 * past form differs from its base ("did not cut" is right).
 */
import type { Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { verbForm } from '../../../nlp/inflect.js';
import { lemmaOf } from './lib/english.js';

const DID = new Set(['did', "didn't", 'didn’t']);
// Base forms in -ed: not pasts.
const ED_BASES = new Set(['need', 'succeed', 'proceed', 'exceed', 'feed', 'bleed', 'breed', 'speed', 'seed', 'heed', 'embed', 'shed', 'wed', 'shred', 'weed', 'bed', 'concede', 'precede', 'recede', 'impede', 'supersede', 'intercede', 'cede', 'plead', 'lead', 'spread', 'read', 'dread', 'tread', 'head']);

/** The base form when `w` is a past tense or participle that differs from it, else undefined. */
function baseOfPast(w: string): string | undefined {
  if (ED_BASES.has(w)) return undefined;
  const lemma = lemmaOf(w);
  if (!lemma || lemma === w) return undefined;
  return verbForm(lemma, 'past') === w || verbForm(lemma, 'pp') === w ? lemma : undefined;
}

export const rule: Rule = {
  meta: {
    id: 'did-with-past',
    category: 'garbled-syntax',
    severity: 'warning',
    description: '“did not wanted” for “did not want”: the verb after a negated “did” in the past tense.',
    examples: {
      bad: [
        { text: 'The minister did not [[wanted]] to comment on the report.', output: 'The minister did not want to comment on the report.' },
        { text: 'The company didn’t [[said]] how many jobs would go.', output: 'The company didn’t say how many jobs would go.' },
        { text: 'Officials did not [[gave]] a reason for the delay.', output: 'Officials did not give a reason for the delay.' },
        { text: 'The talks did never [[resumed]] after the election.', output: 'The talks did never resume after the election.' },
      ],
      good: [
        'The minister did not want to comment on the report.',
        'He did complicated drawings in ink.',
        'They did not cut rates.',
        'The plan did not succeed.',
        'We did not need more time.',
        'The bank did not read the market well.',
        'It did not proceed.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    if (!doc.canTag) return;
    for (const did of doc.tokensWith(DID)) {
      let v = doc.next(did);
      if (!v) continue;
      const negated = did.norm !== 'did';
      if (v.norm === 'not' || v.norm === 'never') v = doc.next(v);
      else if (!negated) continue;
      if (!v || v.kind !== 'word' || !/^\p{Ll}+$/u.test(v.text)) continue;
      const base = baseOfPast(v.norm);
      if (!base || doc.pos(v as Token) !== 'VERB') continue;
      ctx.report({
        start: v.start,
        end: v.end,
        message: `“${doc.text.slice(did.start, v.end)}”: after “did” English uses the base form (“${base}”); “did” already says it is past.`,
        suggestions: [base],
        reason: 'do-support carries the tense; the verb after it stays in the base form',
        confidence: 0.8,
      });
    }
  },
};

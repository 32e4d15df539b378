/**
 * A preposition machine translation drops after a head that governs one: "the ministry would not
 * comment its decisions" (comment on), "residents complained the noise" (complained about), "both
 * sides must adhere the ceasefire" (adhere to), "contrary the forecasts" (contrary to). The heads
 * (lib/dropped-heads.ts) are verbs and adjectives that clean English, counted over 2.95 M words,
 * follows with a preposition and (almost) never with a bare object.
 *
 * What counts as a bare object is decided by lib/dropped.ts, the same code the counting script
 * runs: a noun phrase right after the head that is not the subject of a that-less clause
 * ("insisted the plan was fair": a verb follows the phrase), not an adjunct of time or measure
 * ("waited two hours", "complained last week", "responded the same way"), not after a quotation
 * ("…,” complained the mayor), and, after an adjective or a participle, one that starts with a
 * determiner or a pronoun ("contrary views", "participating countries" are modifiers).
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';
import { droppedHeads, type DroppedHead } from './lib/dropped-heads.js';
import { whatFollows } from './lib/dropped.js';

/** Object pronouns that name a person: "to" goes first for a head that takes it ("apologized them"). */
const PERSON = new Set(['him', 'her', 'them', 'us', 'me', 'you']);

function tagFits(head: DroppedHead, tag: string): boolean {
  if (head.kind === 'fixed') return true;
  if (head.kind === 'verb') return tag === 'VERB';
  return tag === 'ADJ' || tag === 'VERB';
}

export const rule: Rule = {
  meta: {
    id: 'dropped-preposition',
    category: 'preposition',
    severity: 'info',
    suspect: true,
    defers: true,
    description: 'A verb or adjective that takes its object with a preposition, followed by a bare object (“complained the noise”, “adhere the ceasefire”, “contrary the forecasts”), in copy that shows other MT artifacts.',
    examples: {
      bad: [
        { text: 'Protesters [[insisted]] the release of the detainees.', output: 'Protesters insisted on the release of the detainees.' },
        { text: 'Residents have [[complained]] the noise for months.', output: 'Residents have complained about the noise for months.' },
        { text: 'Both sides must [[adhere]] the ceasefire.', output: 'Both sides must adhere to the ceasefire.' },
        { text: 'He will [[participate]] the summit in Geneva.', output: 'He will participate in the summit in Geneva.' },
        { text: 'Officials [[responded]] the criticism with a statement.', output: 'Officials responded to the criticism with a statement.' },
        { text: 'The decision was welcomed, [[contrary]] the forecasts of most analysts.', output: 'The decision was welcomed, contrary to the forecasts of most analysts.' },
        { text: 'The company later [[apologized]] them in a letter.', output: 'The company later apologized to them in a letter.' },
      ],
      good: [
        'Protesters insisted the plan was unfair.',
        'Protesters insisted on the release of the detainees.',
        'Residents complained last week.',
        'Residents complained the rooms were cold and damp.',
        'We waited two hours at the border.',
        'The ministry responded the same way.',
        '“It is unfair,” complained the mayor.',
        'He apologized profusely.',
        'Contrary views were aired.',
        'On the contrary the figures rose.',
        'Participating countries will meet in June.',
        'She was aware the talks had stalled.',
        'He commented that the rates were high.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const heads = droppedHeads();
    doc.forEachNormIn(heads, (norm, at) => {
      const head = heads.get(norm) as DroppedHead;
      for (const i of at) {
        const t = doc.at(i) as Token;
        if (!tagFits(head, doc.pos(t))) continue;
        const a = whatFollows(doc, t, head.kind === 'verb' ? 'verb' : 'adj');
        if (a.kind !== 'object') continue;
        let preps = head.preps.slice(0, 2);
        if (PERSON.has(a.start.norm) && preps.includes('to')) preps = ['to', ...preps.filter((p) => p !== 'to')];
        const seen = head.seen > 0 ? `clean English follows “${head.lemma}” with “${head.preps[0]}” (${head.firstPrep} of ${head.seen} times), with a bare object ${head.objects === 0 ? 'never' : `${head.objects} times`}` : `English says “${head.lemma} ${head.preps[0]}”`;
        ctx.report({
          start: t.start,
          end: t.end,
          message: `“${t.text} ${a.start.text}”: “${head.lemma}” takes its object with a preposition; English says “${t.text} ${preps[0]}”.`,
          suggestions: preps.map((p) => `${t.text} ${p}`),
          reason: seen,
          confidence: 0.5,
        });
      }
    });
  },
};

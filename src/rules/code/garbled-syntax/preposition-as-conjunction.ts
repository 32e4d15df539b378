/**
 * A preposition used to open a clause: “during he was president”, “despite they won”, “because
 * of it rained”, “due to the bank raised rates”. Languages where one word serves as both
 * (Spanish “durante”, Russian “из-за”, Chinese “由于”) pass it on; English needs a conjunction:
 * “while”, “although”, “because”. Only a subject pronoun and a finite verb after the
 * preposition are checked (“despite it being late” is English).
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';
import { wordPositions } from '../../../text/word-positions.js';
import { matchCase } from '../number-agreement/lib/english.js';

const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);
const FINITE = /^(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do|\p{Ll}+ed|\p{Ll}+[^s]s|won|lost|said|made|took|got|went|came|saw|knew|gave|left|felt|held|ran|led|fell|rose|grew|paid|sold|told|kept|met|thought|brought|bought|began|fought|became|spent|built|sent|won't|didn't|wasn't|weren't)$/u;

const TRIGGERS: ReadonlySet<string> = new Set(['during', 'despite', 'because', 'spite', 'due']);

export const rule: Rule = {
  meta: {
    id: 'preposition-as-conjunction',
    category: 'garbled-syntax',
    severity: 'warning',
    description: 'A preposition opening a clause: “during he was president” for “while he was president”, “despite they won” for “although they won”.',
    examples: {
      bad: [
        { text: '[[During]] he was president, the economy grew.', output: 'While he was president, the economy grew.' },
        { text: 'The team lost [[despite]] they played well.', output: 'The team lost although they played well.' },
        { text: 'The match was cancelled [[because of]] it rained.', output: 'The match was cancelled because it rained.' },
        { text: 'Prices rose [[due to]] it was a bad harvest.', output: 'Prices rose because it was a bad harvest.' },
        { text: 'He resigned [[in spite of]] he won the vote.', output: 'He resigned although he won the vote.' },
      ],
      good: [
        'While he was president, the economy grew.',
        'Despite it being late, they played on.',
        'Despite him, the team won.',
        'During it, nobody spoke.',
        'Because of it, the match was cancelled.',
        'Due to it, prices rose.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    // "during", "despite", and the "of"/"to" after "because", "spite", "due": each once, in order.
    const at = wordPositions(doc, TRIGGERS);
    for (let ti = 0; ti < at.length; ti++) {
      const w = doc.tokens[at[ti] as number] as Token;
      let p: Token;
      if (w.norm === 'during' || w.norm === 'despite') p = w;
      else {
        const n = doc.next(w);
        if (!n || n.norm !== (w.norm === 'due' ? 'to' : 'of')) continue;
        p = n;
      }
      let start: Token = p;
      let end: Token = p;
      let fix: string;
      if (p.norm === 'during') fix = 'while';
      else if (p.norm === 'despite') fix = 'although';
      else if (p.norm === 'of' && doc.prev(p)?.norm === 'because') {
        start = doc.prev(p)!;
        fix = 'because';
      } else if (p.norm === 'to' && doc.prev(p)?.norm === 'due') {
        start = doc.prev(p)!;
        fix = 'because';
      } else if (p.norm === 'of' && doc.prev(p)?.norm === 'spite' && doc.prev(p, 2)?.norm === 'in') {
        start = doc.prev(p, 2)!;
        fix = 'although';
      } else continue;
      const subj = doc.next(end);
      const v = subj && doc.next(subj);
      if (!subj || !v || !PRONOUNS.has(subj.norm) || !FINITE.test(v.norm)) continue;
      // "due to it was" vs "owing to it": the pronoun is a subject only before a finite verb.
      if (doc.canTag && !['AUX', 'VERB'].includes(doc.pos(v))) continue;
      ctx.report({
        start: start.start,
        end: end.end,
        message: `“${doc.text.slice(start.start, v.end)}”: “${doc.text.slice(start.start, end.end)}” cannot open a clause; English says “${fix}”.`,
        suggestions: [matchCase(start.text, fix)],
        reason: 'a preposition takes a noun phrase, not a clause',
        confidence: 0.75,
      });
    }
  },
};

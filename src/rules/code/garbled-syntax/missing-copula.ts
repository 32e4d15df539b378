/**
 * A clause with no copula: “The plant already old and burns more coal”, “The situation still
 * very tense, officials said”. Indonesian, Malay, Chinese, Vietnamese, Russian and Arabic need
 * no “be” before an adjective; English does (“The plant is already old”).
 *
 * Flagged only at the start of a sentence: a determiner and its noun (one or two words before
 * the head), then a degree or time adverb (already, still, very, too…), an adjective, and the
 * end of the clause (“and”, a comma or a full stop). An absolute phrase (“With the season
 * already over, …”) does not start the sentence with its noun, and headlines are skipped.
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';
import { isHeadline } from '../capitalization/lexicon.js';
import { looksPlural } from '../number-agreement/lib/english.js';

const DETS = new Set(['the', 'this', 'that', 'these', 'those', 'its', 'their', 'our', 'his', 'her']);
const ADVERBS = new Set(['already', 'still', 'very', 'too', 'so', 'quite', 'rather', 'increasingly', 'extremely', 'relatively', 'now', 'always', 'often', 'generally', 'mostly']);
const ENDS = new Set(['and', ',', '.', ';', 'but', 'so']);
const OPEN = /^["“‘'«(]$/;

function first(doc: Doc, t: Token): boolean {
  if (doc.isSentenceInitial(t)) return true;
  const p = doc.prev(t);
  return p !== undefined && OPEN.test(p.text) && doc.isSentenceInitial(p);
}

export const rule: Rule = {
  meta: {
    id: 'missing-copula',
    category: 'garbled-syntax',
    severity: 'warning',
    description: 'A clause with no “be” before its adjective: “The plant already old and burns more coal”.',
    examples: {
      bad: [
        { text: '[[The plant already old]] and burns more coal per unit of power than newer units.', output: 'The plant is already old and burns more coal per unit of power than newer units.' },
        { text: '“[[The situation very tense]],” a resident said.', output: '“The situation is very tense,” a resident said.' },
        { text: '[[The roads still dangerous]], police warned on Sunday.', output: 'The roads are still dangerous, police warned on Sunday.' },
      ],
      good: [
        'The plant is already old and burns more coal.',
        'With the season already over, the club cut jobs.',
        'The situation is very tense, a resident said.',
        'The very old and the very young are most at risk.',
        'Their performance so far has been good.',
        'The now famous photograph was taken in 1972.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    if (!doc.canTag) return;
    for (const adv of doc.tokensWith(ADVERBS)) {
      if (!ADVERBS.has(adv.norm) || !/^\p{Ll}/u.test(adv.text)) continue;
      const adj = doc.next(adv);
      const end = adj && doc.next(adj);
      if (!adj || !end || adj.kind !== 'word' || !ENDS.has(end.norm)) continue;
      const head = doc.prev(adv);
      if (!head || head.kind !== 'word' || !/^\p{Ll}/u.test(head.text)) continue;
      // Walk back over at most two modifiers to the determiner that opens the sentence.
      let det: Token | undefined;
      let c: Token | undefined = doc.prev(head);
      for (let k = 0; c && k < 3; k++, c = doc.prev(c)) {
        if (DETS.has(c.norm)) {
          det = c;
          break;
        }
        if (c.kind !== 'word') break;
      }
      if (!det || !first(doc, det)) continue;
      // Cheap tests passed: now the tags.
      if (doc.pos(adj) !== 'ADJ' || doc.pos(head) !== 'NOUN') continue;
      let np = true;
      for (let t = doc.next(det); t && t !== head; t = doc.next(t)) if (!['ADJ', 'NOUN'].includes(doc.pos(t))) np = false;
      if (!np || isHeadline(doc, det.start)) continue;
      const be = looksPlural(head.norm) && !/ss$/.test(head.norm) ? 'are' : 'is';
      const subject = doc.text.slice(det.start, head.end);
      const fixed = `${subject} ${be} ${adv.text} ${adj.text}`;
      ctx.report({
        start: det.start,
        end: adj.end,
        message: `“${doc.text.slice(det.start, adj.end)}” has no verb: English needs “${be}” before the adjective (“${fixed}”).`,
        suggestions: [fixed],
        reason: 'an English clause needs a verb; “be” links a subject to its adjective',
        confidence: 0.6,
      });
    }
  },
};

/**
 * An intensified adjective after its noun: “a decision very important for the club”, “a
 * player extremely talented”. Romance languages put adjectives after the noun; English puts
 * them before (“a very important decision”). Only “very/extremely/particularly/highly/really”
 * + adjective right after “a/an + noun” is checked, and not when the adjective takes a
 * complement (“a man very proud of his son”, “a deal very close to completion”).
 */
import type { Rule } from '../../types.js';

// Not "so" and "too": "a task so difficult that", "a fryer too long" are English.
const INTENSIFIERS = new Set(['very', 'extremely', 'particularly', 'highly', 'really']);
const COMPLEMENT = new Set(['of', 'to', 'with', 'about', 'at', 'that', 'from', 'on', 'by', 'as', 'than', 'enough', 'and', 'or']);

export const rule: Rule = {
  meta: {
    id: 'postposed-adjective',
    category: 'garbled-syntax',
    severity: 'warning',
    description: 'An intensified adjective after its noun: “a decision very important” for “a very important decision”.',
    examples: {
      bad: [
        { text: 'It was [[a decision very important]] for the club.', output: 'It was a very important decision for the club.' },
        { text: 'He is [[a player extremely talented]], the coach said.', output: 'He is an extremely talented player, the coach said.' },
      ],
      good: [
        'It was a very important decision for the club.',
        'He is a man very proud of his son.',
        'It is a deal very close to completion.',
        'The decision was very important.',
        'She made a decision very quickly.',
        'It was a task so difficult that nobody tried.',
        'He was left in a fryer too long.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    if (!doc.canTag) return;
    for (const adv of doc.tokensWith(INTENSIFIERS)) {
      if (!INTENSIFIERS.has(adv.norm)) continue;
      const noun = doc.prev(adv);
      const det = noun && doc.prev(noun);
      const adj = doc.next(adv);
      if (!noun || !det || !adj || (det.norm !== 'a' && det.norm !== 'an')) continue;
      const after = doc.next(adj);
      if (after && COMPLEMENT.has(after.norm)) continue;
      if (doc.pos(noun) !== 'NOUN' || doc.pos(adj) !== 'ADJ' || /ly$/.test(adj.norm)) continue;
      const art = /^[aeiou]/i.test(adv.text) ? 'an' : 'a';
      const fix = `${det.text === 'A' || det.text === 'An' ? art.charAt(0).toUpperCase() + art.slice(1) : art} ${adv.text} ${adj.text} ${noun.text}`;
      ctx.report({
        start: det.start,
        end: adj.end,
        message: `“${doc.text.slice(det.start, adj.end)}”: English puts the adjective before the noun: “${fix}”.`,
        suggestions: [fix],
        reason: 'English adjectives come before the noun',
        confidence: 0.55,
      });
    }
  },
};

/**
 * An intensified adjective after its noun: “a decision very important for the club”, “a
 * player extremely talented”. Romance languages put adjectives after the noun; English puts
 * them before (“a very important decision”). Only “very/extremely/particularly/highly/really”
 * + adjective right after “a/an + noun” is checked, and not when the adjective takes a
 * complement (“a man very proud of his son”, “a deal very close to completion”). Also a bare
 * plural with its adjective after it, coordinated with the English order: “children small and
 * elderly people”.
 */
import type { Rule } from '../../types.js';
import { looksPlural } from '../number-agreement/lib/english.js';

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
        { text: 'Patients came early, many of them [[children small]] and elderly people with asthma.', output: 'Patients came early, many of them small children and elderly people with asthma.' },
      ],
      good: [
        'It was a very important decision for the club.',
        'He is a man very proud of his son.',
        'It is a deal very close to completion.',
        'The decision was very important.',
        'She made a decision very quickly.',
        'It was a task so difficult that nobody tried.',
        'He was left in a fryer too long.',
        'They keep prices low and stable rents matter.',
        'Winters cold and dry summers are common there.',
        'The rooms were small and dark corridors led to them.',
        'My parents more or less left me to it.',
        'They may bid for surplus personal and real property.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    if (!doc.canTag) return;
    // "children small and elderly people": a bare plural with its adjective after it,
    // coordinated with an adjective and a plural in English order (Thai, Vietnamese, Indonesian
    // put every adjective after its noun, and MT turns only one of the pair).
    for (const and of doc.tokensWith(['and', 'or'])) {
      if (and.norm !== 'and' && and.norm !== 'or') continue;
      const adj = doc.prev(and);
      const noun = adj && doc.prev(adj);
      const adj2 = doc.next(and);
      const noun2 = adj2 && doc.next(adj2);
      if (!adj || !noun || !adj2 || !noun2) continue;
      if (!((/^\p{Ll}+s$/u.test(noun.text) && looksPlural(noun.text)) || noun.norm === 'children' || noun.norm === 'people')) continue;
      // "my parents more or less left me", "surplus personal and real property".
      if (['more', 'less', 'most', 'least', 'much', 'few', 'many', 'other', 'such', 'own'].includes(adj.norm)) continue;
      if (!/^\p{Ll}+$/u.test(noun2.text) || !/^\p{Ll}+$/u.test(adj.text)) continue;
      if (doc.pos(noun) !== 'NOUN' || doc.pos(adj) !== 'ADJ' || doc.pos(adj2) !== 'ADJ' || doc.pos(noun2) !== 'NOUN' || /ly$/.test(adj.norm)) continue;
      // A bare plural: no determiner, adjective or verb before it ("keep prices low and stable").
      const before = doc.prev(noun);
      if (before && (['DET', 'ADJ', 'VERB', 'AUX', 'NUM', 'NOUN'].includes(doc.pos(before)) || before.kind === 'number')) continue;
      const after = doc.next(noun2);
      if (after && after.kind === 'word' && doc.pos(after) === 'NOUN') continue;
      const fix = `${adj.text} ${noun.text}`;
      ctx.report({
        start: noun.start,
        end: adj.end,
        message: `“${doc.text.slice(noun.start, adj.end)}”: English puts the adjective before the noun, as in “${doc.text.slice(adj2.start, noun2.end)}”: “${fix}”.`,
        suggestions: [fix],
        reason: 'English adjectives come before the noun',
        confidence: 0.55,
      });
    }
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

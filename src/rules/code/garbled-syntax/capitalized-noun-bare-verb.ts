/**
 * “Moscow’s request for Western Guarantee attend NATO’s expansion”: after a preposition, a
 * capitalized adjective and noun followed by a bare verb and its object. The noun lost its
 * plural and a preposition (“against”) came back as a verb, capitals and all. No safe rewrite
 * exists, so the finding carries no suggestion; it is reported at low confidence for a human.
 * Team names with plural verbs (“as Manchester City host Liverpool”) follow a conjunction, not a
 * preposition, and stay quiet.
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';
import { casedWordPositions } from '../capitalization/lexicon.js';

const ADJ_OF_PLACE = /(?:ern|ean|ian|ese|ish|can|ic)$/;
const PREPOSITIONS = new Set(['for', 'of', 'on', 'about', 'against', 'with', 'over', 'from', 'to', 'toward', 'towards']);

export const rule: Rule = {
  meta: {
    id: 'capitalized-noun-bare-verb',
    category: 'garbled-syntax',
    severity: 'info',
    description: 'A capitalized noun followed by a bare verb after a preposition: “for Western Guarantee attend NATO’s expansion”.',
    examples: {
      bad: [
        { text: 'Moscow repeated its request for Western [[Guarantee attend]] NATO’s expansion to Ukraine.' },
        { text: 'Moscow asked for Western [[Pledge halt]] NATO’s enlargement.' },
      ],
      good: [
        'Moscow repeated its request for Western guarantees against NATO’s expansion.',
        'Tickets sold out as Manchester City host Liverpool on Sunday.',
        'The fans of Real Madrid cheered the team.',
        'He spoke with Prime Minister Boris Johnson about trade.',
        'The report for New York Times readers was long.',
        'He voted for Donald Trump in 2016.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    if (!doc.canTag) return;
    // The walk starts from capitalized words (the token after the preposition must be one),
    // far fewer than prepositions; each preposition is still visited once, in order.
    for (const i of casedWordPositions(doc)) {
      const p = doc.prev(doc.tokens[i] as Token);
      if (!p || !PREPOSITIONS.has(p.norm)) continue;
      const a = doc.next(p);
      // Cheapest test first: the next word is an adjective of place ("Western", "European").
      if (!a || !ADJ_OF_PLACE.test(a.norm) || a.text === a.norm) continue;
      const n = a && doc.next(a);
      const v = n && doc.next(n);
      const o = v && doc.next(v);
      if (!a || !n || !v || !o) continue;
      // Cheap word tests: Capitalized Capitalized lowercase, then a name or a determiner.
      if (!/^\p{Lu}\p{Ll}+$/u.test(a.text) || !/^\p{Lu}\p{Ll}{3,}$/u.test(n.text) || !/^\p{Ll}{3,}$/u.test(v.text)) continue;
      if (/(?:s|ed|ing|ly)$/.test(v.norm) || /s$/.test(n.norm)) continue;
      if (!(/^\p{Lu}/u.test(o.text) || ['the', 'a', 'an', 'its', 'their', 'his', 'her'].includes(o.norm))) continue;
      // The tagger often reads the stray verb as a noun; either will do here.
      if (doc.pos(v) !== 'VERB' && doc.pos(v) !== 'NOUN') continue;
      ctx.report({
        start: n.start,
        end: v.end,
        message: `“${doc.text.slice(a.start, v.end)}”: a capitalized noun followed by a bare verb; the phrase reads as garbled translation (a lost preposition?).`,
        suggestions: [],
        reason: 'the noun phrase lost its preposition and its plural',
        confidence: 0.4,
      });
    }
  },
};

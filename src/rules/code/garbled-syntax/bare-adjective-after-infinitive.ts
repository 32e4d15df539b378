/**
 * “expected Washington to present a platform for talks and ready for discussion”: the second
 * half of a coordinated infinitive lost its verb. English needs “and to be ready” (or “and be
 * ready”). Flagged when “and ready/prepared/willing/able/open” follows a to-infinitive of a
 * verb that is not itself a copula (“to be fit and ready” is English), with no other verb or
 * punctuation in between.
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';

const ADJECTIVES = new Set(['ready', 'prepared', 'willing', 'able', 'open', 'eager', 'keen', 'available']);
const COPULAS = new Set([
  'be', 'become', 'remain', 'stay', 'feel', 'look', 'seem', 'get', 'keep', 'come', 'arrive', 'return',
  'appear', 'sound', 'prove', 'turn', 'grow', 'stand', 'sit', 'leave', 'go', 'show', 'make',
]);

export const rule: Rule = {
  meta: {
    id: 'bare-adjective-after-infinitive',
    category: 'garbled-syntax',
    severity: 'warning',
    description: '“to present a platform and ready for talks”: a coordinated infinitive that lost “to be”.',
    examples: {
      bad: [
        { text: 'Moscow expected Washington to present a detailed platform for talks [[and ready]] for constructive discussion.', output: 'Moscow expected Washington to present a detailed platform for talks and to be ready for constructive discussion.' },
        { text: 'He urged the parties to sign the deal [[and willing]] to compromise.', output: 'He urged the parties to sign the deal and to be willing to compromise.' },
      ],
      good: [
        'Moscow expected Washington to present a platform and to be ready for discussion.',
        'We want him to be fit and ready for Saturday.',
        'He told them to come prepared and ready for work.',
        'The team was tired and ready for the break.',
        'She wanted to rest, and ready or not, the match began.',
        'The troops are trained and ready for deployment.',
        'The method is simple, easy to understand and available for you to download.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    if (!doc.canTag) return;
    for (const and of doc.tokensWith(['and'])) {
      if (and.norm !== 'and') continue;
      const adj = doc.next(and);
      const prep = adj && doc.next(adj);
      if (!adj || !ADJECTIVES.has(adj.norm) || !prep || (prep.norm !== 'for' && prep.norm !== 'to')) continue;
      // Walk back to the infinitive: "to" + verb, with only its object between.
      let inf: Token | undefined;
      for (let k = 0, c = doc.prev(and); k < 12 && c; k++, c = doc.prev(c)) {
        if (c.kind === 'punct') break;
        const p = doc.prev(c);
        if (p?.norm === 'to' && doc.pos(c) === 'VERB') {
          // "easy to understand and available": an adjective's infinitive, not a coordinated one.
          const head = doc.prev(p);
          if (head && doc.pos(head) !== 'ADJ' && doc.pos(head) !== 'ADV') inf = c;
          break;
        }
        const pos = doc.pos(c);
        if (pos === 'VERB' || pos === 'AUX' || c.norm === 'and' || c.norm === 'or') break;
      }
      if (!inf || COPULAS.has(inf.norm)) continue;
      ctx.report({
        start: and.start,
        end: adj.end,
        message: `“${doc.text.slice(and.start, adj.end)}”: the second infinitive lost its verb; English says “and to be ${adj.text}”.`,
        suggestions: [`and to be ${adj.text}`, `and be ${adj.text}`],
        reason: 'coordinated infinitives each need a verb',
        confidence: 0.6,
      });
    }
  },
};

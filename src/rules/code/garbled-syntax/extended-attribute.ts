/**
 * A German-style extended attribute: a prepositional phrase and a participle packed between
 * the article and its noun, “the by us demanded guarantees”, “the in the summer signed
 * striker”, “the since 2019 closed plant”. German, Dutch and the Scandinavian languages build
 * noun phrases this way; English puts the phrase after the noun (“the guarantees we demanded”,
 * “the striker signed in the summer”).
 *
 * Flagged when an article is followed directly by a preposition whose object holds a
 * determiner, a pronoun, a name or a number (not the fixed “at times”, “by now”, “in part”),
 * then, within six words and no punctuation, a past participle right before a noun.
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';

const ARTICLES = new Set(['the', 'a', 'an']);
const PREPOSITIONS = new Set(['by', 'in', 'at', 'on', 'from', 'since', 'for', 'with', 'under', 'after', 'before', 'during', 'over', 'against', 'to']);
const IRREGULAR_PARTICIPLES = new Set([
  'taken', 'given', 'made', 'held', 'sent', 'brought', 'caught', 'drawn', 'broken', 'chosen', 'sold', 'bought', 'thrown',
  'paid', 'spent', 'found', 'told', 'built', 'written', 'spoken', 'seen', 'shot', 'struck', 'stolen', 'won', 'lost',
  'beaten', 'led', 'known', 'shown', 'done', 'begun', 'frozen', 'hidden', 'torn', 'sworn', 'forbidden', 'forgotten',
]);
// The object of the preposition must be a real phrase: a determiner, pronoun, name or number.
const OBJECT_STARTS = new Set(['the', 'a', 'an', 'us', 'them', 'him', 'her', 'me', 'you', 'this', 'that', 'these', 'those', 'its', 'their', 'our', 'his', 'my', 'your', 'last', 'next', 'early', 'late']);

function participle(doc: Doc, t: Token): boolean {
  if (t.kind !== 'word' || !/^\p{Ll}/u.test(t.text)) return false;
  return (/[^e]ed$|ied$|eed$/.test(t.norm) || IRREGULAR_PARTICIPLES.has(t.norm)) && (doc.pos(t) === 'VERB' || doc.pos(t) === 'ADJ');
}

export const rule: Rule = {
  meta: {
    id: 'extended-attribute',
    category: 'garbled-syntax',
    severity: 'warning',
    description: 'A prepositional phrase and a participle between the article and its noun: “the by us demanded guarantees”.',
    examples: {
      bad: [
        { text: '“[[The by us demanded guarantees]] were simply ignored,” said the head of the works council.', output: '“The guarantees demanded by us were simply ignored,” said the head of the works council.' },
        { text: 'Supporters blamed [[the in the summer signed striker]] for the defeat.', output: 'Supporters blamed the striker signed in the summer for the defeat.' },
        { text: 'Workers protested outside [[the since 2019 closed plant]] on Friday.', output: 'Workers protested outside the plant closed since 2019 on Friday.' },
      ],
      good: [
        'The guarantees we demanded were simply ignored.',
        'It was an at times heated debate.',
        'The by now familiar pattern repeated itself.',
        'The in-laws arrived on Sunday.',
        'They held a by-election in the district.',
        'The on-off talks resumed in May.',
        'The in crowd gathered at the club.',
        'It was the by then abandoned factory that burned.',
        'We helped those in the abandoned corners of our land.',
        'I have discussed these in the extensive written message.',
        'He raised a glass to the by now famous cook.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const p of doc.tokensWith(PREPOSITIONS)) {
      if (!PREPOSITIONS.has(p.norm) || !/^\p{Ll}/u.test(p.text)) continue;
      const det = doc.prev(p);
      if (!det || !ARTICLES.has(det.norm) || det.end !== p.start - 1) continue;
      const o = doc.next(p);
      if (!o || o.start !== p.end + 1) continue;
      if (!(OBJECT_STARTS.has(o.norm) || o.kind === 'number' || (o.kind === 'word' && /^\p{Lu}/u.test(o.text) && o.text !== 'I'))) continue;
      // "the by then abandoned", "a by now familiar": a fixed adverb, not a phrase.
      if (o.norm === 'then' || o.norm === 'now') continue;
      if (!doc.canTag) continue;
      let noun: Token | undefined;
      let part: Token | undefined;
      for (let k = 1, t = doc.next(o); t && k <= 6; k++, t = doc.next(t)) {
        if (t.kind === 'punct') break;
        const n = doc.next(t);
        // The participle follows the end of the object ("by us", "in the summer"), not a
        // determiner or an adjective of it ("in the abandoned corners").
        const before = doc.prev(t) as Token;
        const objectEnd = before.kind === 'number' || ['NOUN', 'PROPN', 'PRON', 'NUM'].includes(doc.pos(before));
        if (objectEnd && participle(doc, t) && n && n.kind === 'word' && /^\p{Ll}/u.test(n.text) && doc.pos(n) === 'NOUN') {
          part = t;
          noun = n;
          break;
        }
        // The phrase may hold only what a prepositional object holds.
        const pos = doc.pos(t);
        if (!['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'ADP', 'PRON'].includes(pos) && t.kind !== 'number') break;
      }
      if (!part || !noun) continue;
      // "the by us demanded guarantees" -> "the guarantees demanded by us".
      const phrase = doc.text.slice(p.start, doc.prev(part)!.end);
      const fixed = `${det.text} ${noun.text} ${part.text} ${phrase}`;
      ctx.report({
        start: det.start,
        end: noun.end,
        message: `“${doc.text.slice(det.start, noun.end)}”: the phrase and the participle stand before the noun, as in German; English puts them after it (“${fixed}”).`,
        suggestions: [fixed],
        reason: 'English does not pack a prepositional phrase and a participle between an article and its noun',
        confidence: 0.6,
      });
    }
  },
};

/**
 * A German-style extended attribute: a prepositional phrase and a participle packed between
 * the article and its noun, “the by us demanded guarantees”, “the in the summer signed
 * striker”, “the since 2019 closed plant”. German, Dutch and the Scandinavian languages build
 * noun phrases this way; English puts the phrase after the noun (“the guarantees we demanded”,
 * “the striker signed in the summer”).
 *
 * Flagged when an article is followed directly by a preposition whose object holds a
 * determiner, a pronoun, a name or a number (not the fixed “at times”, “by now”, “in part”),
 * then, within six words and no punctuation, a past participle right before a noun. Also the
 * Slavic and Chinese order with the participle first: “the prepared by the ministry plan”,
 * “the located below Mount Gongga Moxi town”: an article, a participle that is not used as a
 * noun (“the injured in the crash”), a preposition, and its object running into a noun.
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

// Prepositions after a participle that opens a noun phrase ("the prepared by", "the located below").
const PARTICIPLE_FIRST_PREPS = new Set(['by', 'below', 'near', 'in', 'on', 'at', 'from', 'since', 'under', 'above', 'along', 'beside']);
// Participles that are nouns after "the": "the injured in the crash", "the accused in the case".
const NOMINAL_PARTICIPLES = new Set([
  'injured', 'wounded', 'accused', 'displaced', 'detained', 'deceased', 'bereaved', 'disappeared', 'condemned',
  'elected', 'unemployed', 'dead', 'killed', 'arrested', 'disabled', 'damned', 'oppressed', 'persecuted', 'afflicted',
  'insured', 'beloved', 'learned', 'gifted', 'privileged', 'underprivileged', 'uninsured', 'employed', 'abused', 'infected',
  'affected', 'missing', 'evacuated', 'rescued', 'convicted', 'sentenced', 'enslaved', 'exiled', 'chosen', 'fallen', 'departed',
]);

// Agents after "by" in the participle-first order.
const AGENTS = new Set([
  'ministry', 'government', 'parliament', 'court', 'police', 'company', 'council', 'committee', 'state', 'authorities',
  'officials', 'president', 'minister', 'cabinet', 'commission', 'agency', 'army', 'military', 'municipality', 'city',
  'mayor', 'governor', 'board', 'bank', 'regulator', 'union', 'unions', 'firm', 'group', 'party', 'prosecutors',
  'prosecutor', 'investigators', 'assembly', 'senate', 'congress', 'administration', 'department', 'office', 'institute',
]);

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
        { text: '[[The prepared by the ministry plan]] still awaits a vote.', output: 'The plan prepared by the ministry still awaits a vote.' },
        { text: 'Most of the dead were in [[the located below Mount Gongga Moxi town]], where landslides cut the road.' },
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
        'The injured in the crash were taken to hospital.',
        'The accused in the case denied the charges.',
        'The plan prepared by the ministry awaits a vote.',
        'He met the affected in the flood zone.',
        'The cast is like the saved by the bell reunion, only older.',
        'It has an area of A opposed by a manometer with a height of H.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const reported = new Set<number>();
    // The Slavic and Chinese order: the participle first, then its phrase, then the noun: "the
    // prepared by the ministry plan", "the located below Mount Gongga Moxi town".
    for (const part of doc.tokensWith(PARTICIPLE_FIRST_PREPS)) {
      const prep = part;
      if (!PARTICIPLE_FIRST_PREPS.has(prep.norm) || !/^\p{Ll}/u.test(prep.text)) continue;
      const pp = doc.prev(prep);
      const det = pp && doc.prev(pp);
      if (!pp || !det || !ARTICLES.has(det.norm) || NOMINAL_PARTICIPLES.has(pp.norm)) continue;
      // A capital "A" mid-sentence is a letter or a symbol ("an area of A opposed by …").
      if (/^\p{Lu}/u.test(det.text) && !doc.isSentenceInitial(det)) continue;
      if (!participle(doc, pp)) continue;
      const o = doc.next(prep);
      if (!o || !(OBJECT_STARTS.has(o.norm) || o.kind === 'number' || (o.kind === 'word' && /^\p{Lu}/u.test(o.text)))) continue;
      // The object and the head noun: nouns, names, adjectives and determiners to the end of the
      // phrase (a preposition, punctuation or a verb), the last a lower-case noun after at
      // least one other word of the object.
      let last: Token | undefined;
      let count = 0;
      for (let t: Token | undefined = o, k = 0; t && k < 7; t = doc.next(t), k++) {
        const pos = doc.pos(t);
        if (t.kind !== 'word' && t.kind !== 'number') break;
        if (!['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM'].includes(pos)) break;
        last = t;
        count++;
      }
      if (!last || count < 2 || !/^\p{Ll}/u.test(last.text) || doc.pos(last) !== 'NOUN') continue;
      // "by" takes an agent: a name or a body ("the prepared by the ministry plan"); "the saved by
      // the bell reunion" quotes a title.
      if (prep.norm === 'by') {
        const agent = doc.prev(last)!;
        if (!(AGENTS.has(agent.norm) || (doc.pos(agent) === 'PROPN' && /^\p{Lu}/u.test(agent.text)))) continue;
      }
      const after = doc.next(last);
      // "the injured in the crash were taken": a participle used as a noun goes on to a verb;
      // here the phrase ends in a noun, and what follows must not be a verb of its own.
      if (after && after.kind === 'word' && doc.pos(after) === 'AUX') continue;
      reported.add(det.index);
      const phrase = doc.text.slice(prep.start, doc.prev(last)!.end);
      const fixed = `${det.text} ${last.text} ${pp.text} ${phrase}`;
      ctx.report({
        start: det.start,
        end: last.end,
        message: `“${doc.text.slice(det.start, last.end)}”: the participle and its phrase stand before the noun, as in the source language; English puts them after it (“${fixed}”).`,
        suggestions: /^\p{Lu}/u.test(doc.prev(last)!.text) ? [] : [fixed],
        reason: 'English does not pack a participle and its phrase between an article and its noun',
        confidence: 0.6,
      });
    }
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
      if (reported.has(det.index)) continue;
      reported.add(det.index);
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

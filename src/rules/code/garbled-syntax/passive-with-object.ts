/**
 * A passive followed by a noun phrase that is really its subject: “it is expected to be
 * exceeded the limit on 60 days”, “yesterday were arrested the two suspects”, “will be raised
 * the fare”. Spanish, Italian, Portuguese, Romanian and the Slavic languages put the subject of
 * a passive or reflexive after the verb (“se superará el límite”); English needs it before:
 * “the limit is expected to be exceeded”. Flagged: a form of “be”, a past participle, then a
 * determiner and a noun. Verbs that take an object in the passive (“was given the chance”,
 * “was awarded a prize”, “was named the best player”) and time phrases (“was signed the day
 * after”, “was released the same week”) are left alone.
 */
import type { Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { MODALS } from './lib/english.js';

const BE: ReadonlySet<string> = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were']);
const DETS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our']);
// Passives that keep an object or a complement: ditransitive verbs and verbs of naming.
const OBJECT_PASSIVES: ReadonlySet<string> = new Set([
  'given', 'offered', 'awarded', 'granted', 'shown', 'told', 'sent', 'paid', 'charged', 'denied', 'asked', 'handed',
  'promised', 'lent', 'owed', 'taught', 'allowed', 'refused', 'spared', 'fined', 'assigned', 'allotted', 'allocated',
  'served', 'issued', 'sold', 'brought', 'bought', 'left', 'afforded', 'accorded', 'guaranteed', 'gifted', 'loaned',
  'read', 'dealt', 'struck', 'passed', 'thrown', 'named', 'called', 'voted',
  'ranked', 'elected', 'appointed', 'declared', 'crowned', 'considered', 'deemed', 'dubbed', 'labelled', 'labeled',
  'nicknamed', 'chosen', 'made', 'proclaimed', 'designated', 'rated', 'judged', 'titled', 'termed', 'hailed', 'proved',
  'proven', 'found', 'thought', 'believed', 'reckoned', 'held', 'kept', 'cost', 'saved', 'done', 'wished', 'envied',
  'forgiven', 'billed', 'quoted', 'sentenced', 'ordered', 'sworn', 'nominated', 'picked', 'selected', 'tipped', 'seen',
  'expected', 'estimated', 'said', 'reported', 'alleged', 'rumoured', 'rumored', 'understood', 'known', 'shortlisted',
  'invited', 'urged', 'advised', 'encouraged', 'forced', 'required', 'permitted', 'authorized', 'authorised', 'entitled',
  'fitted', 'treated', 'caught', 'taken', 'set', 'put', 'got', 'gotten', 'become', 'come', 'gone', 'attached',
  'provided', 'administered', 'anointed', 'installed', 'used', 'supplied', 'fed', 'prescribed', 'injected',
]);
// "At the back of the chair was painted the picture", "Above it was built a temple": English
// inverts after a fronted place phrase; only a time phrase before ("On Friday were arrested…")
// is the source language's order.
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'at', 'above', 'below', 'beneath', 'behind', 'beside', 'among', 'around', 'inside', 'outside', 'near', 'under', 'over',
  'on', 'in', 'along', 'across', 'atop', 'between', 'upon', 'within', 'beyond', 'opposite', 'here', 'there',
]);
const TIME_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|yesterday|today|tomorrow|week|month|year|morning|evening|night|afternoon|weekend|\d{4})$/;
// What "the" may open after a passive without being its subject: times, degrees, manners.
const AFTER_DET: ReadonlySet<string> = new Set([
  'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'night', 'morning', 'evening', 'afternoon', 'weekend',
  'time', 'times', 'season', 'following', 'previous', 'next', 'last', 'first', 'same', 'most', 'least', 'whole', 'other',
  'moment', 'hour', 'minute', 'decade', 'century', 'world', 'way', 'better', 'best', 'worst', 'more', 'less', 'hard',
  'wrong', 'right', 'length', 'size', 'subject', 'case', 'lot', 'bit', 'little', 'few', 'number', 'equivalent', 'summer',
  'winter', 'spring', 'autumn', 'fall', 'very', 'only', 'entire', 'full', 'distance', 'amount', 'degree', 'degrees',
  'fraction', 'total', 'maximum', 'minimum', 'percent', 'percentage',
]);

export const rule: Rule = {
  meta: {
    id: 'passive-with-object',
    category: 'garbled-syntax',
    severity: 'warning',
    description: 'A passive followed by its own subject: “it is expected to be exceeded the limit” for “the limit is expected to be exceeded”.',
    examples: {
      bad: [
        { text: 'It is expected to [[be exceeded the limit]] on about 60 days this year.' },
        { text: 'On Friday [[were arrested the two suspects]] in Porto.' },
        { text: 'From October [[will be raised the fare]] by 150 won.' },
      ],
      good: [
        'The limit is expected to be exceeded on about 60 days this year.',
        'He was given the chance to speak.',
        'She was named the best player of the tournament.',
        'The deal was signed the day after the vote.',
        'The film was released the same week.',
        'He was elected the first president of the league.',
        'The prisoner was read his rights.',
        'The team was handed a heavy defeat.',
        'It was raised a little in the spring.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    if (!doc.canTag) return;
    for (const be of doc.tokensWith(BE)) {
      // A sentence that opens with the passive ("Was arrested the mayor") is garbled-syntax/initial-passive-*'s.
      if (doc.isSentenceInitial(be)) continue;
      const part = doc.next(be);
      if (!part || part.kind !== 'word' || !/^\p{Ll}/u.test(part.text) || OBJECT_PASSIVES.has(part.norm)) continue;
      const det = doc.next(part);
      if (!det || !DETS.has(det.norm)) continue;
      const head = doc.next(det);
      if (!head || head.kind !== 'word' || AFTER_DET.has(head.norm)) continue;
      if (!/(?:ed|en|wn|ne|lt|ght|ung|un|ook|ade|id|ost|ept|ound|old|ft)$/.test(part.norm)) continue;
      if (doc.pos(part) !== 'VERB' || doc.pos(be) !== 'AUX') continue;
      if (!['NOUN', 'ADJ', 'NUM'].includes(doc.pos(head))) continue;
      // The phrase after it: a noun soon, not a time or measure ("was cut the most in years").
      let noun: Token | undefined = head;
      for (let k = 0; noun && k < 3 && doc.pos(noun) !== 'NOUN'; k++) noun = doc.next(noun);
      if (!noun || doc.pos(noun) !== 'NOUN' || AFTER_DET.has(noun.norm)) continue;
      // "When the test was stolen the professor had to…": a new clause's subject, before its verb.
      const after = doc.next(noun);
      if (after && (after.norm === "'s" || ['VERB', 'AUX'].includes(doc.pos(after)))) continue;
      // "a card on which are printed the name": a relative clause after a preposition.
      let relative = false;
      for (let c = doc.prev(be), k = 0; c && k < 4 && c.kind !== 'punct'; c = doc.prev(c), k++) if (c.norm === 'which' || c.norm === 'whom') relative = true;
      if (relative) continue;
      if (placeFronted(doc, be)) continue;
      // "will be raised the fare": the modal belongs to the verb group.
      const modal = doc.prev(be);
      const from = modal && MODALS.has(modal.norm) ? modal : be;
      ctx.report({
        start: from.start,
        end: noun.end,
        message: `“${doc.text.slice(from.start, noun.end)}”: the noun phrase after the passive is its subject, placed after the verb as in the source language; English puts it first (“${doc.text.slice(det.start, noun.end)} ${doc.text.slice(from.start, part.end)}”).`,
        suggestions: [],
        reason: 'English puts the subject of a passive before the verb',
        confidence: 0.55,
      });
    }
  },
};

/** The sentence opens with a place phrase that runs up to the verb group ("Above it was built"). */
function placeFronted(doc: import('../../../text/document.js').Doc, be: Token): boolean {
  const s = doc.sentenceOf(be);
  const first = doc.tokens[s.firstToken] as Token | undefined;
  if (!first || !PLACE_PREPOSITIONS.has(first.norm)) return false;
  for (let i = s.firstToken; i < be.index; i++) {
    const t = doc.tokens[i] as Token;
    if (t.kind === 'punct' && t.text !== "'s") return false;
    if (TIME_WORDS.test(t.norm)) return false;
  }
  return true;
}

/**
 * A singular subject whose verb agrees with a plural noun in the phrase after it: “the price of
 * vegetables have risen”, “the list of names were published”, “the situation in the camps are
 * worse”. MT agrees the verb with the nearest noun; English agrees it with the head.
 *
 * Only be/have (“are”, “were”, “have”) right after the plural noun (one adverb may sit
 * between), a lower-case singular head noun with a determiner that opens its clause (the
 * sentence's start, a conjunction, “said”, a comma), and one preposition between. Heads that
 * take their number from the phrase after them stay quiet: quantities and parts (“a number
 * of”, “the rest of”, “a total of”, “half of”, “a series of”) and collective nouns British
 * English agrees in the plural (“the family of the victims have”, “the team of doctors were”).
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';
import { BE_HAVE_TO_SINGULAR, looksPlural, matchCase } from './lib/english.js';

const VERBS: ReadonlySet<string> = new Set(['are', 'were', 'have']);
const PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'in', 'at', 'for', 'on', 'from']);
// Heads that lend the verb the number of what follows, and collectives.
const NOTIONAL: ReadonlySet<string> = new Set([
  'number', 'lot', 'majority', 'minority', 'half', 'rest', 'percent', 'percentage', 'part', 'share', 'third',
  'quarter', 'fifth', 'tenth', 'proportion', 'bulk', 'range', 'variety', 'group', 'couple', 'total', 'series',
  'kind', 'type', 'sort', 'pair', 'set', 'handful', 'dozen', 'host', 'plenty', 'fraction', 'portion', 'remainder',
  'mass', 'array', 'class', 'family', 'team', 'crew', 'staff', 'police', 'government', 'committee', 'council',
  'board', 'public', 'audience', 'jury', 'panel', 'union', 'party', 'management', 'cabinet', 'army', 'band', 'squad',
  'side', 'club', 'company', 'firm', 'pack', 'flock', 'herd', 'crowd', 'gang', 'swarm', 'population', 'generation',
  'community', 'delegation', 'opposition', 'coalition', 'alliance', 'leadership', 'bunch', 'batch', 'selection',
  'collection', 'assortment', 'multitude', 'myriad', 'score', 'maximum', 'minimum', 'average', 'fleet', 'body',
  'wave', 'spate', 'string', 'flood', 'stream', 'raft', 'slew',
]);
// Determiners a singular subject opens with.
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their', 'our', 'each', 'every']);
// After these a noun phrase opens a clause as its subject.
const OPENERS: ReadonlySet<string> = new Set([
  'that', 'said', 'says', 'but', 'because', 'while', 'when', 'as', 'since', 'although', 'though', 'so',
  'warned', 'added', 'noted', 'reported', 'told', 'stressed', 'announced', 'however', 'meanwhile', ',', ';', ':', '“', '"',
]);

// Determiners inside the phrase after the head ("of the lights", "in their homes"); a relative
// word ("which", "whose", "that") starts a clause whose subject the plural noun is.
const INNER_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'these', 'those', 'some', 'many', 'all', 'such', 'other']);

/** The token before the phrase that ends at `end` (determiner, adjectives, nouns), or undefined past five words. */
function phraseStart(doc: Doc, end: Token): Token | undefined {
  let cur: Token | undefined = end;
  for (let k = 0; k < 5 && cur; k++) {
    const p = doc.prev(cur);
    if (!p || p.kind !== 'word') return p;
    const pos = doc.pos(p);
    if (pos === 'DET' ? !INNER_DETERMINERS.has(p.norm) : pos !== 'ADJ' && pos !== 'NOUN' && pos !== 'NUM') return p;
    cur = p;
  }
  return undefined;
}

/** Whether one of the five tokens before `end` in its sentence is a preposition: phraseStart's only candidates. */
function prepositionBefore(doc: Doc, end: Token): boolean {
  let p = doc.prev(end);
  for (let k = 0; k < 5 && p; k++, p = doc.prev(p)) if (PREPOSITIONS.has(p.norm)) return true;
  return false;
}

export const rule: Rule = {
  meta: {
    id: 'attracted-plural-verb',
    category: 'number-agreement',
    severity: 'warning',
    description: 'A singular subject with a plural verb that agrees with the noun after it: “the price of vegetables have risen”.',
    examples: {
      bad: [
        { text: 'The price of vegetables [[have]] risen sharply this year.', output: 'The price of vegetables has risen sharply this year.' },
        { text: 'The list of names [[were]] published on Monday.', output: 'The list of names was published on Monday.' },
        { text: 'Officials said the situation in the camps [[are]] getting worse.', output: 'Officials said the situation in the camps is getting worse.' },
        { text: 'He said the cost of the repairs [[were]] too high.', output: 'He said the cost of the repairs was too high.' },
      ],
      good: [
        'The price of vegetables has risen sharply this year.',
        'A number of workers were injured.',
        'The rest of the workers were sent home.',
        'A total of 20 people were killed.',
        'The family of the victims have asked for privacy.',
        'A third of the houses were destroyed.',
        'The team of doctors were working through the night.',
        'Prices of vegetables have risen.',
        'The price of the houses, which were built in 1990, rose.',
        'The head of state and the ministers have met.',
        'Wages and the price of vegetables have risen.',
        'A world in which wives have taken a more active role is changing.',
        'He cited the statement in the report that women were not organized.',
        'The exercise of a spirit which true men have always admired is rare.',
        'In the price of vegetables are hidden costs.',
        'The majority of voters were undecided.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    if (!doc.canTag) return;
    for (const v of doc.tokensWith(VERBS)) {
      if (!/^\p{Ll}/u.test(v.text)) continue;
      const fix = BE_HAVE_TO_SINGULAR.get(v.norm);
      if (!fix) continue;
      // The plural noun the verb agrees with.
      const n = doc.prev(v);
      if (!n || n.kind !== 'word' || !/^\p{Ll}/u.test(n.text) || !looksPlural(n.norm)) continue;
      // Before the tagger: the phrase's preposition (phraseStart) is one of the five tokens before.
      if (!prepositionBefore(doc, n)) continue;
      if (doc.pos(n) !== 'NOUN') continue;
      const p = phraseStart(doc, n);
      if (!p || !PREPOSITIONS.has(p.norm)) continue;
      const head = doc.prev(p);
      if (!head || head.kind !== 'word' || !/^\p{Ll}/u.test(head.text) || looksPlural(head.norm) || NOTIONAL.has(head.norm)) continue;
      if (doc.pos(head) !== 'NOUN') continue;
      // The head's determiner, with at most two adjectives between.
      let det = doc.prev(head);
      for (let k = 0; k < 2 && det && det.kind === 'word' && doc.pos(det) === 'ADJ'; k++) det = doc.prev(det);
      if (!det || !DETERMINERS.has(det.norm)) continue;
      const before = doc.prev(det);
      if (!doc.isSentenceInitial(det) && !(before && OPENERS.has(before.norm))) continue;
      // "the head of state and the ministers have": a coordinated subject.
      if (!['AUX', 'VERB'].includes(doc.pos(v))) continue;
      const suggestion = matchCase(v.text, fix);
      ctx.report({
        start: v.start,
        end: v.end,
        message: `“${doc.text.slice(det.start, v.end)}”: the subject is “${head.text}”, not “${n.text}”, so English says “${suggestion}”.`,
        suggestions: [suggestion],
        reason: 'the verb agrees with the head of its subject, not with the nearest noun',
        confidence: 0.7,
      });
    }
  },
};

/**
 * A relative with a bare noun where English says "whose": "the applicants that scores were
 * changed", "families who homes were destroyed", "the firms which licences were revoked".
 * Arabic, Persian, Turkish and colloquial Romance mark the possessive relative with a plain
 * relative (and often a resumptive possessive, which relative-possessive-for-whose finds); when
 * MT drops the possessive, a bare plural noun follows "that/who/which" and the passive after
 * it is complete, so the relative has no role of its own. Quiet on that-clauses after nouns
 * ("the news that prices were cut") and after verbs of telling ("told applicants that scores
 * were changed"), on clefts ("it was the board that rules were changed by"), and where the
 * relative is the object of something later ("the homes that residents were forced to leave",
 * "the village that troops were sent to", "the story that investors were told").
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';
import { CLAUSE_NOUNS, lemmaOf } from './lib/english.js';
import { verbForm } from '../../../nlp/inflect.js';

const BE = new Set(['was', 'were', 'is', 'are', 'had', 'has', 'have']);
// Verbs with an object and a that-clause: "warned investors that shares were overvalued".
const TELLING = new Set([
  'tell', 'tells', 'told', 'telling', 'inform', 'informs', 'informed', 'notify', 'notifies', 'notified', 'warn',
  'warns', 'warned', 'assure', 'assures', 'assured', 'remind', 'reminds', 'reminded', 'convince', 'convinced',
  'persuade', 'persuaded', 'advise', 'advised', 'advises', 'promise', 'promised', 'promises', 'show', 'showed',
  'shown', 'shows', 'teach', 'taught', 'write', 'wrote', 'written', 'email', 'emailed', 'reassure',
  'reassured', 'alert', 'alerted', 'signal', 'signalled', 'signaled', 'satisfy', 'satisfied', 'prove', 'proved',
  'ask', 'asked', 'reminding', 'warning', 'assuring', 'informing', 'convincing', 'persuading', 'telling',
]);
// Participles with a second object: "the story that investors were told".
const DITRANSITIVE = new Set([
  'told', 'given', 'shown', 'offered', 'sent', 'promised', 'taught', 'asked', 'handed', 'paid', 'charged',
  'awarded', 'granted', 'denied', 'refused', 'allowed', 'owed', 'lent', 'fed', 'served', 'sold', 'issued',
  'assigned', 'left', 'called', 'named', 'made', 'elected', 'appointed', 'considered', 'fined', 'billed',
]);
const NOT_ANTECEDENT = new Set([
  'so', 'such', 'now', 'fact', 'ensure', 'ensures', 'ensured', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
  'september', 'october', 'november', 'december', 'today', 'yesterday', 'weekend', 'morning', 'afternoon',
  'evening', 'night', 'weeks', 'months', 'years', 'days', 'ago', 'earlier', 'later', 'hours', 'decades',
]);

function isParticiple(w: string): boolean {
  const lemma = lemmaOf(w);
  return lemma !== undefined && lemma !== w && verbForm(lemma, 'pp') === w;
}

export const rule: Rule = {
  meta: {
    id: 'relative-bare-noun-for-whose',
    category: 'garbled-syntax',
    severity: 'warning',
    description: '“that scores” for “whose scores”: “the applicants that scores were changed”.',
    examples: {
      bad: [
        { text: 'The council will compensate the families [[that homes]] were destroyed in the floods.', output: 'The council will compensate the families whose homes were destroyed in the floods.' },
        { text: 'Police questioned two drivers [[who licences]] had been suspended.', output: 'Police questioned two drivers whose licences had been suspended.' },
        { text: 'The ministry fined six banks [[which accounts]] were frozen last year.', output: 'The ministry fined six banks whose accounts were frozen last year.' },
        { text: 'Rescuers named the climbers [[that bodies]] were found on Monday.', output: 'Rescuers named the climbers whose bodies were found on Monday.' },
      ],
      good: [
        'The council will compensate the families whose homes were destroyed.',
        'The council told families that homes were destroyed.',
        'The news that prices were cut pleased shoppers.',
        'These are the homes that residents were forced to leave.',
        'This is the village that troops were sent to.',
        'It was the story that investors were told.',
        'It was in 2019 that rules were changed.',
        'The fire was so big that houses were destroyed.',
        'The firm has so many clients that accounts were frozen.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    if (!doc.canTag) return;
    for (const rel of doc.tokensWith(['that', 'who', 'which'])) {
      const noun = doc.next(rel);
      const ante = doc.prev(rel);
      if (!noun || !ante || noun.kind !== 'word' || ante.kind !== 'word') continue;
      if (!/^\p{Ll}+s$/u.test(noun.text) || /ss$/.test(noun.norm)) continue;
      if (CLAUSE_NOUNS.has(ante.norm) || NOT_ANTECEDENT.has(ante.norm)) continue;
      let c = doc.next(noun);
      if (!c || !BE.has(c.norm)) continue;
      if (c.norm === 'had' || c.norm === 'has' || c.norm === 'have') {
        const been = doc.next(c);
        if (been?.norm !== 'been') continue;
        c = been;
      }
      let v = doc.next(c);
      if (v?.norm === 'not') v = doc.next(v);
      if (!v || !/^\p{Ll}+$/u.test(v.text) || DITRANSITIVE.has(v.norm)) continue;
      const after = doc.next(v);
      // The relative is the object of what follows: "forced to leave", "sent to."
      if (after && (after.norm === 'to' || after.norm === 'by')) continue;
      if (after && doc.pos(after) === 'ADP') {
        const n2 = doc.next(after);
        if (!n2 || n2.kind === 'punct') continue;
      }
      if (doc.pos(noun) !== 'NOUN' || (doc.pos(v) !== 'VERB' && doc.pos(v) !== 'ADJ') || !isParticiple(v.norm)) continue;
      if (doc.pos(ante) !== 'NOUN' && doc.pos(ante) !== 'PROPN') continue;
      // The noun phrase before the relative: a verb of telling before it makes a that-clause,
      // "it is/was" a cleft, "so/such" a result clause.
      let np: Token = ante;
      for (let p = doc.prev(ante), k = 0; p && k < 4; p = doc.prev(p), k++) {
        const pp = doc.pos(p);
        if (pp === 'DET' || pp === 'ADJ' || pp === 'NOUN' || pp === 'PROPN' || pp === 'NUM' || pp === 'PRON') np = p;
        else break;
      }
      const beforeNp = doc.prev(np);
      if (rel.norm === 'that' && beforeNp && TELLING.has(beforeNp.norm)) continue;
      // "said in a statement that prices were cut": a that-clause after a verb and its adjunct.
      if (rel.norm === 'that' && beforeNp && doc.pos(beforeNp) === 'ADP') {
        const v0 = doc.prev(beforeNp);
        if (v0 && (doc.pos(v0) === 'VERB' || doc.pos(v0) === 'AUX')) continue;
      }
      let skip = false;
      for (let p = doc.prev(rel), k = 0; p && k < 7 && !skip; p = doc.prev(p), k++) {
        skip = p.norm === 'so' || p.norm === 'such' || (p.norm === 'it' && (doc.next(p)?.norm === 'is' || doc.next(p)?.norm === 'was'));
      }
      if (skip) continue;
      ctx.report({
        start: rel.start,
        end: noun.end,
        message: `“${doc.text.slice(rel.start, noun.end)}”: a relative with a bare noun after it; English says “whose ${noun.text}”.`,
        suggestions: [`whose ${noun.text}`],
        reason: 'English marks a possessive relative with “whose”',
        confidence: 0.6,
      });
    }
  },
};

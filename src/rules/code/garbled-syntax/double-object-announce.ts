/**
 * “They announced the guards a 48-hour strike”: two noun phrases after a verb of saying that
 * takes one object in English (announce, explain, describe, suggest, propose, reveal, report,
 * demand, mention, recommend). Greek, Spanish, Italian, Arabic and Turkish put the subject
 * after the verb (“Ανακοίνωσαν οι φύλακες απεργία”: announced the guards a strike), and MT
 * supplies a dummy “They” and keeps the order; or it drops the “to” of a dative (“explained the
 * farmers a new rule”). Either way English wants “The guards announced a strike” or “explained
 * a new rule to the farmers”. “Give”, “tell”, “show” and “offer” take two objects and are not
 * listed; a second phrase that is a time (“a day later”) or an object complement of “declare”
 * (“declared the area a disaster zone”, not listed) stays quiet.
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';
import { formsOf } from '../../../nlp/inflect.js';
import { looksPlural } from '../number-agreement/lib/english.js';

const VERBS = new Set<string>();
for (const l of ['announce', 'explain', 'describe', 'suggest', 'propose', 'reveal', 'report', 'demand', 'mention', 'recommend', 'state', 'confirm', 'disclose', 'unveil']) {
  for (const f of formsOf(l)) if (!f.endsWith('ing')) VERBS.add(f);
}
const TIME = new Set([
  'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour', 'hours', 'minute', 'minutes', 'moment',
  'while', 'fortnight', 'decade', 'time', 'times', 'bit', 'lot', 'second', 'seconds', 'morning', 'evening', 'night',
  'afternoon', 'weekend', 'season', 'quarter', 'century',
]);
// After the second phrase: it was a time or a measure ("a week ago", "a day later", "a year earlier").
const TIME_AFTER = new Set(['ago', 'later', 'earlier', 'before', 'after', 'early', 'late', 'back']);
const NOUNISH = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/** The last token of a noun phrase opened by `det` (one to four words, a noun last), or undefined. */
function npEnd(doc: Doc, det: Token): Token | undefined {
  let last: Token | undefined;
  for (let c = doc.next(det), k = 0; c && k < 4; c = doc.next(c), k++) {
    if (c.kind === 'word' && NOUNISH.has(doc.pos(c))) last = c;
    else if (c.text === '-' || (c.kind === 'number')) last = c;
    else break;
  }
  return last && (doc.pos(last) === 'NOUN' || doc.pos(last) === 'PROPN') ? last : undefined;
}

export const rule: Rule = {
  meta: {
    id: 'double-object-announce',
    category: 'garbled-syntax',
    severity: 'warning',
    description: 'Two objects after a verb of saying that takes one: “They announced the guards a strike” for “The guards announced a strike”.',
    examples: {
      bad: [
        { text: '[[They announced the guards]] a 48-hour strike for Easter week.', output: 'The guards announced a 48-hour strike for Easter week.' },
        { text: 'On Monday [[they proposed the unions]] a new wage deal.', output: 'On Monday the unions proposed a new wage deal.' },
        { text: 'The minister [[explained the farmers]] a new subsidy scheme.' },
      ],
      good: [
        'They gave the guards a pay rise.',
        'The guards announced a 48-hour strike.',
        'The ministry announced the results a day later.',
        'The firm reported the incident a week ago.',
        'Officials declared the area a disaster zone.',
        'He explained the rules to the farmers.',
        'They announced the winner, a teacher from Leeds.',
        'They announced the guards would strike.',
        'The company announced the deal a success.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    if (!doc.canTag) return;
    for (const verb of doc.tokensWith(VERBS)) {
      const det1 = doc.next(verb);
      if (!det1 || (det1.norm !== 'the' && det1.norm !== 'its' && det1.norm !== 'their')) continue;
      const end1 = npEnd(doc, det1);
      // The first phrase names people in the plural ("the guards", "the farmers"), who can be the
      // subject or the addressee; "announced the deal a success" has a thing and a verdict.
      if (!end1 || !looksPlural(end1.text) || !/^\p{Ll}/u.test(end1.text)) continue;
      const det2 = doc.next(end1);
      if (!det2 || (det2.norm !== 'a' && det2.norm !== 'an' && det2.kind !== 'number')) continue;
      if (doc.pos(verb) !== 'VERB') continue;
      const end2 = npEnd(doc, det2);
      if (!end2 || TIME.has(end2.norm) || TIME.has(end1.norm)) continue;
      const after = doc.next(end2);
      if (after && (TIME_AFTER.has(after.norm) || doc.pos(after) === 'VERB' || doc.pos(after) === 'AUX')) continue;
      // "announced the deal a success": an evaluative complement, not an object.
      if (doc.pos(end2) !== 'NOUN') continue;
      const pron = doc.prev(verb);
      const dummy = pron !== undefined && pron.norm === 'they';
      const from = dummy ? pron : verb;
      let suggestion: string | undefined;
      if (dummy) {
        const subject = doc.text.slice(det1.start, end1.end);
        const cap = /^\p{Lu}/u.test(pron.text);
        suggestion = `${cap ? subject[0]!.toUpperCase() + subject.slice(1) : subject} ${verb.text}`;
      }
      const span = doc.text.slice(from.start, end1.end);
      ctx.report({
        start: from.start,
        end: end1.end,
        message: `“${span} ${doc.text.slice(det2.start, end2.end)}”: “${verb.text}” takes one object in English; the first noun phrase is the subject put after the verb, or an object that needs “to”${suggestion ? `: “${suggestion} ${doc.text.slice(det2.start, end2.end)}”` : ''}.`,
        suggestions: suggestion ? [suggestion] : [],
        reason: 'a verb of saying takes one object',
        confidence: 0.55,
      });
    }
  },
};

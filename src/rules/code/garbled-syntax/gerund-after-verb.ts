/**
 * A to-infinitive after a verb that takes “-ing”: “prices keep to climb”, “avoid to comment”,
 * “enjoy to work”, “look forward to meet”. Romance and Slavic languages use the infinitive
 * after these verbs and MT keeps it. “continue to”, “stop to” (in order to), “start to” and
 * “begin to” are English and are not listed; passives (“is considered to be”) stay quiet.
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';
import { verbForm } from '../../../nlp/inflect.js';

const GERUND_VERBS = new Set([
  'keep', 'keeps', 'kept', 'keeping', 'avoid', 'avoids', 'avoided', 'avoiding', 'enjoy', 'enjoys',
  'enjoyed', 'enjoying', 'finish', 'finishes', 'finished', 'finishing', 'consider', 'considers',
  'considering', 'deny', 'denies', 'denied', 'denying', 'risk', 'risks', 'risked', 'risking', 'suggest',
  'suggests', 'suggested', 'suggesting', 'discuss', 'discusses', 'discussed', 'discussing',
  'resist', 'resisted', 'postpone', 'postponed', 'delay', 'delayed',
]);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'am']);
// Verbs whose plain form after "to" is rarely a verb in these frames ("keep to schedule").
const NOT_VERBS = new Set(['schedule', 'plan', 'budget', 'time', 'course', 'form', 'script', 'order', 'target', 'date', 'people', 'home']);

function baseVerb(doc: Doc, v: Token | undefined): v is Token {
  return v !== undefined && v.kind === 'word' && /^\p{Ll}+$/u.test(v.text) && !/(?:ing|ed)$/.test(v.norm) && !NOT_VERBS.has(v.norm) && doc.pos(v) === 'VERB';
}

export const rule: Rule = {
  meta: {
    id: 'gerund-after-verb',
    category: 'garbled-syntax',
    severity: 'warning',
    description: 'A to-infinitive after a verb that takes -ing: “keep to climb” for “keep climbing”.',
    examples: {
      bad: [
        { text: 'The bank will act while food prices [[keep to climb]].', output: 'The bank will act while food prices keep climbing.' },
        { text: 'The minister [[avoided to comment]] on the report.', output: 'The minister avoided commenting on the report.' },
        { text: 'Many players [[enjoy to work]] with him.', output: 'Many players enjoy working with him.' },
        { text: 'The company [[denied to have]] broken the law.', output: 'The company denied having broken the law.' },
        { text: 'We look forward [[to meet]] the new coach.', output: 'We look forward to meeting the new coach.' },
        { text: 'They [[risked to lose]] everything.', output: 'They risked losing everything.' },
        { text: 'The ministers are [[considering to raise]] the retirement age.', output: 'The ministers are considering raising the retirement age.' },
      ],
      good: [
        'Prices keep climbing.',
        'Prices continue to climb.',
        'He stopped to rest on the way.',
        'The team kept to the plan.',
        'The trains kept to schedule despite the snow.',
        'He is considered to be the best player of his generation.',
        'She was denied to the press as a source.',
        'We look forward to the meeting.',
        'The minister suggested to reporters that talks could resume.',
        'The risk to investors is high.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    if (!doc.canTag) return;
    for (const t of doc.tokens) {
      if (t.norm === 'forward' && doc.prev(t) !== undefined && /^look/.test(doc.prev(t)!.norm)) {
        const to = doc.next(t);
        const v = to && doc.next(to);
        if (to?.norm !== 'to' || !baseVerb(doc, v)) continue;
        const ing = verbForm(v.norm, 'ing');
        ctx.report({
          start: to.start,
          end: v.end,
          message: `“look forward to ${v.text}”: after “look forward to” English uses the -ing form (“to ${ing}”).`,
          suggestions: [`to ${ing}`],
          reason: '“to” in “look forward to” is a preposition',
          confidence: 0.85,
        });
        continue;
      }
      if (!GERUND_VERBS.has(t.norm)) continue;
      const to = doc.next(t);
      const v = to && doc.next(to);
      if (to?.norm !== 'to' || !baseVerb(doc, v)) continue;
      const prev = doc.prev(t);
      if (prev && BE.has(prev.norm) && /ed$/.test(t.norm)) continue; // passive: "is considered to be"
      if (doc.pos(t) !== 'VERB') continue;
      const ing = verbForm(v.norm, 'ing');
      ctx.report({
        start: t.start,
        end: v.end,
        message: `“${doc.text.slice(t.start, v.end)}”: “${t.text}” takes the -ing form in English (“${t.text} ${ing}”).`,
        suggestions: [`${t.text} ${ing}`],
        reason: 'this verb takes a gerund, not a to-infinitive',
        confidence: 0.8,
      });
    }
  },
};

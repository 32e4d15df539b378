/**
 * “allow to the banks to charge fees”: the object of a verb of permission or request marked
 * with “to”, as French “permettre aux banques de”, Spanish “permitir a los bancos” and Russian
 * dative objects are rendered. English takes the object directly: “allow the banks to charge”.
 * Flagged only when a second “to” + verb follows the phrase, so “explained to the banks” and
 * “gave the money to the banks to spend” (where “to the banks” is a real indirect object of a
 * verb with its own object) stay quiet.
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';
import { formsOf } from '../../../nlp/inflect.js';

const VERBS = new Set<string>();
for (const l of ['allow', 'permit', 'enable', 'force', 'oblige', 'require', 'ask', 'urge', 'encourage', 'invite', 'help', 'advise', 'order', 'forbid', 'prohibit', 'compel', 'authorise', 'authorize', 'instruct']) {
  for (const f of formsOf(l)) VERBS.add(f);
}
const NP = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

export const rule: Rule = {
  meta: {
    id: 'dative-to-object',
    category: 'garbled-syntax',
    severity: 'warning',
    description: '“allow to the banks to charge” for “allow the banks to charge”: an object marked with “to”.',
    examples: {
      bad: [
        { text: 'The new rules will allow [[to the banks]] to charge fees.', output: 'The new rules will allow the banks to charge fees.' },
        { text: 'The mayor asked [[to residents]] to stay at home.', output: 'The mayor asked residents to stay at home.' },
        { text: 'The law obliges [[to all companies]] to publish their accounts.', output: 'The law obliges all companies to publish their accounts.' },
        { text: 'Police ordered [[to the protesters]] to leave the square.', output: 'Police ordered the protesters to leave the square.' },
      ],
      good: [
        'The new rules will allow the banks to charge fees.',
        'He was allowed to leave the country.',
        'They asked to see the documents.',
        'The funds help to pay for the repairs.',
        'She was ordered to the front to fight.',
        'The ministry asked to the point of begging.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    if (!doc.canTag) return;
    for (const to of doc.tokensWith(['to'])) {
      if (to.norm !== 'to') continue;
      const v = doc.prev(to);
      if (!v || !VERBS.has(v.norm)) continue;
      const first = doc.next(to);
      if (!first || first.kind !== 'word') continue;
      // The phrase: up to five noun-phrase words, then "to" + a verb.
      let last: Token | undefined;
      let c: Token | undefined = first;
      for (let k = 0; k < 5 && c && c.norm !== 'to'; k++, c = doc.next(c)) {
        if (c.kind !== 'word' || !NP.has(doc.pos(c)) && !['its', 'their', 'his', 'her', 'our', 'all'].includes(c.norm)) break;
        last = c;
      }
      if (!last || c?.norm !== 'to') continue;
      const verb = doc.next(c);
      if (!verb || verb.kind !== 'word' || doc.pos(verb) !== 'VERB' || !/^\p{Ll}+$/u.test(verb.text)) continue;
      if (!['NOUN', 'PROPN'].includes(doc.pos(last))) continue;
      // "was allowed to": a passive has no object.
      const before = doc.prev(v);
      if (before && ['is', 'are', 'was', 'were', 'be', 'been', 'being'].includes(before.norm) && /ed$/.test(v.norm)) continue;
      if (doc.pos(v) !== 'VERB') continue;
      const np = doc.text.slice(first.start, last.end);
      ctx.report({
        start: to.start,
        end: last.end,
        message: `“${v.text} ${doc.text.slice(to.start, last.end)}”: “${v.text}” takes its object without “to” (“${v.text} ${np}”).`,
        suggestions: [np],
        reason: 'the object of a verb of permission or request takes no preposition',
        confidence: 0.75,
      });
    }
  },
};

/**
 * “Some families already four years live with cracked walls”: a bare duration (“four years”,
 * “a month”) between the subject and its verb, as Polish, Czech, Russian, German or Turkish put
 * it (“już cztery lata mieszkają”). English says how long with “for” after the verb, and with
 * “already” the perfect: “have lived with cracked walls for four years”. A duration noun phrase
 * right before a finite verb is English only as that verb's subject (“Four years passed”, “two
 * days remain”), so the rule asks for an adverb (“already”, “still”, “now”) or a subject
 * pronoun before the duration, and leaves the verbs a time span can be the subject of alone.
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';
import { NUMBER_WORDS } from '../number-agreement/lib/english.js';
import { lemmaOf } from './lib/english.js';
import { verbForm } from '../../../nlp/inflect.js';

const UNITS = new Set(['years', 'months', 'weeks', 'days', 'decades', 'hours', 'year', 'month', 'week', 'decade']);
const COUNTS = new Set([...NUMBER_WORDS, 'a', 'one', 'several', 'many', 'few', 'some']);
// Adverbs that sit before a duration in the source order ("już cztery lata", "schon vier Jahre").
const ADVERBS = new Set(['already', 'still', 'now', 'nearly', 'almost']);
const PRONOUNS = new Set(['i', 'we', 'they', 'he', 'she']);
// Verbs a time span is the subject of: "four years passed", "two days remain", "a week went by".
const SPAN_SUBJECT = new Set([
  'pass', 'elapse', 'go', 'remain', 'follow', 'come', 'separate', 'end', 'begin', 'start', 'run', 'last', 'see', 'bring',
  'mark', 'seem', 'feel', 'fly', 'slip', 'precede', 'mean', 'make', 'take', 'cost', 'add', 'change',
]);

export const rule: Rule = {
  meta: {
    id: 'duration-before-verb',
    category: 'garbled-syntax',
    severity: 'warning',
    description: 'A bare duration before the verb: “families already four years live there” for “have lived there for four years”.',
    examples: {
      bad: [
        { text: 'Some families, she said, [[already four years live]] with cracked walls.', output: 'Some families, she said, have lived for four years with cracked walls.' },
        { text: 'The workers [[still three months wait]] for their wages.' },
        { text: 'They said [[they two weeks searched]] the forest.' },
      ],
      good: [
        'Some families have lived with cracked walls for four years.',
        'Already four years have passed since the flood.',
        'Almost two years passed before the trial.',
        'Now two days remain before the vote.',
        'She said the four years spent abroad were hard.',
        'The team won three years running.',
        'He still two years later remembered it.',
        'It is now three years old.',
        'They have waited four years.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    if (!doc.canTag) return;
    for (const unit of doc.tokensWith(UNITS)) {
      const count = doc.prev(unit);
      if (!count || !(COUNTS.has(count.norm) || (count.kind === 'number' && /^\d{1,3}$/.test(count.text)))) continue;
      const plural = unit.norm.endsWith('s');
      if (plural === (count.norm === 'a' || count.norm === 'one')) continue;
      const before = doc.prev(count);
      if (!before || !(ADVERBS.has(before.norm) || PRONOUNS.has(before.norm))) continue;
      const verb = doc.next(unit);
      if (!verb || verb.kind !== 'word' || doc.pos(verb) !== 'VERB' || /ing$/.test(verb.norm)) continue;
      const lemma = lemmaOf(verb.norm);
      if (lemma === undefined || SPAN_SUBJECT.has(lemma)) continue;
      const from: Token = before;
      let suggestion: string | undefined;
      const pronoun = PRONOUNS.has(before.norm);
      if (!pronoun && before.norm === 'already' && verb.norm === lemma) {
        suggestion = `have ${verbForm(lemma, 'pp')} for ${count.text} ${unit.text}`;
      }
      const span = doc.text.slice(from.start, verb.end);
      ctx.report({
        start: from.start,
        end: verb.end,
        message: `“${span}”: a bare duration before the verb follows the source language's order; English puts it after the verb with “for”${suggestion ? `: “${suggestion}”` : ''}.`,
        suggestions: suggestion ? [suggestion] : [],
        reason: 'English says how long with "for" after the verb',
        confidence: 0.6,
      });
    }
  },
};

/**
 * “Houses collapsed citizens will stay in tent cities”: a relative clause put before its noun,
 * as Turkish, Korean, Japanese and Chinese build them (“evleri yıkılan vatandaşlar”, houses
 * collapsed citizens = citizens whose houses collapsed). MT that keeps the order opens the
 * sentence with two bare plural nouns around a past verb, and then the main verb: no English
 * clause has a subject, a verb, an object and then another verb with nothing to join them.
 * Verbs that take a clause without “that” (“Officials said residents will stay”, “Analysts
 * expected prices would rise”) are left alone.
 */
import type { Rule } from '../../types.js';
import { MODALS } from './lib/english.js';
import type { Token } from '../../../text/document.js';
import { looksPlural } from '../number-agreement/lib/english.js';
import { formsOf, irregularPastForms } from '../../../nlp/inflect.js';

// Verbs that take a "that"-less clause: "Officials said residents will stay".
const CLAUSAL = new Set<string>();
for (const l of [
  'say', 'tell', 'think', 'believe', 'fear', 'hope', 'expect', 'know', 'feel', 'find', 'show', 'suggest', 'claim', 'argue',
  'warn', 'note', 'predict', 'estimate', 'assume', 'suppose', 'guess', 'suspect', 'agree', 'insist', 'admit', 'announce',
  'confirm', 'report', 'state', 'add', 'explain', 'reckon', 'realize', 'realise', 'learn', 'hear', 'decide', 'ensure',
  'promise', 'recommend', 'demand', 'propose', 'indicate', 'reveal', 'acknowledge', 'worry', 'doubt', 'mean', 'imagine',
  'understand', 'notice', 'see', 'discover', 'conclude', 'prove', 'allege', 'complain', 'stress', 'emphasise', 'emphasize',
  'contend', 'maintain', 'assert', 'declare', 'signal', 'forecast', 'pledge', 'vow', 'urge', 'hint', 'concede', 'wish',
  'rule', 'deny', 'accept', 'recognise', 'recognize', 'bet', 'judge', 'calculate', 'project', 'guarantee', 'testify', 'swear',
  'reply', 'respond', 'counter', 'caution', 'observe', 'remark', 'recall', 'assure', 'figure', 'presume', 'calculate',
]) for (const f of formsOf(l)) CLAUSAL.add(f);

export const rule: Rule = {
  meta: {
    id: 'prenominal-relative-clause',
    category: 'garbled-syntax',
    severity: 'warning',
    description: 'A relative clause before its noun: “Houses collapsed citizens will stay” for “Citizens whose houses collapsed will stay”.',
    examples: {
      bad: [
        { text: 'The governor visited the area. [[Houses collapsed citizens]] will stay in tent cities until container homes arrive.' },
        { text: '[[Jobs lost workers]] can apply for the new allowance.' },
        { text: '[[Homes flooded families]] will receive 500 euros each.' },
      ],
      good: [
        'Officials said residents will stay in tent cities.',
        'Analysts expected prices would rise.',
        'Citizens whose houses collapsed will stay in tent cities.',
        'Houses collapsed, and citizens will stay in tent cities.',
        'Prices rose sharply.',
        'Workers protested cuts that will hit pensions.',
        'Farmers hoped rains would come.',
        'Judges ruled companies must pay.',
        'Officials denied reports were true.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    if (!doc.canTag) return;
    for (const s of doc.sentences) {
      const first = doc.tokens[s.firstToken];
      if (!first || first.kind !== 'word' || !/^\p{Lu}\p{Ll}+s$/u.test(first.text) || !looksPlural(first.text)) continue;
      const verb = doc.next(first);
      if (!verb || !(/ed$/.test(verb.norm) || irregularPastForms().has(verb.norm)) || CLAUSAL.has(verb.norm)) continue;
      const noun = doc.next(verb);
      if (!noun || !/^\p{Ll}+s$/u.test(noun.text) || !looksPlural(noun.text)) continue;
      const aux = doc.next(noun);
      if (!aux || !(MODALS.has(aux.norm) || aux.norm === 'are' || aux.norm === 'have' || aux.norm === 'were')) continue;
      if (doc.pos(verb) !== 'VERB' || doc.pos(noun) !== 'NOUN') continue;
      const p1 = doc.pos(first);
      if (p1 !== 'NOUN' && p1 !== 'PROPN') continue;
      const span = doc.text.slice(first.start, noun.end);
      const fixed = `${noun.text[0]!.toUpperCase()}${noun.text.slice(1)} whose ${first.text.toLowerCase()} ${verb.text}`;
      ctx.report({
        start: first.start,
        end: noun.end,
        message: `“${span}”: a relative clause before its noun, as in the source language; English puts it after the noun (“${fixed}”, or with the verb the source meant).`,
        suggestions: [],
        reason: 'English relative clauses follow their noun',
        confidence: 0.55,
      });
    }
  },
};

/**
 * “A bribe of 12 million crowns accepted Vlček through a consultancy”: the object first, then
 * the verb, then the subject. Czech, Polish, Russian, Hungarian and German mark the roles with
 * case and may open with the object (“Úplatek 12 milionů korun přijal Vlček”); MT keeps the
 * order, and English reads the sum as the subject. Flagged when a sentence opens with a noun
 * phrase that holds an amount (a number, and no verb) and goes on with a verb of taking or
 * asking that only a person does (accept, receive, demand, collect, embezzle...) and then a
 * name: a sum can buy, cost or earn someone something (“$5 million bought Smith a house”),
 * not accept or demand.
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';
import { formsOf } from '../../../nlp/inflect.js';
import { COMMON_WORDS } from '../capitalization/lexicon.js';

const VERBS = new Set<string>();
for (const l of [
  'accept', 'receive', 'demand', 'request', 'solicit', 'collect', 'pocket', 'obtain', 'embezzle', 'launder', 'steal',
  'extort', 'seek', 'claim', 'withdraw', 'borrow', 'transfer', 'divert', 'misappropriate', 'siphon', 'hide', 'declare',
]) for (const f of formsOf(l)) if (/ed$/.test(f)) VERBS.add(f);
// Irregular pasts: stole, sought, withdrew, hid.
for (const f of ['stole', 'sought', 'withdrew', 'hid']) VERBS.add(f);
const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'NUM', 'PROPN']);
const NP_WORDS = new Set(['of', 'worth', 'totalling', 'totaling', 'some', 'about', 'nearly', 'almost', 'over', 'more', 'than', 'least', 'at', 'around', '$', '€', '£', '¥']);

export const rule: Rule = {
  meta: {
    id: 'object-verb-subject',
    category: 'garbled-syntax',
    severity: 'warning',
    description: 'The object first and the subject after the verb: “A bribe of 12 million crowns accepted Vlček” for “Vlček accepted a bribe of 12 million crowns”.',
    examples: {
      bad: [
        { text: 'The court heard the case. [[A bribe of 12 million crowns accepted Vlček]] through a consultancy.', output: 'The court heard the case. Vlček accepted a bribe of 12 million crowns through a consultancy.' },
        { text: '[[Bribes worth 3 million rupees received Kumar]] from contractors, police said.', output: 'Kumar received bribes worth 3 million rupees from contractors, police said.' },
      ],
      good: [
        'Vlček accepted a bribe of 12 million crowns.',
        'A bribe of 12 million crowns was accepted by Vlček.',
        'A payment of $5 million bought Smith a house.',
        'A fee of 2 million euros cost Madrid the deal.',
        'A team of 12 doctors received Kumar at the hospital.',
        'Some 300 protesters demanded Khan resign.',
        'A group of 40 workers accepted Smith as their leader.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    if (!doc.canTag) return;
    for (const verb of doc.tokensWith(VERBS)) {
      const name = doc.next(verb);
      if (!name || name.kind !== 'word' || !/^\p{Lu}\p{Ll}/u.test(name.text)) continue;
      // The name ends with the clause or before a preposition: "Vlček through a consultancy".
      let nameEnd = name;
      for (let c = doc.next(name), k = 0; c && k < 2 && c.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(c.text); c = doc.next(c), k++) nameEnd = c;
      const after = doc.next(nameEnd);
      if (after && !/^[.,;:!?”"]$/.test(after.text) && doc.pos(after) !== 'ADP') continue;
      // Back from the verb to the sentence start over a noun phrase with a number in it.
      let first: Token | undefined;
      let number = false;
      let head: Token | undefined;
      for (let c = doc.prev(verb), k = 0; c && k < 10; c = doc.prev(c), k++) {
        if (c.kind === 'number' || doc.pos(c) === 'NUM') number = true;
        else if (!(NP_POS.has(doc.pos(c)) || NP_WORDS.has(c.norm) || c.text === '-')) break;
        head ??= c;
        if (doc.isSentenceInitial(c)) {
          first = c;
          break;
        }
      }
      if (!first || !number || !head || doc.pos(head) !== 'NOUN') continue;
      // A group of people may receive or accept: "A team of 12 doctors received Kumar".
      if (/^(?:a|an|some|the)$/i.test(first.text) === false && doc.pos(first) === 'NUM') continue;
      if (doc.pos(verb) !== 'VERB' || doc.pos(name) !== 'PROPN') continue;
      if (PEOPLE_HEADS.test(head.norm) || PEOPLE_HEADS.test(doc.next(first)?.norm ?? '')) continue;
      const object = doc.text.slice(first.start, head.end);
      const lowered = doc.pos(first) === 'DET' || COMMON_WORDS.has(first.norm) ? first.text[0]!.toLowerCase() + object.slice(1) : object;
      const suggestion = `${doc.text.slice(name.start, nameEnd.end)} ${verb.text} ${lowered}`;
      ctx.report({
        start: first.start,
        end: nameEnd.end,
        message: `“${doc.text.slice(first.start, nameEnd.end)}”: the object opens the sentence and the subject follows the verb, as the source language may order them; English reads the first phrase as the subject: “${suggestion}”.`,
        suggestions: [suggestion],
        reason: 'English word order is subject, verb, object',
        confidence: 0.6,
      });
    }
  },
};

// Heads and first nouns naming people or groups of them, who can accept or receive.
const PEOPLE_HEADS = /^(?:people|persons|men|women|children|workers|doctors|protesters|demonstrators|residents|members|officials|officers|police|soldiers|troops|students|fans|voters|delegates|staff|team|group|crowd|panel|committee|board|jury|council|delegation|majority|family|families|supporters|employees|lawmakers|deputies|senators|judges|villagers|farmers|miners|teachers|nurses|patients|guards|crew|passengers)$/;

/** Code rules of category garbled-syntax, one per file (file name = rule id). */
import type { Rule } from '../../types.js';
import { rule as accountForOrder } from './account-for-order.js';
import { rule as adverbBeforeObject } from './adverb-before-object.js';
import { rule as bareAdjectiveAfterInfinitive } from './bare-adjective-after-infinitive.js';
import { rule as capitalizedNounBareVerb } from './capitalized-noun-bare-verb.js';
import { rule as doubleNegation } from './double-negation.js';
import { rule as durationOfNoun } from './duration-of-noun.js';
import { rule as futureInIfClause } from './future-in-if-clause.js';
import { rule as gerundAfterVerb } from './gerund-after-verb.js';
import { rule as makeFromSuperlative } from './make-from-superlative.js';
import { rule as modalToInfinitive } from './modal-to-infinitive.js';
import { rule as postposedAdjective } from './postposed-adjective.js';
import { rule as progressiveForDuration } from './progressive-for-duration.js';
import { rule as relativeQuantifierOrder } from './relative-quantifier-order.js';
import { rule as resumptivePronoun } from './resumptive-pronoun.js';

export const rules: readonly Rule[] = [
  accountForOrder,
  adverbBeforeObject,
  bareAdjectiveAfterInfinitive,
  capitalizedNounBareVerb,
  doubleNegation,
  durationOfNoun,
  futureInIfClause,
  gerundAfterVerb,
  makeFromSuperlative,
  modalToInfinitive,
  postposedAdjective,
  progressiveForDuration,
  relativeQuantifierOrder,
  resumptivePronoun,
];

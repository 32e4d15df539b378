/** Code rules of category number-agreement, one per file (file name = rule id). */
import type { Rule } from '../../types.js';
import { rule as attractedPluralVerb } from './attracted-plural-verb.js';
import { rule as coordinatedBareSingular } from './coordinated-bare-singular.js';
import { rule as currencyInvariantPlural } from './currency-invariant-plural.js';
import { rule as furtherBareSingular } from './further-bare-singular.js';
import { rule as indefinitePronounPluralVerb } from './indefinite-pronoun-plural-verb.js';
import { rule as measureWordPlural } from './measure-word-plural.js';
import { rule as numberOfVerb } from './number-of-verb.js';
import { rule as oneOfSingularNoun } from './one-of-singular-noun.js';
import { rule as personSubjectPluralVerb } from './person-subject-plural-verb.js';
import { rule as pluralSubjectSingularVerb } from './plural-subject-singular-verb.js';
import { rule as policeSingularVerb } from './police-singular-verb.js';
import { rule as quantifierSingularNoun } from './quantifier-singular-noun.js';
import { rule as singularDeterminerPluralNoun } from './singular-determiner-plural-noun.js';
import { rule as singularSubjectBaseVerb } from './singular-subject-base-verb.js';
import { rule as someOtherSingular } from './some-other-singular.js';
import { rule as talksSingular } from './talks-singular.js';
import { rule as titledNamePluralVerb } from './titled-name-plural-verb.js';
import { rule as thereIsPlural } from './there-is-plural.js';
import { rule as uncountableCounted } from './uncountable-counted.js';
import { rule as uncountablePluralVerb } from './uncountable-plural-verb.js';
import { rule as unitPluralInCompound } from './unit-plural-in-compound.js';

export const rules: readonly Rule[] = [
  attractedPluralVerb,
  coordinatedBareSingular,
  currencyInvariantPlural,
  furtherBareSingular,
  indefinitePronounPluralVerb,
  measureWordPlural,
  numberOfVerb,
  oneOfSingularNoun,
  personSubjectPluralVerb,
  pluralSubjectSingularVerb,
  policeSingularVerb,
  quantifierSingularNoun,
  singularDeterminerPluralNoun,
  singularSubjectBaseVerb,
  someOtherSingular,
  talksSingular,
  thereIsPlural,
  titledNamePluralVerb,
  uncountableCounted,
  uncountablePluralVerb,
  unitPluralInCompound,
];

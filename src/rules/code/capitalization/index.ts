/** Code rules of category capitalization, one per file (file name = rule id). */
import type { Rule } from '../../types.js';
import { rule as capitalizedAbstractNoun } from './capitalized-abstract-noun.js';
import { rule as capitalizedCommonTerm } from './capitalized-common-term.js';
import { rule as capitalizedDisease } from './capitalized-disease.js';
import { rule as capitalizedFunctionWord } from './capitalized-function-word.js';
import { rule as capitalizedNounPhrase } from './capitalized-noun-phrase.js';
import { rule as capitalizedJobDescription } from './capitalized-job-description.js';
import { rule as lowercaseDayMonth } from './lowercase-day-month.js';
import { rule as lowercaseProperName } from './lowercase-proper-name.js';
import { rule as lowercaseSentenceStart } from './lowercase-sentence-start.js';
import { rule as lowercaseMonthPhrase } from './lowercase-month-phrase.js';
import { rule as lowercaseGeographicName } from './lowercase-geographic-name.js';
import { rule as capitalizedCurrency } from './capitalized-currency.js';
import { rule as capitalizedStandaloneNoun } from './capitalized-standalone-noun.js';
import { rule as lowercaseProperCompound } from './lowercase-proper-compound.js';

export const rules: readonly Rule[] = [
  capitalizedJobDescription,
  capitalizedCommonTerm,
  capitalizedNounPhrase,
  capitalizedAbstractNoun,
  capitalizedDisease,
  capitalizedFunctionWord,
  lowercaseDayMonth,
  lowercaseProperName,
  lowercaseSentenceStart,
  lowercaseMonthPhrase,
  lowercaseGeographicName,
  capitalizedCurrency,
  capitalizedStandaloneNoun,
  lowercaseProperCompound,
];

/** Code rules of category capitalization, one per file (file name = rule id). */
import type { Rule } from '../../types.js';
import { rule as capitalizedAbstractNoun } from './capitalized-abstract-noun.js';
import { rule as capitalizedCommonTerm } from './capitalized-common-term.js';
import { rule as capitalizedDisease } from './capitalized-disease.js';
import { rule as capitalizedFunctionWord } from './capitalized-function-word.js';
import { rule as capitalizedNounPhrase } from './capitalized-noun-phrase.js';
import { rule as capitalizedPluralPhrase } from './capitalized-plural-phrase.js';
import { rule as capitalizedJobDescription } from './capitalized-job-description.js';
import { rule as lowercaseDayMonth } from './lowercase-day-month.js';
import { rule as lowercaseProperName } from './lowercase-proper-name.js';
import { rule as lowercasePersonName } from './lowercase-person-name.js';
import { rule as capitalizedLowercaseWord } from './capitalized-lowercase-word.js';
import { rule as lowercaseSentenceStart } from './lowercase-sentence-start.js';
import { rule as lowercaseMonthPhrase } from './lowercase-month-phrase.js';
import { rule as lowercaseGeographicName } from './lowercase-geographic-name.js';
import { rule as capitalizedCurrency } from './capitalized-currency.js';
import { rule as capitalizedStandaloneNoun } from './capitalized-standalone-noun.js';
import { rule as lowercaseProperCompound } from './lowercase-proper-compound.js';
import { rule as capitalizedUnitWord } from './capitalized-unit-word.js';
import { rule as capitalizedSeason } from './capitalized-season.js';
import { rule as partlyCapitalizedName } from './partly-capitalized-name.js';
import { rule as lowercaseTitleBeforeName } from './lowercase-title-before-name.js';
import { rule as lowercaseTitleBeforeFullName } from './lowercase-title-before-full-name.js';
import { rule as lowercaseNationalBody } from './lowercase-national-body.js';
import { rule as capitalizedVerb } from './capitalized-verb.js';
import { rule as allCapsSurname } from './all-caps-surname.js';
import { rule as capitalizedAdjective } from './capitalized-adjective.js';

export const rules: readonly Rule[] = [
  capitalizedJobDescription,
  capitalizedCommonTerm,
  capitalizedNounPhrase,
  capitalizedPluralPhrase,
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
  capitalizedUnitWord,
  capitalizedSeason,
  partlyCapitalizedName,
  lowercaseTitleBeforeName,
  lowercaseTitleBeforeFullName,
  lowercaseNationalBody,
  capitalizedVerb,
  allCapsSurname,
  capitalizedAdjective,
  lowercasePersonName,
  capitalizedLowercaseWord,
];

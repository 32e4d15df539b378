/** Code rules of category article, one per file (file name = rule id). */
import type { Rule } from '../../types.js';
import { rule as aAnMismatch } from './a-an-mismatch.js';
import { rule as bareSuperlative } from './bare-superlative.js';
import { rule as bareCountNoun } from './bare-count-noun.js';
import { rule as bareNationalNoun } from './bare-national-noun.js';
import { rule as bareNounAfterConjunction } from './bare-noun-after-conjunction.js';
import { rule as bareNounSentenceStart } from './bare-noun-sentence-start.js';
import { rule as countryBeforeMedia } from './country-before-media.js';
import { rule as extraArticle } from './extra-article.js';
import { rule as institutionWithoutThe } from './institution-without-the.js';
import { rule as missingArticleInPhrase } from './missing-article-in-phrase.js';
import { rule as theBeforeBareName } from './the-before-bare-name.js';
import { rule as theBeforeCountry } from './the-before-country.js';
import { rule as theBeforePercentage } from './the-before-percentage.js';
import { rule as theBeforePossessive } from './the-before-possessive.js';
import { rule as theBeforeSurname } from './the-before-surname.js';
import { rule as theGenericCoordination } from './the-generic-coordination.js';
import { rule as theGenericNoun } from './the-generic-noun.js';
import { rule as theGenericPrediction } from './the-generic-prediction.js';
import { rule as theInFixedPhrase } from './the-in-fixed-phrase.js';

export const rules: readonly Rule[] = [
  aAnMismatch,
  bareCountNoun,
  bareNationalNoun,
  bareNounAfterConjunction,
  bareNounSentenceStart,
  bareSuperlative,
  countryBeforeMedia,
  extraArticle,
  institutionWithoutThe,
  missingArticleInPhrase,
  theBeforeBareName,
  theBeforeCountry,
  theBeforePercentage,
  theBeforePossessive,
  theBeforeSurname,
  theGenericCoordination,
  theGenericNoun,
  theGenericPrediction,
  theInFixedPhrase,
];

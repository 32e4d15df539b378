/** Code rules of category article, one per file (file name = rule id). */
import type { Rule } from '../../types.js';
import { rule as bareNounSentenceStart } from './bare-noun-sentence-start.js';
import { rule as countryBeforeMedia } from './country-before-media.js';
import { rule as extraArticle } from './extra-article.js';
import { rule as institutionWithoutThe } from './institution-without-the.js';
import { rule as missingArticleInPhrase } from './missing-article-in-phrase.js';
import { rule as theBeforeCountry } from './the-before-country.js';

export const rules: readonly Rule[] = [
  bareNounSentenceStart,
  countryBeforeMedia,
  extraArticle,
  institutionWithoutThe,
  missingArticleInPhrase,
  theBeforeCountry,
];

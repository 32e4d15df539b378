/** Code rules of category repetition, one per file (file name = rule id). */
import type { Rule } from '../../types.js';
import { rule as doubledAttribution } from './doubled-attribution.js';
import { rule as cognateObject } from './cognate-object.js';
import { rule as hyphenReduplication } from './hyphen-reduplication.js';
import { rule as pleonasm } from './pleonasm.js';
import { rule as repeatedAdverb } from './repeated-adverb.js';
import { rule as repeatedNounOf } from './repeated-noun-of.js';
import { rule as repeatedPhrase } from './repeated-phrase.js';
import { rule as repeatedWordAroundAdverb } from './repeated-word-around-adverb.js';
import { rule as repeatedWordComma } from './repeated-word-comma.js';
import { rule as synonymDoublet } from './synonym-doublet.js';
import { rule as restatedAdverbial } from './restated-adverbial.js';
import { rule as tripledIdiom } from './tripled-idiom.js';
import { rule as redundantSynonyms } from './redundant-synonyms.js';

export const rules: readonly Rule[] = [cognateObject, doubledAttribution, hyphenReduplication, pleonasm, repeatedAdverb, repeatedNounOf, repeatedPhrase, repeatedWordAroundAdverb, repeatedWordComma, redundantSynonyms, restatedAdverbial, synonymDoublet, tripledIdiom];

/** Code rules of category metonym-pronoun, one per file (file name = rule id). */
import type { Rule } from '../../types.js';
import { rule as countryThey } from './country-they.js';
import { rule as institutionGenderedPronoun } from './institution-gendered-pronoun.js';
import { rule as institutionReportPronoun } from './institution-report-pronoun.js';
import { rule as institutionWho } from './institution-who.js';
import { rule as institutionTheir } from './institution-their.js';

export const rules: readonly Rule[] = [institutionGenderedPronoun, institutionWho, countryThey, institutionTheir, institutionReportPronoun];

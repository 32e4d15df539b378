/** Code rules of category calque, one per file (file name = rule id). */
import type { Rule } from '../../types.js';
import { rule as electionRound } from './election-round.js';
import { rule as quotedProverb } from './quoted-proverb.js';
import { rule as pairedImages } from './paired-images.js';

export const rules: readonly Rule[] = [electionRound, quotedProverb, pairedImages];

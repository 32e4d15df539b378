/** Code rules of category lexical-choice, one per file (file name = rule id). */
import type { Rule } from '../../types.js';
import { rule as activatedClause } from './activated-clause.js';
import { rule as conversationForTalks } from './conversation-for-talks.js';
import { rule as foreseeProvidesFor } from './foresee-provides-for.js';
import { rule as gamePartySport } from './game-party-sport.js';
import { rule as missingDisappeared } from './missing-disappeared.js';
import { rule as processForTrial } from './process-for-trial.js';
import { rule as quakeScaleWord } from './quake-scale-word.js';
import { rule as reachArriveMeasure } from './reach-arrive-measure.js';

export const rules: readonly Rule[] = [activatedClause, conversationForTalks, foreseeProvidesFor, gamePartySport, missingDisappeared, processForTrial, quakeScaleWord, reachArriveMeasure];

/** Every code rule, grouped by category folder; one rule per file, file name = rule id. */
import type { Rule } from '../types.js';
import { rules as metonymPronoun } from './metonym-pronoun/index.js';
import { rules as calque } from './calque/index.js';
import { rules as garbledSyntax } from './garbled-syntax/index.js';
import { rules as repetition } from './repetition/index.js';
import { rules as numberAgreement } from './number-agreement/index.js';
import { rules as lexicalChoice } from './lexical-choice/index.js';
import { rules as preposition } from './preposition/index.js';
import { rules as article } from './article/index.js';
import { rules as capitalization } from './capitalization/index.js';
import { rules as entityName } from './entity-name/index.js';
import { rules as punctuation } from './punctuation/index.js';

export const codeRules: readonly Rule[] = [
  ...metonymPronoun,
  ...calque,
  ...garbledSyntax,
  ...repetition,
  ...numberAgreement,
  ...lexicalChoice,
  ...preposition,
  ...article,
  ...capitalization,
  ...entityName,
  ...punctuation,
];

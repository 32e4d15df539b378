/** Code rules of category punctuation, one per file (file name = rule id). */
import type { Rule } from '../../types.js';

export const rules: readonly Rule[] = [];

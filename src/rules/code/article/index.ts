/** Code rules of category article, one per file (file name = rule id). */
import type { Rule } from '../../types.js';

export const rules: readonly Rule[] = [];

/** Code rules of category punctuation, one per file (file name = rule id). */
import type { Rule } from '../../types.js';
import { rule as decimalComma } from './decimal-comma.js';
import { rule as doubledPunctuation } from './doubled-punctuation.js';
import { rule as foreignPunctuation } from './foreign-punctuation.js';
import { rule as foreignQuoteMarks } from './foreign-quote-marks.js';
import { rule as missingSpaceAfterPunctuation } from './missing-space-after-punctuation.js';
import { rule as quoteDirection } from './quote-direction.js';
import { rule as quoteSpacing } from './quote-spacing.js';
import { rule as spaceBeforePunctuation } from './space-before-punctuation.js';
import { rule as thousandsPoint } from './thousands-point.js';
import { rule as unbalancedQuote } from './unbalanced-quote.js';

export const rules: readonly Rule[] = [
  decimalComma,
  doubledPunctuation,
  foreignPunctuation,
  foreignQuoteMarks,
  missingSpaceAfterPunctuation,
  quoteDirection,
  quoteSpacing,
  spaceBeforePunctuation,
  thousandsPoint,
  unbalancedQuote,
];

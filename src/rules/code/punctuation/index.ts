/** Code rules of category punctuation, one per file (file name = rule id). */
import type { Rule } from '../../types.js';
import { rule as apostropheThousands } from './apostrophe-thousands.js';
import { rule as colonAfterThat } from './colon-after-that.js';
import { rule as commaBeforeThat } from './comma-before-that.js';
import { rule as continentalDate } from './continental-date.js';
import { rule as continentalTime } from './continental-time.js';
import { rule as currencyAfterAmount } from './currency-after-amount.js';
import { rule as decimalComma } from './decimal-comma.js';
import { rule as dialogueDash } from './dialogue-dash.js';
import { rule as dialogueDashClose } from './dialogue-dash-close.js';
import { rule as doubledPunctuation } from './doubled-punctuation.js';
import { rule as foreignPunctuation } from './foreign-punctuation.js';
import { rule as foreignQuoteMarks } from './foreign-quote-marks.js';
import { rule as indianDigitGrouping } from './indian-digit-grouping.js';
import { rule as missingSpaceAfterPunctuation } from './missing-space-after-punctuation.js';
import { rule as mixedQuoteMarks } from './mixed-quote-marks.js';
import { rule as ordinalPeriod } from './ordinal-period.js';
import { rule as quoteDirection } from './quote-direction.js';
import { rule as quoteMissingComma } from './quote-missing-comma.js';
import { rule as quoteSpacing } from './quote-spacing.js';
import { rule as scoreColon } from './score-colon.js';
import { rule as singleQuoteQuotation } from './single-quote-quotation.js';
import { rule as spaceBeforePunctuation } from './space-before-punctuation.js';
import { rule as spaceThousands } from './space-thousands.js';
import { rule as thousandsPoint } from './thousands-point.js';
import { rule as tildeRange } from './tilde-range.js';
import { rule as unbalancedQuote } from './unbalanced-quote.js';

export const rules: readonly Rule[] = [
  apostropheThousands,
  colonAfterThat,
  commaBeforeThat,
  continentalDate,
  continentalTime,
  currencyAfterAmount,
  decimalComma,
  dialogueDash,
  dialogueDashClose,
  doubledPunctuation,
  foreignPunctuation,
  foreignQuoteMarks,
  indianDigitGrouping,
  missingSpaceAfterPunctuation,
  mixedQuoteMarks,
  ordinalPeriod,
  quoteDirection,
  quoteMissingComma,
  quoteSpacing,
  scoreColon,
  singleQuoteQuotation,
  spaceBeforePunctuation,
  spaceThousands,
  thousandsPoint,
  tildeRange,
  unbalancedQuote,
];

/**
 * Rules whose finding is about whitespace itself ("word ,", "\" yes\""): in a format whose
 * markup the prose view blanks to spaces (Markdown's `**bold**,`), a space there may be no
 * space in the file, and such a finding is dropped (see finishAudit).
 */
export const WHITESPACE_RULE_IDS: ReadonlySet<string> = new Set(['space-before-punctuation', 'quote-spacing']);


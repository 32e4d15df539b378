/** Code rules of category preposition, one per file (file name = rule id). */
import type { Rule } from '../../types.js';
import { rule as beOfQuantity } from './be-of-quantity.js';
import { rule as byFromPreposition } from './by-from-preposition.js';
import { rule as comparisonPreposition } from './comparison-preposition.js';
import { rule as duringPreposition } from './during-preposition.js';
import { rule as numberPhrasePreposition } from './number-phrase-preposition.js';
import { rule as placePreposition } from './place-preposition.js';
import { rule as betweenTo } from './between-to.js';
import { rule as complementPreposition } from './complement-preposition.js';
import { rule as countFromOf } from './count-from-of.js';
import { rule as datePreposition } from './date-preposition.js';
import { rule as droppedPreposition } from './dropped-preposition.js';
import { rule as finedAmountPreposition } from './fined-amount-preposition.js';
import { rule as governedPreposition } from './governed-preposition.js';
import { rule as minutePreposition } from './minute-preposition.js';
import { rule as periodPreposition } from './period-preposition.js';
import { rule as scorePreposition } from './score-preposition.js';
import { rule as sinceDuration } from './since-duration.js';
import { rule as superlativeInHistory } from './superlative-in-history.js';
import { rule as transitivePreposition } from './transitive-preposition.js';
import { rule as untilDeadline } from './until-deadline.js';
import { rule as untilQuantity } from './until-quantity.js';
import { rule as voteCountAgainst } from './vote-count-against.js';
import { rule as yearPreposition } from './year-preposition.js';
import { rule as yearDeadline } from './year-deadline.js';

export const rules: readonly Rule[] = [
  beOfQuantity,
  betweenTo,
  placePreposition,
  numberPhrasePreposition,
  duringPreposition,
  comparisonPreposition,
  byFromPreposition,
  complementPreposition,
  countFromOf,
  datePreposition,
  droppedPreposition,
  finedAmountPreposition,
  governedPreposition,
  minutePreposition,
  periodPreposition,
  scorePreposition,
  sinceDuration,
  superlativeInHistory,
  transitivePreposition,
  untilDeadline,
  untilQuantity,
  voteCountAgainst,
  yearPreposition,
  yearDeadline,
];

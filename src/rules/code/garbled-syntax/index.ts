/** Code rules of category garbled-syntax, one per file (file name = rule id). */
import type { Rule } from '../../types.js';
import { rule as didWithPast } from './did-with-past.js';
import { rule as extendedAttribute } from './extended-attribute.js';
import { rule as missingCopula } from './missing-copula.js';
import { rule as resumptiveAfterClause } from './resumptive-after-clause.js';
import { rule as frontedObjectV2 } from './fronted-object-v2.js';
import { rule as frontedQuestionClause } from './fronted-question-clause.js';
import { rule as verbBeforeSubject } from './verb-before-subject.js';
import { rule as notOnlyWithoutBut } from './not-only-without-but.js';
import { rule as accountForOrder } from './account-for-order.js';
import { rule as analyticComparative } from './analytic-comparative.js';
import { rule as adverbBeforeObject } from './adverb-before-object.js';
import { rule as bareAdjectiveAfterInfinitive } from './bare-adjective-after-infinitive.js';
import { rule as causativeToInfinitive } from './causative-to-infinitive.js';
import { rule as bePerfect } from './be-perfect.js';
import { rule as capitalizedNounBareVerb } from './capitalized-noun-bare-verb.js';
import { rule as comparativeCorrelative } from './comparative-correlative.js';
import { rule as concessiveBut } from './concessive-but.js';
import { rule as dativeToObject } from './dative-to-object.js';
import { rule as doubleModal } from './double-modal.js';
import { rule as doubleNegation } from './double-negation.js';
import { rule as droppedSubjectPronoun } from './dropped-subject-pronoun.js';
import { rule as durationOfNoun } from './duration-of-noun.js';
import { rule as durationBeforeVerb } from './duration-before-verb.js';
import { rule as doubleObjectAnnounce } from './double-object-announce.js';
import { rule as prenominalRelativeClause } from './prenominal-relative-clause.js';
import { rule as objectVerbSubject } from './object-verb-subject.js';
import { rule as leftDislocation } from './left-dislocation.js';
import { rule as correlativeClause } from './correlative-clause.js';
import { rule as verblessMainClause } from './verbless-main-clause.js';
import { rule as embeddedQuestionOrder } from './embedded-question-order.js';
import { rule as frontedAdverbialInversion, suspectRule as frontedVerbSecond } from './fronted-adverbial-inversion.js';
import { rule as frontedPrepositionalObject } from './fronted-prepositional-object.js';
import { rule as futureInIfClause } from './future-in-if-clause.js';
import { rule as gerundAfterVerb } from './gerund-after-verb.js';
import { rule as infinitiveAfterVerb } from './infinitive-after-verb.js';
import { rule as makeFromSuperlative } from './make-from-superlative.js';
import { rule as missingDummySubject } from './missing-dummy-subject.js';
import { rule as modalToInfinitive } from './modal-to-infinitive.js';
import { rule as negationBeforeAuxiliary } from './negation-before-auxiliary.js';
import { rule as nounAdjectiveOrder } from './noun-adjective-order.js';
import { rule as notWithoutDo } from './not-without-do.js';
import { rule as perfectWithPastTime } from './perfect-with-past-time.js';
import { rule as postposedAdjective } from './postposed-adjective.js';
import { rule as pronounDoubling } from './pronoun-doubling.js';
import { rule as postposedSubject } from './postposed-subject.js';
import { rule as prepositionAsConjunction } from './preposition-as-conjunction.js';
import { rule as presentSince } from './present-since.js';
import { rule as progressiveForDuration } from './progressive-for-duration.js';
import { rule as relativeAdverbialOrder } from './relative-adverbial-order.js';
import { rule as relativeQuantifierOrder } from './relative-quantifier-order.js';
import { rule as relativePossessiveForWhose } from './relative-possessive-for-whose.js';
import { rule as resumptiveObjectNp } from './resumptive-object-np.js';
import { rule as resumptivePronoun } from './resumptive-pronoun.js';
import { rule as resumptiveSubject } from './resumptive-subject.js';
import { rule as suchArticleOrder } from './such-article-order.js';
import { rule as topicalizedObject } from './topicalized-object.js';
import { rule as verbAdverbialObject } from './verb-adverbial-object.js';
import { rule as wantThatClause } from './want-that-clause.js';
import { rule as verbFinalClause } from './verb-final-clause.js';
import { rule as whichForPerson } from './which-for-person.js';
import { rule as whatForWhich } from './what-for-which.js';
import { rule as reportedFirstPerson } from './reported-first-person.js';
import { rule as passiveWithObject } from './passive-with-object.js';
import { rule as relativeMissingPassive } from './relative-missing-passive.js';
import { rule as whoForThing } from './who-for-thing.js';

import { rule as verbThenNot } from './verb-then-not.js';
import { rule as comparativeForSuperlative } from './comparative-for-superlative.js';
import { rule as initialPassiveVerb } from './initial-passive-verb.js';
import { rule as postposedSuperlative } from './postposed-superlative.js';
import { rule as frontedObjectComma } from './fronted-object-comma.js';
import { rule as expectedThatPresent } from './expected-that-present.js';
import { rule as relativeBareNounForWhose } from './relative-bare-noun-for-whose.js';

export const rules: readonly Rule[] = [
  extendedAttribute,
  missingCopula,
  resumptiveAfterClause,
  didWithPast,
  frontedObjectV2,
  frontedQuestionClause,
  accountForOrder,
  frontedPrepositionalObject,
  comparativeCorrelative,
  adverbBeforeObject,
  analyticComparative,
  bareAdjectiveAfterInfinitive,
  bePerfect,
  capitalizedNounBareVerb,
  causativeToInfinitive,
  concessiveBut,
  dativeToObject,
  doubleModal,
  doubleNegation,
  droppedSubjectPronoun,
  durationOfNoun,
  durationBeforeVerb,
  doubleObjectAnnounce,
  prenominalRelativeClause,
  objectVerbSubject,
  leftDislocation,
  correlativeClause,
  verblessMainClause,
  embeddedQuestionOrder,
  frontedAdverbialInversion,
  frontedVerbSecond,
  futureInIfClause,
  gerundAfterVerb,
  infinitiveAfterVerb,
  makeFromSuperlative,
  missingDummySubject,
  modalToInfinitive,
  negationBeforeAuxiliary,
  notOnlyWithoutBut,
  notWithoutDo,
  nounAdjectiveOrder,
  perfectWithPastTime,
  postposedAdjective,
  postposedSubject,
  prepositionAsConjunction,
  presentSince,
  progressiveForDuration,
  pronounDoubling,
  relativeAdverbialOrder,
  relativeQuantifierOrder,
  relativePossessiveForWhose,
  resumptiveObjectNp,
  resumptivePronoun,
  resumptiveSubject,
  suchArticleOrder,
  topicalizedObject,
  verbAdverbialObject,
  verbBeforeSubject,
  wantThatClause,
  verbFinalClause,
  whichForPerson,
  whatForWhich,
  reportedFirstPerson,
  passiveWithObject,
  relativeMissingPassive,
  whoForThing,
  verbThenNot,
  comparativeForSuperlative,
  initialPassiveVerb,
  postposedSuperlative,
  frontedObjectComma,
  expectedThatPresent,
  relativeBareNounForWhose,
];

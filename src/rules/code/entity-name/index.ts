/** Code rules of category entity-name, one per file (file name = rule id). */
import type { Rule } from '../../types.js';
import { rule as calquedBodyName } from './calqued-body-name.js';
import { rule as districtCourtName } from './district-court-name.js';
import { rule as garbledOfficialName } from './garbled-official-name.js';
import { rule as incompleteTitle } from './incomplete-title.js';
import { rule as indexNameOrder } from './index-name-order.js';
import { rule as ministryNameOrder } from './ministry-name-order.js';
import { rule as officialNameCase } from './official-name-case.js';
import { rule as placeNounInName } from './place-noun-in-name.js';
import { rule as foreignAcronym } from './foreign-acronym.js';
import { rule as nameSpellingVariant } from './name-spelling-variant.js';
import { rule as regionAsState } from './region-as-state.js';
import { rule as bodyNameCalque } from './body-name-calque.js';
import { rule as placeAfterHead } from './place-after-head.js';
import { rule as titleMixup } from './title-mixup.js';
import { rule as venueName } from './venue-name.js';
import { rule as eventNameCalque } from './event-name-calque.js';
import { rule as foreignTitleWord } from './foreign-title-word.js';
import { rule as redundantNameHead } from './redundant-name-head.js';
import { rule as nameCalqueWord } from './name-calque-word.js';
import { rule as doubleOfPlace } from './double-of-place.js';
import { rule as centralBankBoard } from './central-bank-board.js';
import { rule as facilityOfCity } from './facility-of-city.js';
import { rule as sportBodyOrder } from './sport-body-order.js';
import { rule as articleInName } from './article-in-name.js';
import { rule as nameBeforeAcronym } from './name-before-acronym.js';
import { rule as unfamiliarNameWord } from './unfamiliar-name-word.js';
import { rule as divisionNameOrder } from './division-name-order.js';

export const rules: readonly Rule[] = [
  officialNameCase,
  nameBeforeAcronym,
  garbledOfficialName,
  incompleteTitle,
  indexNameOrder,
  ministryNameOrder,
  districtCourtName,
  venueName,
  calquedBodyName,
  titleMixup,
  placeNounInName,
  foreignAcronym,
  nameSpellingVariant,
  regionAsState,
  bodyNameCalque,
  placeAfterHead,
  divisionNameOrder,
  eventNameCalque,
  foreignTitleWord,
  redundantNameHead,
  nameCalqueWord,
  doubleOfPlace,
  centralBankBoard,
  facilityOfCity,
  sportBodyOrder,
  articleInName,
  unfamiliarNameWord,
];

/**
 * A national sports body named in the source language's order: “Italian Federation of
 * Football”, “Bangladesh Federation of Cricket”, “Polish Association Volleyball”. English puts
 * the sport before the head: “Italian Football Federation”, “Bangladesh Cricket Federation”
 * (double-of-place knows “Federation of Football of Bangladesh”).
 *
 * Flagged only for a nationality or a country, a head of sports bodies (Federation,
 * Association, Union, Confederation, League), an optional “of”, and one sport that ends the
 * name. “Confederation of African Football” and “Football Association of Wales” have other
 * shapes and stay quiet.
 */
import type { Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { DEMONYMS } from '../capitalization/lexicon.js';
import { METONYM_LEXICON } from '../metonym-pronoun/antecedents.js';
import { SPORT_BODIES, SPORTS } from './double-of-place.js';

function isCountry(t: Token): boolean {
  return (METONYM_LEXICON.names.get(t.text) ?? []).some((n) => n.kind === 'place' && n.cls === 'country' && n.tokens.length === 1);
}

export const rule: Rule = {
  meta: {
    id: 'sport-body-order',
    category: 'entity-name',
    severity: 'warning',
    description: 'A national sports body in the source order: “Italian Federation of Football” for “Italian Football Federation”.',
    examples: {
      bad: [
        { text: 'The [[Italian Federation of Football]] fined the club on Monday.', output: 'The Italian Football Federation fined the club on Monday.' },
        { text: 'He needs clearance from the [[Bangladesh Federation of Cricket]].', output: 'He needs clearance from the Bangladesh Cricket Federation.' },
        { text: 'The [[Polish Association Volleyball]] named a new coach.', output: 'The Polish Volleyball Association named a new coach.' },
      ],
      good: [
        'The Italian Football Federation fined the club.',
        'The Confederation of African Football met in Cairo.',
        'The Football Association of Wales fined the club.',
        'The Polish Federation of Football Clubs said so.',
        'Italian Federation officials watched the football match.',
        'The Italian Federation Tennis and Padel sold 380,000 tickets.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const head of doc.tokensWithText(SPORT_BODIES)) {
      const owner = doc.prev(head);
      if (!owner || !(DEMONYMS.has(owner.norm) || isCountry(owner)) || !/^\p{Lu}/u.test(owner.text)) continue;
      let sport = doc.next(head);
      if (sport?.text === 'of') sport = doc.next(sport);
      if (!sport || !SPORTS.has(sport.text)) continue;
      // The sport must end the name: "Federation of Football Clubs" is another body.
      // "Federation of Football Clubs" is another body; "Federation Tennis and Padel" names two
      // sports (the gazetteer knows such bodies whole).
      const after = doc.next(sport);
      if (after && after.kind === 'word' && (/^\p{Lu}/u.test(after.text) || (after.norm === 'and' && /^\p{Lu}/u.test(doc.next(after)?.text ?? '')))) continue;
      const fixed = `${owner.text} ${sport.text} ${head.text}`;
      ctx.report({
        start: owner.start,
        end: sport.end,
        message: `“${doc.text.slice(owner.start, sport.end)}” follows another language's order: English names this body “${fixed}”.`,
        suggestions: [fixed],
        reason: 'English puts the sport before “Federation” or “Association” in a national sports body’s name',
        confidence: 0.7,
      });
    }
  },
};

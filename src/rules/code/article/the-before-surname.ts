/**
 * “the Karamanlou told reporters”, “said the Meloni”: an article before a person's surname.
 * Greek, Italian, Portuguese and Catalan put one before a name (“η Καραμανλή”, “la Meloni”,
 * “o Lula”), and MT passes it on; English never does.
 *
 * The surname is known from the document itself: elsewhere it ends a full name, right after a
 * known first name (“Culture Minister Elena Karamanlou”). Only a surname standing alone is flagged: before a noun it is attributive (“the
 * Kennedy brothers”, “the Biden administration”), after an adjective the article is English (“the
 * young Karamanlou”), and a name in -s may be a family (“The Holets named their daughter”). A surname that is also a
 * common English noun or adjective (“Brown”, “King”, “Dean”) is left alone.
 */
import type { Rule } from '../../types.js';
import { isCommonWord, isNameWord } from '../capitalization/lexicon.js';
import { endsFullName, nameStandsAlone } from './lib/names.js';

// What may follow the surname for "the" to be wrong (besides a mark or a lower-case verb).
const FOLLOWERS = new Set([
  'said', 'says', 'told', 'added', 'noted', 'stressed', 'insisted', 'explained', 'argued', 'warned', 'and', 'also', 'has', 'had',
  'is', 'was', 'will', 'would', 'could', 'can', 'did', 'does', 'who', 'in', 'on', 'at', 'after', 'before', 'during',
]);

export const rule: Rule = {
  meta: {
    id: 'the-before-surname',
    category: 'article',
    severity: 'warning',
    description: '“the Karamanlou told reporters”: an article before a person’s surname.',
    examples: {
      bad: [
        {
          text: 'Culture Minister Elena Karamanlou visited the site. “It is a national symbol,” [[the Karamanlou]] told reporters.',
          output: 'Culture Minister Elena Karamanlou visited the site. “It is a national symbol,” Karamanlou told reporters.',
        },
        {
          text: 'Prime Minister Giorgia Meloni met the unions on Monday. According to [[the Meloni]], the talks went well.',
          output: 'Prime Minister Giorgia Meloni met the unions on Monday. According to Meloni, the talks went well.',
        },
        {
          text: 'The coach, Paulo Ferreira, was sacked. [[The Ferreira]] said he had no regrets.',
          output: 'The coach, Paulo Ferreira, was sacked. Ferreira said he had no regrets.',
        },
      ],
      good: [
        'Culture Minister Elena Karamanlou visited the site. “It is a national symbol,” Karamanlou told reporters.',
        'President Joe Biden spoke on Monday. The Biden administration said it would act.',
        'Robert Kennedy was shot in 1968. The Kennedy brothers dominated the decade.',
        'Senator John Smith met voters. The young Smith said he would run.',
        'Singer Tom Jones performed. The Jones family thanked the fans.',
        'Former president George Bush spoke. The Bushes were at home.',
        'Ryan Holets met his wife Rebecca. The Holets named their daughter Hope.',
        'He visited The Hague. The Hague said it would decide.',
        'Ford said on Monday that the Ford plant would close.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    for (const the of doc.tokensWith(['the'])) {
      const name = doc.next(the);
      if (!name || !isNameWord(name) || isCommonWord(name.norm) || !/^\p{Lu}\p{Ll}+$/u.test(name.text)) continue;
      // "The Holets named their daughter", "the Andersons' bills": a family, in the plural.
      if (name.text.endsWith('s')) continue;
      // The surname test first (it needs the name twice in the text): nameStandsAlone may tag the sentence.
      if (doc.countOf(name.norm) < 2 || !endsFullName(doc, name) || !nameStandsAlone(doc, name, FOLLOWERS)) continue;
      ctx.report({
        start: the.start,
        end: name.end,
        message: `“${doc.text.slice(the.start, name.end)}”: a person’s surname takes no article in English.`,
        suggestions: [name.text],
        reason: 'English puts no article before a person’s name',
        confidence: 0.7,
      });
    }
  },
};

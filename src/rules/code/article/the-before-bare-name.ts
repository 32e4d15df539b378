/**
 * “the NATO”, “the Gazprom”, “in the Europe”, “the Moscow wants”: a name that takes no article
 * in English, given one. French, Italian, Spanish, Portuguese, German, Greek and Arabic put an
 * article before acronyms said as words, company names, continents and sometimes cities; MT
 * passes it on. Countries are the-before-country's.
 *
 * The names are data: src/data/article-bare-names.txt, and article-bare-cities.txt, the cities
 * of 100,000 people or more outside the English-speaking countries (scripts/build-city-names.mjs).
 * Attributive use stays quiet (“the NATO summit”, “the Moscow office”, “the Paris Agreement”),
 * and so do “the Europe of nations” and a list of names before a noun (“the London, Paris and
 * Berlin offices”).
 */
import type { Rule } from '../../types.js';
import type { Token } from '../../../text/document.js';
import { loadLines } from '../number-agreement/lib/english.js';
import { indexNames, matchName, nameStandsAlone } from './lib/names.js';
import { isNameWord } from '../capitalization/lexicon.js';

const NAMES = indexNames([...loadLines('article-bare-names.txt'), ...loadLines('article-bare-cities.txt')].map((l) => l.split(/\s+/)));
// What may follow the name for "the" to be wrong: punctuation, a conjunction, a preposition
// other than "of", or a verb. Anything else (a noun: "the NATO summit") may be attributive.
const FOLLOWERS = new Set([
  'and', 'or', 'but', 'in', 'on', 'at', 'to', 'from', 'with', 'for', 'by', 'after', 'before', 'since',
  'against', 'over', 'into', 'has', 'had', 'have', 'is', 'was', 'will', 'would', 'could', 'can', 'may',
  'might', 'must', 'should', 'said', 'says', 'wants', 'wanted', 'did', 'does', 'also', "'s", 'as', 'than',
  'because', 'while', 'when', 'if', 'remains', 'remained', 'became', 'becomes',
  'able', 'unable', 'where', 'during', 'through', 'under', 'near', 'without', 'until', 'via', 'including', 'amid',
  // Time adverbs after a name: "talks in the Geneva next week".
  'next', 'last', 'this', 'yesterday', 'today', 'tomorrow', 'earlier', 'later', 'again', 'now', 'soon', 'already',
]);
// A storm or a titled person named after its label: "the Cyclone Sitara", "the Mr. Marinos".
const LABELS = new Set(['Cyclone', 'Hurricane', 'Typhoon', 'Storm', 'Mr', 'Mrs', 'Ms', 'Dr']);
// A title before a surname takes no article either: "the President Macron", "the Chancellor
// Scholz" (French, Italian, Spanish, Greek, Portuguese put one there). Only before a name
// (not "the Governor General", "the President Pro tempore"); "the Emperor Napoleon" and "the
// Queen Elizabeth" (a ship) are English and not listed.
const TITLES = new Set(['President', 'Chancellor', 'Premier', 'Senator', 'Mayor', 'Governor', 'Minister', 'Secretary', 'Commissioner', 'Ambassador']);
const TITLE_TAILS = new Set([
  'General', 'Elect', 'Emeritus', 'Pro', 'Designate',
  // "appointed by the President October 16": a date, not a name.
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
]);
const LIST_JOINERS = new Set([',', 'and', 'or', '/', '&']);

export const rule: Rule = {
  meta: {
    id: 'the-before-bare-name',
    category: 'article',
    severity: 'warning',
    description: '“the NATO”, “the Gazprom”, “in the Europe”: a name that takes no article.',
    examples: {
      bad: [
        { text: '[[The NATO]] said it would send more troops.', output: 'NATO said it would send more troops.' },
        { text: 'He said that [[the UNESCO]] had listed the site.', output: 'He said that UNESCO had listed the site.' },
        { text: 'Gas exports to [[the Europe]] fell in March.', output: 'Gas exports to Europe fell in March.' },
        { text: 'Police in [[the Thessaloniki]] arrested two men on Monday.', output: 'Police in Thessaloniki arrested two men on Monday.' },
        { text: '[[The Gazprom]] cut supplies on Monday.', output: 'Gazprom cut supplies on Monday.' },
        { text: 'The club was fined by [[the FIFA]].', output: 'The club was fined by FIFA.' },
        { text: 'The talks in [[the Moscow]] ended without a deal.', output: 'The talks in Moscow ended without a deal.' },
        { text: 'The video was posted on [[the Twitter]] and deleted.', output: 'The video was posted on Twitter and deleted.' },
        { text: '[[The Cyclone Sitara]] slammed into the coast.', output: 'Cyclone Sitara slammed into the coast.' },
        { text: 'Damage from [[the Hurricane Ida]] was severe.', output: 'Damage from Hurricane Ida was severe.' },
        { text: 'On Monday [[the President Erdogan]] met the unions.', output: 'On Monday President Erdogan met the unions.' },
        { text: 'The talks with [[the Chancellor Scholz]] ended late.', output: 'The talks with Chancellor Scholz ended late.' },
        { text: 'On Monday [[the president Erdogan]] met the unions.', output: 'On Monday president Erdogan met the unions.' },
        { text: 'The talks will be held in [[the Geneva]] next week.', output: 'The talks will be held in Geneva next week.' },
        { text: '[[The Mr. Marinos]], the mayor, said the first boats had arrived.', output: 'Mr. Marinos, the mayor, said the first boats had arrived.' },
        { text: 'It is the first plant in [[the East Africa]] able to make vaccines.', output: 'It is the first plant in East Africa able to make vaccines.' },
      ],
      good: [
        'The Thessaloniki office reopened, and barges sailed down the Rio Grande past the Suez.',
        'NATO said it would send more troops.',
        'The NATO summit opened in Vilnius.',
        'The Moscow office was closed.',
        'The Paris Agreement was signed in 2015.',
        'He dreamed of the Europe of nations.',
        'The London, Paris and Berlin offices were closed.',
        'The Europe-wide ban took effect.',
        'The Washington Post reported the story.',
        'The NATO and EU leaders met.',
        'The Asia Pacific region grew.',
        'The Storm Shadow missiles were delivered.',
        'The Hurricane Katrina fund paid out.',
        'The Mr. Men books sold well.',
        'The Governor General opened parliament.',
        'The President Pro tempore presided.',
        'The commission appointed by the President October 16 reported.',
        'The President Reagan administration cut taxes.',
        'The president, Macron, met the unions.',
        'The president Pro tempore presided.',
        'He met the president in March.',
        'The senator Elizabeth Warren wrote to was not named.',
        'The Minister Council met on Friday.',
      ],
    },
  },
  check(ctx) {
    const doc = ctx.doc;
    for (const the of doc.tokensWith(['the'])) {
      const first = doc.next(the);
      // "the president Macron" too (lower case, as French and Italian write it), when the
      // tagger reads the next word as a name.
      const lowerTitle = !!first && first.text === first.norm && TITLES.has(first.text.charAt(0).toUpperCase() + first.text.slice(1));
      const title = !!first && (TITLES.has(first.text) || lowerTitle);
      if (first && (LABELS.has(first.text) || title)) {
        let nameTok = doc.next(first);
        if (nameTok?.text === '.') nameTok = doc.next(nameTok);
        if (!nameTok || nameTok.kind !== 'word' || !/^\p{Lu}\p{Ll}+$/u.test(nameTok.text)) continue;
        const tagged = doc.canTag && doc.pos(nameTok) === 'PROPN';
        if (title && (TITLE_TAILS.has(nameTok.text) || (lowerTitle ? !tagged : !isNameWord(nameTok)))) continue;
        const after = doc.next(nameTok);
        // "the Storm Shadow missiles", "the Hurricane Katrina relief fund": a modifier.
        if (after && after.kind === 'word' && (/^\p{Lu}/u.test(after.text) || (doc.canTag && ['NOUN', 'PROPN'].includes(doc.pos(after))))) continue;
        if (after && (after.text === '-' || after.norm === "'s" && first.text === 'Storm')) continue;
        const nameText = doc.text.slice(first.start, nameTok.end);
        ctx.report({
          start: the.start,
          end: nameTok.end,
          message: `“${doc.text.slice(the.start, nameTok.end)}”: a named storm or a titled name takes no article in English.`,
          suggestions: [doc.isSentenceInitial(the) ? nameText : nameText],
          reason: 'this name takes no article in English',
          confidence: 0.75,
        });
        continue;
      }
      if (!first || !NAMES.has(first.text)) continue;
      const name = matchName(doc, first, NAMES);
      if (!name) continue;
      const last = name[name.length - 1] as Token;
      if (!nameStandsAlone(doc, last, FOLLOWERS)) continue;
      const next = doc.next(last);
      // "the NATO and EU leaders", "the London, Paris and Berlin offices": a list of modifiers.
      if (next && LIST_JOINERS.has(next.norm)) {
        const after = doc.next(next);
        if (after && /^\p{Lu}/u.test(after.text)) continue;
      }
      const nameText = doc.text.slice(first.start, last.end);
      ctx.report({
        start: the.start,
        end: last.end,
        message: `“${doc.text.slice(the.start, last.end)}”: “${nameText}” takes no article in English.`,
        suggestions: [nameText],
        reason: 'this name takes no article in English',
        confidence: 0.75,
      });
    }
  },
};

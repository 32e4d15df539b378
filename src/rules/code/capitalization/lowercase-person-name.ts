/**
 * A person's full name in lower case: “talks chaired by angela merkel”, “prime minister
 * narendra modi”, “goals by kylian mbappe”. A round trip through a script without capitals
 * (Chinese, Arabic, Persian, Hindi, Thai, Korean) or a transliteration step can bring a name
 * back in lower case; English always capitalizes names.
 *
 * Flagged only where nothing else can be meant: a given name of people in the news
 * (capitalization-first-names.txt, metonym-first-names.txt) that is no English word (the POS
 * model's lexicon does not know it, and it is not in capitalization-common-words.txt: never
 * “will”, “mark”, “rose”, “holly”), right followed by one or two lower-case words the lexicon
 * does not know either (the surname). A lower-case title right before it (“pope”, “president”)
 * (“president vladimir putin”) is capitalized with it. Words glued into an e-mail address, a handle or a URL
 * (“angela.merkel@”, “@narendramodi”) and headlines stay quiet.
 */
import type { Doc, Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { COMMON_WORDS, FUNCTION_WORDS, PERSON_FIRST_NAMES, glued, isHeadline, isLower } from './lexicon.js';
import { singularize } from '../number-agreement/lib/english.js';
import { lemmaOf } from '../garbled-syntax/lib/english.js';

/** Titles English writes with a capital before a name: “Pope Francis”, “President Lula”. */
const TITLES: ReadonlySet<string> = new Set([
  'pope', 'president', 'chancellor', 'premier', 'king', 'queen', 'prince', 'princess', 'sheikh', 'emir', 'sultan',
  'senator', 'governor', 'mayor', 'general', 'cardinal', 'archbishop', 'ayatollah', 'imam', 'rabbi',
]);
/** Lower-case English phrases that open with a given name: a drink, a dish, a dog, Latin. */
const PHRASES: ReadonlySet<string> = new Set([
  'mary jane', 'gloria mundi', 'charlotte russe', 'john dory', 'tom collins', 'jack russell', 'jack russells', 'peter pan',
  'lazy susan', 'johnny cake', 'johnny cakes', 'jerry can', 'jerry cans',
]);

/** A lower-case word the POS lexicon does not know: part of a name, not English. */
function unknownLower(doc: Doc, t: Token | undefined): t is Token {
  return (
    t !== undefined &&
    t.kind === 'word' &&
    t.text.length >= 2 &&
    isLower(t.text) &&
    /^\p{L}[\p{L}'’-]*$/u.test(t.text) &&
    !FUNCTION_WORDS.has(t.norm) &&
    !COMMON_WORDS.has(t.norm) &&
    !known(doc, t.norm)
  );
}

/** The word, or its singular or its lemma, is in the POS lexicon ("wreaths", "tried"). */
function known(doc: Doc, w: string): boolean {
  if (doc.knowsWord(w)) return true;
  const s = singularize(w);
  if (s !== undefined && s !== w && doc.knowsWord(s)) return true;
  const l = lemmaOf(w);
  return l !== undefined && l !== w && doc.knowsWord(l);
}

function capitalize(s: string): string {
  return s.replace(/(^|[\s-])(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

export const rule: Rule = {
  meta: {
    id: 'lowercase-person-name',
    category: 'capitalization',
    severity: 'warning',
    description: 'A person’s full name written in lower case (“angela merkel”).',
    examples: {
      bad: [
        { text: 'The talks were chaired by [[angela merkel]] in Berlin.', output: 'The talks were chaired by Angela Merkel in Berlin.' },
        { text: 'Prime minister [[narendra modi]] visited the site on Monday.', output: 'Prime minister Narendra Modi visited the site on Monday.' },
        { text: 'The visit by [[president vladimir putin]] was cancelled.', output: 'The visit by President Vladimir Putin was cancelled.' },
      ],
      good: [
        'The talks were chaired by Angela Merkel in Berlin.',
        'Write to angela.merkel@example.org or follow @narendramodi for updates.',
        'She will mark the day with a reed basket and holly wreaths.',
        'The pope prayed for peace, and the president agreed.',
        'Sic transit gloria mundi, he said, and ordered a charlotte russe.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    if (!doc.canTag) return;
    const toks = doc.tokens;
    let after = -1;
    for (const t of doc.tokensWith(PERSON_FIRST_NAMES)) {
      if (t.index <= after || t.text !== t.norm || !isLower(t.text) || COMMON_WORDS.has(t.norm) || known(doc, t.norm)) continue;
      const b = doc.next(t);
      const alone = b === undefined || !unknownLower(doc, b);
      const prev = doc.prev(t);
      // "pope francis": a title and a given name alone; else the given name needs its surname.
      const title = prev && prev.kind === 'word' && isLower(prev.text) && TITLES.has(prev.norm) ? prev : undefined;
      if (alone && !title) continue;
      let last: Token = alone ? t : b;
      if (!alone) {
        const c = doc.next(b);
        if (unknownLower(doc, c) && c.start === b.end + 1) last = c;
        if (b.start !== t.end + 1 || PHRASES.has(`${t.norm} ${b.norm}`)) continue;
      }
      const first = title ?? t;
      if (glued(doc, first, last)) continue;
      if (isHeadline(doc, first.start)) continue;
      if (toks[first.index - 1]?.text === '@' || toks[first.index - 1]?.text === '#') continue;
      const span = doc.text.slice(first.start, last.end);
      const fixed = capitalize(span);
      ctx.report({
        start: first.start,
        end: last.end,
        message: `“${span}” is a person’s name: English writes it “${fixed}”.`,
        suggestions: [fixed],
        reason: 'English capitalizes people’s names (and the title before one)',
        confidence: 0.8,
      });
      after = last.index;
    }
  },
};

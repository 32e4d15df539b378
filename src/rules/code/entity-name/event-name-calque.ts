/**
 * A sports event, festival, fair or prize translated word for word: “the Internationals of
 * Italy” (Internazionali d'Italia) for the Italian Open, “the Cup of the King” (Copa del Rey),
 * “the Championship of the World”, “the Grand Prize of Monaco”, “the Marathon of Boston”.
 * Romance, Slavic and Turkish languages name events “<event> of <place>”; English puts the place
 * in front or keeps the native name. Entries: src/data/entity-event-calques.txt, matched
 * capitalized only, and not when the name goes on (“of”, another capitalized word).
 */
import type { Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { readList } from '../../../data/lists.js';
import { COMMON_WORDS, isNameWord } from '../capitalization/lexicon.js';
import { METONYM_LEXICON } from '../metonym-pronoun/antecedents.js';

/** A one-word place the gazetteers know (a country, region or city), not "Hope". */
function isPlace(t: Token | undefined): boolean {
  if (!isNameWord(t) || COMMON_WORDS.has((t as Token).norm)) return false;
  const known = METONYM_LEXICON.names.get((t as Token).text) ?? METONYM_LEXICON.names.get((t as Token).norm);
  return !!known?.some((k) => k.kind === 'place' && k.tokens.length === 1);
}

interface Calque {
  readonly words: readonly string[];
  readonly english: string;
}

const CALQUES: ReadonlyMap<string, readonly Calque[]> = (() => {
  const m = new Map<string, Calque[]>();
  for (const l of readList('entity-event-calques.txt')) {
    const [calque, english] = l.split('|').map((x) => x.trim());
    if (!calque || !english) continue;
    const words = calque.replace(/'s\b/g, " 's").split(/\s+/);
    const list = m.get(words[0] as string) ?? [];
    list.push({ words, english });
    list.sort((a, b) => b.words.length - a.words.length);
    m.set(words[0] as string, list);
  }
  return m;
})();

function sameWord(t: Token | undefined, w: string): boolean {
  if (!t) return false;
  if (w === "'s") return t.norm === "'s";
  return t.text.replace(/’/g, "'") === w;
}

export const rule: Rule = {
  meta: {
    id: 'event-name-calque',
    category: 'entity-name',
    severity: 'warning',
    description: 'A sports event, festival or prize translated word for word (“the Internationals of Italy” for the Italian Open).',
    examples: {
      bad: [
        { text: 'Sinner is the first local player in decades to win the [[Internationals of Italy]].', output: 'Sinner is the first local player in decades to win the Italian Open.' },
        { text: 'Barcelona beat Valencia in the final of the [[Cup of the King]].', output: 'Barcelona beat Valencia in the final of the Copa del Rey.' },
        { text: 'She won gold at the [[Championship of the World]] in Budapest.', output: 'She won gold at the World Championship in Budapest.' },
        { text: 'Leclerc started from pole at the [[Grand Prize of Monaco]].', output: 'Leclerc started from pole at the Monaco Grand Prix.' },
        { text: 'He finished third in the [[Marathon of Berlin]] last year.', output: 'He finished third in the Berlin Marathon last year.' },
        { text: 'The novelist received the [[Nobel Prize of Literature]] in 2016.', output: 'The novelist received the Nobel Prize in Literature in 2016.' },
      ],
      good: [
        'Sinner won the Italian Open and the Boston Marathon was held in April.',
        'Barcelona won the Copa del Rey and the World Cup final was in Qatar.',
        'The Marathon of Hope raised money for cancer research.',
        'He won the Tour de France twice and the Tour of Flanders once.',
        'She took the grand prize of 10,000 dollars.',
        'The Championship of the World Series of Poker was held in Las Vegas.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const toks = doc.tokens;
    // From the word index; `next` skips the words of a phrase already reported.
    let next = 0;
    for (const t of doc.tokensWithText(CALQUES)) {
      if (t.index < next) continue;
      const i = t.index;
      if (t.kind !== 'word') continue;
      const list = CALQUES.get(t.text);
      if (!list) continue;
      for (const c of list) {
        let ok = true;
        let place: Token | undefined;
        let k = 0;
        for (; k < c.words.length && ok; k++) {
          const u = toks[i + k];
          if (c.words[k] === '*') {
            ok = isPlace(u);
            place = u;
          } else ok = sameWord(u, c.words[k] as string);
        }
        if (!ok) continue;
        const last = toks[i + c.words.length - 1] as Token;
        const after = toks[i + c.words.length];
        // "the Championship of the World Series": a longer name.
        if (after && (after.norm === 'of' || after.norm === 'for' || (after.kind === 'word' && /^\p{Lu}/u.test(after.text)))) continue;
        const english = place ? c.english.replace('*', place.text) : c.english;
        ctx.report({
          start: t.start,
          end: last.end,
          message: `“${doc.text.slice(t.start, last.end)}” translates the event's name word for word: English calls it the “${english}”.`,
          suggestions: [english],
          reason: 'an event or prize has a fixed name in English copy; a literal translation of the native name reads as foreign',
          confidence: 0.7,
        });
        next = i + c.words.length;
        break;
      }
    }
  },
};

/**
 * A noun that clean English writes only in lower case, capitalized in mid-sentence: “farmers
 * said the Drought had cut the crop”, “delay its entry into the Eurozone”, “the Decision was
 * final”. German capitalizes every noun, and MT from many languages title-cases a term it took
 * for a name. The words come from counts, not from a hand list: src/data/capitalization-
 * lowercase-only.txt holds the 2,776 nouns that 2.95 M words of clean English write in lower
 * case 20 times or more and capitalize after a lower-case word at most once in a hundred
 * (scripts/count-lowercase-only.mjs), and capitalization-lowercase-only-adjectives.txt the 857
 * adjectives counted the same way.
 *
 * Flagged: a run of capitalized words in mid-sentence, every one of them from those lists and the
 * last a noun (“their Hard Currency earnings”; a capitalized adjective alone is more often a
 * heading run into the text, “microscopy Many cells”), after a lower-case word and before a
 * lower-case word or punctuation. A run that is part of a longer name
 * stays quiet: a capitalized word or “of/and/the” and a capitalized word on either side (“Land of
 * Fires”, “Servant of the People”), an opening quote mark before it (a title), a letter glued to
 * it, a number after it (“Room 101”, “Part 2”), and headlines.
 *
 * Suspect tier: clean copy capitalizes a term of art or a nickname now and then (“the Narrow
 * Gauge route”), so it runs only in copy that already shows MT artifacts, and defers to the
 * plain capitalization rules where they flag the same words.
 */
import type { Doc, Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { FUNCTION_WORDS, isHeadline } from './lexicon.js';
import { isLowerWord, loadSet } from '../number-agreement/lib/english.js';

const LOWER_ONLY: ReadonlySet<string> = new Set([...loadSet('capitalization-lowercase-only.txt')].filter((w) => !FUNCTION_WORDS.has(w)));
const LOWER_ONLY_ADJECTIVES: ReadonlySet<string> = new Set(
  [...loadSet('capitalization-lowercase-only-adjectives.txt')].filter((w) => !FUNCTION_WORDS.has(w)),
);
const inList = (t: Token): boolean => LOWER_ONLY.has(t.norm) || LOWER_ONLY_ADJECTIVES.has(t.norm);
/** Words and marks inside a name: "Land of Fires", "Place d’Italie", "Plaza de la Constitución". */
const LINKS: ReadonlySet<string> = new Set([
  'of', 'and', 'the', 'for', '&', 'de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'du', 'des', 'd', 'la', 'le', 'les', 'el', 'al',
  'van', 'von', 'der', 'den', "'", '’',
]);

function isCapWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word' && /^\p{Lu}\p{Ll}+$/u.test(t.text);
}

/** A capitalized word beyond a link word or two on that side ("Land of [Fires]", "[Servant] of the People"). */
function nameBeyond(doc: Doc, t: Token, step: (x: Token) => Token | undefined): boolean {
  let x = step(t);
  // "Place d’Italie", "Rue l’Abbé": an elided article glued to a capitalized word.
  if (x && /^\p{Ll}{1,2}['’]\p{Lu}/u.test(x.text)) return true;
  for (let k = 0; k < 3 && x && LINKS.has(x.norm) && !/^\p{Lu}/u.test(x.text); k++) x = step(x);
  return x !== undefined && x !== step(t) && /^\p{Lu}/u.test(x.text);
}

export const rule: Rule = {
  meta: {
    id: 'capitalized-lowercase-word',
    category: 'capitalization',
    severity: 'info',
    suspect: true,
    defers: true,
    description: 'A noun clean English writes only in lower case, capitalized in mid-sentence (“the Decision was final”).',
    examples: {
      bad: [
        { text: 'Farmers said the [[Drought]] had cut the wheat crop by a third.', output: 'Farmers said the drought had cut the wheat crop by a third.' },
        { text: 'He said the vote could delay Bulgaria’s entry into the [[Eurozone]], and he has frozen the budget.', output: 'He said the vote could delay Bulgaria’s entry into the eurozone, and he has frozen the budget.' },
        { text: 'The minister said the [[Decision]] was final.', output: 'The minister said the decision was final.' },
        { text: 'Exporters may keep half of their [[Hard Currency]] earnings.', output: 'Exporters may keep half of their hard currency earnings.' },
      ],
      good: [
        'Farmers said the drought had cut the wheat crop by a third.',
        'Lawmakers from the Servant of the People party backed the bill.',
        'Farmers sued over dumping in the so-called Land of Fires near Naples.',
        'She starred in “Transfer Window” and later in a play.',
        'The Decision Trust said the rules were late.',
        'The Chancellor will present the Budget in March.',
        'Thousands marched from Place d’Italie to the ministry.',
        'Ultraviolet microscopy Many cells and other microorganisms absorb light.',
        'Exporters may keep half of their hard currency earnings.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    let after = -1;
    for (const t of doc.tokensWith(LOWER_ONLY)) {
      if (t.index <= after || !isCapWord(t) || doc.isSentenceInitial(t)) continue;
      // The run of capitalized words around t, each one from the list.
      let a: Token = t;
      let b: Token = t;
      for (let p = doc.prev(a); isCapWord(p) && !doc.isSentenceInitial(a); p = doc.prev(a)) a = p;
      for (let n = doc.next(b); isCapWord(n); n = doc.next(b)) b = n;
      after = b.index;
      let listed = LOWER_ONLY.has(b.norm);
      for (let k = a.index; k < b.index && listed; k++) listed = inList(doc.tokens[k] as Token);
      if (!listed || doc.isSentenceInitial(a)) continue;
      const before = doc.prev(a);
      const next = doc.next(b);
      if (!isLowerWord(before) || (next && next.kind === 'word' && !isLowerWord(next)) || next?.kind === 'number') continue;
      if (nameBeyond(doc, a, (x) => doc.prev(x)) || nameBeyond(doc, b, (x) => doc.next(x))) continue;
      // A title in quotes, or a word glued to a letter ("theIndian Express").
      if (/[\p{L}"“‘'«]/u.test(doc.text.charAt(a.start - 1))) continue;
      if (isHeadline(doc, a.start)) continue;
      const span = doc.text.slice(a.start, b.end);
      const fixed = span.toLowerCase();
      ctx.report({
        start: a.start,
        end: b.end,
        message: `“${span}” is no name: English writes it in lower case, “${fixed}”.`,
        suggestions: [fixed],
        reason: 'clean English never capitalizes these words in mid-sentence; the capitals come from the source or from MT taking a term for a name',
        confidence: 0.5,
      });
    }
  },
};

/**
 * What the rules on a general noun phrase with “the” share (the-generic-coordination,
 * the-generic-prediction): the lower-case noun phrase after “the”, whether it is the story's
 * first mention of its head noun, and whether a finite verb follows.
 */
import type { Doc, Token } from '../../../../text/document.js';
import { isLowerWord, looksPlural, pluralize, singularize } from '../../number-agreement/lib/english.js';

// Words that are determiners or quantifiers, never the first word of a bare noun phrase.
export const DETERMINERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'some',
  'any', 'no', 'every', 'each', 'all', 'both', 'many', 'much', 'few', 'several', 'most', 'more', 'other', 'such',
  'what', 'which', 'whose', 'same', 'own', 'one', 'two', 'three', 'first', 'second', 'third', 'last', 'next',
  'former', 'latter', 'following', 'whole', 'entire', 'only', 'various', 'certain', 'respective',
]);

// Plurals that premodify a noun: "sales tax", "arms deal".
const PLURAL_MODIFIERS = new Set(['sales', 'arms', 'savings', 'goods', 'news', 'sports', 'services', 'securities', 'customs', 'earnings', 'communications', 'operations', 'rights', 'systems', 'jobs', 'parts', 'weapons', 'drugs', 'women', 'men', 'children', 'people']);

/**
 * Lower-case adjectives and nouns from `t` on (at most four), trimmed back to the last noun. A
 * plural ends the phrase: a word after it is the verb the tagger took for a noun (“the high
 * schools offer trade”).
 */
export function phraseFrom(doc: Doc, t: Token | undefined): Token[] {
  const words: Token[] = [];
  while (isLowerWord(t) && !DETERMINERS.has(t.norm) && words.length < 4) {
    const p = doc.pos(t);
    if (p !== 'ADJ' && p !== 'NOUN') break;
    words.push(t);
    if (p === 'NOUN' && looksPlural(t.norm) && !PLURAL_MODIFIERS.has(t.norm)) break;
    t = doc.next(t);
  }
  while (words.length > 0 && doc.pos(words[words.length - 1] as Token) !== 'NOUN') words.pop();
  return words;
}

/** The first token index of each word's norm: whether a head was mentioned before. */
const FIRST_SEEN = Symbol('article-generic:first-seen');
function firstSeen(doc: Doc): Map<string, number> {
  return doc.memo(FIRST_SEEN, () => {
    const m = new Map<string, number>();
    for (const t of doc.tokens) if (t.kind === 'word' && !m.has(t.norm)) m.set(t.norm, t.index);
    return m;
  });
}

/** The singular and plural of a noun, lower case. */
function formsOf(noun: string): string[] {
  const sg = singularize(noun)?.toLowerCase() ?? noun;
  return [noun, sg, pluralize(sg).toLowerCase()];
}

/**
 * Whether the phrase is the story's first mention of its head noun, in any number; or, for a
 * compound (“the food prices” after “consumer prices”, “the wind energy” after “renewable
 * energies”), of the compound, when `compounds` is set: a new kind of the thing named before.
 */
export function isFirstMention(doc: Doc, words: readonly Token[], before: number, compounds: boolean): boolean {
  const seen = firstSeen(doc);
  const head = words[words.length - 1] as Token;
  const forms = formsOf(head.norm);
  if (forms.every((f) => (seen.get(f) ?? before) >= before)) return true;
  const modifier = words[words.length - 2];
  if (!compounds || !modifier || doc.pos(modifier) !== 'NOUN') return false;
  const at = doc.positions(modifier.norm);
  for (let k = 0; k < at.length && (at[k] as number) < before; k++) {
    const next = doc.at((at[k] as number) + 1);
    if (next && forms.includes(next.norm)) return false;
  }
  return true;
}

/** A finite verb at `t`, after at most one adverb: "needed", "still cover", "would". */
export function finiteVerbAt(doc: Doc, t: Token | undefined): boolean {
  if (isLowerWord(t) && doc.pos(t) === 'ADV') t = doc.next(t);
  if (!isLowerWord(t)) return false;
  const p = doc.pos(t);
  return (p === 'VERB' || p === 'AUX') && !/ing$/.test(t.norm);
}


/**
 * An idiom of another language rendered word for word, found by its shape: two concrete images
 * (calque-proverb-images.txt: animals, the body, the household, nature) within a few words of
 * one clause, each named nowhere else in the story: “the sector is in the neck of the bottle”,
 * “waits until the water reaches its feet”, “we have to put thread to the needle”, “pounding
 * rice to pour into the pot”. A story about rice or water names them again, so an image the
 * story mentions twice is its topic, not a figure of speech. The calque tables know many such
 * idioms one by one; this rule finds the ones they do not.
 *
 * Quiet for a plain list of things (“cattle and goats and sheep”), for English idioms built on
 * two images (“a nest egg”, “a wolf in sheep's clothing”, “the straw that broke the camel's
 * back”), for names (capitalized words) and for “head of” (a title, not the body).
 *
 * Suspect tier: fluent English has its own figures and literal scenes (“a drop of blood from her
 * ear”), so it runs only in copy that already shows MT artifacts; it offers no rewrite, since the
 * English idiom (or the plain meaning) cannot be read off the words.
 */
import type { Doc, Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { IMAGES } from './quoted-proverb.js';

/** How many tokens after the first image the second may come. */
const WINDOW = 6;
/** Marks that end a clause: the two images must share one. */
const CLAUSE_END = new Set([',', ';', ':', '.', '!', '?', '—', '–', '(', ')']);
/** Words that join a plain list: images with one of these between them are things, not a figure. */
const LIST_WORDS = new Set(['and', 'or', 'nor', '&']);
/** English idioms on two images, by their stems in text order. */
const ENGLISH_IDIOMS: ReadonlySet<string> = new Set([
  'nest egg', 'grass root', 'horse mouth', 'snake oil', 'fire ant', 'feet fire', 'foot fire', 'fish water', 'wolf sheep',
  'apple eye', 'straw camel', 'bird stone', 'head sand', 'hand mouth', 'bird eye', 'needle hay', 'bull horn', 'eye needle',
  'salt wound', 'oil water', 'water oil', 'horse water', 'egg face', 'leaf tree', 'tree wood', 'sea change', 'stone wall',
]);

/** The word's stem for counting: "bellies" and "belly" are one image. */
function stem(norm: string): string {
  return norm.replace(/ies$/, 'y').replace(/(?<=[^s])es$|(?<=[^s])s$/, '');
}

/** An image word, in any case, but "head" not as a title ("head of"). */
function imageAt(doc: Doc, t: Token | undefined): t is Token {
  if (!t || t.kind !== 'word' || !IMAGES.has(t.norm)) return false;
  return !(stem(t.norm) === 'head' && doc.next(t)?.norm === 'of');
}

/**
 * An image word that may open or close a figure: a noun (not "as well as"), lower case (not a name), and not the first
 * word of a compound ("the fire brigade", "rice fields", "water supply"), which is literal.
 */
function figureWord(doc: Doc, t: Token): boolean {
  if (!/^\p{Ll}/u.test(t.text) || doc.pos(t) !== 'NOUN') return false;
  const next = doc.next(t);
  return !(next && next.kind === 'word' && doc.sentenceOf(next) === doc.sentenceOf(t) && (doc.pos(next) === 'NOUN' || doc.pos(next) === 'PROPN'));
}

export const rule: Rule = {
  meta: {
    id: 'paired-images',
    category: 'calque',
    severity: 'info',
    suspect: true,
    description: 'Two concrete images side by side that the story names nowhere else: likely a foreign idiom translated word for word (“out of the neck of the bottle”).',
    examples: {
      bad: [
        { text: 'New tariffs would help lift the sector out of the [[neck of the bottle]], the minister said.' },
        { text: 'Workers said management always waits until the [[water reaches its feet]] before it acts.' },
        { text: '“We have to put [[thread to the needle]],” Puig said.' },
        { text: 'Critics said fines and seasonal bans are pounding [[rice to pour into the pot]].' },
      ],
      good: [
        'The region is abundant with fruit and cattle and goats and sheep.',
        'Rice prices rose after the harvest. Farmers said the rice in the pot was all they had.',
        'The head of the fire brigade said the flames were out.',
        'Saving early helps people build a nest egg for retirement.',
        'He was a wolf in sheep’s clothing, the prosecutor said.',
        'Warm water from the plant had driven away the fish, a fisherman said. The water was tested.',
        'News spread through letters as well as by word of mouth.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    if (!doc.canTag) return;
    const toks = doc.tokens;
    const count = new Map<string, number>();
    for (const t of toks) if (imageAt(doc, t)) count.set(stem(t.norm), (count.get(stem(t.norm)) ?? 0) + 1);
    if (count.size < 2) return;
    const once = (t: Token | undefined): t is Token => imageAt(doc, t) && count.get(stem(t.norm)) === 1 && figureWord(doc, t);
    for (let i = 0; i < toks.length; i++) {
      const a = toks[i];
      if (!once(a)) continue;
      const sentence = doc.sentenceOf(a);
      let joined = false;
      for (let j = i + 1; j <= i + WINDOW && j < toks.length; j++) {
        const b = toks[j] as Token;
        if (doc.sentenceOf(b) !== sentence || CLAUSE_END.has(b.text)) break;
        if (LIST_WORDS.has(b.norm)) joined = true;
        if (once(b)) {
          // Next to each other ("salt water") the first is a modifier; joined, they are a list.
          if (j > i + 1 && !joined && !ENGLISH_IDIOMS.has(`${stem(a.norm)} ${stem(b.norm)}`)) {
            ctx.report({
              start: a.start,
              end: b.end,
              message: `“${doc.text.slice(a.start, b.end)}” reads like an idiom translated word for word; English copy gives the English idiom, or says what was meant.`,
              suggestions: [],
              reason: 'a foreign idiom rendered literally is opaque to English readers',
              confidence: 0.4,
            });
            i = j;
          }
          break;
        }
      }
    }
  },
};

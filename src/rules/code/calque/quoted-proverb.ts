/**
 * A saying quoted word for word from the source language: “The fire burns the place where it
 * falls”, “There is no cow on the ice”, “Between the saying and the doing there is the sea”.
 * Speakers quote proverbs, and MT renders them literally; English copy gives the English idiom
 * ("easier said than done") or says what the speaker meant. The calque tables know many such
 * sayings; this rule finds the ones they do not by their shape: a short quoted sentence with a
 * verb, built on a concrete image (fire, water, a dog, the feet: calque-proverb-images.txt), with
 * no name, number or news word, opening like a saying (“The …”, “There is no …”, “When …”,
 * “Between …”) or holding two images.
 *
 * Suspect tier: it runs only in copy that already shows MT artifacts, since English quotes its own
 * proverbs too; even there it has no safe rewrite, so it offers none.
 */
import { readSet } from '../../../data/lists.js';
import { irregularPastForms } from '../../../nlp/inflect.js';
import type { Doc, Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';

export const IMAGES: ReadonlySet<string> = readSet('calque-proverb-images.txt');
// Words of a report, not of a saying.
const NEWS = new Set([
  'said', 'says', 'percent', 'million', 'billion', 'government', 'minister', 'ministry', 'police', 'company', 'court',
  'year', 'years', 'week', 'month', 'today', 'yesterday', 'tomorrow', 'will', 'would', 'could', 'should', 'must', 'we',
  'i', 'my', 'me', 'you', 'your', 'us', 'price', 'prices', 'law', 'vote', 'election', 'team', 'club', 'match',
]);
// Irregular pasts and participles ("was", "did", "fell"); "were" is not among them.
const PAST: ReadonlySet<string> = irregularPastForms();
// "has fallen", "is burned": a participle after these is no past tense.
const PERFECT = new Set(['has', 'have', 'had', 'is', 'are', 'be', 'been', 'being', 'not']);
const SAYING_START = new Set(['the', 'a', 'an', 'there', 'between', 'when', 'if', 'who', 'whoever', 'one', 'every', 'no', 'nothing', 'even', 'only', 'where', 'what', 'as', 'like']);
// A quotation: curly, straight, low-9 or guillemets; inside, one line at most.
const QUOTE = /[“"„«]([^”"“»\n]{8,240})[”"“»]/g;

/** Sentences of the quotations in a text, without their closing marks: [start, end) offsets. */
function quotedSentences(text: string): Array<readonly [number, number]> {
  const out: Array<readonly [number, number]> = [];
  for (const m of text.matchAll(QUOTE)) {
    const inner = m[1] as string;
    const base = (m.index as number) + 1;
    const re = /[^.!?:;]+[.!?:;]*/g;
    for (const s of inner.matchAll(re)) {
      const raw = s[0];
      const lead = raw.length - raw.trimStart().length;
      const body = raw.trim().replace(/[\s.,!?:;]+$/u, '');
      if (body.length > 0) out.push([base + (s.index as number) + lead, base + (s.index as number) + lead + body.length]);
    }
  }
  return out;
}

/** Whether the sentence at [start, end) is shaped like a saying (see the module comment). */
function sayingLike(doc: Doc, start: number, end: number): boolean {
  const from = doc.tokenIndexAt(start);
  if (from < 0) return false;
  const words: Token[] = [];
  for (let i = from; i < doc.tokens.length; i++) {
    const t = doc.tokens[i];
    if (!t || t.start >= end) break;
    if (t.kind === 'number') return false;
    if (t.kind === 'word') words.push(t);
  }
  if (words.length < 4 || words.length > 16) return false;
  const [first] = words;
  if (!first || words.slice(1).some((w) => /^\p{Lu}/u.test(w.text))) return false;
  let images = 0;
  for (const w of words) {
    if (NEWS.has(w.norm)) return false;
    if (IMAGES.has(w.norm)) images++;
  }
  if (images === 0 || (images < 2 && !SAYING_START.has(first.norm))) return false;
  // A saying is a clause ("the roof of the world" names, it does not say), in the timeless
  // present: "The water came at night" tells what happened.
  let verb = false;
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as Token;
    const p = doc.pos(w);
    if (p !== 'VERB' && p !== 'AUX') continue;
    verb = true;
    const before = words[k - 1]?.norm ?? '';
    if ((w.norm === 'were' || PAST.has(w.norm) || (/ed$/.test(w.norm) && p === 'VERB')) && !PERFECT.has(before)) return false;
  }
  return verb;
}

export const rule: Rule = {
  meta: {
    id: 'quoted-proverb',
    category: 'calque',
    severity: 'info',
    suspect: true,
    description: 'A quoted saying built on a concrete image, likely a proverb translated word for word (“The fire burns the place where it falls”).',
    examples: {
      bad: [
        { text: '“[[The fire burns the place where it falls]].” Officials said 40 houses had collapsed.' },
        { text: 'The coach was blunt. “[[There is no cow on the ice]],” he said after the defeat.' },
        { text: '“[[Between the saying and the doing there is the sea]]: the clean-up will take years,” she said.' },
      ],
      good: [
        '“We will appeal the ruling,” the company said.',
        'He called Tibet “the roof of the world” in his book.',
        '“The city is safe,” the mayor said.',
        '“The Danube will flood the old town,” Kovacs warned.',
        '“The water came at night and took everything,” a farmer said.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    if (!doc.canTag) return;
    for (const [start, end] of quotedSentences(doc.text)) {
      if (!sayingLike(doc, start, end)) continue;
      const text = doc.text.slice(start, end);
      ctx.report({
        start,
        end,
        message: `“${text}” reads as a saying translated word for word; English copy gives the English idiom, or says what the speaker meant.`,
        suggestions: [],
        reason: 'a proverb rendered literally is opaque to English readers',
        confidence: 0.4,
      });
    }
  },
};

/**
 * A word doubled with a hyphen: "houses-houses", "countries-countries", "child-child". Indonesian
 * and Malay mark the plural by reduplication ("rumah-rumah", "anak-anak"), Japanese and Korean
 * double words for "each" or "various" (色々, 여러), and MT that keeps the form writes the English
 * word twice. English has the form only in baby talk and sound words ("bye-bye", "so-so",
 * "yo-yo", "fifty-fifty"), which are left alone.
 */
import type { Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { DOUBLE_OK } from './lib/context.js';

const ENGLISH = new Set([
  'bye', 'so', 'night', 'choo', 'tom', 'yo', 'pom', 'tut', 'hush', 'goody', 'never', 'pee', 'poo', 'knock', 'chop',
  'hubba', 'can', 'fifty', 'aye', 'dum', 'ha', 'bling', 'muu', 'tsk', 'tuk', 'bora', 'cous', 'mahi', 'baden', 'walla',
  'sing', 'wagga', 'pago', 'bonga', 'dik', 'kumbh', 'chi', 'din', 'ylang', 'beri', 'mau', 'lava', 'talkie', 'hee', 'ho',
  'boo', 'no', 'pooh', 'rah', 'tee', 'wee', 'dodo', 'ta', 'papa', 'mama', 'cha', 'la', 'da', 'bam', 'bang', 'boom',
  'pow', 'zig', 'yum', 'tick', 'tock', 'pit', 'pat', 'clip', 'clop', 'blah', 'yada', 'wah', 'woof', 'quack', 'oink',
  'baa', 'moo', 'meow', 'honk', 'beep', 'toot', 'puff', 'chug', 'buzz', 'win', 'hip', 'hurry', 'teeny', 'itsy', 'kiss',
  'pretty', 'dilly', 'tutu', 'go', 'bon', 'hotch', 'mish', 'mumbo', 'hocus', 'helter', 'hoity', 'willy', 'hurly',
  'boogie', 'heebie', 'okey', 'super', 'hey', 'oh', 'uh', 'mm', 'hmm', 'um', 'well', 'very', 'really', 'thump', 'bump', 'thud', 'clank', 'clunk', 'clack', 'click', 'knock', 'tap', 'rat', 'tat', 'tom', 'murmur', 'ding', 'dong', 'flip', 'flop',
]);

export const rule: Rule = {
  meta: {
    id: 'hyphen-reduplication',
    category: 'repetition',
    severity: 'warning',
    description: 'A word doubled with a hyphen (“houses-houses”), a reduplicated plural kept from the source language.',
    examples: {
      bad: [
        { text: 'The [[houses-houses]] along the river were flooded.', output: 'The houses along the river were flooded.' },
        { text: 'Rescuers reached the [[villages-villages]] on Tuesday.', output: 'Rescuers reached the villages on Tuesday.' },
        { text: 'The [[child-child]] were sent home early.', output: 'The child were sent home early.' },
      ],
      good: ['The film was so-so.', 'He waved bye-bye.', 'They split it fifty-fifty.', 'The yo-yo came back.', 'The walla-walla onion.'],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    if (!doc.text.includes('-')) return;
    const found: Token[] = [];
    for (const t of doc.tokens) {
      if (t.kind !== 'word' || t.text.length < 7) continue;
      const i = t.text.indexOf('-');
      if (i < 3 || t.text.length !== 2 * i + 1) continue;
      const a = t.text.slice(0, i);
      const b = t.text.slice(i + 1);
      if (a !== b && a.toLowerCase() !== b) continue;
      if (!/^\p{L}+$/u.test(a) || /^\p{Lu}/u.test(b)) continue;
      const n = a.toLowerCase();
      if (ENGLISH.has(n) || DOUBLE_OK.has(n) || /(\p{L})\1\1/u.test(n)) continue;
      found.push(t);
    }
    // Copy that writes a dash as a hyphen ("problems-problems which", "law-a world") repeats a
    // word across the dash for emphasis; such a text is left alone (looked for only when needed).
    if (found.length === 0 || /\p{L}-(?:the|a|an|and|but|which|that|who|we|I|it|to|of|in|not|this|our|for|as|or|if|with)\s/u.test(doc.text)) return;
    for (const t of found) {
      const a = t.text.slice(0, t.text.indexOf('-'));
      ctx.report({
        start: t.start,
        end: t.end,
        message: `“${t.text}” doubles the word, as the source language does to mark a plural or variety: English writes it once.`,
        suggestions: [a],
        reason: 'English writes a word once; reduplication is a plural or intensive of the source language',
        confidence: 0.8,
      });
    }
  },
};

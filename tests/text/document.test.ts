import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Doc } from '../../src/text/document.js';
import { wordPositions } from '../../src/text/word-positions.js';

/** What positionsIn promises: the tokens whose norm is one of the words, ascending, each once. */
const naive = (doc: Doc, words: Iterable<string>): number[] => {
  const set = new Set(words);
  return doc.tokens.filter((t) => set.has(t.norm)).map((t) => t.index);
};

const TEXT = 'The minister said the talks in Geneva would go on. The talks, she said, were the first in years; the minister left.';

describe('Doc.positionsIn', () => {
  const doc = new Doc(TEXT);
  const vocabulary = [...doc.vocabulary()];

  it('gives the same tokens for a few words, a long list with repeats, a set and a map', () => {
    const few = ['the', 'talks', 'said'];
    // Longer than 8 words and larger than the document's vocabulary: matched word by word of the document.
    const long = [...vocabulary.slice(0, 5), ...Array.from({ length: 60 }, (_, i) => `absent${i}`), 'the', 'the'];
    const big = new Set(long);
    const map = new Map(long.map((w) => [w, w.length] as const));
    for (const words of [few, long]) expect(Array.from(doc.positionsIn(words))).toEqual(naive(doc, words));
    expect(Array.from(doc.positionsIn(big))).toEqual(naive(doc, big));
    expect(Array.from(doc.positionsIn(map))).toEqual(naive(doc, map.keys()));
    expect(doc.tokensWith(map).map((t) => t.index)).toEqual(naive(doc, map.keys()));
  });

  it('agrees with a scan of every token for any word list, and with wordPositions', () => {
    const word = fc.oneof(fc.constantFrom(...vocabulary), fc.string({ minLength: 1, maxLength: 6 }));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 80 }), fc.boolean(), (words, asSet) => {
        const expected = naive(doc, words);
        const lookup = asSet ? new Set(words) : words;
        expect(Array.from(doc.positionsIn(lookup))).toEqual(expected);
        expect(Array.from(wordPositions(new Doc(TEXT), new Set(words)))).toEqual(expected);
      }),
    );
  });
});

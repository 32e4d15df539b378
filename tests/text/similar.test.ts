/** The string-similarity wrapper: thresholds pinned, and fuzzy matching that never over-reaches. */
import { describe, expect, it } from 'vitest';
import {
  NAME_THRESHOLD, WORD_THRESHOLD, isNameVariant, isSpellingVariant, rankBySimilarity, similarity,
} from '../../src/text/similar.js';

describe('similarity', () => {
  it('is 1 for equal strings, case and apostrophes folded', () => {
    expect(similarity('St James’ Park', "st james' park")).toBe(1);
  });
  it('is 0 for strings too short to have bigrams', () => {
    expect(similarity('a', 'b')).toBe(0);
  });
  it('keeps thresholds where the tests below were measured', () => {
    expect(WORD_THRESHOLD).toBe(0.7);
    expect(NAME_THRESHOLD).toBe(0.8);
  });
});

describe('isSpellingVariant', () => {
  it.each([
    ['Organisation', 'Organization'],
    ['Taganskiy', 'Tagansky'],
    ['programme', 'program'],
  ])('%s ~ %s', (a, b) => expect(isSpellingVariant(a, b)).toBe(true));

  it.each([
    ['huge', 'hunger pang'], // Harper's false friend: never a match
    ['huge', 'hunger'],
    ['fund', 'fun'], // too short to judge
    ['monetary', 'currency'], // a calque is a table entry, not a spelling
    ['national', 'rational'], // different first letter
    ['federal', 'general'],
    ['council', 'counsel'],
    ['commission', 'committee'],
    ['international', 'internal'], // lengths too far apart
    ['european', 'eurasian'],
    ['Rospotrebnadzor', 'Roskomnadzor'],
  ])('%s is not %s', (a, b) => expect(isSpellingVariant(a, b)).toBe(false));
});

describe('isNameVariant', () => {
  it('accepts a name spelt slightly differently with the same number of words', () => {
    expect(isNameVariant('World Health Organisation', 'World Health Organization')).toBe(true);
  });
  it('rejects names with a different number of words, however similar', () => {
    expect(isNameVariant('World Organization of Health', 'World Health Organization')).toBe(false);
    expect(isNameVariant('huge', 'hunger pang')).toBe(false);
  });
  it('rejects a different word in the same slot', () => {
    expect(isNameVariant('International Currency Fund', 'International Monetary Fund')).toBe(false);
  });
});

describe('rankBySimilarity', () => {
  it('ranks the closest name first and keeps the given order on ties', () => {
    const ranked = rankBySimilarity('State Department', ['Department of State', 'State Department', 'Defense Department'], (s) => s);
    expect(ranked[0]).toEqual({ item: 'State Department', score: 1 });
    const tie = rankBySimilarity('x', ['ab', 'cd'], (s) => s);
    expect(tie.map((r) => r.item)).toEqual(['ab', 'cd']);
  });
});

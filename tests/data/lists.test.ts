/**
 * The word-list reader: a list several rules load is read once (the same set each time), and
 * readList gives each caller its own array, so one rule's changes cannot reach another's list.
 */
import { describe, expect, it } from 'vitest';
import { readList, readSet, readWordSet } from '../../src/data/lists.js';

describe('word lists', () => {
  it('share one set per list', () => {
    expect(readWordSet('capitalization-common-words.txt')).toBe(readWordSet('capitalization-common-words.txt'));
    expect(readSet('capitalization-common-words.txt')).toBe(readSet('capitalization-common-words.txt'));
  });

  it('give each caller its own array of the lines', () => {
    const a = readList('article-count-nouns.txt');
    const b = readList('article-count-nouns.txt');
    expect(a).not.toBe(b);
    expect(a).toEqual(b);
    a.push('zzz');
    expect(readList('article-count-nouns.txt')).toEqual(b);
  });

  it('skip comments and blank lines and fold case for word sets', () => {
    const lines = readList('capitalization-common-words.txt');
    expect(lines.some((l) => l.startsWith('#') || l === '')).toBe(false);
    const words = readWordSet('capitalization-common-words.txt');
    expect(words.size).toBe(new Set(lines.map((l) => l.toLowerCase())).size);
    expect(words.size).toBeGreaterThan(50000);
  });
});

/** chunkBounds: the pieces a large text is audited in (one Doc each, shared by worker threads). */
import { describe, expect, it } from 'vitest';
import { CHUNK, chunkBounds } from '../src/auditor.js';

function expectCover(text: string, bounds: [number, number][]): void {
  expect(bounds[0]?.[0]).toBe(0);
  expect(bounds.at(-1)?.[1]).toBe(text.length);
  for (let k = 1; k < bounds.length; k++) expect(bounds[k]?.[0]).toBe(bounds[k - 1]?.[1]);
}

describe('chunkBounds', () => {
  it('cuts copy after a line break, about every CHUNK', () => {
    const line = 'The talks ended on Monday without a deal.\n';
    const text = line.repeat(20_000); // 840 KB
    const bounds = chunkBounds(text);
    expectCover(text, bounds);
    expect(bounds.length).toBeGreaterThan(1);
    for (const [, to] of bounds.slice(0, -1)) expect(text[to - 1]).toBe('\n');
    // Each chunk but the last: CHUNK, then the rest of the line it ends in.
    for (const [from, to] of bounds.slice(0, -1)) {
      expect(to - from).toBeGreaterThanOrEqual(CHUNK);
      expect(to - from).toBeLessThanOrEqual(CHUNK + line.length);
    }
  });

  it('keeps a short text whole', () => {
    expect(chunkBounds('One line.\n')).toEqual([[0, 10]]);
  });

  it('cuts a line of more than 2 x CHUNK after a sentence, so no document grows with the line', () => {
    const text = 'The talks ended on Monday without a deal. '.repeat(30_000); // 1.26 MB, one line
    const bounds = chunkBounds(text);
    expectCover(text, bounds);
    for (const [from, to] of bounds) expect(to - from).toBeLessThanOrEqual(2 * CHUNK);
    for (const [, to] of bounds.slice(0, -1)) expect(text.slice(to - 2, to)).toBe('. ');
  });

  it('cuts a line with no sentence mark at a space, and one with no space anywhere', () => {
    const words = 'talks ended without a deal '.repeat(40_000);
    const w = chunkBounds(words);
    expectCover(words, w);
    for (const [, to] of w.slice(0, -1)) expect(words[to - 1]).toBe(' ');
    const blob = 'x'.repeat(1_200_000);
    const b = chunkBounds(blob);
    expectCover(blob, b);
    for (const [from, to] of b) expect(to - from).toBeLessThanOrEqual(2 * CHUNK);
  });
});

/**
 * redundant-synonyms tries each regex only where a match can start (the words it opens with,
 * also inside hyphenated words), not along the whole text: the findings must be those of a
 * scan of the whole text, here checked against one on text built to hit every edge.
 */
import { describe, expect, it } from 'vitest';
import { rule } from '../../src/rules/code/repetition/redundant-synonyms.js';
import { Doc } from '../../src/text/document.js';
import type { Report } from '../../src/rules/types.js';

function spans(text: string): string[] {
  const out: string[] = [];
  rule.check({ doc: new Doc(text), report: (r: Report) => void out.push(text.slice(r.start, r.end)) });
  return out;
}

describe('redundant-synonyms: where a match can start', () => {
  it('finds matches that start inside a hyphenated word, at an article, or mid-sentence', () => {
    expect(spans('The firm is recalling well-about roughly 410,000 cars.')).toEqual(['about roughly']);
    expect(spans('He served a twenty-four-year term of four years in office.')).toEqual(['four-year term of four years']);
    expect(spans('He was handed a 10-day ban of 10 days.')).toEqual(['a 10-day ban of 10 days']);
    expect(spans('They will pre-re-examine again every file.')).toEqual(['re-examine again']);
    expect(spans('Sales So Far To Date are weak, and prices, Now Currently, rise.')).toEqual(['So Far To Date', 'Now Currently']);
  });

  it('matches no word inside another word', () => {
    expect(spans('The lab_about roughly 400 samples.')).toEqual([]);
    expect(spans('A cafésome roughly 40 people.')).toEqual(['some roughly']);
    expect(spans('Strabout roughly 40 people.')).toEqual([]);
  });
});

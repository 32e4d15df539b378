import { describe, expect, it } from 'vitest';
import { compilePattern, matchAt, PatternError } from '../../src/rules/pattern.js';
import { Doc } from '../../src/text/document.js';
import { sharedTagger } from '../helpers/tagger.js';

function find(pattern: string, text: string): string[] {
  const p = compilePattern(pattern);
  const doc = new Doc(text, sharedTagger());
  const out: string[] = [];
  for (let i = 0; i < doc.tokens.length; i++) {
    const m = matchAt(p, doc, i);
    if (m) out.push(text.slice(m.start, m.end));
  }
  return out;
}

describe('compilePattern', () => {
  it('indexes literal and lemma anchors, through optional elements', () => {
    expect([...(compilePattern('the|a? influence space').anchors ?? [])].sort()).toEqual(['a', 'influence', 'the']);
    expect(compilePattern('{take} the floor').anchors?.has('took')).toBe(true);
    expect(compilePattern('<NOUN> of').anchors).toBeUndefined();
    expect(compilePattern('* of').anchors).toBeUndefined();
  });

  it('"!" excludes words, forms of lemmas and tags', () => {
    expect(find('!the|a influence', 'the influence, an influence, its influence')).toEqual(['an influence', 'its influence']);
    expect(find('!{make} progress', 'they made progress and reported progress')).toEqual(['reported progress']);
    expect(find('!<DET> progress', 'the progress, slow progress')).toEqual(['slow progress']);
    expect(find('!{make|report}|slow progress', 'they made progress, reported progress, slow progress and real progress')).toEqual(['real progress']);
  });

  it('rejects malformed patterns with the element named', () => {
    expect(() => compilePattern('')).toThrow(PatternError);
    expect(() => compilePattern('a? b?')).toThrow(/every element is optional/);
    expect(() => compilePattern('<NOUNS>')).toThrow(/unknown tag NOUNS/);
    expect(() => compilePattern('{take the')).toThrow(/unclosed/);
    expect(() => compilePattern('a [b c')).toThrow(/unbalanced/);
    expect(() => compilePattern('a [b?] c')).toThrow(/all optional/);
  });
});

describe('matchAt', () => {
  it('matches literals case-insensitively with curly apostrophes folded', () => {
    expect(find("kremlin 's spokesman", 'The Kremlin’s spokesman said.')).toEqual(['Kremlin’s spokesman']);
  });

  it('matches inflections of a lemma', () => {
    expect(find('{take} the floor', 'She took the floor. He takes the floor. They are taking the floor.')).toEqual([
      'took the floor', 'takes the floor', 'taking the floor',
    ]);
  });

  it('flags only the bracketed span', () => {
    expect(find('tensions|tension [of] the', 'amid tensions of the buildup')).toEqual(['of']);
  });

  it('does not cross sentences', () => {
    expect(find('left he', 'She left. He stayed.')).toEqual([]);
  });

  it('honours sentence start, exact case and exclusions', () => {
    expect(find('^ club', 'Club added. The club left.')).toEqual(['Club']);
    expect(find('=May', 'in May they may go')).toEqual(['May']);
    expect(find('in !the year', 'in the year, in this year')).toEqual(['in this year']);
  });

  it('matches POS elements via the tagger', () => {
    expect(find('must to <VERB>', 'They must to respect the law.')).toEqual(['must to respect']);
  });
});

describe('matchAt on hostile patterns', () => {
  it('stays polynomial with many optional elements', () => {
    const p = compilePattern(`${Array.from({ length: 60 }, () => 'a?').join(' ')} b`);
    const doc = new Doc(`${'a '.repeat(200)}c.`);
    // 2^60 paths without memoization: this would never return.
    for (let i = 0; i < 50; i++) expect(matchAt(p, doc, i)).toBeUndefined();
  });
});

describe('mixed alternatives', () => {
  it('mix words, lemmas and tags in one element', () => {
    expect(find('before <NUM>|several years', 'It happened before 30 years, and before several years.')).toEqual(['before 30 years', 'before several years']);
    expect(find('{say}|told them', 'He said them; she told them.')).toEqual(['said them', 'told them']);
    expect(compilePattern('<NUM>|two years').anchors).toBeUndefined();
    expect(compilePattern('{say}|told them').anchors?.has('says')).toBe(true);
  });
});

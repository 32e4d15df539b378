import { describe, it, expect } from 'vitest';
import {
  aggregate,
  countWords,
  fBeta05,
  fixes,
  foldForFix,
  matches,
  ruleKey,
  scoreArticle,
} from '../../src/eval/score.js';
import { artifactOn, finding, findingOn, gold, trapOn } from './helpers.js';

describe('matches', () => {
  const artifact = { start: 10, end: 13 }; // 3 chars

  it('needs an overlap of at least one character', () => {
    expect(matches({ start: 12, end: 20 }, artifact)).toBe(true); // overlaps [12,13)
    expect(matches({ start: 13, end: 20 }, artifact)).toBe(false); // touches the end
    expect(matches({ start: 5, end: 11 }, artifact)).toBe(true); // overlaps [10,11)
    expect(matches({ start: 5, end: 10 }, artifact)).toBe(false); // touches the start
  });

  it('allows a finding at most 60 characters longer than the artifact', () => {
    expect(matches({ start: 0, end: 63 }, artifact)).toBe(true); // 63 - 3 = 60
    expect(matches({ start: 0, end: 64 }, artifact)).toBe(false); // 64 - 3 = 61
    expect(matches({ start: 10, end: 73 }, artifact)).toBe(true); // 60 longer, on the right
    expect(matches({ start: 10, end: 74 }, artifact)).toBe(false);
  });

  it('puts no limit on a finding shorter than the artifact', () => {
    expect(matches({ start: 50, end: 51 }, { start: 0, end: 200 })).toBe(true);
  });

  it('never matches an empty span', () => {
    expect(matches({ start: 11, end: 11 }, artifact)).toBe(false);
    expect(matches(artifact, { start: 11, end: 11 })).toBe(false);
  });
});

describe('precision, recall, F0.5', () => {
  // Words at 0, 5, 10, ... : "aaaa" [0,4), "bbbb" [5,9), "cccc" [10,14), "dddd" [15,19), ...
  const text = 'aaaa bbbb cccc dddd eeee ffff';
  const g = gold(['aaaa', 'bbbb', 'cccc', 'dddd'].map((q) => artifactOn(text, q, [])));
  const findings = [
    finding(0, 4), // A
    finding(2, 7), // A and B: counted once as a matched finding
    finding(11, 12), // C
    finding(20, 24), // nothing
    finding(25, 29), // nothing
  ];

  it('computes them from hand counts', () => {
    const s = scoreArticle(text, g, findings);
    expect(s.findings).toBe(5);
    expect(s.matchedFindings).toBe(3);
    expect(s.matchedArtifacts).toBe(3);
    expect(s.precision).toBe(0.6); // 3/5
    expect(s.recall).toBe(0.75); // 3/4
    // 1.25 * 0.6 * 0.75 / (0.25 * 0.6 + 0.75) = 0.5625 / 0.9
    expect(s.f05).toBeCloseTo(0.625, 10);
  });

  it('gives null ratios for empty denominators and 0 for F when one side is 0', () => {
    const none = scoreArticle(text, g, []);
    expect(none.precision).toBeNull();
    expect(none.recall).toBe(0);
    expect(none.f05).toBe(0);
    expect(fBeta05(null, null)).toBeNull();
    expect(fBeta05(null, 0.5)).toBeNull();
    expect(fBeta05(1, 1)).toBe(1);
  });
});

describe('fix rate', () => {
  const text = 'The bank said his decision was final.';
  const his = artifactOn(text, 'his', ['its']);

  it('folds case and spacing', () => {
    expect(fixes(text, findingOn(text, 'his'), 'ITS', his)).toBe(true);
    expect(fixes(text, findingOn(text, 'his decision'), 'its   decision', his)).toBe(true);
  });

  it('maps a finding larger than the artifact: R = [min start, max end)', () => {
    // R = [14,26): "its decision" (by the finding) vs "its" + " decision" (by the correction)
    expect(fixes(text, findingOn(text, 'his decision'), 'its decision', his)).toBe(true);
    expect(fixes(text, findingOn(text, 'said his'), 'said its', his)).toBe(true);
    expect(fixes(text, findingOn(text, 'his decision'), 'its ruling', his)).toBe(false);
  });

  it('maps a finding smaller than the artifact', () => {
    const t = 'Prices keep to climb in Tokyo.';
    const a = artifactOn(t, 'keep to climb', ['keep climbing', 'continue to climb']);
    expect(fixes(t, findingOn(t, 'to climb'), 'climbing', a)).toBe(true); // "keep " + "climbing"
    expect(fixes(t, findingOn(t, 'keep to'), 'continue to', a)).toBe(true);
    expect(fixes(t, findingOn(t, 'to climb'), 'climb', a)).toBe(false); // "keep climb"
  });

  it('accepts a deletion and folds curly quotes and apostrophes', () => {
    const t = 'It took many years, many years to build.';
    const a = artifactOn(t, 'many years, many years', ['many years']);
    expect(fixes(t, finding(t.indexOf(', many'), t.indexOf(' to build')), '', a)).toBe(true);
    const q = 'Their workers" compensation';
    const b = artifactOn(q, 'workers"', ['workers’']);
    expect(fixes(q, findingOn(q, 'workers"'), "workers'", b)).toBe(true);
    expect(foldForFix(' “Ab’c”\n\tD ')).toBe('"ab\'c" d');
  });

  it('uses only the first suggestion, of any matching finding', () => {
    const g = gold([his]);
    const firstWrong = scoreArticle(text, g, [findingOn(text, 'his', ['their', 'its'])]);
    expect([firstWrong.fixable, firstWrong.fixed, firstWrong.fixRate]).toEqual([1, 0, 0]);
    const another = scoreArticle(text, g, [findingOn(text, 'his', ['their']), findingOn(text, 'his decision', ['its decision'])]);
    expect([another.fixable, another.fixed, another.fixRate]).toEqual([1, 1, 1]);
    const noSuggestion = scoreArticle(text, g, [findingOn(text, 'his')]);
    expect(noSuggestion.fixRate).toBe(0);
  });

  it('leaves out artifacts without corrections and unmatched artifacts', () => {
    const t = 'one two three';
    const g = gold([artifactOn(t, 'one', []), artifactOn(t, 'two', ['2']), artifactOn(t, 'three', ['3'])]);
    const s = scoreArticle(t, g, [findingOn(t, 'one', ['1']), findingOn(t, 'two', ['2'])]);
    expect([s.fixable, s.fixed, s.fixRate]).toEqual([1, 1, 1]);
    expect(scoreArticle(t, gold([artifactOn(t, 'one', [])]), [findingOn(t, 'one', ['1'])]).fixRate).toBeNull();
  });
});

describe('clean text and clean traps', () => {
  const cleanText = 'Prices rose in Tokyo on Friday.'; // 6 words
  const clean = gold([], [], 'clean');
  const trapText = 'Foreign Minister Sergey Lavrov said his talks would go on.';
  const trapGold = gold([artifactOn(trapText, 'his', ['the'])], [trapOn(trapText, 'Foreign Minister'), trapOn(trapText, 'talks')], 'traps');

  it('counts every finding on a clean article as a false alarm', () => {
    const s = scoreArticle(cleanText, clean, [findingOn(cleanText, 'Tokyo'), findingOn(cleanText, 'Friday')]);
    expect(s.clean).toBe(true);
    expect([s.words, s.cleanWords, s.falseAlarms, s.cleanFalseAlarms]).toEqual([6, 6, 2, 2]);
    expect(s.falseAlarmsPer1000).toBeCloseTo(333.333, 3); // 2 / 6 * 1000
    expect(s.precision).toBe(0);
    expect(s.recall).toBeNull();
  });

  it('counts unmatched findings on a trap as false alarms, traps hit once each', () => {
    const s = scoreArticle(trapText, trapGold, [
      findingOn(trapText, 'Minister'),
      findingOn(trapText, 'Foreign'), // same trap again
      findingOn(trapText, 'Minister Sergey Lavrov said his'), // matches the artifact: no false alarm
      findingOn(trapText, 'would'), // wrong, but on no trap
    ]);
    expect([s.falseAlarms, s.cleanFalseAlarms, s.cleanTraps, s.cleanTrapsHit]).toEqual([2, 0, 2, 1]);
    expect([s.cleanWords, s.falseAlarmsPer1000]).toEqual([0, null]);
    expect([s.matchedFindings, s.findings]).toEqual([1, 4]);
  });

  it('computes false alarms per 1,000 words over the clean articles only', () => {
    const r = aggregate([
      scoreArticle(cleanText, clean, [findingOn(cleanText, 'Tokyo'), findingOn(cleanText, 'Friday')]),
      scoreArticle(trapText, trapGold, [findingOn(trapText, 'Minister')]),
    ]);
    expect([r.totals.articles, r.totals.cleanArticles]).toEqual([2, 1]);
    expect([r.totals.falseAlarms, r.totals.cleanFalseAlarms, r.totals.cleanTrapsHit]).toEqual([3, 2, 1]);
    expect(r.totals.words).toBe(6 + 10);
    expect(r.totals.cleanWords).toBe(6);
    expect(r.totals.falseAlarmsPer1000).toBeCloseTo(333.333, 3);
  });
});

describe('recall per category and on the MQM Fluency/Style/Locale subset', () => {
  const text = 'alpha beta gamma delta epsilon';
  const arts = [
    artifactOn(text, 'alpha', [], { category: 'calque', mqm_category: 'Fluency/Grammar' }),
    artifactOn(text, 'beta', [], { category: 'other', mqm_category: 'Style/Unnatural or awkward' }),
    artifactOn(text, 'gamma', [], { category: 'calque', mqm_category: 'Locale convention/Name format' }),
    artifactOn(text, 'delta', [], { category: 'metonym-pronoun', mqm_category: 'Accuracy/Mistranslation' }),
  ];
  const findings = [findingOn(text, 'alpha'), findingOn(text, 'gamma'), findingOn(text, 'delta')];

  it('orders known categories as CATEGORIES, then others', () => {
    const s = scoreArticle(text, gold(arts), findings);
    expect(Object.keys(s.categories)).toEqual(['metonym-pronoun', 'calque', 'other']);
    expect(s.categories['calque']).toEqual({ matched: 2, total: 2, recall: 1 });
    expect(s.categories['other']).toEqual({ matched: 0, total: 1, recall: 0 });
  });

  it('counts only Fluency/, Style/ and Locale convention/ artifacts in the subset', () => {
    const s = scoreArticle(text, gold(arts), findings);
    expect(s.visibleMqm?.matched).toBe(2);
    expect(s.visibleMqm?.total).toBe(3);
    expect(scoreArticle(text, gold([artifactOn(text, 'alpha', [])]), findings).visibleMqm).toBeNull();
  });

  it('merges categories and the subset across articles', () => {
    const own = scoreArticle(text, gold([artifactOn(text, 'beta', [], { category: 'calque' })]), []);
    const r = aggregate([scoreArticle(text, gold(arts), findings), own]);
    expect(r.totals.categories['calque']).toEqual({ matched: 2, total: 3, recall: 2 / 3 });
    expect(r.totals.visibleMqm).toEqual({ matched: 2, total: 3, recall: 2 / 3 });
    expect(r.minRaters).toBeNull();
  });
});

describe('--min-raters', () => {
  const text = 'one two three four';
  const g = gold([
    artifactOn(text, 'one', [], { raters: 1 }),
    artifactOn(text, 'two', [], { raters: 2 }),
    artifactOn(text, 'three', [], { raters: 3 }),
    artifactOn(text, 'four', []), // no raters field: kept
  ]);

  it('keeps artifacts with raters >= N, and findings on dropped ones become unmatched', () => {
    const s = scoreArticle(text, g, [findingOn(text, 'one'), findingOn(text, 'three')], { minRaters: 2 });
    expect([s.artifacts, s.matchedArtifacts, s.matchedFindings]).toEqual([3, 1, 1]);
    expect(s.falseAlarms).toBe(0);
  });

  it('does not make an article clean when every artifact is dropped', () => {
    const s = scoreArticle(text, gold([artifactOn(text, 'one', [], { raters: 1 })]), [findingOn(text, 'two')], { minRaters: 2 });
    expect([s.clean, s.artifacts, s.cleanWords, s.falseAlarms]).toEqual([false, 0, 0, 0]);
    expect(aggregate([s], { minRaters: 2 }).minRaters).toBe(2);
  });
});

describe('countWords', () => {
  it('counts letter/digit runs joined by inner apostrophes', () => {
    // don't | stop | China’s | 3 | 5 | growth | U | S | co | op
    expect(countWords("don't stop China’s 3.5% growth — U.S. co-op")).toBe(10);
    expect(countWords('  \n')).toBe(0);
    expect(countWords("'quoted' workers' café")).toBe(3);
  });
});

describe('findings per rule', () => {
  it('counts a pack entry as its pack and a code rule as itself', () => {
    expect(ruleKey('calque/the-drop-overflowed')).toBe('calque');
    expect(ruleKey('talks-singular')).toBe('talks-singular');
  });

  it('tallies findings and matched findings per rule, summed over articles', () => {
    const t = 'The bank said his decision was final.';
    const g = gold([artifactOn(t, 'his', ['its'])], [], 'a');
    const as = (f: ReturnType<typeof findingOn>, ruleId: string) => ({ ...f, ruleId });
    const one = scoreArticle(t, g, [as(findingOn(t, 'his', ['its']), 'calque/x'), as(findingOn(t, 'bank'), 'calque/y'), as(findingOn(t, 'final'), 'other')]);
    expect(one.rules).toEqual({ calque: { findings: 2, matched: 1 }, other: { findings: 1, matched: 0 } });
    const two = scoreArticle(t, g, [as(findingOn(t, 'his', ['its']), 'other')]);
    expect(aggregate([one, two]).totals.rules).toEqual({ calque: { findings: 2, matched: 1 }, other: { findings: 2, matched: 1 } });
  });
});

/** The numbers of `mtaudit report` on hand-computed cases: words, MQM points, scores, totals. */
import { describe, expect, it } from 'vitest';
import { formatDuration, formatProgress } from '../../src/cli/progress.js';
import { articleRecord, countWords, failedRecord, findingPenalty, scoreBin, summarizeReport } from '../../src/report/summary.js';
import type { Category, Severity } from '../../src/rules/types.js';

const f = (severity: Severity, category: Category) => ({ severity, category });

describe('countWords', () => {
  it('counts words, numbers and joined forms once', () => {
    expect(countWords('U.S. officials’ 4,100 don’t e-mail — 23-year-old')).toBe(6);
    expect(countWords('')).toBe(0);
    expect(countWords('  «Ça va», dit-il.\n')).toBe(3);
  });
});

describe('MQM points (WMT weights)', () => {
  it('major 5, minor 1, minor punctuation 0.1, major punctuation 5', () => {
    expect(findingPenalty(f('error', 'calque'))).toBe(5);
    expect(findingPenalty(f('warning', 'calque'))).toBe(1);
    expect(findingPenalty(f('info', 'article'))).toBe(1);
    expect(findingPenalty(f('warning', 'punctuation'))).toBe(0.1);
    expect(findingPenalty(f('info', 'punctuation'))).toBe(0.1);
    expect(findingPenalty(f('error', 'punctuation'))).toBe(5);
  });
});

// A: 200 words, 5 + 0.1 + 0.1 + 1 + 5 = 11.2 points -> 56 per 1,000 words.
const A = articleRecord(0, 'a.txt', 200, [f('error', 'calque'), f('warning', 'punctuation'), f('info', 'punctuation'), f('warning', 'article'), f('error', 'punctuation')]);
// B: 1,000 words, one minor -> 1.
const B = articleRecord(1, 'b.txt', 1000, [f('warning', 'calque')]);
// C: empty, clean -> 0.
const C = articleRecord(2, 'c.txt', 0, []);
const D = failedRecord(3, 'd.txt', 'd.txt:1:4: invalid UTF-8 (column counts bytes)');

describe('articleRecord', () => {
  it('sums points exactly and normalizes per 1,000 words', () => {
    expect(A).toMatchObject({ words: 200, findings: 5, penalty: 11.2, score: 56, severities: { error: 2, warning: 2, info: 1 } });
    expect(A.categories).toEqual({ calque: { error: 1, warning: 0, info: 0 }, punctuation: { error: 1, warning: 1, info: 1 }, article: { error: 0, warning: 1, info: 0 } });
    expect(B).toMatchObject({ penalty: 1, score: 1 });
    expect(C).toMatchObject({ penalty: 0, score: 0, findings: 0 });
    // Three minor punctuation points are 0.3, not 0.30000000000000004.
    expect(articleRecord(0, 'p', 1000, [f('info', 'punctuation'), f('info', 'punctuation'), f('info', 'punctuation')]).penalty).toBe(0.3);
    // Fewer than 1 word counts as 1.
    expect(articleRecord(0, 'x', 0, [f('warning', 'calque')]).score).toBe(1000);
  });
});

describe('summarizeReport', () => {
  const t = summarizeReport([A, B, C, D]);
  it('totals files, words, findings and the word-weighted score', () => {
    expect(t).toMatchObject({ files: 4, audited: 3, failed: 1, words: 1200, findings: 6, rate: 5, penalty: 12.2, score: 10.17 });
    expect(t.severities).toEqual({ error: 2, warning: 3, info: 1 });
  });
  it('totals each category by severity, with its points', () => {
    const by = Object.fromEntries(t.categories.map((c) => [c.category, c]));
    expect(by['calque']).toMatchObject({ error: 1, warning: 1, info: 0, findings: 2, penalty: 6, rate: 1.67 });
    expect(by['punctuation']).toMatchObject({ findings: 3, penalty: 5.2 });
    expect(by['article']).toMatchObject({ findings: 1, penalty: 1 });
    expect(by['repetition']).toMatchObject({ findings: 0, penalty: 0, rate: 0 });
    expect(t.categories).toHaveLength(11);
  });
  it('bins scores and ranks the worst articles (only those with findings)', () => {
    expect(scoreBin(0)).toBe(0);
    expect(scoreBin(0.01)).toBe(1);
    expect(scoreBin(5)).toBe(2);
    expect(scoreBin(100)).toBe(6);
    expect(t.distribution).toEqual([1, 1, 0, 0, 0, 1, 0]);
    expect(t.worst).toEqual([0, 1]);
    const tie = summarizeReport([articleRecord(0, 'x', 1000, [f('warning', 'calque')]), articleRecord(1, 'y', 1000, [f('warning', 'calque')]), articleRecord(2, 'z', 2000, [f('error', 'calque')])]);
    expect(tie.worst).toEqual([2, 0, 1]);
  });
  it('is all zeros for no input', () => {
    expect(summarizeReport([])).toMatchObject({ files: 0, words: 0, findings: 0, score: 0, worst: [] });
  });
});

describe('progress line', () => {
  it('shows files done, rate and time left', () => {
    expect(formatProgress({ done: 0, total: 10, elapsedMs: 0, width: 10 })).toBe('[░░░░░░░░░░] 0/10 files');
    expect(formatProgress({ done: 2500, total: 10000, elapsedMs: 25_000, width: 10 })).toBe('[███░░░░░░░] 2,500/10,000 files · 100.0/s · 1m 15s left');
    expect(formatProgress({ done: 10, total: 10, elapsedMs: 2000, width: 4 })).toBe('[████] 10/10 files · 5.0/s · done');
    expect(formatDuration(7300)).toBe('2h 01m');
  });
});

import { describe, it, expect } from 'vitest';
import { aggregate, scoreArticle, type EvalResult } from '../../src/eval/score.js';
import { formatJson, formatText } from '../../src/eval/format.js';
import { artifactOn, findingOn, gold } from './helpers.js';

function sample(minRaters?: number, mqm = false): EvalResult {
  const t = 'The bank said his decision was final.'; // 7 words
  const c = 'All fine here.'; // 3 words
  const extra = mqm ? { mqm_category: 'Fluency/Grammar' } : {};
  const a1 = gold(
    [artifactOn(t, 'his', ['its'], { category: 'metonym-pronoun', ...extra }), artifactOn(t, 'final', ['definitive'])],
    [],
    'a1',
  );
  const opts = minRaters === undefined ? {} : { minRaters };
  return aggregate(
    [
      scoreArticle(t, a1, [findingOn(t, 'his', ['its']), findingOn(t, 'bank')], opts),
      scoreArticle(c, gold([], [], 'c1'), [findingOn(c, 'fine')], opts),
    ],
    opts,
  );
}

describe('formatText', () => {
  it('adds precision by rule only when asked', () => {
    expect(formatText(sample())).not.toContain('Precision by rule');
    const lines = formatText(sample(), { byRule: true }).split('\n');
    const at = lines.indexOf('Precision by rule (a pack counts as one rule)');
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 1, at + 3)).toEqual(['  rule       findings  matched      P', '  test-rule         3        1  0.333']);
  });

  it('prints articles, totals, then recall by category', () => {
    const lines = formatText(sample()).split('\n');
    expect(lines.slice(0, 7)).toEqual([
      'article                      words  findings  matched  artifacts      P      R   F0.5  fixed  FA   FA/1k  traps',
      '-'.repeat(111),
      'a1                               7         2        1        1/2  0.500  0.500  0.500    1/1   0       -      -',
      'c1 (clean)                       3         1        0          -  0.000      -  0.000      -   1  333.33      -',
      '-'.repeat(111),
      'total (2 articles, 1 clean)     10         3        1        1/2  0.333  0.500  0.357    1/1   1  333.33      -',
      '',
    ]);
    expect(lines.slice(7, 10)).toEqual(['Recall by category', '  metonym-pronoun  1/1  1.000', '  lexical-choice   0/1  0.000']);
    expect(formatText(sample())).not.toContain('MQM');
  });

  it('adds the --min-raters header and the MQM subset line when they apply', () => {
    const text = formatText(sample(2, true));
    expect(text.split('\n')[0]).toBe('artifacts with raters >= 2');
    expect(text).toContain('MQM Fluency/Style/Locale recall: 1/1 1.000');
  });
});

describe('formatJson', () => {
  it('has schemaVersion 1 and a stable key order', () => {
    const out = JSON.parse(formatJson(sample()));
    expect(Object.keys(out)).toEqual(['schemaVersion', 'minRaters', 'articles', 'totals']);
    expect(out.schemaVersion).toBe(1);
    expect(Object.keys(out.articles[0]).slice(0, 4)).toEqual(['id', 'clean', 'words', 'cleanWords']);
    expect(Object.keys(out.totals).slice(0, 3)).toEqual(['articles', 'cleanArticles', 'words']);
    expect(Object.keys(out.totals).slice(-3)).toEqual(['categories', 'visibleMqm', 'rules']);
  });

  it('gives each rule its findings, matched findings and precision in the totals', () => {
    const out = JSON.parse(formatJson(sample()));
    // The helpers' findings all come from 'test-rule': "his" matches, "bank" and "fine" do not.
    expect(out.totals.rules).toEqual({ 'test-rule': { findings: 3, matched: 1, precision: 0.3333 } });
    expect(out.articles[0].rules).toBeUndefined();
  });

  it('rounds ratios to 4 decimals and writes null for undefined ones', () => {
    const out = JSON.parse(formatJson(sample()));
    expect(out.totals.precision).toBe(0.3333);
    expect(out.totals.falseAlarmsPer1000).toBe(333.3333);
    expect(out.articles[1].recall).toBeNull();
    expect(out.totals.categories['lexical-choice']).toEqual({ matched: 0, total: 1, recall: 0 });
  });

  it('is deterministic and ends with a newline', () => {
    expect(formatJson(sample())).toBe(formatJson(sample()));
    expect(formatJson(sample()).endsWith('}\n')).toBe(true);
  });
});

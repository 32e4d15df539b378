import { describe, expect, it } from 'vitest';
import { applySuppressions, parseDirectives } from '../../src/rules/suppress.js';
import { LineIndex } from '../../src/text/lines.js';

function run(text: string, spans: { ruleId: string; category: string; at: string }[]) {
  const findings = spans.map((s) => ({ ruleId: s.ruleId, category: s.category, start: text.indexOf(s.at) }));
  const r = applySuppressions(findings, parseDirectives(text), new LineIndex(text), text.length);
  return { kept: r.kept.map((f) => text.slice(f.start, f.start + 5)), unused: r.unused.map((d) => d.kind) };
}

describe('inline suppression', () => {
  it('parses rules and a reason', () => {
    const [d] = parseDirectives('x <!-- mtaudit-disable calque, repetition -- quoted speech --> y');
    expect(d).toMatchObject({ kind: 'disable', rules: ['calque', 'repetition'] });
  });

  it('disables a region until enable, by id, category or pack prefix', () => {
    const text = 'AAAAA\n<!-- mtaudit-disable calque -->\nBBBBB CCCCC\n<!-- mtaudit-enable -->\nDDDDD\n';
    const r = run(text, [
      { ruleId: 'calque/x', category: 'calque', at: 'AAAAA' },
      { ruleId: 'calque/x', category: 'calque', at: 'BBBBB' },
      { ruleId: 'repetition', category: 'repetition', at: 'CCCCC' },
      { ruleId: 'calque/x', category: 'calque', at: 'DDDDD' },
    ]);
    expect(r.kept).toEqual(['AAAAA', 'CCCCC', 'DDDDD']);
    expect(r.unused).toEqual([]);
  });

  it('disables the next line and the same line only', () => {
    const text = '<!-- mtaudit-disable-next-line -->\nBBBBB\nCCCCC <!-- mtaudit-disable-line repetition -->\nDDDDD\n';
    const r = run(text, [
      { ruleId: 'a', category: 'calque', at: 'BBBBB' },
      { ruleId: 'repetition', category: 'repetition', at: 'CCCCC' },
      { ruleId: 'repetition', category: 'repetition', at: 'DDDDD' },
    ]);
    expect(r.kept).toEqual(['DDDDD']);
  });

  it('runs to the end of the file without enable, and reports unused directives', () => {
    const text = '<!-- mtaudit-disable-next-line punctuation -->\nAAAAA\n<!-- mtaudit-disable -->\nBBBBB\n';
    const r = run(text, [{ ruleId: 'calque/x', category: 'calque', at: 'BBBBB' }, { ruleId: 'calque/x', category: 'calque', at: 'AAAAA' }]);
    expect(r.kept).toEqual(['AAAAA']);
    expect(r.unused).toEqual(['disable-next-line']);
  });
});

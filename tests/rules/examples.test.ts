/**
 * Runs every rule's own examples (LanguageTool style): a bad example yields exactly the
 * marked span, its first suggestion gives the expected output, and that output does not
 * trigger the rule again; a good example yields nothing. Adding a rule adds its tests.
 */
import { describe, expect, it } from 'vitest';
import { compileRuleSet, runRules } from '../../src/rules/engine.js';
import { builtinRules } from '../../src/rules/registry.js';
import { Doc } from '../../src/text/document.js';
import { sharedTagger } from '../helpers/tagger.js';
import { applyFirst, unmark } from '../helpers/examples.js';

const rules = builtinRules();

describe.each(rules.map((r) => [r.meta.id, r] as const))('%s', (_id, rule) => {
  // A suspect rule runs alone here, with no other findings to open its gate: its examples
  // test the rule itself (tests/rules/suspect.test.ts tests the gate).
  const set = compileRuleSet([rule], { suspect: 'always' });
  const run = (text: string) => runRules(new Doc(text, sharedTagger()), set);

  it.each(rule.meta.examples.bad.map((b) => [b.text, b] as const))('flags: %s', (_t, bad) => {
    const { text, start, end } = unmark(bad.text);
    const found = run(text);
    expect(found.map((f) => [f.start, f.end, f.text])).toEqual([[start, end, text.slice(start, end)]]);
    const f = found[0]!;
    expect(f.message).not.toMatch(/\{[a-z]+\}/);
    if (bad.output !== undefined) {
      expect(f.suggestions.length).toBeGreaterThan(0);
      expect(applyFirst(text, f)).toBe(bad.output);
    }
    if (f.suggestions.length > 0) {
      const fixed = applyFirst(text, f);
      expect(run(fixed).map((g) => g.text)).toEqual([]);
    }
  });

  it.each(rule.meta.examples.good.map((g) => [g] as const))('passes: %s', (good) => {
    expect(run(good).map((f) => `${f.text} @${f.start}`)).toEqual([]);
  });
});

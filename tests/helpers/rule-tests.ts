/**
 * Shared pieces of the per-category rule tests: loading a built-in pack from src/rules/packs,
 * a runner over a fixed set of rules, the pack-shape checks, and the "unseen sentences" checks
 * (artifacts written for the test, each with its span and fix, and clean English that must stay
 * quiet). Each rule's own examples run once, in tests/rules/examples.test.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileRuleSet, runRules, type AnyRule } from '../../src/rules/engine.js';
import { loadPack, type PatternRule } from '../../src/rules/pack.js';
import type { Finding } from '../../src/rules/types.js';
import { Doc } from '../../src/text/document.js';
import { sharedTagger } from './tagger.js';
import { applyFirst, unmark } from './examples.js';

/** The pack src/rules/packs/NAME.yaml, as the registry shows it (packs/NAME.yaml). */
export function loadBuiltinPack(name: string): PatternRule[] {
  return loadPack(readFileSync(new URL(`../../src/rules/packs/${name}.yaml`, import.meta.url), 'utf8'), `packs/${name}.yaml`);
}

/** Runs the given rules, compiled once, on a text (tagged with the shared tagger). */
export function rulesRunner(rules: readonly AnyRule[]): (text: string) => Finding[] {
  const set = compileRuleSet(rules);
  return (text) => runRules(new Doc(text, sharedTagger()), set);
}

/**
 * A pack's shape: at least `min` entries, all of `category`, sorted by id; and tight spans, at
 * most four words in every bad example of the pack and of the category's code rules.
 */
export function describePackShape(category: string, min: number, pack: readonly PatternRule[], codeRules: readonly AnyRule[]): void {
  describe(`${category} pack`, () => {
    it(`has at least ${min} entries, all of category ${category}, sorted by id`, () => {
      expect(pack.length).toBeGreaterThanOrEqual(min);
      for (const r of pack) expect(r.meta.category).toBe(category);
      const ids = pack.map((r) => r.meta.id);
      expect(ids).toEqual([...ids].sort());
    });

    it('flags tight spans: at most four words in every bad example', () => {
      for (const r of [...pack, ...codeRules]) {
        for (const b of r.meta.examples.bad) {
          const { text, start, end } = unmark(b.text);
          expect(text.slice(start, end).trim().split(/\s+/).length, `${r.meta.id}: ${b.text}`).toBeLessThanOrEqual(4);
        }
      }
    });
  });
}

/**
 * Sentences written for the test: each artifact ([[marked]] text, text after the first fix) is
 * flagged by exactly one finding over its span, whose first suggestion gives the fixed text; each
 * clean sentence yields no finding. Call inside a describe block.
 */
export function unseenSentenceTests(
  run: (text: string) => Finding[],
  artifacts: readonly (readonly [string, string])[],
  clean: readonly string[],
): void {
  it.each(artifacts)('flags %s', (marked, output) => {
    const { text, start, end } = unmark(marked);
    const found = run(text).filter((f) => f.start < end && start < f.end);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual([text.slice(start, end)]);
    expect(applyFirst(text, found[0]!)).toBe(output);
  });

  it.each(clean)('stays quiet on: %s', (text) => {
    expect(run(text).map((f) => `${f.ruleId}: ${f.text}`)).toEqual([]);
  });
}

/**
 * Artifacts written for the test as [rule id, damaged text, flagged span, text after the fix]:
 * the damaged text yields exactly that one finding, its first suggestion gives the fixed text,
 * and the fixed text yields nothing. Call inside a describe block.
 */
export function fixedCaseTests(
  run: (text: string) => Finding[],
  cases: ReadonlyArray<readonly [string, string, string, string]>,
): void {
  it.each(cases)('%s: %s', (id, damaged, span, fixed) => {
    const found = run(damaged);
    expect(found.map((f) => [f.ruleId, f.text])).toEqual([[id, span]]);
    expect(applyFirst(damaged, found[0]!)).toBe(fixed);
    expect(run(fixed)).toEqual([]);
  });
}

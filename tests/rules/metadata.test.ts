/** Metadata of every rule: ids unique and well-formed, categories closed, messages clean. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rulesAsMarkdown } from '../../src/cli/rules-command.js';
import { builtinRules } from '../../src/rules/registry.js';
import { CATEGORIES, SEVERITIES } from '../../src/rules/types.js';

const rules = builtinRules();

describe('rule metadata', () => {
  it('has unique, well-formed ids', () => {
    const ids = rules.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)?$/);
  });

  it('uses the closed category and severity sets', () => {
    for (const r of rules) {
      expect(CATEGORIES).toContain(r.meta.category);
      expect(SEVERITIES).toContain(r.meta.severity);
    }
  });

  it('has a description and examples for every rule', () => {
    for (const r of rules) {
      expect(r.meta.description.trim(), r.meta.id).not.toBe('');
      expect(r.meta.examples.bad.length, r.meta.id).toBeGreaterThan(0);
      expect(r.meta.examples.good.length, r.meta.id).toBeGreaterThan(0);
      for (const b of r.meta.examples.bad) expect(b.text, r.meta.id).toMatch(/\[\[.+?\]\]/s);
    }
  });

  it('covers every category with at least one rule', () => {
    const covered = new Set(rules.map((r) => r.meta.category));
    expect([...CATEGORIES].filter((c) => !covered.has(c))).toEqual([]);
  });

  it('docs/rules.md is up to date (npm run docs regenerates it)', () => {
    const onDisk = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');
    expect(onDisk).toBe(rulesAsMarkdown(rules));
  });
});

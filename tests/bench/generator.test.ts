/**
 * The benchmark's corpus generator (scripts/bench-lib.mjs): deterministic, exact sizes, varied
 * text with artifacts; and the synthetic pack of the pack-scale check loads with the real
 * loader and never matches the generated copy. Small sizes only: these run with every `npm test`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import {
  anchorPrefix,
  createRng,
  generateArticles,
  generateCorpus,
  median,
  ONE_LINE,
  scalePackEntries,
  TEMPLATES,
} from '../../scripts/bench-lib.mjs';
import { compileRuleSet, runRules } from '../../src/rules/engine.js';
import { loadPack } from '../../src/rules/pack.js';
import { Doc } from '../../src/text/document.js';

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

describe('generateCorpus', () => {
  it('is deterministic: same seed, same text', () => {
    expect(generateCorpus({ bytes: 20_000, seed: 42 })).toBe(generateCorpus({ bytes: 20_000, seed: 42 }));
  });

  it('gives different text for different seeds', () => {
    expect(generateCorpus({ bytes: 5_000, seed: 1 })).not.toBe(generateCorpus({ bytes: 5_000, seed: 2 }));
  });

  it.each([0, 1, 2, 17, 100, 999, 4_096, 65_536])('produces exactly %i UTF-8 bytes', (n) => {
    for (const seed of [1, 2, 3]) expect(bytes(generateCorpus({ bytes: n, seed }))).toBe(n);
  });

  it('writes whole paragraphs, one per line, each ending in a newline', () => {
    const text = generateCorpus({ bytes: 30_000, seed: 5 });
    expect(text.endsWith('\n')).toBe(true);
    const lines = text.slice(0, -1).split('\n');
    expect(lines.every((l) => l.length > 0)).toBe(true);
    // Paragraphs of 3-6 sentences: all but the topped-up last line are at least 3 sentences long.
    for (const l of lines.slice(0, -1)) expect(l.match(/\. (?=[A-Z«"])/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
  });

  it('is varied and mixes clean sentences with MT artifacts', () => {
    const text = generateCorpus({ bytes: 100_000, seed: 9 });
    const lines = text.split('\n').filter(Boolean);
    expect(new Set(lines).size).toBe(lines.length);
    expect(text).toMatch(/\b\d+,\d percent\b/); // decimal comma
    expect(text).toMatch(/«[^»]+»/); // guillemets
    expect(text).toContain('many years, many years');
    expect(text).toContain('the influence space');
    expect(text).toMatch(/[A-Z][a-z]+ Top Diplomat/);
    expect(text).toContain('the initial talk');
    expect(text).toMatch(/\b[A-Z][a-z]+ and his allies refused/);
    expect(text).toContain('the statistics office said'); // a clean template
    expect(text).not.toMatch(/\{[a-z]+\d?\}/); // every slot filled
  });

  it('has about sixty templates, both kinds', () => {
    expect(TEMPLATES.length).toBeGreaterThanOrEqual(55);
    expect(TEMPLATES.filter((t) => t.a).length).toBeGreaterThanOrEqual(20);
    expect(TEMPLATES.filter((t) => !t.a).length).toBeGreaterThanOrEqual(20);
  });

  it('rejects a bad size', () => {
    expect(() => generateCorpus({ bytes: -1 })).toThrow(/bytes/);
    expect(() => generateCorpus({ bytes: 1.5 })).toThrow(/bytes/);
  });
});

describe('generateArticles', () => {
  it('is deterministic and gives the requested number of named articles', () => {
    const a = generateArticles({ count: 12, seed: 3 });
    expect(a).toEqual(generateArticles({ count: 12, seed: 3 }));
    expect(a.map((x) => x.name)).toEqual(Array.from({ length: 12 }, (_, i) => `article-${String(i + 1).padStart(4, '0')}.txt`));
    expect(new Set(a.map((x) => x.text)).size).toBe(12);
    for (const x of a) {
      expect(x.text).toMatch(/^[A-Z ]+, [A-Z][a-z]+ \d+ \([A-Za-z]+\) - /);
      expect(x.text.endsWith('\n')).toBe(true);
      expect(bytes(x.text)).toBeGreaterThan(500);
      expect(bytes(x.text)).toBeLessThan(10_000);
    }
  });
});

describe('synthetic pack for the pack-scale check', () => {
  it('has unique ids and loads with the real pack loader', () => {
    const entries = scalePackEntries(40);
    expect(new Set(entries.map((e) => e.id)).size).toBe(40);
    expect(scalePackEntries(40)).toEqual(entries);
    const yaml = stringify({ pack: 'bench-scale', category: 'calque', severity: 'warning', message: '“{match}”: say “{suggestion}”.', entries });
    expect(loadPack(yaml, 'bench-scale.yaml')).toHaveLength(40);
  });

  it('stays unique past the 5,832 three-syllable words', () => {
    const entries = scalePackEntries(3_000);
    expect(new Set(entries.map((e) => e.find)).size).toBe(3_000);
  });

  it('never matches generated copy but does match its own bad examples', () => {
    const entries = scalePackEntries(40);
    const yaml = stringify({ pack: 'bench-scale', category: 'calque', message: '“{match}”: say “{suggestion}”.', entries });
    const set = compileRuleSet(loadPack(yaml, 'bench-scale.yaml'));
    expect(runRules(new Doc(generateCorpus({ bytes: 20_000, seed: 11 })), set)).toEqual([]);
    const bad = entries.map((e) => e.bad.replace(/\[\[|\]\]/g, '')).join('\n');
    expect(runRules(new Doc(bad), set)).toHaveLength(40);
  });
});

describe('anchorPrefix', () => {
  it.each([
    ['[{make}] a decision', '{make}'],
    ['the|an|a? influence space|spaces', 'the|an|a? influence'],
    ['^ [from his|her side] ,', '^ from'],
    ['[as] “|\\"|‘? red line', 'as'],
    ['the? [x] y', 'the? x'],
    ['\\? what', '\\?'],
  ])('%s -> %s', (find, prefix) => {
    expect(anchorPrefix(find)).toBe(prefix);
  });

  it('gives synthetic entries the anchors of the built-in entries they mirror', () => {
    const dir = new URL('../../src/rules/packs/', import.meta.url);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
      const text = readFileSync(new URL(file, dir), 'utf8');
      const real = loadPack(text, file);
      const finds = (parse(text) as { entries: { find: string }[] }).entries.map((e) => e.find);
      const entries = scalePackEntries(finds.length, 3, finds.map(anchorPrefix));
      const synthetic = loadPack(stringify({ pack: 'bench-scale', category: 'calque', message: 'm {match}', entries }), file);
      synthetic.forEach((r, i) => {
        const anchors = (x: ReadonlySet<string> | undefined) => (x ? [...x].sort() : undefined);
        expect([finds[i], anchors(r.pattern.anchors)]).toEqual([finds[i], anchors(real[i]!.pattern.anchors)]);
      });
    }
  });
});

describe('helpers', () => {
  it('median', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
  });

  it('createRng is seeded', () => {
    const a = createRng(7);
    const b = createRng(7);
    const xs = Array.from({ length: 5 }, () => a.int(0, 1000));
    expect(Array.from({ length: 5 }, () => b.int(0, 1000))).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x <= 1000)).toBe(true);
  });

  it('ONE_LINE is one line', () => {
    expect(ONE_LINE.trimEnd()).not.toContain('\n');
  });
});

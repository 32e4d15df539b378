/**
 * Golden files for every output format. UPDATE_GOLDEN=1 rewrites them; review the diff.
 * Format-specific checks follow: SARIF against the official schema, GitHub escaping,
 * reviewdog byte columns, well-formed XML.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Options, ValidateFunction } from 'ajv-draft-04';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { formatGithubSummary } from '../../src/report/github.js';
import { FORMATTERS } from '../../src/report/index.js';
import { RESULTS, RULES } from './sample.js';

// ajv-draft-04 is CommonJS with `exports.default`; require() sidesteps NodeNext's default-import typing.
const Ajv = (createRequire(import.meta.url)('ajv-draft-04') as { default: new (o: Options) => { compile(s: object): ValidateFunction } }).default;

const ctx = { color: false, rules: RULES, version: '9.9.9' };
const golden = (name: string) => new URL(`../fixtures/formats/${name}`, import.meta.url);

function matchGolden(name: string, actual: string): void {
  const file = golden(name);
  if (process.env['UPDATE_GOLDEN'] || !existsSync(file)) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('formats: golden files', () => {
  for (const [name, f] of Object.entries(FORMATTERS)) {
    it(name, () => matchGolden(`${name}.golden`, f(RESULTS, ctx)));
  }
  it('github step summary', () => matchGolden('github-summary.md.golden', formatGithubSummary(RESULTS)));
});

describe('sarif', () => {
  const log = JSON.parse(FORMATTERS['sarif']!(RESULTS, ctx));
  it('is valid against the SARIF 2.1.0 schema', () => {
    const schema = JSON.parse(readFileSync(new URL('../fixtures/sarif/sarif-2.1.0-rtm.5.json', import.meta.url), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    const validate = ajv.compile(schema);
    expect(validate(log), JSON.stringify(validate.errors, null, 1)).toBe(true);
  });
  it('declares UTF-16 columns, 1-based regions, rules with help, and fingerprints', () => {
    const run = log.runs[0];
    expect(run.columnKind).toBe('utf16CodeUnits');
    const r = run.results[0];
    expect(r.locations[0].physicalLocation.region).toMatchObject({ startLine: 1, startColumn: 24, endColumn: 27 });
    expect(r.locations[0].physicalLocation.artifactLocation.uri).toBe('wire/a%20b.txt');
    expect(r.partialFingerprints['mtaudit/context/v1']).toMatch(/^[0-9a-f]{32}$/);
    expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    expect(run.tool.driver.rules[0].help.text).toContain('Rule');
  });
});

describe('github', () => {
  const out = FORMATTERS['github']!(RESULTS, ctx);
  it('escapes data and properties', () => {
    const line = out.split('\n').find((l) => l.includes('sphere-of-influence'))!;
    expect(line).toMatch(/^::error file=wire\/a b.txt,line=2,col=\d+,endLine=2,endColumn=\d+,title=calque\/sphere-of-influence \(calque\)::/);
    expect(line).toContain('Calque%2C 50%25 sure'.replace('%2C', ','));
    expect(line).toContain('50%25');
    expect(line).toContain('%0Asee');
    expect(line).not.toContain('\r');
    expect(out).toContain('::notice ');
  });

  it('places an unreadable file at the line and column of its error', () => {
    expect(out).toContain('::error file=wire/broken.txt,line=1,col=4,title=mtaudit%3A unreadable file::invalid UTF-8 (column counts bytes)\n');
  });
});

describe('unreadable files elsewhere', () => {
  it('checkstyle and sarif carry the error position', () => {
    expect(FORMATTERS['checkstyle']!(RESULTS, ctx)).toContain('<error line="1" column="4" severity="error" message="invalid UTF-8 (column counts bytes)" source="mtaudit"/>');
    const log = JSON.parse(FORMATTERS['sarif']!(RESULTS, ctx));
    const n = log.runs[0].invocations[0].toolExecutionNotifications[0];
    expect(n.locations[0].physicalLocation.region).toEqual({ startLine: 1 });
  });
});

describe('rdjsonl', () => {
  it('counts columns in UTF-8 bytes', () => {
    const lines = FORMATTERS['rdjsonl']!(RESULTS, ctx).trim().split('\n').map((l) => JSON.parse(l));
    const calque = lines.find((d) => d.code.value === 'calque/sphere-of-influence');
    // "The café “<script>” — 😀 " : é is 2 bytes, “ ” — are 3, 😀 is 4.
    const prefix = 'The café “<script>” — 😀 ';
    expect(calque.location.range.start).toEqual({ line: 2, column: Buffer.byteLength(prefix) + 1 });
    expect(calque.suggestions[0].text).toBe('a sphere of influence');
    expect(calque.severity).toBe('ERROR');
  });
});

describe('xml formats', () => {
  for (const name of ['junit', 'checkstyle']) {
    it(`${name} escapes markup`, () => {
      const out = FORMATTERS[name]!(RESULTS, ctx);
      expect(out).not.toContain('<docs>');
      expect(out).toContain('&lt;docs&gt; &amp; &quot;notes&quot;');
      expect(out.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
      expect(XMLValidator.validate(out)).toBe(true);
    });
  }
});

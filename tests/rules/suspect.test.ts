/**
 * The suspect gate (engine.ts): rules marked `suspect` run only in a document whose other
 * findings show it is machine-translated; `always` and `never` override that.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAuditor } from '../../src/auditor.js';
import { compileRuleSet, EVIDENCE_FINDINGS, runRules, showsArtifacts } from '../../src/rules/engine.js';
import { loadPack } from '../../src/rules/pack.js';
import { builtinRules } from '../../src/rules/registry.js';
import type { Finding } from '../../src/rules/types.js';
import { Doc } from '../../src/text/document.js';
import { sharedTagger } from '../helpers/tagger.js';

const PACK = `
pack: test-suspect
category: lexical-choice
suspect: true
message: "“{match}”: {suggestion}?"
entries:
  - id: currently-actually
    find: "[actually] at|in"
    replace: currently
    bad: "Rates are [[actually]] at a record. => Rates are currently at a record."
    good: "Rates are currently at a record."
`;
const suspectRules = loadPack(PACK, 'test-suspect.yaml');
const rules = [...builtinRules(), ...suspectRules];
const SENTENCE = ' Rates are actually at their highest level since 2006.';
const CLEAN = 'The central bank left its main rate unchanged on Thursday, as expected by most economists.' + SENTENCE;
// A machine-translated story shipped with the repo: many findings per 100 words.
const MT = readFileSync(new URL('../../corpus/sample-energy.txt', import.meta.url), 'utf8') + SENTENCE;

const ids = (fs: readonly Finding[]): string[] => fs.filter((f) => f.ruleId.startsWith('test-suspect/')).map((f) => f.text);

describe('suspect rules', () => {
  const auto = createAuditor({ rules, tagger: sharedTagger() });

  it('marks pack entries suspect from the pack (or entry) key', () => {
    expect(suspectRules.every((r) => r.meta.suspect === true)).toBe(true);
  });

  it('built in, are info only: the default --fail-on warning never fails a run on them', () => {
    const builtin = builtinRules().filter((r) => r.meta.suspect);
    expect(builtin.length).toBeGreaterThan(0);
    expect(builtin.filter((r) => r.meta.severity !== 'info').map((r) => r.meta.id)).toEqual([]);
  });

  it('stay quiet in clean copy', () => {
    expect(ids(auto.findings(CLEAN))).toEqual([]);
  });

  it('run in a document that shows machine-translation artifacts', () => {
    expect(ids(auto.findings(MT))).toEqual(['actually']);
  });

  it('run everywhere with always, nowhere with never', () => {
    expect(ids(createAuditor({ rules, tagger: sharedTagger(), suspect: 'always' }).findings(CLEAN))).toEqual(['actually']);
    expect(ids(createAuditor({ rules, tagger: sharedTagger(), suspect: 'never' }).findings(MT))).toEqual([]);
  });

  it('are not evidence themselves: a set of suspect rules alone never opens its gate', () => {
    const set = compileRuleSet(suspectRules);
    const text = Array.from({ length: 5 }, () => 'Rates are actually at a record.').join(' ');
    expect(runRules(new Doc(text, sharedTagger()), set)).toEqual([]);
    expect(runRules(new Doc(text, sharedTagger()), compileRuleSet(suspectRules, { suspect: 'always' }))).toHaveLength(5);
  });
});

describe('showsArtifacts', () => {
  const f = (start: number, confidence = 0.8, ruleId = `rule-${start}`): Finding => ({
    ruleId, category: 'article', severity: 'warning', start, end: start + 1, text: 'x', message: '', suggestions: [], reason: '', confidence,
  });
  const doc = (words: number): Doc => new Doc(Array.from({ length: words }, () => 'word').join(' '));

  it('needs enough findings, on distinct spans, confident enough, dense enough', () => {
    const three = Array.from({ length: EVIDENCE_FINDINGS }, (_, i) => f(i * 10));
    expect(showsArtifacts(doc(30), three)).toBe(true);
    expect(showsArtifacts(doc(30), three.slice(1))).toBe(false);
    expect(showsArtifacts(doc(30), [f(0), f(0), f(0)])).toBe(false);
    expect(showsArtifacts(doc(30), three.map((x) => ({ ...x, confidence: 0.5 })))).toBe(false);
    expect(showsArtifacts(doc(300), three)).toBe(true);
    expect(showsArtifacts(doc(301), three)).toBe(false);
  });

  it('counts one rule at most twice: a repeated house style is one habit', () => {
    expect(showsArtifacts(doc(30), [f(0, 0.8, 'decimal-comma'), f(10, 0.8, 'decimal-comma'), f(20, 0.8, 'decimal-comma')])).toBe(false);
    expect(showsArtifacts(doc(30), [f(0, 0.8, 'decimal-comma'), f(10, 0.8, 'decimal-comma'), f(20, 0.8, 'quote-direction')])).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { fingerprints } from '../../src/report/fingerprint.js';

const at = (text: string, sub: string, ruleId = 'r', nth = 0) => {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(sub, start + 1);
  return { ruleId, start, end: start + sub.length };
};

describe('fingerprints', () => {
  it('survive edits in other paragraphs and in far parts of the same one', () => {
    const a = 'Intro.\nOne country has no right to exert the influence space, he said.\n';
    const b = 'A much longer intro paragraph.\n\nOne country has no right to exert the influence space, he said.\nMore.\n';
    expect(fingerprints([at(a, 'the influence space')], a)).toEqual(fingerprints([at(b, 'the influence space')], b));
  });

  it('change with the rule, the words, or nearby context', () => {
    const t = 'exert the influence space, he said.';
    const base = fingerprints([at(t, 'the influence space')], t)[0];
    expect(fingerprints([at(t, 'the influence space', 'other')], t)[0]).not.toBe(base);
    const near = 'exerted the influence space, he said.';
    expect(fingerprints([at(near, 'the influence space')], near)[0]).not.toBe(base);
  });

  it('tell repeated identical contexts apart by occurrence', () => {
    const t = 'x the talk y. x the talk y.';
    const [a, b] = fingerprints([at(t, 'talk', 'r', 0), at(t, 'talk', 'r', 1)], t);
    expect(a).not.toBe(b);
  });
});

/**
 * dropped-preposition (suspect tier): the heads come from src/data/dropped-preposition-heads.txt,
 * checked only where the counts of dropped-preposition-counts.txt confirm them; lib/dropped.ts
 * tells a bare object from a that-less clause, an adjunct and a modifier.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAuditor } from '../../src/auditor.js';
import { rule } from '../../src/rules/code/preposition/dropped-preposition.js';
import { droppedHeads } from '../../src/rules/code/preposition/lib/dropped-heads.js';
import { compileRuleSet, runRules } from '../../src/rules/engine.js';
import { Doc } from '../../src/text/document.js';
import { sharedTagger } from '../helpers/tagger.js';

const only = compileRuleSet([rule], { suspect: 'always' });
const flagged = (text: string): string[] => runRules(new Doc(text, sharedTagger()), only).map((f) => `${f.text}>${f.suggestions.join('|')}`);

function lines(name: string): string[][] {
  return readFileSync(new URL(`../../src/data/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => l.trim().split(/\s+/));
}

describe('dropped-preposition data', () => {
  it('has counts for every head of dropped-preposition-heads.txt, in its order (rerun scripts/count-dropped-preposition-heads.mjs after editing it)', () => {
    const heads = lines('dropped-preposition-heads.txt').map(([k, l]) => `${k} ${l}`);
    const counted = lines('dropped-preposition-counts.txt').map(([k, l]) => `${k} ${l}`);
    expect(counted).toEqual(heads);
  });

  it('checks heads the counts confirm, in all their forms, and not heads clean English gives a bare object', () => {
    const heads = droppedHeads();
    expect(heads.get('complained')?.preps).toEqual(['about', 'of']);
    expect(heads.get('relies')?.lemma).toBe('rely');
    expect(heads.get('contrary')?.kind).toBe('fixed');
    for (const transitive of ['agreed', 'succeeded', 'referred', 'talked', 'attend', 'subject']) expect(heads.has(transitive)).toBe(false);
  });
});

describe('dropped-preposition', () => {
  it('flags a bare object after a head that takes a preposition, with the two usual ones', () => {
    expect(flagged('Residents complained the noise from the site.')).toEqual(['complained>complained about|complained of']);
    expect(flagged('Both parties disagreed the terms of the deal.')).toEqual(['disagreed>disagreed with']);
    expect(flagged('The opposition will abstain the vote on the budget.')).toEqual(['abstain>abstain from']);
    expect(flagged('Farmers are eligible the new subsidy.')).toEqual(['eligible>eligible for']);
    expect(flagged('Prior the vote, the opposition walked out.')).toEqual(['Prior>Prior to']);
  });

  it('reads past a long noun phrase and a reduced relative clause', () => {
    expect(flagged('Protesters insisted the release of the detainees arrested last week.')).toEqual(['insisted>insisted on']);
    expect(flagged('Residents complained the noise coming from the site.')).toEqual(['complained>complained about|complained of']);
  });

  it('puts "to" first before a person', () => {
    expect(flagged('The company later apologized them in a letter.')).toEqual(['apologized>apologized to|apologized for']);
  });

  it('stays quiet on that-less clauses, adjuncts, modifiers, phrasal verbs and inversions', () => {
    for (const clean of [
      'Protesters insisted the plan was unfair.',
      'He insisted the customer "is always right".',
      'The committee insists Smith\u2019s proposal for the new budget would have failed.',
      'Residents complained the rooms were cold.',
      'We waited two hours at the border.',
      'They waited a great deal longer than planned.',
      'We could not wait any longer.',
      'We decided to wait it out.',
      'He disagreed whole-heartedly.',
      'The tubes may differ both in size and in shape.',
      'The ministry responded the same way.',
      'Residents complained last week.',
      '\u201cIt is unfair,\u201d complained the mayor.',
      'On the contrary the figures rose.',
      'Contrary views were aired.',
      'Participating countries will meet in June.',
      'The waiting list is long.',
      'She was aware the talks had stalled.',
      'There would result a three-part rate.',
      'Mrs. Henry Cater Parmer was president.',
      'Listen, ball boys!',
    ]) expect(flagged(clean), clean).toEqual([]);
  });

  it('runs only in copy with other MT artifacts, and defers to the pack entries', () => {
    const auditor = createAuditor();
    expect(auditor.findings('Residents complained the noise from the site.').filter((f) => f.ruleId === 'dropped-preposition')).toEqual([]);
    const always = createAuditor({ suspect: 'always' });
    const ids = always.findings('The bank said it would not comment the report.').map((f) => f.ruleId);
    expect(ids).not.toContain('dropped-preposition');
  });
});

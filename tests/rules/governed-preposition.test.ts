/**
 * governed-preposition (suspect tier): the allowed prepositions come from the counts in
 * src/data/preposition-head-counts.txt; the guards keep adjuncts, infinitives and prepositions
 * that belong to another word quiet; the rule defers to plain rules on the same span and runs
 * only in copy that shows MT artifacts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAuditor } from '../../src/auditor.js';
import { rule } from '../../src/rules/code/preposition/governed-preposition.js';
import { governedHead, MIN_OBSERVED } from '../../src/rules/code/preposition/lib/governed.js';
import { compileRuleSet, runRules } from '../../src/rules/engine.js';
import { builtinRules } from '../../src/rules/registry.js';
import type { Finding } from '../../src/rules/types.js';
import { Doc } from '../../src/text/document.js';
import { sharedTagger } from '../helpers/tagger.js';

const only = compileRuleSet([rule], { suspect: 'always' });
const flagged = (text: string): string[] => runRules(new Doc(text, sharedTagger()), only).map((f) => `${f.text}>${f.suggestions[0]}`);

function lines(name: string): string[][] {
  return readFileSync(new URL(`../../src/data/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => l.trim().split(/\s+/));
}

describe('governed-preposition data', () => {
  it('has counts for every head of preposition-heads.txt, in its order (rerun scripts/count-preposition-heads.mjs after editing it)', () => {
    const heads = lines('preposition-heads.txt').map(([k, l]) => `${k} ${l}`);
    const counted = lines('preposition-head-counts.txt').map(([k, l]) => `${k} ${l}`);
    expect(counted).toEqual(heads);
  });

  it('allows what clean English uses after a head, and checks only heads seen often enough', () => {
    const investigation = governedHead('noun', 'investigations');
    expect(investigation?.allowed.has('into')).toBe(true);
    expect(investigation?.allowed.has('to')).toBe(false);
    expect(governedHead('noun', 'access')?.allowed.has('to')).toBe(true);
    expect(governedHead('verb', 'argued')?.usual).toBe('for');
    for (const [kind, lemma, , observed] of lines('preposition-head-counts.txt')) {
      // (a form of a head seen often enough may be checked as that head: "preparations", "preparation")
      if (Number(observed) < MIN_OBSERVED) expect(governedHead(kind as 'noun', lemma as string)?.lemma).not.toBe(lemma);
    }
  });
});

describe('governed-preposition', () => {
  it('flags a preposition the head does not take, with the usual one', () => {
    expect(flagged('Prosecutors opened an investigation to the contractor.')).toEqual(['to>into']);
    expect(flagged('Three members had argued beside a bigger cut.')).toEqual(['beside>for']);
    expect(flagged('Analysts expect Beijing to respond on the measures.')).toEqual(['on>to']);
    expect(flagged('The regulator said firms must comply strictly to the new limits.')).toEqual(['to>with']);
  });

  it('leaves adjuncts of time, number, medium and place alone', () => {
    expect(flagged('The striker arrived on Friday.')).toEqual([]);
    expect(flagged('Beijing will respond on Twitter.')).toEqual([]);
    expect(flagged('The protests spread, and the army arrived on three fronts.')).toEqual([]);
    expect(flagged('Fans arrived on Wembley Way before noon.')).toEqual([]);
    expect(flagged('They said they would comply to some extent.')).toEqual([]);
  });

  it('leaves the prepositions that open adjuncts after any head alone', () => {
    expect(flagged('Voters who voted with a show of hands were counted.')).toEqual([]);
    expect(flagged('The search by the police lasted a week.')).toEqual([]);
    expect(flagged('An investigation in Ankara found nothing.')).toEqual([]);
  });

  it('leaves infinitives, "at all", adverbial "about" and relative pronouns alone', () => {
    expect(flagged('He was afraid to speak.')).toEqual([]);
    expect(flagged('The two issues are not related at all.')).toEqual([]);
    expect(flagged('The soldiers turned about and marched home.')).toEqual([]);
    expect(flagged('The investigation to which he referred was closed.')).toEqual([]);
  });

  it('leaves a preposition that belongs to another word alone', () => {
    // the verb before the noun takes it
    expect(flagged('The minister sent his deepest sympathy to the families.')).toEqual([]);
    expect(flagged('We must provide access and influence to the groups affected.')).toEqual([]);
    // the noun before "of" takes it
    expect(flagged('They discussed the application of the analysis to a utility company.')).toEqual([]);
    // a noun right after a preposition is an idiom
    expect(flagged('He gave nothing in return to the club.')).toEqual([]);
    // an adjective used as a noun, or after an indefinite pronoun
    expect(flagged('It was the most famous of all the trials.')).toEqual([]);
    expect(flagged('I want to say something really serious to everyone here.')).toEqual([]);
  });
});

describe('governed-preposition in the engine', () => {
  const MT = readFileSync(new URL('../../corpus/sample-energy.txt', import.meta.url), 'utf8');
  const mine = (fs: readonly Finding[]): string[] => fs.filter((f) => f.ruleId === 'governed-preposition').map((f) => f.text);
  const auto = createAuditor({ tagger: sharedTagger() });

  it('is suspect: quiet in clean copy, heard in copy that shows MT artifacts', () => {
    expect(rule.meta.suspect).toBe(true);
    const sentence = ' Three members had argued beside a bigger cut.';
    expect(mine(auto.findings('The central bank left its main rate unchanged on Thursday.' + sentence))).toEqual([]);
    expect(mine(auto.findings(MT + sentence))).toEqual(['beside']);
  });

  it('defers to a plain rule that flags the same span', () => {
    const always = createAuditor({ tagger: sharedTagger(), suspect: 'always' });
    const text = 'Three men entered to the building through a skylight.';
    const found = always.findings(text);
    expect(found.some((f) => f.ruleId !== 'governed-preposition' && f.text.includes('to'))).toBe(true);
    expect(mine(found)).toEqual([]);
    // with the plain rules left out, the rule itself would flag it
    const alone = createAuditor({ tagger: sharedTagger(), suspect: 'always', rules: builtinRules().filter((r) => r.meta.id === 'governed-preposition') });
    expect(mine(alone.findings(text))).toEqual(['to']);
  });
});

/**
 * The complements counted in clean English (src/data/complement-counts.txt, made by
 * scripts/count-complements.mjs) that gerund-after-verb and infinitive-after-verb read beyond their
 * hand lists: a head taking -ing or prep + -ing and never "to" + verb, or the other way round.
 */
import { describe, expect, it } from 'vitest';
import { ingComplement, toInfinitiveHeads } from '../../src/rules/code/garbled-syntax/lib/complements.js';
import { rule as gerund } from '../../src/rules/code/garbled-syntax/gerund-after-verb.js';
import { rule as infinitive } from '../../src/rules/code/garbled-syntax/infinitive-after-verb.js';
import { compileRuleSet, runRules } from '../../src/rules/engine.js';
import { Doc } from '../../src/text/document.js';
import { sharedTagger } from '../helpers/tagger.js';

const only = compileRuleSet([gerund, infinitive], { suspect: 'always' });
const flagged = (text: string): string[] => runRules(new Doc(text, sharedTagger()), only).map((f) => `${f.text}>${f.suggestions[0]}`);

describe('complement counts', () => {
  it('reads -ing heads with their preposition, for every verb form', () => {
    expect(ingComplement('verb', 'avoided')).toEqual({ lemma: 'avoid', prep: '' });
    expect(ingComplement('verb', 'insists')?.prep).toBe('on');
    expect(ingComplement('adj', 'capable')?.prep).toBe('of');
  });

  it('reads to-infinitive heads', () => {
    const heads = toInfinitiveHeads('verb');
    for (const w of ['decided', 'refuses', 'attempted', 'wished']) expect(heads.has(w)).toBe(true);
  });

  it('leaves out heads with both forms, heads often used alone, and heads seen too rarely', () => {
    // "start", "try" take both; "quit" is alone after a fifth of its uses ("quit to join a rival firm")
    for (const w of ['start', 'try', 'quit', 'love']) expect(ingComplement('verb', w)).toBeUndefined();
    for (const w of ['started', 'tried', 'loved', 'stopped']) expect(toInfinitiveHeads('verb').has(w)).toBe(false);
    // "ceased to" is counted 32 times, too few to show that "ceased operating" is not English
    expect(toInfinitiveHeads('verb').has('ceased')).toBe(false);
    // "committed to help" is in clean English beside "committed to helping"
    expect(ingComplement('adj', 'committed')).toBeUndefined();
  });
});

describe('the rules with the counted heads', () => {
  it('flags a to-infinitive after a counted -ing head, with its preposition', () => {
    expect(flagged('The team is capable to beat anyone.')).toEqual(['capable to beat>capable of beating']);
    expect(flagged('The bank refrained to raise rates.')).toEqual(['refrained to raise>refrained from raising']);
    expect(flagged('The general was accused to steal the funds.')).toEqual(['accused to steal>accused of stealing']);
  });

  it('flags -ing after a counted to-infinitive head', () => {
    expect(flagged('The club attempted buying the stadium.')).toEqual(['attempted buying>attempted to buy']);
  });

  it('stays quiet on English', () => {
    for (const text of [
      'The team is capable of beating anyone.',
      'He was too capable to ignore.',
      'The agency is responsible to parliament.',
      'He quit to join a rival firm.',
      'The firm ceased operating in 2019.',
      'The cloth is marked by a specially designed stamping machine.',
      'The company attempted, failing twice, to list its shares.',
      'We are committed to help the victims.',
    ]) expect(flagged(text), text).toEqual([]);
  });
});

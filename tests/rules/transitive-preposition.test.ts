/**
 * transitive-preposition (suspect tier): a preposition between a verb and its direct object. The
 * allowed prepositions come from the transitive counts of src/data/preposition-head-counts.txt and
 * the + entries of preposition-heads.txt; the guards keep passives, participle clauses, nouns the
 * tagger calls verbs, fronted objects and adjuncts quiet.
 */
import { describe, expect, it } from 'vitest';
import { rule } from '../../src/rules/code/preposition/transitive-preposition.js';
import { transitiveVerb } from '../../src/rules/code/preposition/lib/transitive.js';
import { compileRuleSet, runRules } from '../../src/rules/engine.js';
import { Doc } from '../../src/text/document.js';
import { sharedTagger } from '../helpers/tagger.js';

const only = compileRuleSet([rule], { suspect: 'always' });
const flagged = (text: string): string[] => runRules(new Doc(text, sharedTagger()), only).map((f) => `${f.text}>${f.suggestions[0]}`);

describe('transitive-preposition data', () => {
  it('allows what clean English counts or the list adds, and checks about and to by default', () => {
    const discuss = transitiveVerb('discussed');
    expect(discuss?.lemma).toBe('discuss');
    expect(discuss?.allowed.has('with')).toBe(true);
    expect(discuss?.checked.has('about')).toBe(true);
    expect(discuss?.checked.has('on')).toBe(true);
    expect(transitiveVerb('entering')?.allowed.has('into')).toBe(true);
    expect(transitiveVerb('stressed')?.checked.has('to')).toBe(false);
    expect(transitiveVerb('visits')?.checked.has('with')).toBe(false);
    expect(transitiveVerb('contacted')?.checked.has('with')).toBe(true);
  });
});

describe('transitive-preposition', () => {
  it('flags a preposition before the object of verbs it was never written for', () => {
    expect(flagged('The commission reviewed about the safety of the reactor.')).toEqual(['reviewed about>reviewed']);
    expect(flagged('Rebels captured to the airport after heavy fighting.')).toEqual(['captured to>captured']);
    expect(flagged('Lawmakers debated on the bill until midnight.')).toEqual(['debated on>debated']);
    expect(flagged('Indonesia and its partners have discussed about closing two plants.')).toEqual(['discussed about>discussed']);
    expect(flagged('Opposition leaders who visited to Lucknow on Tuesday repeated the demand.')).toEqual(['visited to>visited']);
  });

  it('flags "attend to" before a school or an event only', () => {
    expect(flagged('Children attending to state nurseries must be vaccinated.')).toEqual(['attending to>attending']);
    expect(flagged('Nurses attended to the wounded.')).toEqual([]);
  });

  it('stays quiet on passives, participle clauses and nouns the tagger calls verbs', () => {
    for (const text of [
      'Critics opposed to the reform staged a march.',
      'Faced with a strike, the company raised wages.',
      'The resolution just adopted to the letter was read.',
      'The project stalled due to lack of funding.',
      'The signing of the treaty was delayed.',
      'It was a plan he supported to the end.',
      'What voters like about the plan is its cost.',
      'Prices reached about 300 dollars a tonne.',
      'The minister visited on Monday.',
      'She married into a family of bankers.',
      'He explained to parliament why the deal failed.',
    ]) expect(flagged(text), text).toEqual([]);
  });
});

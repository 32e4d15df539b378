import { describe, expect, it } from 'vitest';
import { formOf, formsOf, pluralOf, verbForm } from '../../src/nlp/inflect.js';

describe('inflection', () => {
  it('makes regular and irregular verb forms', () => {
    expect(['base', 's', 'past', 'pp', 'ing'].map((f) => verbForm('stop', f as never))).toEqual(['stop', 'stops', 'stopped', 'stopped', 'stopping']);
    expect(verbForm('take', 'pp')).toBe('taken');
    expect(verbForm('commit', 'past')).toBe('committed');
    expect(verbForm('prefer', 'ing')).toBe('preferring');
    expect(verbForm('visit', 'past')).toBe('visited');
    expect(verbForm('sit down', 'past')).toBe('sat down');
    expect(verbForm('carry', 's')).toBe('carries');
  });

  it('makes plurals and collects every form of a lemma', () => {
    expect(pluralOf('crisis')).toBe('crises');
    expect(pluralOf('policy')).toBe('policies');
    expect([...formsOf('take')].sort()).toEqual(['taken', 'takes', 'taking', 'take', 'took'].sort());
  });

  it('reads ambiguous forms from the words before', () => {
    expect(formOf('make', 'made', ['he', 'has'])).toBe('pp');
    expect(formOf('make', 'made', ['the', 'club'])).toBe('past');
    expect(formOf('put', 'put', ['wants', 'to'])).toBe('base');
    expect(formOf('put', 'put', ['whitcombe'])).toBe('past');
    expect(formOf('put', 'put', ['has', 'already'])).toBe('pp');
    expect(formOf('take', 'takes', [])).toBe('s');
  });
});

describe('inflection edge cases', () => {
  it('pluralizes -o nouns and ignores Object.prototype names', () => {
    expect(pluralOf('photo')).toBe('photos');
    expect(pluralOf('veto')).toBe('vetoes');
    expect(verbForm('constructor', 'past')).toBe('constructored');
    expect(pluralOf('constructor')).toBe('constructors');
  });
});

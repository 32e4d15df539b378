/**
 * The gazetteer the build precomputes (scripts/precompute.mjs) is the one the data files give:
 * written as data and read back, it equals a freshly built one (maps, sets, word pairs and
 * shared entities included); and it records the sizes of the data files it came from, so a run
 * whose data files changed since the build builds afresh instead of reading it.
 */
import { describe, expect, it } from 'vitest';
import { buildGazetteer, GAZETTEER, gazetteerData, gazetteerFromData } from '../../src/rules/code/entity-name/gazetteer.js';

describe('precomputed gazetteer', () => {
  const built = buildGazetteer();
  const data = JSON.parse(JSON.stringify(gazetteerData(built)));

  it('reads back equal to the built one', () => {
    const read = gazetteerFromData(data.names, () => data.forms);
    expect(read.entities).toEqual(built.entities);
    expect(read.forms).toEqual(built.forms);
    expect(read.byKey).toEqual(built.byKey);
    expect(read.byWeakKey).toEqual(built.byWeakKey);
    expect(read.byHeadKey).toEqual(built.byHeadKey);
    expect(read.byKeyLessOne).toEqual(built.byKeyLessOne);
    expect(read.known).toEqual(built.known);
    expect(read.knownOf).toEqual(built.knownOf);
    expect(read.words).toEqual(built.words);
    expect(read.pairs).toEqual(built.pairs);
  });

  it('keeps one object per form and entity, as the built one does', () => {
    const read = gazetteerFromData(data.names, () => data.forms);
    const key = [...read.byKey.keys()].find((k) => read.byWeakKey.has(k) && read.byKey.get(k)?.[0] === read.byWeakKey.get(k)?.[0]);
    expect(key).toBeDefined();
    const form = read.byKey.get(key as string)?.[0];
    expect(read.entities).toContain(form?.entity);
  });

  it('records its shape, so a file of an older build is not read', () => {
    expect(data.names.format).toBeGreaterThan(0);
  });

  it('records the sizes of its data files', () => {
    expect(Object.keys(data.names.inputs)).toContain('entity-national-bodies.txt');
    for (const size of Object.values(data.names.inputs)) expect(size).toBeGreaterThan(0);
  });

  it('is what the module serves (from sources: built, no precomputed file)', () => {
    expect(GAZETTEER.byKey).toEqual(built.byKey);
  });
});

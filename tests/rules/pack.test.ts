import { describe, expect, it } from 'vitest';
import { compileRuleSet, runRules } from '../../src/rules/engine.js';
import { loadPack, PackError } from '../../src/rules/pack.js';
import { Doc } from '../../src/text/document.js';
import { domainNames, domainWords } from '../../src/rules/domains.js';

const pack = (entries: string) => `pack: test\ncategory: calque\nmessage: "“{match}”: say “{suggestion}”."\nentries:\n${entries}`;
const entry = `  - id: floor
    find: "{take} the floor of|in the? parliament"
    replace: ["{address} parliament"]
    bad: He [[took the floor of the parliament]]. => He addressed parliament.
    good: He addressed parliament.
`;

function run(yaml: string, text: string) {
  return runRules(new Doc(text), compileRuleSet(loadPack(yaml, 'test.yaml')));
}

describe('loadPack', () => {
  it('compiles entries with namespaced ids and renders inflected replacements', () => {
    const [f] = run(pack(entry), 'She is taking the floor of parliament today.');
    expect(f?.ruleId).toBe('test/floor');
    expect(f?.suggestions).toEqual(['addressing parliament']);
    expect(f?.message).toBe('“taking the floor of parliament”: say “addressing parliament”.');
  });

  it('keeps tense where spelling is ambiguous (has made, put, to put)', () => {
    const yaml = pack(`  - id: step
    find: "{make} a step"
    replace: "{take} a step"
    bad: He [[made a step]]. => He took a step.
    good: He took a step.
  - id: accent
    find: "{put} the accent on"
    replace: "{stress}"
    bad: She [[put the accent on]] youth. => She stressed youth.
    good: She stressed youth.
`);
    const s = (t: string) => run(yaml, t).map((f) => f.suggestions[0]);
    expect(s('The club has made a step forward.')).toEqual(['taken a step']);
    expect(s('The club made a step forward.')).toEqual(['took a step']);
    expect(s('Whitcombe put the accent on youth.')).toEqual(['stressed']);
    expect(s('He wants to put the accent on youth.')).toEqual(['stress']);
    expect(s('He puts the accent on youth.')).toEqual(['stresses']);
  });

  it('capitalizes a replacement at sentence start', () => {
    const [f] = run(pack(entry), 'Took the floor of parliament, he said.');
    expect(f?.suggestions).toEqual(['Addressed parliament']);
  });

  it('honours unless_prev / unless_next / unless_sentence guards', () => {
    const yaml = pack(`  - id: conv
    find: conversation
    replace: talks
    unless_prev: long|private
    unless_next: with
    unless_sentence: [mother]
    bad: NATO will hold a [[conversation]] on Monday.
    good: a long conversation
`);
    expect(run(yaml, 'a conversation started').length).toBe(1);
    expect(run(yaml, 'a long conversation started').length).toBe(0);
    expect(run(yaml, 'a conversation with them').length).toBe(0);
    expect(run(yaml, 'a conversation about my mother').length).toBe(0);
  });

  it('reports errors as file: entries[i] (id): reason', () => {
    expect(() => loadPack(pack('  - id: Bad_Id\n    find: x\n'), 'p.yaml')).toThrow(/^p.yaml: entries\[0\] \(Bad_Id\): id must be kebab-case$/);
    expect(() => loadPack(pack('  - id: a\n    find: x\n    replace: y\n    bad: "[[x]]"\n'), 'p.yaml')).toThrow(/good example/);
    expect(() => loadPack(pack('  - id: a\n    find: "<FOO>"\n    bad: "[[x]]"\n    good: y\n'), 'p.yaml')).toThrow(/unknown tag FOO/);
    expect(() => loadPack(pack('  - id: a\n    fnd: x\n'), 'p.yaml')).toThrow(/unknown key "fnd"/);
    expect(() => loadPack('pack: [unclosed', 'p.yaml')).toThrow(PackError);
    expect(() => loadPack(pack('  - id: a\n    find: x\n    unless_sentence: [level of]\n    bad: "[[x]]"\n    good: y\n'), 'p.yaml')).toThrow(
      /^p.yaml: entries\[0\] \(a\): unless_sentence: "level of" is not one word/,
    );
    expect(() => loadPack('pack: [unclosed', 'p.yaml')).toThrow(/^p.yaml:1:\d+: /);
    expect(() => loadPack(pack(entry + entry), 'p.yaml')).toThrow(/duplicate id/);
  });
});

describe('source: languages of the countries a story names', () => {
  const yaml = (source: string) => pack(`  - id: evidence
    find: "{seize} its|the [evidence]"
    replace: records
    source: ${source}
    bad: "PRAGUE: Police seized the [[evidence]]."
    good: "Police seized the records."
`);
  const found = (text: string, source = '[ces, slk]') => run(yaml(source), text).map((f) => f.text);

  it('fires only where a country of one of the languages is named', () => {
    expect(found('Police in Prague seized the evidence of the tender.')).toEqual(['evidence']);
    expect(found('PRAGUE: Police seized the evidence of the tender.')).toEqual(['evidence']);
    expect(found('The Czech police seized the evidence.')).toEqual(['evidence']);
    expect(found('Slovakia: police seized the evidence.')).toEqual(['evidence']);
    expect(found('Police in Ohio seized the evidence of the tender.')).toEqual([]);
    expect(found('Police in Oslo seized the evidence of the tender.')).toEqual([]);
    expect(found('Police in Oslo seized the evidence of the tender.', '[nob, nno]')).toEqual(['evidence']);
    // A country the gazetteer does not cover, and a city a dateline names alone.
    expect(found('Police in Angola seized the evidence.', 'por')).toEqual(['evidence']);
    expect(found('LAHORE: Police seized the evidence.', 'urd')).toEqual(['evidence']);
    // A capital or name in lower case is no country named.
    expect(found('a prague of locusts: police seized the evidence.')).toEqual([]);
  });

  it('rejects an unknown or empty language list, naming the entry', () => {
    expect(() => loadPack(yaml('[ces, xx]'), 'p.yaml')).toThrow(/^p.yaml: entries\[0\] \(evidence\): source: unknown language code "xx"/);
    expect(() => loadPack(yaml('eng'), 'p.yaml')).toThrow(/unknown language code "eng"/);
    expect(() => loadPack(yaml('[]'), 'p.yaml')).toThrow(/source: expected at least one language code/);
  });
});

describe('one finding per span and fix', () => {
  const yaml = (conf: [number, number], second: string) => `
pack: dup
category: preposition
message: "m"
entries:
  - id: a
    find: "{depend} [of]"
    replace: "on"
    confidence: ${conf[0]}
    bad: It will depend [[of]] Brussels.
    good: It will depend on Brussels.
  - id: b
    find: "{depend} [of]"
    replace: "${second}"
    confidence: ${conf[1]}
    bad: It will depend [[of]] Brussels.
    good: It will depend on Brussels.
`;
  const run = (y: string) => runRules(new Doc('It will depend of Brussels.'), compileRuleSet(loadPack(y, 'dup.yaml')));
  it('merges two rules that flag one span with one fix, keeping the more confident', () => {
    expect(run(yaml([0.6, 0.9], 'on')).map((f) => [f.ruleId, f.confidence])).toEqual([['dup/b', 0.9]]);
    expect(run(yaml([0.9, 0.9], 'on')).map((f) => f.ruleId)).toEqual(['dup/a']);
  });
  it('keeps both when their fixes differ', () => {
    expect(run(yaml([0.6, 0.9], 'upon')).map((f) => f.suggestions[0])).toEqual(['on', 'upon']);
  });
});

describe('if_document and domain: the story’s subject', () => {
  const yaml = (key: string) => pack(`  - id: coach
    find: "his|her|their|the [teacher]"
    replace: coach
    ${key}
    bad: The striker thanked [[his teacher]]. => The striker thanked his coach.
    good: The pupil thanked his teacher.
`);
  const found = (key: string, text: string) => run(yaml(key), text).map((f) => f.text);

  it('fires only where the document has one of the words', () => {
    const key = 'if_document: [striker, midfielder]';
    expect(found(key, 'The midfielder left. Later he thanked his teacher.')).toEqual(['teacher']);
    expect(found(key, 'Midfielder Ali Khan thanked his teacher.')).toEqual(['teacher']);
    expect(found(key, 'The pupil thanked his teacher.')).toEqual([]);
    // A word of the list inside a longer token is no match.
    expect(found(key, 'The midfielders-to-be thanked his teacher.')).toEqual([]);
  });

  it('takes a named domain, or several, and merges them with if_document', () => {
    expect(found('domain: football', 'The goalkeeper thanked his teacher.')).toEqual(['teacher']);
    expect(found('domain: football', 'The pianist thanked his teacher.')).toEqual([]);
    expect(found('domain: [courts, football]', 'The prosecutor thanked his teacher.')).toEqual(['teacher']);
    const both = 'domain: courts\n    if_document: [pianist]';
    expect(found(both, 'The pianist thanked his teacher.')).toEqual(['teacher']);
    expect(found(both, 'The judge thanked his teacher.')).toEqual(['teacher']);
    expect(found(both, 'The painter thanked his teacher.')).toEqual([]);
  });

  it('looks each word set up once per document', () => {
    const rules = compileRuleSet(loadPack(yaml('domain: football'), 'test.yaml'));
    const doc = new Doc('The goalkeeper thanked his teacher. The winger thanked their teacher. Both thanked the teacher.');
    const football = domainWords('football') as ReadonlySet<string>;
    let lookups = 0;
    const hasNorm = doc.hasNorm.bind(doc);
    // The engine looks words up too: count the domain's words only.
    doc.hasNorm = (n: string) => (football.has(n) && lookups++, hasNorm(n));
    expect(runRules(doc, rules).length).toBe(3);
    // The list is walked up to "goalkeeper" once, for three matches; a second run looks up nothing.
    const walked = [...football].indexOf('goalkeeper') + 1;
    expect(walked).toBeGreaterThan(1);
    expect(lookups).toBe(walked);
    runRules(doc, rules);
    expect(lookups).toBe(walked);
  });

  it('rejects unknown domains and words that are not one lower-case token', () => {
    expect(() => loadPack(yaml('domain: cooking'), 'p.yaml')).toThrow(/^p.yaml: entries\[0\] \(coach\): domain: unknown domain "cooking" \(one of football, sport/);
    expect(() => loadPack(yaml('domain: []'), 'p.yaml')).toThrow(/domain: expected at least one domain/);
    expect(() => loadPack(yaml('if_document: [penalty kick]'), 'p.yaml')).toThrow(/if_document: "penalty kick" is not one word/);
    expect(() => loadPack(yaml('if_document: [Striker]'), 'p.yaml')).toThrow(/if_document: "Striker" is not lower case/);
    expect(() => loadPack(yaml('if_document: []'), 'p.yaml')).toThrow(/if_document: expected at least one word/);
  });

  it('documents every domain in docs/packs.md', async () => {
    const { readFileSync } = await import('node:fs');
    const docs = readFileSync(new URL('../../docs/packs.md', import.meta.url), 'utf8');
    const row = docs.split('\n').find((l) => l.startsWith('| `domain` |')) ?? '';
    for (const d of domainNames()) expect(row).toContain(`\`${d}\``);
  });
});

/** A fixed, hand-made result set for golden-file tests: stable whatever the rules do. */
import { locate } from '../../src/auditor.js';
import type { FileResult } from '../../src/report/types.js';
import type { Finding, RuleMeta } from '../../src/rules/types.js';
import { LineIndex } from '../../src/text/lines.js';

export const TEXT_A = 'Moscow: Washington and his allies, “ok”.\r\nThe café “<script>” — 😀 the influence space, 50% : done.\n';
export const TEXT_B = 'Clean copy.\n';

function finding(text: string, sub: string, f: Omit<Finding, 'start' | 'end' | 'text'>): Finding {
  const start = text.indexOf(sub);
  return { ...f, start, end: start + sub.length, text: sub };
}

const a: Finding[] = [
  finding(TEXT_A, 'his', {
    ruleId: 'metonym-pronoun', category: 'metonym-pronoun', severity: 'warning',
    message: '“his” refers to Washington, a government: use “its”.', suggestions: ['its'], reason: 'a government is “it”', confidence: 0.9,
  }),
  finding(TEXT_A, 'the influence space', {
    ruleId: 'calque/sphere-of-influence', category: 'calque', severity: 'error',
    message: 'Calque, 50% sure: “the influence space”,\nsee <docs> & "notes"', suggestions: ['a sphere of influence', 'spheres of influence'], reason: 'idiom', confidence: 0.5,
  }),
  finding(TEXT_A, ' :', {
    ruleId: 'punctuation/space-before', category: 'punctuation', severity: 'info',
    message: 'A space before a colon.', suggestions: [':'], reason: '', confidence: 0.6,
  }),
];

export const RESULTS: readonly FileResult[] = [
  { path: 'wire/a b.txt', text: TEXT_A, findings: locate(a, new LineIndex(TEXT_A)) },
  { path: 'wire/clean.txt', text: TEXT_B, findings: [] },
  { path: 'wire/broken.txt', findings: [], error: 'wire/broken.txt:1:4: invalid UTF-8 (column counts bytes)' },
];

const meta = (id: string, category: RuleMeta['category'], severity: RuleMeta['severity']): RuleMeta => ({
  id, category, severity, description: `Rule ${id}.`, examples: { bad: [{ text: 'x [[y]] z', output: 'x w z' }], good: ['x w z'] },
});
export const RULES: ReadonlyMap<string, RuleMeta> = new Map(
  [meta('metonym-pronoun', 'metonym-pronoun', 'warning'), meta('calque/sphere-of-influence', 'calque', 'warning'), meta('punctuation/space-before', 'punctuation', 'info')].map((m) => [m.id, m]),
);

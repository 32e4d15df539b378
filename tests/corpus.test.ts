/**
 * Expected findings on every article in corpus/, as snapshot files (textlint's model): a rule
 * change that moves a finding shows up as a diff in tests/__snapshots__/corpus/ to review,
 * and `npx vitest run tests/corpus.test.ts -u` accepts it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAuditor } from '../src/auditor.js';
import { sharedTagger } from './helpers/tagger.js';

const dir = new URL('../corpus/', import.meta.url);
const articles = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
const auditor = createAuditor({ tagger: sharedTagger() });

describe('corpus snapshots', () => {
  it.each(articles)('%s', async (name) => {
    const text = readFileSync(new URL(name, dir), 'utf8');
    const lines = auditor.audit(text).map((f) => `${f.line}:${f.column} ${f.ruleId} ${JSON.stringify(f.text)} -> ${JSON.stringify(f.suggestions[0] ?? null)}`);
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot(`./__snapshots__/corpus/${name.replace(/\.txt$/, '.findings')}`);
  });
});

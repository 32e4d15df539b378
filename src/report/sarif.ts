/**
 * SARIF 2.1.0 for code-scanning dashboards (GitHub, Azure DevOps). Columns are UTF-16 code
 * units, declared with columnKind; lines and columns are 1-based. Each result carries a
 * partialFingerprint that survives edits elsewhere, and its first suggestion as a fix.
 */
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { RuleMeta, Severity } from '../rules/types.js';
import { fingerprints } from './fingerprint.js';
import { errorLocation, type FileResult } from './types.js';

export interface SarifContext {
  readonly rules: ReadonlyMap<string, RuleMeta>;
  readonly version: string;
}

const LEVEL: Readonly<Record<Severity, Result.level>> = { error: 'error', warning: 'warning', info: 'note' };
const INFO_URI = 'https://github.com/mtaudit/mtaudit';

function uri(path: string): string {
  return path
    .split('/')
    .map((seg) => encodeURIComponent(seg))
    .join('/');
}

function strip(marked: string): string {
  return marked.replace(/\[\[|\]\]/g, '');
}

function descriptor(id: string, meta: RuleMeta | undefined): ReportingDescriptor {
  const bad = meta?.examples.bad[0];
  const example = bad ? `Example: ${strip(bad.text)}${bad.output !== undefined ? ` -> ${bad.output}` : ''}` : '';
  return {
    id,
    name: id.replace(/[/-](\w)/g, (_, c: string) => c.toUpperCase()),
    shortDescription: { text: meta?.description ?? id },
    fullDescription: { text: meta?.description ?? id },
    help: {
      text: [meta?.description ?? id, example].filter(Boolean).join('\n'),
      markdown: [`**${id}** (${meta?.category ?? 'unknown'})`, '', meta?.description ?? '', '', example ? `_${example}_` : ''].join('\n').trim(),
    },
    defaultConfiguration: { level: LEVEL[meta?.severity ?? 'warning'] },
    properties: { category: meta?.category ?? 'unknown', tags: ['translation', meta?.category ?? 'unknown'] },
  };
}

export function formatSarif(results: readonly FileResult[], ctx: SarifContext): string {
  const ids = [...new Set(results.flatMap((r) => r.findings.map((f) => f.ruleId)))].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const sarifResults: Result[] = [];
  for (const r of results) {
    const prints = r.text !== undefined ? fingerprints(r.findings, r.text) : [];
    r.findings.forEach((f, i) => {
      const region = {
        startLine: f.line,
        startColumn: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        charOffset: f.start,
        charLength: f.end - f.start,
        snippet: { text: f.text },
      };
      const artifactLocation = { uri: uri(r.path), uriBaseId: '%SRCROOT%' };
      const first = f.suggestions[0];
      sarifResults.push({
        ruleId: f.ruleId,
        ruleIndex: index.get(f.ruleId) ?? 0,
        level: LEVEL[f.severity],
        message: { text: first !== undefined ? `${f.message} Suggestion: “${first}”.` : f.message },
        locations: [{ physicalLocation: { artifactLocation, region } }],
        ...(prints[i] ? { partialFingerprints: { 'mtaudit/context/v1': prints[i] } } : {}),
        ...(first !== undefined
          ? {
              fixes: [
                {
                  description: { text: f.reason || `Replace with “${first}”` },
                  artifactChanges: [{ artifactLocation, replacements: [{ deletedRegion: region, insertedContent: { text: first } }] }],
                },
              ],
            }
          : {}),
        properties: { category: f.category, confidence: f.confidence, suggestions: [...f.suggestions] },
      });
    });
  }
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'mtaudit',
            version: ctx.version,
            semanticVersion: ctx.version,
            informationUri: INFO_URI,
            rules: ids.map((id) => descriptor(id, ctx.rules.get(id))),
          },
        },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { uri: './' } },
        results: sarifResults,
        invocations: [
          {
            executionSuccessful: !results.some((r) => r.error),
            toolExecutionNotifications: results
              .filter((r) => r.error)
              .map((r) => {
                // Only the line: an invalid-UTF-8 column counts bytes, not this log's UTF-16 units.
                const line = errorLocation(r)?.line;
                const region = line !== undefined ? { region: { startLine: line } } : {};
                return { level: 'error' as const, message: { text: r.error ?? '' }, locations: [{ physicalLocation: { artifactLocation: { uri: uri(r.path), uriBaseId: '%SRCROOT%' }, ...region } }] };
              }),
          },
        ],
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/**
 * GitHub Actions: one workflow command per finding (annotations on the pull request), and a
 * Markdown step summary the CLI appends to $GITHUB_STEP_SUMMARY.
 */
import type { Severity } from '../rules/types.js';
import { ghData, ghProperty } from './escape.js';
import { errorLocation, summarize, type FileResult } from './types.js';

const COMMAND: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'notice' };

export function formatGithub(results: readonly FileResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    const failed = errorLocation(r);
    if (failed) {
      const at = failed.line !== undefined ? `,line=${failed.line},col=${failed.column}` : '';
      lines.push(`::error file=${ghProperty(r.path)}${at},title=${ghProperty('mtaudit: unreadable file')}::${ghData(failed.reason)}`);
      continue;
    }
    for (const f of r.findings) {
      const props = [
        `file=${ghProperty(r.path)}`,
        `line=${f.line}`,
        `col=${f.column}`,
        `endLine=${f.endLine}`,
        `endColumn=${f.endColumn}`,
        `title=${ghProperty(`${f.ruleId} (${f.category})`)}`,
      ].join(',');
      const first = f.suggestions[0];
      const msg = first !== undefined ? `${f.message}\nSuggestion: ${first === '' ? '(delete)' : first}` : f.message;
      lines.push(`::${COMMAND[f.severity]} ${props}::${ghData(msg)}`);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

export function formatGithubSummary(results: readonly FileResult[]): string {
  const s = summarize(results);
  const out = [
    '## mtaudit',
    '',
    `${s.errors + s.warnings + s.infos} findings (${s.errors} errors, ${s.warnings} warnings, ${s.infos} info) in ${s.files} files${s.failedFiles ? `, ${s.failedFiles} unreadable` : ''}.`,
    '',
  ];
  const rows = results.flatMap((r) =>
    r.findings.map((f) => `| ${cell(r.path)}:${f.line}:${f.column} | ${f.severity} | ${cell(f.text)} | ${cell(f.suggestions[0] ?? '')} | \`${f.ruleId}\` |`),
  );
  if (rows.length > 0) {
    const shown = rows.slice(0, 200);
    out.push('| where | severity | found | suggestion | rule |', '| --- | --- | --- | --- | --- |', ...shown);
    if (rows.length > shown.length) out.push('', `… and ${rows.length - shown.length} more.`);
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

/**
 * The default format, compiler style so editors and terminals link it:
 *   path:line:col: severity: message [rule-id]
 *       -> suggestion (other suggestions)
 * then one summary line. Colour only when asked; meaning never rides on colour alone.
 */
import { summarize, type FileResult } from './types.js';

export interface StylishOptions {
  readonly color: boolean;
}

const paint = (on: boolean, code: string, s: string): string => (on ? `\u001b[${code}m${s}\u001b[0m` : s);

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Shows invisible edits: an empty replacement reads as a deletion. */
function showSuggestion(s: string): string {
  return s === '' ? '(delete)' : `“${s}”`;
}

export function formatStylish(results: readonly FileResult[], opts: StylishOptions): string {
  const c = opts.color;
  const lines: string[] = [];
  for (const r of results) {
    if (r.error) continue; // printed on stderr by the CLI
    for (const f of r.findings) {
      const sev = f.severity === 'error' ? paint(c, '31;1', 'error') : f.severity === 'warning' ? paint(c, '33', 'warning') : paint(c, '36', 'info');
      // One line per finding, whatever the message holds, so editors and grep can link it.
      const message = f.message.replace(/\s*[\r\n]+\s*/g, ' ');
      lines.push(`${paint(c, '1', `${r.path}:${f.line}:${f.column}`)}: ${sev}: ${message} ${paint(c, '2', `[${f.ruleId}]`)}`);
      const [first, ...rest] = f.suggestions;
      if (first !== undefined) {
        const more = rest.length > 0 ? paint(c, '2', ` (or ${rest.map(showSuggestion).join(', ')})`) : '';
        lines.push(`    -> ${paint(c, '32', showSuggestion(first))}${more}`);
      }
    }
  }
  const s = summarize(results);
  const total = s.errors + s.warnings + s.infos;
  const files = s.files - s.failedFiles;
  const tail = s.failedFiles > 0 ? `; ${plural(s.failedFiles, 'file')} could not be read` : '';
  if (total === 0) lines.push(`No findings in ${plural(files, 'file')}${tail}.`);
  else {
    const parts = `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${s.infos} info`;
    lines.push(paint(c, '1', `${plural(total, 'finding')} (${parts}) in ${plural(files, 'file')}${tail}.`));
  }
  return `${lines.join('\n')}\n`;
}

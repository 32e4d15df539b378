/** Checkstyle XML, read by Jenkins warnings-ng, GitLab converters and most CI dashboards. */
import { xmlEscape as x } from './escape.js';
import { errorLocation, type FileResult } from './types.js';

export function formatCheckstyle(results: readonly FileResult[]): string {
  const files = results.map((r) => {
    const failed = errorLocation(r);
    const errs = failed
      ? [`    <error line="${failed.line ?? 1}" column="${failed.column ?? 1}" severity="error" message="${x(failed.reason)}" source="mtaudit"/>`]
      : r.findings.map(
          (f) =>
            `    <error line="${f.line}" column="${f.column}" severity="${f.severity}" message="${x(
              f.suggestions[0] !== undefined ? `${f.message} (suggestion: ${f.suggestions[0]})` : f.message,
            )}" source="mtaudit.${x(f.ruleId)}"/>`,
        );
    return `  <file name="${x(r.path)}">${errs.length ? `\n${errs.join('\n')}\n  ` : ''}</file>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<checkstyle version="4.3">\n${files.join('\n')}${files.length ? '\n' : ''}</checkstyle>\n`;
}

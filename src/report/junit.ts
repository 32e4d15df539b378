/** JUnit XML: a test suite per file, a failing test case per finding, one passing case for a clean file. */
import { xmlEscape as x } from './escape.js';
import type { FileResult } from './types.js';

export function formatJunit(results: readonly FileResult[]): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  for (const r of results) {
    const cases: string[] = [];
    if (r.error) {
      errors++;
      cases.push(`    <testcase classname="${x(r.path)}" name="read"><error message="${x(r.error)}"/></testcase>`);
    } else if (r.findings.length === 0) {
      cases.push(`    <testcase classname="${x(r.path)}" name="mtaudit"/>`);
    }
    for (const f of r.findings) {
      const first = f.suggestions[0];
      const body = `${r.path}:${f.line}:${f.column}: ${f.text}${first !== undefined ? ` -> ${first}` : ''}\n${f.message}`;
      cases.push(
        `    <testcase classname="${x(r.path)}" name="${x(`${f.line}:${f.column} ${f.ruleId}`)}">` +
          `<failure type="${f.severity}" message="${x(f.message)}">${x(body)}</failure></testcase>`,
      );
    }
    const n = Math.max(1, r.findings.length);
    tests += n;
    failures += r.findings.length;
    suites.push(
      `  <testsuite name="${x(r.path)}" tests="${n}" failures="${r.findings.length}" errors="${r.error ? 1 : 0}">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="mtaudit" tests="${tests}" failures="${failures}" errors="${errors}">\n${suites.join('\n')}${suites.length ? '\n' : ''}</testsuites>\n`;
}

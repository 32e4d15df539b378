/**
 * Security of index.html and report.md: article text and file names full of markup
 * (`<script>`, `"><img src=x onerror=alert(1)>`, event handlers, `javascript:` links, closing
 * tags of raw-text elements) come out as text, never as markup; the page's policy forbids
 * inline handlers and foreign scripts anyway.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runReport } from '../../src/cli/report-command.js';
import { escapeHtml } from '../../src/report/html-escape.js';
import { memoryIo } from '../helpers/io.js';
import { HOSTILE_NAME, scratch } from './helpers.js';

const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<a href="javascript:alert(1)">',
  '</textarea></style></title><iframe src=//evil.example>',
  '<b onmouseover=alert(1)>',
  '<img src=x onerror=alert(2)>',
  HOSTILE_NAME,
];

// Every element the page itself uses; anything else would have come from the input.
const OWN_TAGS = new Set(
  'html head meta title style body header h1 h2 h3 p nav ul li a main section dl div dt dd table caption thead tbody tr th td button figure figcaption svg desc text rect line ol mark code span del ins script'.split(' '),
);

describe('report escaping', () => {
  let html = '';
  let md = '';
  const { dir } = scratch('mtaudit-xss-');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  beforeAll(async () => {
    await runReport(['wire'], { out: 'out', jobs: 1 }, memoryIo({ cwd: dir, env: { SOURCE_DATE_EPOCH: '0' } }));
    html = readFileSync(path.join(dir, 'out', 'index.html'), 'utf8');
    md = readFileSync(path.join(dir, 'out', 'report.md'), 'utf8');
  }, 60_000);

  it('shows hostile text and names escaped, never raw', () => {
    for (const s of HOSTILE) {
      expect(html, s).not.toContain(s);
      expect(html, s).toContain(escapeHtml(s));
    }
    // A literal entity in the copy stays literal.
    expect(html).toContain('nothing &amp;amp; stay text');
  });

  it('has only its own elements, one script, and no event-handler or style attribute', () => {
    const tags = new Set([...html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)/g)].map((m) => m[1]!.toLowerCase()));
    expect([...tags].filter((t) => !OWN_TAGS.has(t))).toEqual([]);
    expect(html.match(/<script\b/g)).toHaveLength(1);
    // A tag's attribute names, with the (escaped, double-quoted) values taken out.
    for (const tag of html.match(/<[a-zA-Z](?:[^>"]|"[^"]*")*>/g) ?? []) {
      const names = tag.replace(/"[^"]*"/g, '""');
      expect(names).not.toMatch(/\son[a-z]+\s*=/i);
      expect(names).not.toMatch(/\sstyle\s*=/i);
      expect(tag).not.toMatch(/(href|src)="javascript:/i);
    }
  });

  it('carries a restrictive Content-Security-Policy', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    expect(csp).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; script-src 'sha256-[A-Za-z0-9+/=]+'; img-src 'none'; base-uri 'none'; form-action 'none'$/);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
  });

  it('keeps markup out of report.md', () => {
    expect(md).toContain('onerror=alert(1)&gt;');
    expect(md).not.toMatch(/<(img|script|svg|iframe|b)\b/i);
  });
});

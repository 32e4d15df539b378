/**
 * Escaping for index.html: every piece of article text, file name, message and suggestion
 * goes through escapeHtml, in text and in double-quoted attributes alike.
 */

// Characters HTML forbids or the parser rewrites: C0/C1 controls (but tab, LF, CR), lone surrogates,
// noncharacters. They become U+FFFD so the page shows that something was there.
// eslint-disable-next-line no-control-regex
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const SPECIAL = /[&<>"']/g;
const ENTITY: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(s: string): string {
  return s.replace(INVALID, '\uFFFD').replace(SPECIAL, (c) => ENTITY[c] ?? c);
}

/** A long name for a chart label: the middle elided, so the file name at the end stays. */
export function elide(s: string, max: number): string {
  const chars = [...s];
  if (chars.length <= max) return s;
  const keep = max - 1;
  const head = Math.ceil(keep / 3);
  return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - (keep - head)).join('')}`;
}

/** 1234567 -> "1,234,567"; 12.5 -> "12.5". Fixed locale, so the page is the same everywhere. */
// Built once: toLocaleString with options builds a formatter per call, a hot spot on 10,000 articles.
const FORMATS: readonly Intl.NumberFormat[] = [0, 1, 2].map((d) => new Intl.NumberFormat('en-US', { maximumFractionDigits: d }));

export function num(n: number, digits: 0 | 1 | 2 = 2): string {
  return FORMATS[digits]!.format(n);
}

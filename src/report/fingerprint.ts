/**
 * A finding's identity that survives edits elsewhere in the file: its rule id, the words it
 * covers and a few words either side, plus which occurrence of that triple it is. Used for
 * SARIF partialFingerprints, baselines and review resume.
 */
import { createHash } from 'node:crypto';

export interface Fingerprintable {
  readonly ruleId: string;
  readonly start: number;
  readonly end: number;
}

const CONTEXT = 32;

function squash(s: string): string {
  return s.replace(/\s+/g, ' ');
}

/** The context key, before hashing: rule, the text before, the span, the text after, within its paragraph (line). */
export function contextKey(f: Fingerprintable, text: string): string {
  const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
  const nl = text.indexOf('\n', f.end);
  const lineEnd = nl === -1 ? text.length : nl;
  const before = squash(text.slice(Math.max(lineStart, f.start - CONTEXT), f.start));
  const after = squash(text.slice(f.end, Math.min(lineEnd, f.end + CONTEXT)).replace(/\r$/, ''));
  return `${f.ruleId}\u0000${before}\u0000${squash(text.slice(f.start, f.end))}\u0000${after}`;
}

/** Stable fingerprints for the findings of one text, in the given order. */
export function fingerprints(findings: readonly Fingerprintable[], text: string): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const key = contextKey(f, text);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return createHash('sha256').update(`${key}\u0000${n}`).digest('hex').slice(0, 32);
  });
}

/** Builders for eval tests: findings and gold objects without the boilerplate. */
import type { Finding } from '../../src/rules/types.js';
import type { CleanTrap, Gold, GoldArtifact } from '../../src/eval/gold.js';

export function finding(start: number, end: number, suggestions: readonly string[] = [], text = ''): Finding {
  return {
    ruleId: 'test-rule',
    category: 'lexical-choice',
    severity: 'warning',
    start,
    end,
    text: text.slice(start, end),
    message: 'test',
    suggestions,
    reason: 'test',
    confidence: 1,
  };
}

/** A finding on the `nth` occurrence (0-based) of `quote` in `text`. */
export function findingOn(text: string, quote: string, suggestions: readonly string[] = [], nth = 0): Finding {
  const start = indexOfNth(text, quote, nth);
  return finding(start, start + quote.length, suggestions, text);
}

export function indexOfNth(text: string, quote: string, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(quote, at + 1);
    if (at < 0) throw new Error(`"${quote}" not found ${nth + 1} times`);
  }
  return at;
}

export function artifactOn(
  text: string,
  quote: string,
  corrections: readonly string[],
  extra: Partial<GoldArtifact> = {},
): GoldArtifact {
  const start = indexOfNth(text, quote);
  return { start, end: start + quote.length, quote, category: 'lexical-choice', severity: 'minor', corrections, ...extra };
}

export function trapOn(text: string, quote: string): CleanTrap {
  const start = indexOfNth(text, quote);
  return { start, end: start + quote.length, quote };
}

export function gold(artifacts: readonly GoldArtifact[], cleanTraps: readonly CleanTrap[] = [], id = 'g'): Gold {
  return { id, text: `${id}.txt`, origin: 'test', artifacts, clean_traps: cleanTraps };
}

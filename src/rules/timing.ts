/**
 * Per-rule timing, as ESLint's TIMING=1: `MTAUDIT_TIMING=1 mtaudit check ...` prints the rules
 * that took the most time. Off unless started (the engine then pays one check per rule and
 * document). POS tagging is lazy: a sentence is tagged when a rule first asks for its tags, so
 * the tagger's time is taken out of that rule's and shown on a row of its own, as are splitting
 * the text into tokens and matching the rule packs' entries (all packs together).
 */
import type { Tagger } from '../nlp/tagger.js';

/** Row names for the work that is no one rule's. */
export const TOKENIZING = '(tokenizing)';
export const TAGGING = '(POS tagging)';
export const PACKS = '(rule packs)';

export class RuleTiming {
  /** Milliseconds by rule id (and the rows above). */
  readonly times = new Map<string, number>();
  private tagging = 0;
  private taggingMark = 0;

  add(id: string, ms: number): void {
    this.times.set(id, (this.times.get(id) ?? 0) + ms);
  }

  /** The clock at the start of a timed step. */
  start(): number {
    this.taggingMark = this.tagging;
    return performance.now();
  }

  /** Charges the time since `since` (less the tagging done meanwhile) to `id`; the clock now. */
  lap(id: string, since: number): number {
    const now = performance.now();
    const tagged = this.tagging - this.taggingMark;
    this.add(id, now - since - tagged);
    this.taggingMark = this.tagging;
    return now;
  }

  /** The tagger, its time counted on the tagging row. */
  timedTagger(tagger: Tagger): Tagger {
    const count = <T>(f: () => T): T => {
      const t0 = performance.now();
      try {
        return f();
      } finally {
        const ms = performance.now() - t0;
        this.tagging += ms;
        this.add(TAGGING, ms);
      }
    };
    const timed: Tagger = { tag: (s, toks) => count(() => tagger.tag(s, toks)), ...(tagger.knows ? { knows: tagger.knows } : {}) };
    const withLemmas = tagger.tagWithLemmas?.bind(tagger);
    return withLemmas ? { ...timed, tagWithLemmas: (s, toks) => count(() => withLemmas(s, toks)) } : timed;
  }
}

let active: RuleTiming | undefined;

/** Starts collecting (before the auditor is created, so its tagger is timed too). */
export function startTiming(): RuleTiming {
  active ??= new RuleTiming();
  return active;
}

/** The running collection, if timing was started. */
export function activeTiming(): RuleTiming | undefined {
  return active;
}

/**
 * The MTAUDIT_TIMING value as a row count: "1" or "true" 10 rows, a larger number that many,
 * "all" every row; undefined when unset, empty or "0" (timing off).
 */
export function timingRows(value: string | undefined): number | undefined {
  if (value === undefined || value === '' || value === '0' || value === 'false') return undefined;
  if (value === 'all') return Number.POSITIVE_INFINITY;
  const n = Number(value);
  return Number.isInteger(n) && n > 1 ? n : 10;
}

/** The slowest `rows` rows as a Markdown table (ESLint's layout), with each row's share of the total. */
export function formatTiming(timing: RuleTiming, rows: number): string {
  const all = [...timing.times].sort((a, b) => b[1] - a[1]);
  const total = all.reduce((sum, [, ms]) => sum + ms, 0);
  const shown = all.slice(0, rows);
  const width = Math.max(4, ...shown.map(([id]) => id.length));
  const lines = [
    `${'Rule'.padEnd(width)} | Time (ms) | Relative`,
    `:${'-'.repeat(width - 1)}-|----------:|--------:`,
    ...shown.map(([id, ms]) => `${id.padEnd(width)} | ${ms.toFixed(3).padStart(9)} | ${(total > 0 ? (100 * ms) / total : 0).toFixed(1).padStart(7)}%`),
  ];
  return `${lines.join('\n')}\n`;
}

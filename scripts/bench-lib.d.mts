/** Types for scripts/bench-lib.mjs (the corpus generator and shared measuring of the benchmarks). */
import type { ParseArgsConfig } from 'node:util';

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number;
  pick<T>(list: readonly T[]): T;
  chance(p: number): boolean;
}

export interface CorpusOptions {
  /** Exact size of the result in UTF-8 bytes. */
  readonly bytes: number;
  readonly seed?: number;
  /** Chance that a sentence comes from an artifact-bearing template (default 0.35). */
  readonly artifactRate?: number;
}

export interface ArticlesOptions {
  readonly count: number;
  readonly seed?: number;
  readonly artifactRate?: number;
  readonly minParagraphs?: number;
  readonly maxParagraphs?: number;
}

export interface Article {
  /** article-0001.txt, ... */
  readonly name: string;
  readonly text: string;
}

export interface ScalePackEntry {
  readonly id: string;
  readonly find: string;
  readonly replace: string;
  readonly bad: string;
  readonly good: string;
}

export function mulberry32(seed: number): () => number;
export function createRng(seed: number): Rng;
/** Sentence templates; `a` marks one carrying a machine-translation artifact. */
export const TEMPLATES: ReadonlyArray<{ readonly t: string; readonly a: boolean }>;
export function fillTemplate(template: string, rng: Rng): string;
export function sentence(rng: Rng, artifactRate?: number): string;
export function paragraph(rng: Rng, artifactRate?: number): string;
export function generateCorpus(opts: CorpusOptions): string;
export function writeCorpus(file: string, opts: CorpusOptions): number;
export const ONE_LINE: string;
export function generateArticles(opts: ArticlesOptions): Article[];
export function writeArticles(dir: string, opts: ArticlesOptions): { files: number; bytes: number };
export function anchorPrefix(find: string): string;
export function scalePackEntries(count: number, seed?: number, prefixes?: readonly string[]): ScalePackEntry[];
export function median(xs: readonly number[]): number;

export const GNU_TIME: string;
export function probeGnuTime(): boolean;
export function nodeCommand(args: readonly string[], timed: boolean): [string, string[]];
export function readTimedStderr(stderr: string): { rssKb: number | undefined; cpuMs: number | undefined; lines: string[] };
export function parseOptionValues(
  argv: readonly string[],
  options: NonNullable<ParseArgsConfig['options']>,
  ErrorClass: new (message: string) => Error,
): Record<string, string | boolean | (string | boolean)[] | undefined>;

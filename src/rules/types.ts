/**
 * The finding model and the rule contract. Everything in the engine speaks these types;
 * spans are half-open [start, end) in UTF-16 code units of the text as read.
 */
import type { Doc } from '../text/document.js';

/** The 11 categories of shared/eval/GOLD-FORMAT.md, a closed enum. */
export const CATEGORIES = [
  'metonym-pronoun',
  'calque',
  'garbled-syntax',
  'repetition',
  'number-agreement',
  'lexical-choice',
  'preposition',
  'article',
  'capitalization',
  'entity-name',
  'punctuation',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ['error', 'warning', 'info'] as const;
/** error: a reader stumbles (MQM major); warning: an editor would fix it (MQM minor); info: worth a look. */
export type Severity = (typeof SEVERITIES)[number];

export function isCategory(s: string): s is Category {
  return (CATEGORIES as readonly string[]).includes(s);
}
export function isSeverity(s: string): s is Severity {
  return (SEVERITIES as readonly string[]).includes(s);
}
/** Ordering for --fail-on: error > warning > info. */
export function severityRank(s: Severity): number {
  return s === 'error' ? 3 : s === 'warning' ? 2 : 1;
}

export interface Finding {
  readonly ruleId: string;
  readonly category: Category;
  readonly severity: Severity;
  readonly start: number;
  readonly end: number;
  /** text.slice(start, end) */
  readonly text: string;
  readonly message: string;
  /** Ranked replacements for exactly [start, end); may be empty when no safe rewrite exists. */
  readonly suggestions: readonly string[];
  /** One line: why the first suggestion is the English idiom. */
  readonly reason: string;
  /** 0..1: how sure the rule is that this is an artifact. */
  readonly confidence: number;
}

/** What a rule hands to ctx.report(); the engine fills in the rest from the rule's meta. */
export interface Report {
  readonly start: number;
  readonly end: number;
  readonly message?: string;
  readonly suggestions?: readonly string[];
  readonly reason?: string;
  readonly confidence?: number;
  readonly severity?: Severity;
}

/**
 * A rule example, LanguageTool style. In `text`, the expected span is marked [[like this]];
 * `output` is the whole text after the first suggestion is applied (omit when the rule
 * offers no suggestion).
 */
export interface BadExample {
  readonly text: string;
  readonly output?: string;
}

export interface RuleMeta {
  readonly id: string;
  readonly category: Category;
  readonly severity: Severity;
  /** One line, for `mtaudit rules` and docs/rules.md. */
  readonly description: string;
  readonly examples: {
    readonly bad: readonly BadExample[];
    readonly good: readonly string[];
  };
  /**
   * A suspect rule matches wording that fluent English uses now and then (“actually” for
   * currently): the engine runs it only in a document that already shows machine-translation
   * artifacts (engine.ts, showsArtifacts), never on clean copy.
   */
  readonly suspect?: boolean;
  /**
   * For a suspect rule: its finding is dropped where a plain rule already flags an overlapping
   * span, so a broad check does not repeat, with another fix, what a specific one found
   * (governed-preposition after the preposition tables).
   */
  readonly defers?: boolean;
}

export interface RuleContext {
  readonly doc: Doc;
  report(r: Report): void;
}

export interface Rule {
  readonly meta: RuleMeta;
  check(ctx: RuleContext): void;
}

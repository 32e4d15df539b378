/**
 * The review model: the findings under review (items), the editor's decisions, and the steps
 * that made them (the undo history, which is also what the session file stores).
 */

/** One finding as the reviewer sees it, with its resume key. Spans are UTF-16, half-open. */
export interface ReviewItem {
  /** Rule id + surrounding text (src/report/fingerprint.ts): survives edits elsewhere. */
  readonly key: string;
  readonly ruleId: string;
  readonly category: string;
  readonly severity: string;
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly column: number;
  /** text.slice(start, end) */
  readonly original: string;
  readonly message: string;
  readonly suggestions: readonly string[];
  readonly reason: string;
  /** The sentence around the span, clipped: what the reviewer reads. */
  readonly context: { readonly before: string; readonly after: string };
}

export const DECISION_KINDS = ['accepted', 'rejected', 'edited', 'skipped'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

export interface Decision {
  readonly key: string;
  readonly ruleId: string;
  readonly start: number;
  readonly end: number;
  readonly original: string;
  /** The text that replaces [start, end); null when the text stays as it is. */
  readonly replacement: string | null;
  readonly decision: DecisionKind;
  /** ISO 8601, from the clock the caller passes in. */
  readonly time: string;
  /** Why, when the reviewer did not say it directly ("superseded by ..."). */
  readonly note?: string;
}

/** One undoable step: one key press may decide several findings (A, a conflict override). */
export interface Step {
  /** The key of the item the cursor was on, so undo returns there. */
  readonly at: string;
  readonly decisions: readonly Decision[];
}

/** True when the decision changes the text. */
export function changesText(d: Decision): boolean {
  return (d.decision === 'accepted' || d.decision === 'edited') && d.replacement !== null;
}

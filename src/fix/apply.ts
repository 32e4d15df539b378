/**
 * Applies edits in one pass, ESLint style: rules only describe edits; this is the one place
 * that changes text. Edits are half-open UTF-16 spans; overlapping edits are not applied but
 * returned as conflicts, so nothing is dropped silently.
 */
export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface ApplyResult<E extends Edit> {
  readonly text: string;
  readonly applied: readonly E[];
  /** Edits left out because they overlap an edit applied before them (in input order). */
  readonly conflicts: readonly E[];
}

export function overlaps(a: Edit, b: Edit): boolean {
  // Two insertions at one point conflict: their order would be a guess.
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  if (a.start === a.end) return b.start < a.start && a.start < b.end;
  if (b.start === b.end) return a.start < b.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

/** Earlier edits in `edits` win over later ones that overlap them. */
export function applyFixes<E extends Edit>(text: string, edits: readonly E[]): ApplyResult<E> {
  const applied: E[] = [];
  const conflicts: E[] = [];
  for (const e of edits) {
    if (e.start < 0 || e.end > text.length || e.start > e.end) throw new RangeError(`edit [${e.start}, ${e.end}) is outside the text`);
    if (applied.some((a) => overlaps(a, e))) conflicts.push(e);
    else applied.push(e);
  }
  const sorted = [...applied].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  out += text.slice(pos);
  return { text: out, applied, conflicts };
}

/**
 * All of review's logic as one pure reducer: (state, action) -> state. No I/O, no clock (the
 * time of a decision comes in the action), so every path, undo chains and conflicts
 * included, is tested without rendering. The UI maps keys to actions (keymap.ts) and saves
 * the session after every step (the caller's job).
 */
import { overlaps } from '../fix/apply.js';
import { changesText, type Decision, type ReviewItem, type Step } from './types.js';

export type EditKey = 'backspace' | 'delete' | 'left' | 'right' | 'home' | 'end' | 'clear';

export type Mode =
  | { readonly kind: 'browse' }
  | { readonly kind: 'help' }
  | { readonly kind: 'edit'; readonly buffer: string; readonly caret: number }
  /** Accepting `pending` would overlap accepted edits: the reviewer chooses, nothing is dropped. */
  | { readonly kind: 'conflict'; readonly pending: Decision; readonly with: readonly Decision[] };

export interface ReviewState {
  readonly items: readonly ReviewItem[];
  /** Index into items; items.length is the summary page. */
  readonly cursor: number;
  /** The suggestion shown as a diff for the current item. */
  readonly selected: number;
  readonly steps: readonly Step[];
  /** The effective decision per item key: the last one the steps made. */
  readonly decided: ReadonlyMap<string, Decision>;
  readonly mode: Mode;
  /** One line of feedback for the last action. */
  readonly notice: string | null;
  readonly exit: 'finish' | 'quit' | null;
}

export type Action =
  | { readonly type: 'accept'; readonly time: string }
  | { readonly type: 'reject'; readonly time: string }
  | { readonly type: 'skip'; readonly time: string }
  | { readonly type: 'pick'; readonly index: number }
  | { readonly type: 'acceptRule'; readonly time: string }
  | { readonly type: 'undo' }
  | { readonly type: 'move'; readonly by: number }
  | { readonly type: 'edit' }
  | { readonly type: 'editInsert'; readonly text: string }
  | { readonly type: 'editKey'; readonly key: EditKey }
  | { readonly type: 'editCommit'; readonly time: string }
  /** Take the pending edit of a conflict; the earlier ones become rejected, with a note. */
  | { readonly type: 'override'; readonly time: string }
  /** Leave edit, conflict or help without deciding. */
  | { readonly type: 'cancel' }
  | { readonly type: 'help' }
  | { readonly type: 'finish' }
  | { readonly type: 'quit' };

const BROWSE: Mode = { kind: 'browse' };

export function foldSteps(steps: readonly Step[]): Map<string, Decision> {
  const m = new Map<string, Decision>();
  for (const s of steps) for (const d of s.decisions) m.set(d.key, d);
  return m;
}

function selectionFor(item: ReviewItem | undefined, decided: ReadonlyMap<string, Decision>): number {
  const r = item ? decided.get(item.key)?.replacement : undefined;
  const i = item && r != null ? item.suggestions.indexOf(r) : -1;
  return Math.max(0, i);
}

/** The first item without a decision after `from`, wrapping around; items.length when none is left. */
export function nextOpen(items: readonly ReviewItem[], decided: ReadonlyMap<string, Decision>, from: number): number {
  for (let k = 1; k <= items.length; k++) {
    const i = (from + k) % items.length;
    const it = items[i] as ReviewItem;
    if (!decided.has(it.key)) return i;
  }
  return items.length;
}

/** A fresh state, or a resumed one: steps from the session, the cursor on `at` (an item key). */
export function initialState(items: readonly ReviewItem[], steps: readonly Step[] = [], at: string | null = null, notice: string | null = null): ReviewState {
  const decided = foldSteps(steps);
  const byKey = at === null ? -1 : items.findIndex((it) => it.key === at);
  const cursor = byKey >= 0 ? byKey : nextOpen(items, decided, items.length - 1);
  return { items, cursor, selected: selectionFor(items[cursor], decided), steps, decided, mode: BROWSE, notice, exit: null };
}

export function currentItem(s: ReviewState): ReviewItem | undefined {
  return s.items[s.cursor];
}

const q = (s: string): string => `“${s}”`;

function describe(d: Decision): string {
  if (d.decision === 'accepted' || d.decision === 'edited') return `${d.decision} ${q(d.original)} → ${q(d.replacement ?? '')}`;
  return `${d.decision} ${q(d.original)}`;
}

function decisionFor(item: ReviewItem, decision: Decision['decision'], replacement: string | null, time: string): Decision {
  return { key: item.key, ruleId: item.ruleId, start: item.start, end: item.end, original: item.original, replacement, decision, time };
}

function moveTo(s: ReviewState, cursor: number, notice: string | null = null): ReviewState {
  return { ...s, cursor, selected: selectionFor(s.items[cursor], s.decided), mode: BROWSE, notice };
}

/** Records one step and moves to the next open item. */
function commit(s: ReviewState, decisions: readonly Decision[], notice: string | null): ReviewState {
  const item = currentItem(s);
  const steps = [...s.steps, { at: item?.key ?? decisions[0]?.key ?? '', decisions }];
  const decided = foldSteps(steps);
  const next = { ...s, steps, decided };
  return moveTo(next, nextOpen(s.items, decided, s.cursor), notice);
}

/** Accepted or edited decisions (other than for `key`) whose span overlaps `d`'s. */
export function conflictsWith(decided: ReadonlyMap<string, Decision>, d: Decision): Decision[] {
  if (!changesText(d)) return [];
  const edit = { start: d.start, end: d.end, text: d.replacement ?? '' };
  return [...decided.values()].filter((o) => o.key !== d.key && changesText(o) && overlaps({ start: o.start, end: o.end, text: o.replacement ?? '' }, edit));
}

function decide(s: ReviewState, d: Decision): ReviewState {
  const clash = conflictsWith(s.decided, d);
  if (clash.length > 0) return { ...s, mode: { kind: 'conflict', pending: d, with: clash }, notice: null };
  return commit(s, [d], null);
}

function onItem(s: ReviewState, f: (item: ReviewItem) => ReviewState): ReviewState {
  const item = currentItem(s);
  if (!item) return { ...s, notice: 'This is the summary: Enter writes the result, ← goes back, u undoes.' };
  return f(item);
}

function acceptRule(s: ReviewState, item: ReviewItem, time: string): ReviewState {
  const open = (it: ReviewItem): boolean => {
    const d = s.decided.get(it.key);
    return d === undefined || d.decision === 'skipped';
  };
  // From the current item on, then the ones before it: "the rest" of this rule.
  const order = [...s.items.slice(s.cursor), ...s.items.slice(0, s.cursor)];
  const targets = order.filter((it) => it.ruleId === item.ruleId && open(it));
  let decided = new Map(s.decided);
  const taken: Decision[] = [];
  const blocked: ReviewItem[] = [];
  const bare: ReviewItem[] = [];
  for (const it of targets) {
    const text = it.key === item.key ? item.suggestions[s.selected] : it.suggestions[0];
    if (text === undefined) {
      bare.push(it);
      continue;
    }
    const d = decisionFor(it, 'accepted', text, time);
    if (conflictsWith(decided, d).length > 0) {
      blocked.push(it);
      continue;
    }
    taken.push(d);
    decided = new Map(decided).set(d.key, d);
  }
  if (taken.length === 0) return { ...s, notice: `Nothing to accept for ${item.ruleId}${blocked.length ? ': the open ones overlap accepted edits' : ''}.` };
  const left = [
    blocked.length ? `${blocked.length} left open: they overlap accepted edits (line ${blocked.map((b) => b.line).join(', ')})` : '',
    bare.length ? `${bare.length} left open: no suggestion` : '',
  ].filter(Boolean);
  return commit(s, taken, `Accepted ${taken.length} × ${item.ruleId}.${left.length ? ` ${left.join('; ')}.` : ''}`);
}

function editKey(buffer: string, caret: number, key: EditKey): { buffer: string; caret: number } {
  switch (key) {
    case 'backspace':
    case 'delete':
      // Most terminals send DEL (0x7f) for Backspace; both delete the character before the caret.
      return caret === 0 ? { buffer, caret } : { buffer: buffer.slice(0, caret - 1) + buffer.slice(caret), caret: caret - 1 };
    case 'left':
      return { buffer, caret: Math.max(0, caret - 1) };
    case 'right':
      return { buffer, caret: Math.min(buffer.length, caret + 1) };
    case 'home':
      return { buffer, caret: 0 };
    case 'end':
      return { buffer, caret: buffer.length };
    case 'clear':
      return { buffer: '', caret: 0 };
  }
}

export function reducer(s: ReviewState, a: Action): ReviewState {
  const m = s.mode;
  switch (a.type) {
    case 'accept':
      return onItem(s, (item) => {
        const text = item.suggestions[s.selected];
        if (text === undefined) return { ...s, notice: 'No suggestion for this finding: e writes one, r rejects it.' };
        return decide(s, decisionFor(item, 'accepted', text, a.time));
      });
    case 'reject':
      return onItem(s, (item) => commit(s, [decisionFor(item, 'rejected', null, a.time)], null));
    case 'skip':
      return onItem(s, (item) => commit(s, [decisionFor(item, 'skipped', null, a.time)], null));
    case 'pick':
      return onItem(s, (item) =>
        a.index >= 0 && a.index < item.suggestions.length
          ? { ...s, selected: a.index, notice: null }
          : { ...s, notice: `No suggestion ${a.index + 1}: this finding has ${item.suggestions.length}.` },
      );
    case 'acceptRule':
      return onItem(s, (item) => acceptRule(s, item, a.time));
    case 'undo': {
      const last = s.steps[s.steps.length - 1];
      if (!last) return { ...s, mode: BROWSE, notice: 'Nothing to undo.' };
      const steps = s.steps.slice(0, -1);
      const decided = foldSteps(steps);
      const at = s.items.findIndex((it) => it.key === last.at);
      const what = last.decisions.length === 1 ? describe(last.decisions[0] as Decision) : `${last.decisions.length} decisions`;
      return moveTo({ ...s, steps, decided }, at >= 0 ? at : s.cursor, `Undone: ${what}.`);
    }
    case 'move': {
      const cursor = Math.min(s.items.length, Math.max(0, s.cursor + a.by));
      return moveTo(s, cursor, cursor === s.cursor && a.by < 0 ? 'This is the first finding.' : null);
    }
    case 'edit':
      return onItem(s, (item) => {
        const prior = s.decided.get(item.key)?.replacement;
        const buffer = prior ?? item.suggestions[s.selected] ?? item.original;
        return { ...s, mode: { kind: 'edit', buffer, caret: buffer.length }, notice: null };
      });
    case 'editInsert': {
      if (m.kind !== 'edit') return s;
      // A paste arrives as one string; line breaks would split the sentence, so they become spaces.
      const text = a.text.replace(/[\r\n\t]+/g, ' ');
      return { ...s, mode: { ...m, buffer: m.buffer.slice(0, m.caret) + text + m.buffer.slice(m.caret), caret: m.caret + text.length } };
    }
    case 'editKey':
      return m.kind === 'edit' ? { ...s, mode: { ...m, ...editKey(m.buffer, m.caret, a.key) } } : s;
    case 'editCommit':
      if (m.kind !== 'edit') return s;
      return onItem(s, (item) => {
        if (m.buffer === item.original) return { ...s, notice: 'That is the original text: Esc, then r to reject the finding.' };
        const kind = item.suggestions.includes(m.buffer) ? 'accepted' : 'edited';
        return decide({ ...s, mode: BROWSE }, decisionFor(item, kind, m.buffer, a.time));
      });
    case 'override': {
      if (m.kind !== 'conflict') return s;
      const note = `superseded by ${m.pending.ruleId} (${q(m.pending.original)} → ${q(m.pending.replacement ?? '')})`;
      const undone = m.with.map((o): Decision => ({ ...o, decision: 'rejected', replacement: null, time: a.time, note }));
      return commit({ ...s, mode: BROWSE }, [m.pending, ...undone], `Rejected ${undone.length} earlier edit${undone.length === 1 ? '' : 's'} in its favour.`);
    }
    case 'cancel':
      if (m.kind === 'conflict') return { ...s, mode: BROWSE, notice: 'Kept the earlier edit; this finding is still open.' };
      return m.kind === 'browse' ? s : { ...s, mode: BROWSE, notice: null };
    case 'help':
      return { ...s, mode: m.kind === 'help' ? BROWSE : { kind: 'help' }, notice: null };
    case 'finish':
      if (s.cursor < s.items.length) return { ...s, notice: 'Move past the last finding to the summary to finish; q quits and keeps progress.' };
      return { ...s, exit: 'finish' };
    case 'quit':
      return { ...s, exit: 'quit' };
  }
}

/** Decisions that change the text, in the order they were made (for applyFixes). */
export function acceptedEdits(s: Pick<ReviewState, 'steps' | 'decided'>): Decision[] {
  const seen = new Set<string>();
  const out: Decision[] = [];
  for (const step of s.steps) {
    for (const d of step.decisions) {
      if (seen.has(d.key) || s.decided.get(d.key) !== d) continue;
      seen.add(d.key);
      if (changesText(d)) out.push(d);
    }
  }
  return out;
}

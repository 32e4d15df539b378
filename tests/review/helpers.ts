/** Review items built by hand, so reducer tests do not depend on which rules fire. */
import { initialState, reducer, type Action, type ReviewState } from '../../src/review/reducer.js';
import type { ReviewItem, Step } from '../../src/review/types.js';

export const TEXT = 'Washington and his allies sit for the initial talk in the influence space.';

/** An item over the first occurrence of `original` (after `from`) in TEXT. */
export function item(ruleId: string, original: string, suggestions: string[], opts: { from?: number; category?: string; text?: string } = {}): ReviewItem {
  const text = opts.text ?? TEXT;
  const start = text.indexOf(original, opts.from ?? 0);
  if (start < 0) throw new Error(`"${original}" is not in the text`);
  return {
    key: `${ruleId}@${start}`,
    ruleId,
    category: opts.category ?? ruleId.split('/')[0] ?? ruleId,
    severity: 'warning',
    start,
    end: start + original.length,
    line: 1,
    column: start + 1,
    original,
    message: `“${original}” reads as translated.`,
    suggestions,
    reason: 'a test reason',
    context: { before: text.slice(0, start), after: text.slice(start + original.length) },
  };
}

export const HIS = item('metonym-pronoun/country-his', 'his', ['its', 'their'], { category: 'metonym-pronoun' });
export const TALK = item('number-agreement/talk', 'initial talk', ['initial talks'], { category: 'number-agreement' });
/** Overlaps TALK: "talk" alone. */
export const TALK2 = item('lexical-choice/talk', 'talk', ['talks', 'negotiations'], { category: 'lexical-choice' });
export const SPACE = item('calque/sphere-of-influence', 'the influence space', ['a sphere of influence', 'spheres of influence'], { category: 'calque' });
export const BARE = item('garbled-syntax/sit-for', 'sit for', [], { category: 'garbled-syntax' });

export const ITEMS: readonly ReviewItem[] = [HIS, BARE, TALK, TALK2, SPACE];

export const T = (n: number): string => `2025-01-01T00:00:${String(n).padStart(2, '0')}.000Z`;

export function run(actions: readonly Action[], items: readonly ReviewItem[] = ITEMS, steps: readonly Step[] = []): ReviewState {
  return actions.reduce(reducer, initialState(items, steps));
}

/** Applies actions in order (typed, so array literals keep their action types). */
export function play(s: ReviewState, actions: readonly Action[]): ReviewState {
  return actions.reduce(reducer, s);
}

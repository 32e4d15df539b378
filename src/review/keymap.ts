/**
 * Key bindings as data, one table per mode: the help line, the `?` page and the input
 * handler all read these tables, so they cannot drift apart.
 */
import { reducer, type Action, type EditKey, type ReviewState } from './reducer.js';

export type KeyMode = 'browse' | 'summary' | 'edit' | 'conflict' | 'help';

export type Command =
  | 'accept' | 'reject' | 'pick' | 'edit' | 'skip' | 'undo' | 'prev' | 'next' | 'acceptRule'
  | 'quit' | 'help' | 'finish' | 'override' | 'cancel' | 'commit' | EditKey;

export interface Binding {
  /** Key names as keyName() produces them: 'a', 'A', '1', 'left', 'return', 'escape', 'ctrl+c'. */
  readonly keys: readonly string[];
  readonly command: Command;
  /** How the help shows the keys. */
  readonly label: string;
  readonly help: string;
  /** Shown in the one-line help (the rest only on the `?` page). */
  readonly short?: string;
}

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];
const QUIT: Binding = { keys: ['q', 'ctrl+c'], command: 'quit', label: 'q', help: 'quit; every decision is saved, run review again to resume', short: 'quit' };
const HELP: Binding = { keys: ['?'], command: 'help', label: '?', help: 'this list of keys', short: 'help' };

export const KEYMAP: Readonly<Record<KeyMode, readonly Binding[]>> = {
  browse: [
    { keys: ['a', 'y'], command: 'accept', label: 'a y', help: 'accept the suggestion shown', short: 'accept' },
    { keys: ['r', 'n'], command: 'reject', label: 'r n', help: 'reject: keep the text as it is', short: 'reject' },
    { keys: DIGITS, command: 'pick', label: '1-9', help: 'show another suggestion (then a accepts it)', short: 'pick' },
    { keys: ['e'], command: 'edit', label: 'e', help: 'edit the replacement in place', short: 'edit' },
    { keys: ['s'], command: 'skip', label: 's', help: 'skip: decide later, the text stays for now', short: 'skip' },
    { keys: ['u'], command: 'undo', label: 'u', help: 'undo the last decision (repeat for more)', short: 'undo' },
    { keys: ['left', 'up', 'k'], command: 'prev', label: '← ↑ k', help: 'previous finding' },
    { keys: ['right', 'down', 'j'], command: 'next', label: '→ ↓ j', help: 'next finding', short: 'move' },
    { keys: ['A'], command: 'acceptRule', label: 'A', help: 'accept the first suggestion for every open finding of this rule' },
    QUIT,
    HELP,
  ],
  summary: [
    { keys: ['return'], command: 'finish', label: 'Enter', help: 'write the corrected text and the decisions log, then exit', short: 'finish' },
    { keys: ['u'], command: 'undo', label: 'u', help: 'undo the last decision', short: 'undo' },
    { keys: ['left', 'up', 'k'], command: 'prev', label: '← k', help: 'back to the last finding', short: 'back' },
    QUIT,
    HELP,
  ],
  edit: [
    { keys: ['return'], command: 'commit', label: 'Enter', help: 'use this replacement', short: 'save' },
    { keys: ['escape'], command: 'cancel', label: 'Esc', help: 'cancel the edit', short: 'cancel' },
    { keys: ['backspace', 'delete'], command: 'backspace', label: '⌫', help: 'delete the character before the caret' },
    { keys: ['left'], command: 'left', label: '←', help: 'caret left' },
    { keys: ['right'], command: 'right', label: '→', help: 'caret right' },
    { keys: ['home', 'ctrl+a'], command: 'home', label: 'Home ^A', help: 'caret to the start' },
    { keys: ['end', 'ctrl+e'], command: 'end', label: 'End ^E', help: 'caret to the end' },
    { keys: ['ctrl+u'], command: 'clear', label: '^U', help: 'clear the field', short: 'clear' },
    { keys: ['ctrl+c'], command: 'quit', label: '^C', help: 'quit (the edit is not saved; decisions are)' },
  ],
  conflict: [
    { keys: ['o'], command: 'override', label: 'o', help: 'use this edit and reject the earlier one(s) it overlaps', short: 'use this one' },
    { keys: ['k', 'escape'], command: 'cancel', label: 'k Esc', help: 'keep the earlier edit; leave this finding open', short: 'keep earlier' },
    QUIT,
  ],
  help: [
    { keys: ['?', 'escape', 'q', 'return'], command: 'cancel', label: '? Esc', help: 'close this list', short: 'close' },
    { keys: ['ctrl+c'], command: 'quit', label: '^C', help: 'quit' },
  ],
};

/** The subset of Ink's Key that names keys. */
export interface KeyFlags {
  readonly upArrow?: boolean;
  readonly downArrow?: boolean;
  readonly leftArrow?: boolean;
  readonly rightArrow?: boolean;
  readonly return?: boolean;
  readonly escape?: boolean;
  readonly backspace?: boolean;
  readonly delete?: boolean;
  readonly home?: boolean;
  readonly end?: boolean;
  readonly tab?: boolean;
  readonly ctrl?: boolean;
}

/** One key name for Ink's (input, key) pair; '' for keys no table uses. */
export function keyName(input: string, key: KeyFlags): string {
  if (key.ctrl && input.length === 1) return `ctrl+${input.toLowerCase()}`;
  if (key.leftArrow) return 'left';
  if (key.rightArrow) return 'right';
  if (key.upArrow) return 'up';
  if (key.downArrow) return 'down';
  if (key.return) return 'return';
  if (key.escape) return 'escape';
  if (key.backspace) return 'backspace';
  if (key.delete) return 'delete';
  if (key.home) return 'home';
  if (key.end) return 'end';
  if (key.tab) return 'tab';
  return input;
}

export function keyModeOf(s: ReviewState): KeyMode {
  if (s.mode.kind === 'browse') return s.cursor >= s.items.length ? 'summary' : 'browse';
  return s.mode.kind;
}

export function lookup(mode: KeyMode, name: string): Binding | undefined {
  return KEYMAP[mode].find((b) => b.keys.includes(name));
}

/** The reducer action for a command; `now` is read only by commands that record a decision. */
export function actionFor(command: Command, name: string, now: () => string): Action {
  switch (command) {
    case 'accept':
    case 'reject':
    case 'skip':
    case 'acceptRule':
    case 'override':
      return { type: command, time: now() };
    case 'commit':
      return { type: 'editCommit', time: now() };
    case 'pick':
      return { type: 'pick', index: Number(name) - 1 };
    case 'prev':
      return { type: 'move', by: -1 };
    case 'next':
      return { type: 'move', by: 1 };
    case 'edit':
    case 'undo':
    case 'quit':
    case 'help':
    case 'finish':
    case 'cancel':
      return { type: command };
    default:
      return { type: 'editKey', key: command };
  }
}

const CONTROL: Readonly<Record<string, KeyFlags>> = {
  '\r': { return: true },
  '\n': { return: true },
  '\x7f': { delete: true },
  '\b': { backspace: true },
  '\t': { tab: true },
  '\x1b': { escape: true },
};

/** One character of a burst as Ink would have reported it alone: Ctrl-U arrives as \x15. */
function single(ch: string): [string, KeyFlags] {
  const flags = CONTROL[ch];
  if (flags) return ['', flags];
  const code = ch.charCodeAt(0);
  return code >= 1 && code <= 26 ? [String.fromCharCode(code + 96), { ctrl: true }] : [ch, {}];
}

/**
 * Applies one input event to the state. Keys typed faster than the screen redraws arrive as
 * one string ("ar", "fix\r"): each character is then its own key, read in the mode the keys
 * before it left, so a burst means what the same keys typed slowly mean. In the edit field,
 * printable characters are inserted.
 */
export function applyInput(s: ReviewState, input: string, key: KeyFlags, now: () => string): ReviewState {
  const name = keyName(input, key);
  if (name === input && [...input].length > 1) {
    return [...input].reduce((st, ch) => (st.exit ? st : applyInput(st, ...single(ch), now)), s);
  }
  const mode = keyModeOf(s);
  const b = lookup(mode, name);
  if (b) return reducer(s, actionFor(b.command, name, now));
  if (mode === 'edit' && name === input && input !== '' && !/[\u0000-\u001f\u007f]/.test(input)) return reducer(s, { type: 'editInsert', text: input });
  return s;
}

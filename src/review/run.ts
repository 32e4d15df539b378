/**
 * Mounts the review app on the terminal and resolves with the last state when the reviewer
 * finishes or quits. Full screen: the alternate screen buffer, so the shell's scrollback is
 * left as it was and the summary printed after is the only trace.
 */
import { createElement } from 'react';
import type { ReviewAppProps } from './app.js';
import type { ReviewState } from './reducer.js';

export interface RunAppOptions extends Omit<ReviewAppProps, 'onExit'> {
  readonly stdin?: NodeJS.ReadStream;
  readonly stdout?: NodeJS.WriteStream;
  readonly fullScreen?: boolean;
}

const ENTER_ALT = '\u001b[?1049h\u001b[H';
const LEAVE_ALT = '\u001b[?1049l';

/**
 * Ink decides once, when it is first imported (the is-in-ci package), that a process with CI
 * or CONTINUOUS_INTEGRATION set has no live terminal, and then draws nothing until it exits.
 * Review only runs on a TTY, so an editor whose shell exports CI=true (dev containers, CI
 * debugging sessions) still needs the live screen: import Ink with those variables hidden.
 */
async function loadInk(): Promise<typeof import('ink')> {
  const keys = ['CI', 'CONTINUOUS_INTEGRATION'] as const;
  const saved = keys.map((k) => process.env[k]);
  for (const k of keys) delete process.env[k];
  try {
    return await import('ink');
  } finally {
    keys.forEach((k, i) => {
      if (saved[i] !== undefined) process.env[k] = saved[i];
    });
  }
}

export async function runReviewApp(o: RunAppOptions): Promise<ReviewState> {
  const { render } = await loadInk();
  const { ReviewApp } = await import('./app.js');
  const { stdin = process.stdin, stdout = process.stdout, fullScreen = true, ...props } = o;
  let last = props.initial;
  if (fullScreen) stdout.write(ENTER_ALT);
  try {
    const app = render(
      createElement(ReviewApp, {
        ...props,
        onExit: (s: ReviewState) => {
          last = s;
        },
      }),
      // Ctrl-C is a key in the keymap (quit), so the farewell line still prints.
      { stdin, stdout, exitOnCtrlC: false, patchConsole: false },
    );
    await app.waitUntilExit();
  } finally {
    if (fullScreen) stdout.write(LEAVE_ALT);
  }
  return last;
}

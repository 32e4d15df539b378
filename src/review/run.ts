/**
 * Mounts the review app on the terminal and resolves with the last state when the reviewer
 * finishes or quits. Full screen: the alternate screen buffer, so the shell's scrollback is
 * left as it was and the summary printed after is the only trace.
 */
import { render } from 'ink';
import { createElement } from 'react';
import { ReviewApp, type ReviewAppProps } from './app.js';
import type { ReviewState } from './reducer.js';

export interface RunAppOptions extends Omit<ReviewAppProps, 'onExit'> {
  readonly stdin?: NodeJS.ReadStream;
  readonly stdout?: NodeJS.WriteStream;
  readonly fullScreen?: boolean;
}

const ENTER_ALT = '\u001b[?1049h\u001b[H';
const LEAVE_ALT = '\u001b[?1049l';

export async function runReviewApp(o: RunAppOptions): Promise<ReviewState> {
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

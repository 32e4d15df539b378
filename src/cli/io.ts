/**
 * The CLI's window on the world. Commands take an Io so tests can run them in-process;
 * main.ts binds it to the real process.
 */
export interface Io {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  readonly stdinIsTTY: boolean;
  stdout(s: string): void;
  stderr(s: string): void;
  /** Reads all of stdin as bytes. */
  readStdin(): Promise<Uint8Array>;
}

/**
 * An error the user can act on: printed as one line (`mtaudit: <message>`), exit code 2.
 * The message names the file, and the position where there is one (`path:line:col: ...`).
 */
export class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 2) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

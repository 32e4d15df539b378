/** An in-memory Io for running CLI commands in-process. */
import type { Io } from '../../src/cli/io.js';

export interface MemoryIo extends Io {
  readonly out: () => string;
  readonly err: () => string;
}

export function memoryIo(opts: { cwd?: string; stdin?: string | Uint8Array; env?: Record<string, string>; tty?: boolean } = {}): MemoryIo {
  let out = '';
  let err = '';
  const stdin = typeof opts.stdin === 'string' ? new TextEncoder().encode(opts.stdin) : (opts.stdin ?? new Uint8Array());
  return {
    cwd: opts.cwd ?? process.cwd(),
    env: opts.env ?? {},
    stdoutIsTTY: opts.tty ?? false,
    stderrIsTTY: opts.tty ?? false,
    stdinIsTTY: opts.tty ?? false,
    stdout: (s) => {
      out += s;
    },
    stderr: (s) => {
      err += s;
    },
    readStdin: () => Promise.resolve(stdin),
    out: () => out,
    err: () => err,
  };
}

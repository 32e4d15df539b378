/**
 * Turns PATH arguments into inputs: files as named, folders recursed for .txt and .md,
 * globs expanded, `-` for stdin. Reading decodes strictly (src/text/decode.ts); a file that
 * cannot be read becomes an InputFailure with a one-line reason, so the rest still run.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { decodeText } from '../text/decode.js';
import { CliError, type Io } from './io.js';

/** What a folder is searched for: text, Markdown and wire XML. JSON (ninjs) only when named, since folders hold other JSON. */
export const TEXT_EXTENSIONS = ['txt', 'md', 'markdown', 'xml', 'nitf', 'newsml', 'g2', 'ninjs'] as const;

export interface Input {
  /** As shown to the user: relative to cwd where possible, `<stdin>` for `-`. */
  readonly path: string;
  readonly text: string;
}

export interface InputFailure {
  readonly path: string;
  /** One line: `path[:line:col]: reason`. */
  readonly message: string;
}

export type Source = { readonly kind: 'stdin'; readonly path: string } | { readonly kind: 'file'; readonly path: string; readonly abs: string };

function display(cwd: string, abs: string): string {
  const rel = path.relative(cwd, abs);
  return rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel.split(path.sep).join('/');
}

async function kindOf(abs: string): Promise<'file' | 'dir' | 'missing' | 'other'> {
  try {
    const s = await stat(abs);
    return s.isFile() ? 'file' : s.isDirectory() ? 'dir' : 'other';
  } catch {
    return 'missing';
  }
}

const TEXT_GLOB = `**/*.{${TEXT_EXTENSIONS.join(',')}}`;
const IGNORE = ['**/node_modules/**', '**/.git/**'];

/** Expands arguments in order, without duplicates. Throws CliError on an argument that names nothing. */
export async function expandPaths(args: readonly string[], io: Io, stdinName = '<stdin>'): Promise<Source[]> {
  if (args.length === 0) throw new CliError('no input: give files, folders, globs, or - for stdin');
  const out: Source[] = [];
  const seen = new Set<string>();
  const add = (abs: string): void => {
    if (seen.has(abs)) return;
    seen.add(abs);
    out.push({ kind: 'file', path: display(io.cwd, abs), abs });
  };
  for (const arg of args) {
    if (arg === '-') {
      out.push({ kind: 'stdin', path: stdinName });
      continue;
    }
    const abs = path.resolve(io.cwd, arg);
    const kind = await kindOf(abs);
    if (kind === 'file') add(abs);
    else if (kind === 'dir') {
      const found = (await glob(TEXT_GLOB, { cwd: abs, absolute: true, ignore: IGNORE, dot: false })).sort();
      if (found.length === 0) throw new CliError(`${arg}: no text or wire files in this folder (.txt, .md, .xml, .nitf, .newsml, .ninjs)`);
      found.forEach(add);
    } else if (kind === 'other') throw new CliError(`${arg}: not a regular file or folder`);
    else if (isDynamicPattern(arg)) {
      const found = (await glob(arg, { cwd: io.cwd, absolute: true, ignore: IGNORE, onlyFiles: true })).sort();
      if (found.length === 0) throw new CliError(`${arg}: the pattern matches no files`);
      found.forEach(add);
    } else throw new CliError(`${arg}: no such file or folder`);
  }
  return out;
}

export function decodeInput(p: string, bytes: Uint8Array): Input | InputFailure {
  const r = decodeText(bytes);
  if (r.ok) return { path: p, text: r.text };
  return { path: p, message: `${p}:${r.line}:${r.column}: ${r.reason}${r.reason === 'invalid UTF-8' ? ' (column counts bytes)' : ''}` };
}

export async function readSource(src: Source, io: Io): Promise<Input | InputFailure> {
  if (src.kind === 'stdin') return decodeInput(src.path, await io.readStdin());
  try {
    return decodeInput(src.path, await readFile(src.abs));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'EACCES' ? 'permission denied' : code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : (e as Error).message;
    return { path: src.path, message: `${src.path}: ${why}` };
  }
}

export function isFailure(x: Input | InputFailure): x is InputFailure {
  return 'message' in x;
}

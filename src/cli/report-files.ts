/**
 * The report folder of `mtaudit report`, written atomically: files are built in a temp folder
 * beside --out, then swapped into place, so an interrupted run never leaves half a report; an
 * existing --out is replaced only when it holds nothing but a previous report.
 */
import { createReadStream, existsSync } from 'node:fs';
import { open, readdir, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { CliError } from './io.js';

export const REPORT_FILES = ['index.html', 'report.md', 'report.json'] as const;

/** Fails before any work when --out is a file, or a folder with more in it than a report. */
export async function checkOut(outAbs: string, shown: string): Promise<void> {
  let s;
  try {
    s = await stat(outAbs);
  } catch {
    return;
  }
  if (!s.isDirectory()) throw new CliError(`--out ${shown}: exists and is not a folder`);
  const extra = (await readdir(outAbs)).filter((n) => !(REPORT_FILES as readonly string[]).includes(n));
  if (extra.length > 0) throw new CliError(`--out ${shown}: the folder holds other files (${extra.slice(0, 3).join(', ')}); give a new or report-only folder`);
}

/** Buffers small strings into large writes. */
export class Sink {
  private chunks: string[] = [];
  private size = 0;
  constructor(readonly fh: FileHandle) {}
  async write(s: string): Promise<void> {
    this.chunks.push(s);
    this.size += s.length;
    if (this.size >= 1 << 18) await this.flush();
  }
  async flush(): Promise<void> {
    if (this.chunks.length === 0) return;
    const data = this.chunks.join('');
    this.chunks = [];
    this.size = 0;
    await this.fh.write(data);
  }
}

export async function assemble(file: string, head: string, partFile: string, foot: string): Promise<void> {
  const fh = await open(file, 'w');
  try {
    await fh.write(head);
    for await (const chunk of createReadStream(partFile)) await fh.write(chunk as Buffer);
    await fh.write(foot);
  } finally {
    await fh.close();
  }
}

/** Moves the finished report into place; an old report there is swapped out, then removed. */
export async function replaceDir(tmp: string, outAbs: string): Promise<void> {
  if (!existsSync(outAbs)) {
    await rename(tmp, outAbs);
    return;
  }
  const old = `${tmp}.old`;
  await rename(outAbs, old);
  try {
    await rename(tmp, outAbs);
  } catch (e) {
    await rename(old, outAbs);
    throw e;
  }
  await rm(old, { recursive: true, force: true });
}

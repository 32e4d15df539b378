/**
 * `mtaudit eval DIR...`: runs the auditor over every gold-annotated article in each directory
 * and prints the scores. The only part of eval that touches the file system.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Finding } from '../rules/types.js';
import { decodeText } from '../text/decode.js';
import { goldTextRef, parseGoldJson, validateGold } from '../eval/gold.js';
import { aggregate, scoreArticle, type ArticleScore, type ScoreOptions } from '../eval/score.js';
import { formatJson, formatText } from '../eval/format.js';
import { CliError, type Io } from './io.js';

const GOLD_SUFFIX = '.gold.json';

export interface EvalOptions {
  readonly json: boolean;
  readonly minRaters?: number;
  /** Text output: add the findings and precision of each rule. */
  readonly byRule?: boolean;
}

/** Reads a UTF-8 file (BOM stripped), naming `shown` in any error. */
async function readText(io: Io, shown: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(resolve(io.cwd, shown));
  } catch {
    throw new CliError(`${shown}: cannot read file`);
  }
  const d = decodeText(bytes);
  if (!d.ok) throw new CliError(`${shown}:${d.line}:${d.column}: ${d.reason}`);
  return d.text;
}

/** Gold file names in one directory, sorted so output order does not depend on the file system. */
async function goldFiles(io: Io, dir: string): Promise<readonly string[]> {
  const abs = resolve(io.cwd, dir);
  const isDir = await stat(abs).then((s) => s.isDirectory(), () => false);
  if (!isDir) throw new CliError(`${dir}: no such directory`);
  const names = (await readdir(abs)).filter((n) => n.endsWith(GOLD_SUFFIX)).sort();
  if (names.length === 0) throw new CliError(`${dir}: no *${GOLD_SUFFIX} files`);
  return names.map((n) => join(dir, n));
}

/** Loads one gold file and its text (named by the gold's `text` field, beside it), then scores it. */
async function scoreFile(
  io: Io,
  goldPath: string,
  audit: (text: string) => readonly Finding[],
  opts: ScoreOptions,
): Promise<ArticleScore> {
  const data = parseGoldJson(await readText(io, goldPath), goldPath);
  const textPath = join(dirname(goldPath), goldTextRef(data, goldPath));
  const text = await readText(io, textPath);
  const gold = validateGold(data, text, goldPath);
  return scoreArticle(text, gold, audit(text), opts);
}

function checkMinRaters(n: number | undefined): void {
  if (n !== undefined && (!Number.isInteger(n) || n < 1)) {
    throw new CliError(`--min-raters: expected a positive integer, got ${n}`);
  }
}

export async function runEval(
  dirs: string[],
  opts: EvalOptions,
  io: Io,
  audit: (text: string) => readonly Finding[],
): Promise<number> {
  if (dirs.length === 0) throw new CliError('eval: give at least one directory of gold files');
  checkMinRaters(opts.minRaters);
  const scoreOpts: ScoreOptions = opts.minRaters === undefined ? {} : { minRaters: opts.minRaters };
  const articles: ArticleScore[] = [];
  for (const dir of dirs) {
    for (const goldPath of await goldFiles(io, dir)) {
      articles.push(await scoreFile(io, goldPath, audit, scoreOpts));
    }
  }
  const result = aggregate(articles, scoreOpts);
  io.stdout(opts.json ? formatJson(result) : formatText(result, { byRule: opts.byRule === true }));
  return 0;
}

/** Output formats of `check`: name -> one pure function. */
import type { RuleMeta } from '../rules/types.js';
import { formatCheckstyle } from './checkstyle.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatRdjsonl } from './rdjsonl.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';
import type { FileResult } from './types.js';

export interface FormatContext {
  readonly color: boolean;
  readonly rules: ReadonlyMap<string, RuleMeta>;
  readonly version: string;
}

export type Formatter = (results: readonly FileResult[], ctx: FormatContext) => string;

export const FORMATTERS: Readonly<Record<string, Formatter>> = {
  stylish: (r, ctx) => formatStylish(r, { color: ctx.color }),
  json: (r) => formatJson(r),
  sarif: (r, ctx) => formatSarif(r, ctx),
  github: (r) => formatGithub(r),
  junit: (r) => formatJunit(r),
  checkstyle: (r) => formatCheckstyle(r),
  rdjsonl: (r) => formatRdjsonl(r),
};

export type { FileResult } from './types.js';

/** Output formats of `check`: name -> one pure function. */
import { formatJson } from './json.js';
import { formatStylish } from './stylish.js';
import type { FileResult } from './types.js';

export interface FormatContext {
  readonly color: boolean;
}

export type Formatter = (results: readonly FileResult[], ctx: FormatContext) => string;

export const FORMATTERS: Readonly<Record<string, Formatter>> = {
  stylish: (r, ctx) => formatStylish(r, { color: ctx.color }),
  json: (r) => formatJson(r),
};

export type { FileResult } from './types.js';

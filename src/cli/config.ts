/**
 * One optional config file, found from the working directory upward, with no cascade: the
 * first of mtaudit.config.json, mtaudit.config.yaml, mtaudit.config.yml, or an "mtaudit" key
 * in package.json wins. Flags override it. Errors read `file[:line:col]: key: reason`.
 *
 *   {
 *     "rules": { "capitalization": "off", "calque/first-of-all": "info" },
 *     "packs": ["desk/house-style.yaml"],
 *     "ignore": ["archive/**"],
 *     "failOn": "warning",
 *     "maxWarnings": 20,
 *     "inputFormat": "nitf"
 *   }
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseYamlText } from '../util/yaml.js';
import { isSeverity, type Severity } from '../rules/types.js';
import { isInputFormat, type InputFormat } from '../text/formats/index.js';
import { CliError } from './io.js';
import { isSuspectMode, type SuspectMode } from '../rules/suspect-modes.js';

export interface Config {
  /** The file it came from, as shown in messages. */
  readonly file: string;
  readonly dir: string;
  readonly rules: Readonly<Record<string, Severity | 'off'>>;
  /** Absolute paths of the desk's rule packs. */
  readonly packs: readonly string[];
  /** Globs relative to the config's folder. */
  readonly ignore: readonly string[];
  readonly failOn?: Severity | 'none';
  readonly maxWarnings?: number;
  readonly inputFormat?: InputFormat;
  /** Findings less confident than this (0..1) are not reported. */
  readonly minConfidence?: number;
  /** When suspect rules run (docs/packs.md, "Suspect entries"): auto (default), always or never. */
  readonly suspect?: SuspectMode;
}

export const CONFIG_FILES = ['mtaudit.config.json', 'mtaudit.config.yaml', 'mtaudit.config.yml'] as const;
const KEYS = new Set(['rules', 'packs', 'ignore', 'failOn', 'maxWarnings', 'inputFormat', 'minConfidence', 'suspect']);

function parseFile(file: string, shown: string): unknown {
  const text = readFileSync(file, 'utf8');
  // package.json is JSON, and only its "mtaudit" key matters: JSON.parse is ~1,000 times
  // faster than the YAML parser's first use (about 28 ms of every start-up in an npm project).
  // A file it rejects goes to the YAML parser, whose error names the line and column.
  if (path.basename(file) === 'package.json') {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      // fall through
    }
  }
  return parseYamlText(text, shown, (m) => new CliError(m));
}

/** Validates a parsed config object. `dir` resolves relative pack paths. */
export function parseConfig(raw: unknown, shown: string, dir: string): Config {
  const bad = (key: string, why: string): never => {
    throw new CliError(`${shown}: ${key}: ${why}`);
  };
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new CliError(`${shown}: the config must be an object`);
  const o = raw as Record<string, unknown>;
  for (const k of Object.keys(o)) if (!KEYS.has(k)) bad(k, `unknown key (one of: ${[...KEYS].join(', ')})`);
  const rules: Record<string, Severity | 'off'> = {};
  if (o['rules'] !== undefined) {
    const r = o['rules'];
    if (!r || typeof r !== 'object' || Array.isArray(r)) bad('rules', 'expected an object of rule id or category -> off | error | warning | info');
    for (const [id, v] of Object.entries(r as Record<string, unknown>)) {
      if (typeof v !== 'string' || (v !== 'off' && !isSeverity(v))) bad(`rules.${id}`, `expected off, error, warning or info, got ${JSON.stringify(v)}`);
      rules[id] = v as Severity | 'off';
    }
  }
  const strings = (key: string): string[] => {
    const v = o[key];
    if (v === undefined) return [];
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string' && x.length > 0)) bad(key, 'expected a list of strings');
    return v as string[];
  };
  const packs = strings('packs').map((p) => path.resolve(dir, p));
  const ignore = strings('ignore');
  let failOn: Severity | 'none' | undefined;
  if (o['failOn'] !== undefined) {
    const v = o['failOn'];
    if (typeof v !== 'string' || (v !== 'none' && !isSeverity(v))) bad('failOn', `expected error, warning, info or none, got ${JSON.stringify(v)}`);
    failOn = v as Severity | 'none';
  }
  let maxWarnings: number | undefined;
  if (o['maxWarnings'] !== undefined) {
    const v = o['maxWarnings'];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) bad('maxWarnings', `expected a non-negative integer, got ${JSON.stringify(v)}`);
    maxWarnings = v as number;
  }
  let inputFormat: InputFormat | undefined;
  if (o['inputFormat'] !== undefined) {
    const v = o['inputFormat'];
    if (typeof v !== 'string' || !isInputFormat(v)) bad('inputFormat', `unknown format ${JSON.stringify(v)}`);
    inputFormat = v as InputFormat;
  }
  let minConfidence: number | undefined;
  if (o['minConfidence'] !== undefined) {
    const v = o['minConfidence'];
    if (typeof v !== 'number' || !(v >= 0 && v <= 1)) bad('minConfidence', `expected a number from 0 to 1, got ${JSON.stringify(v)}`);
    minConfidence = v as number;
  }
  let suspect: SuspectMode | undefined;
  if (o['suspect'] !== undefined) {
    const v = o['suspect'];
    if (!isSuspectMode(v)) bad('suspect', `expected auto, always or never, got ${JSON.stringify(v)}`);
    suspect = v as SuspectMode;
  }
  return { file: shown, dir, rules, packs, ignore, failOn, maxWarnings, inputFormat, minConfidence, suspect };
}

function shownPath(cwd: string, abs: string): string {
  const rel = path.relative(cwd, abs);
  return rel && !rel.startsWith('..') ? rel.split(path.sep).join('/') : abs;
}

/** Loads a config file named by --config. */
export function loadConfigFile(file: string, cwd: string): Config {
  const abs = path.resolve(cwd, file);
  const shown = shownPath(cwd, abs);
  if (!existsSync(abs)) throw new CliError(`${shown}: no such config file`);
  let raw = parseFile(abs, shown);
  if (path.basename(abs) === 'package.json') raw = (raw as Record<string, unknown> | null)?.['mtaudit'] ?? {};
  return parseConfig(raw, shown, path.dirname(abs));
}

/** Walks up from cwd; the first config found wins (no cascade). */
export function findConfig(cwd: string): Config | undefined {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    for (const name of CONFIG_FILES) {
      const file = path.join(dir, name);
      if (existsSync(file)) return parseConfig(parseFile(file, shownPath(cwd, file)), shownPath(cwd, file), dir);
    }
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg)) {
      const raw = parseFile(pkg, shownPath(cwd, pkg)) as Record<string, unknown> | null;
      if (raw && typeof raw === 'object' && 'mtaudit' in raw) return parseConfig(raw['mtaudit'], `${shownPath(cwd, pkg)} ("mtaudit" key)`, dir);
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

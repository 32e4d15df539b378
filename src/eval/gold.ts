/**
 * Gold annotations (shared/eval/GOLD-FORMAT.md): parsing and validation. Pure: the caller reads
 * the files and hands in the JSON and the article text (BOM already stripped).
 *
 * The Gold type mirrors the file's field names (snake_case included) so that a field in a
 * message, in the file and in the code is spelled the same way.
 */
import { CliError } from '../cli/io.js';
import type { Category } from '../rules/types.js';

/**
 * GOLD-FORMAT.md shows "major" and the MQM sets use "minor"/"major"; "critical" is MQM's third
 * level, accepted so that a future MQM import does not need a scorer change.
 */
export const GOLD_SEVERITIES = ['minor', 'major', 'critical'] as const;
export type GoldSeverity = (typeof GOLD_SEVERITIES)[number];

/** One rater's label in an MQM import (`mqm_labels`). */
export interface MqmLabel {
  readonly rater: string;
  readonly category: string;
  readonly severity: string;
}

export interface GoldArtifact {
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  /** One of CATEGORIES for our own sets; external sets may use other labels (mqm: `other`). */
  readonly category: Category | (string & {});
  readonly severity: GoldSeverity;
  /** Acceptable replacements for exactly `quote`; empty in MQM sets (no fix rate there). */
  readonly corrections: readonly string[];
  readonly note?: string;
  // Fields of external (MQM) sets, kept for filtering and subset recall.
  readonly mqm_category?: string;
  readonly mqm_severity?: string;
  readonly raters?: number;
  readonly mqm_labels?: readonly MqmLabel[];
  readonly segment?: number;
}

export interface CleanTrap {
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  readonly why?: string;
}

export interface Gold {
  readonly id: string;
  /** File name of the text, relative to the gold file's directory. */
  readonly text: string;
  readonly origin: string;
  readonly artifacts: readonly GoldArtifact[];
  /** [] when the file has none (the field is optional in the format). */
  readonly clean_traps: readonly CleanTrap[];
}

type Obj = Readonly<Record<string, unknown>>;

/** Builds the one-line error: `PATH: WHERE: what`. */
function fail(path: string, where: string, what: string): never {
  throw new CliError(where === '' ? `${path}: ${what}` : `${path}: ${where}: ${what}`);
}

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** JSON.parse with a one-line CliError naming the file. A leading BOM is tolerated. */
export function parseGoldJson(json: string, path: string): unknown {
  try {
    return JSON.parse(json.replace(/^\uFEFF/, '')) as unknown;
  } catch (e) {
    const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return fail(path, '', `invalid JSON: ${msg}`);
  }
}

/** The `text` field (which names the article file), checked before the text is read. */
export function goldTextRef(data: unknown, path: string): string {
  if (!isObj(data)) fail(path, '', 'expected a JSON object');
  return reqString(data, 'text', path, '');
}

function reqString(o: Obj, key: string, path: string, where: string): string {
  const v = o[key];
  if (typeof v !== 'string') fail(path, where, `"${key}" must be a string`);
  return v;
}

function optString(o: Obj, key: string, path: string, where: string): string | undefined {
  return o[key] === undefined ? undefined : reqString(o, key, path, where);
}

function optPositiveInt(o: Obj, key: string, path: string, where: string): number | undefined {
  const v = o[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
    fail(path, where, `"${key}" must be a positive integer`);
  }
  return v;
}

/** Checks start/end/quote against the text; shared by artifacts and clean traps. */
function span(o: Obj, text: string, path: string, where: string): { start: number; end: number; quote: string } {
  const { start, end } = o;
  if (typeof start !== 'number' || !Number.isInteger(start)) fail(path, where, '"start" must be an integer');
  if (typeof end !== 'number' || !Number.isInteger(end)) fail(path, where, '"end" must be an integer');
  if (start < 0 || start > end || end > text.length) {
    fail(path, where, `span ${start}..${end} outside 0 <= start <= end <= ${text.length}`);
  }
  const quote = reqString(o, 'quote', path, where);
  if (quote !== text.slice(start, end)) {
    fail(path, where, `quote does not match text.slice(${start},${end})`);
  }
  return { start, end, quote };
}

function severity(o: Obj, path: string, where: string): GoldSeverity {
  const v = reqString(o, 'severity', path, where);
  const known: readonly string[] = GOLD_SEVERITIES;
  if (!known.includes(v)) fail(path, where, `"severity" must be one of ${GOLD_SEVERITIES.join(', ')}`);
  return v as GoldSeverity;
}

function corrections(o: Obj, path: string, where: string): readonly string[] {
  const v = o['corrections'];
  // An empty string is a valid correction: it deletes the quote (a doubled word, an extra article).
  if (!Array.isArray(v) || !v.every((c): c is string => typeof c === 'string')) {
    fail(path, where, '"corrections" must be an array of strings');
  }
  return v;
}

function mqmLabels(o: Obj, path: string, where: string): readonly MqmLabel[] | undefined {
  const v = o['mqm_labels'];
  if (v === undefined) return undefined;
  if (!Array.isArray(v)) fail(path, where, '"mqm_labels" must be an array');
  return v.map((l: unknown, i) => {
    const w = `${where}.mqm_labels[${i}]`;
    if (!isObj(l)) fail(path, w, 'expected an object');
    return {
      rater: reqString(l, 'rater', path, w),
      category: reqString(l, 'category', path, w),
      severity: reqString(l, 'severity', path, w),
    };
  });
}

/** Copies only the optional fields that are present, so the objects stay compact. */
function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function artifact(v: unknown, text: string, path: string, where: string): GoldArtifact {
  if (!isObj(v)) fail(path, where, 'expected an object');
  const category = reqString(v, 'category', path, where);
  if (category === '') fail(path, where, '"category" must not be empty');
  return defined<GoldArtifact>({
    ...span(v, text, path, where),
    category,
    severity: severity(v, path, where),
    corrections: corrections(v, path, where),
    note: optString(v, 'note', path, where),
    mqm_category: optString(v, 'mqm_category', path, where),
    mqm_severity: optString(v, 'mqm_severity', path, where),
    raters: optPositiveInt(v, 'raters', path, where),
    mqm_labels: mqmLabels(v, path, where),
    segment: optPositiveInt(v, 'segment', path, where),
  });
}

function cleanTrap(v: unknown, text: string, path: string, where: string): CleanTrap {
  if (!isObj(v)) fail(path, where, 'expected an object');
  return defined<CleanTrap>({ ...span(v, text, path, where), why: optString(v, 'why', path, where) });
}

function list<T>(o: Obj, key: string, required: boolean, path: string, each: (v: unknown, where: string) => T): readonly T[] {
  const v = o[key];
  if (v === undefined && !required) return [];
  if (!Array.isArray(v)) fail(path, '', `"${key}" must be an array`);
  return v.map((item: unknown, i) => each(item, `${key}[${i}]`));
}

/**
 * Validates already-parsed gold data against its text. Fields the format does not mark optional
 * (id, text, origin, artifacts; per artifact start, end, quote, category, severity, corrections)
 * are required. Unknown fields are ignored, so external sets can carry more (mqm, mqm_flags_unscored).
 */
export function validateGold(data: unknown, text: string, path: string): Gold {
  const ref = goldTextRef(data, path);
  const o = data as Obj;
  return {
    id: reqString(o, 'id', path, ''),
    text: ref,
    origin: reqString(o, 'origin', path, ''),
    artifacts: list(o, 'artifacts', true, path, (v, w) => artifact(v, text, path, w)),
    clean_traps: list(o, 'clean_traps', false, path, (v, w) => cleanTrap(v, text, path, w)),
  };
}

/**
 * Parses and validates one gold file. `text` is the article (BOM stripped); `path` is only used
 * in messages, e.g. `dev1.gold.json: artifacts[3]: quote does not match text.slice(120,144)`.
 */
export function parseGold(json: string, text: string, path: string): Gold {
  return validateGold(parseGoldJson(json, path), text, path);
}

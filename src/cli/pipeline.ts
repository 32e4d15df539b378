/**
 * What check, review and report share: the config (found or named), the rule set (built-in
 * plus the desk's packs, validated), and auditing one raw file through its format's prose
 * view, back to raw offsets, with inline suppressions applied.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createAuditor, type Auditor } from '../auditor.js';
import type { AnyRule } from '../rules/engine.js';
import { WHITESPACE_RULE_IDS } from '../rules/code/punctuation/index.js';
import { loadPack, PackError } from '../rules/pack.js';
import { builtinRules } from '../rules/registry.js';
import { applySuppressions, parseDirectives, ruleMatches, type Directive } from '../rules/suppress.js';
import type { Finding } from '../rules/types.js';
import { detectFormat, FormatError, proseView, type InputFormat, type ProseView } from '../text/formats/index.js';
import { LineIndex } from '../text/lines.js';
import picomatch from 'picomatch';
import { findConfig, loadConfigFile, type Config } from './config.js';
import { CliError } from './io.js';
import type { AuditSettings } from './report-worker.js';
import type { SuspectMode } from '../rules/engine.js';

export interface SetupOptions {
  /** A config file to use instead of searching; false: no config at all. */
  readonly config?: string | false;
  readonly only?: readonly string[];
  readonly disable?: readonly string[];
  /** --min-confidence; the config's minConfidence when absent. */
  readonly minConfidence?: number;
  /** --suspect; the config's suspect when absent (default auto). */
  readonly suspect?: SuspectMode;
}

export interface Setup {
  readonly config: Config | undefined;
  readonly auditor: Auditor;
  /** The same auditor's settings as plain data, for worker threads to build it again. */
  readonly settings: AuditSettings;
  /** Whether the config's `ignore` globs leave out a file (by absolute path); undefined without any. */
  readonly ignored: ((abs: string) => boolean) | undefined;
}

function shown(cwd: string, abs: string): string {
  return path.relative(cwd, abs).split(path.sep).join('/') || abs;
}

/** The desk's packs named by the config; errors read `file: entries[i] (id): reason`. */
export function loadDeskPacks(config: Config | undefined, cwd: string): AnyRule[] {
  if (!config) return [];
  return config.packs.flatMap((abs) => {
    let yaml: string;
    try {
      yaml = readFileSync(abs, 'utf8');
    } catch {
      throw new CliError(`${config.file}: packs: ${shown(cwd, abs)}: cannot read the file`);
    }
    try {
      return loadPack(yaml, shown(cwd, abs));
    } catch (e) {
      if (e instanceof PackError) throw new CliError(e.message);
      throw e;
    }
  });
}

/** Every name given to --rule or --disable must name a rule, a pack or a category: a typo must not silently select nothing. */
function checkSelection(option: string, names: readonly string[] | undefined, rules: readonly AnyRule[]): void {
  for (const name of names ?? []) {
    if (!selectsAny(name, rules)) throw new CliError(`${option}: no rule, pack or category is named "${name}" (see \`mtaudit rules\`)`);
  }
}

/** Whether a rule id, pack name or category names at least one of the rules. */
function selectsAny(name: string, rules: readonly AnyRule[]): boolean {
  return rules.some((r) => ruleMatches([name], { ruleId: r.meta.id, category: r.meta.category }));
}

/** Every key of the config's rules must name a rule, a pack or a category. */
function checkRuleNames(config: Config | undefined, rules: readonly AnyRule[]): void {
  if (!config) return;
  for (const name of Object.keys(config.rules)) {
    if (!selectsAny(name, rules)) throw new CliError(`${config.file}: rules.${name}: no rule, pack or category has this name`);
  }
}

export function setup(opts: SetupOptions, cwd: string): Setup {
  const config = opts.config === false ? undefined : opts.config ? loadConfigFile(opts.config, cwd) : findConfig(cwd);
  const rules = [...builtinRules(), ...loadDeskPacks(config, cwd)];
  checkRuleNames(config, rules);
  checkSelection('--rule', opts.only, rules);
  checkSelection('--disable', opts.disable, rules);
  const minConfidence = opts.minConfidence ?? config?.minConfidence;
  const suspect = opts.suspect ?? config?.suspect;
  const settings: AuditSettings = {
    only: opts.only,
    disable: opts.disable,
    severity: config?.rules,
    packs: (config?.packs ?? []).map((abs) => ({ abs, shown: shown(cwd, abs) })),
    minConfidence,
    suspect,
  };
  let ignored: Setup['ignored'];
  if (config && config.ignore.length > 0) {
    const match = picomatch([...config.ignore], { dot: true });
    ignored = (abs) => match(path.relative(config.dir, abs).split(path.sep).join('/'));
  }
  return { config, auditor: createAuditor({ rules, only: opts.only, disable: opts.disable, severity: config?.rules, minConfidence, suspect }), settings, ignored };
}

export type RawAudit =
  | { readonly ok: true; readonly findings: Finding[]; readonly unused: readonly Directive[]; readonly view: ProseView }
  | { readonly ok: false; readonly error: string };

/** A raw file's prose view, or a one-line error naming the raw position. */
export function viewOf(raw: string, shownPath: string, format: InputFormat | undefined): ProseView | { readonly error: string } {
  try {
    return proseView(format ?? detectFormat(shownPath, raw), raw);
  } catch (e) {
    if (!(e instanceof FormatError)) throw e;
    const at = new LineIndex(raw).at(e.offset);
    return { error: `${shownPath}:${at.line}:${at.column}: ${e.message}` };
  }
}

/** A char the view shows as a space or tab. */
function viewSpace(view: ProseView, i: number): boolean {
  const c = view.text.charCodeAt(i);
  return c === 32 || c === 9;
}

/** A char the view shows as a space where the file has markup, not whitespace. */
function blankedMarkup(raw: string, view: ProseView, i: number): boolean {
  const r = view.toRaw(i);
  return r < raw.length && !/\s/.test(raw.charAt(r));
}

/**
 * Whether a whitespace finding's space is markup in the file: the spaces the view shows right
 * next to the flagged mark ("bold  ," for "**bold**,", "\"  yes" for "\"**yes**", a blanked
 * `code` span before a comma) are no whitespace in the raw file. "**budget** ," keeps its
 * finding: the space that touches the comma is real.
 */
function blankedSpace(raw: string, view: ProseView, f: Finding): boolean {
  let touching = 0;
  for (let i = f.start; i < f.end; i++) {
    if (viewSpace(view, i) || /[\p{L}\p{N}]/u.test(view.text.charAt(i))) continue;
    for (const j of [i - 1, i + 1]) {
      if (j < f.start || j >= f.end || !viewSpace(view, j)) continue;
      touching++;
      if (!blankedMarkup(raw, view, j)) return false;
    }
  }
  return touching > 0;
}

/**
 * Whether blanked markup stands right before `pos` ("`npm ci` installs": the sentence opens
 * with inline code, so "installs" does not start it).
 */
function markupBefore(raw: string, view: ProseView, pos: number): boolean {
  for (let i = pos - 1; i >= 0 && viewSpace(view, i); i--) if (blankedMarkup(raw, view, i)) return true;
  return false;
}

/** Findings that only markup blanked in the prose view made: a space or a sentence start that the file does not have. */
function madeByMarkup(raw: string, view: ProseView, f: Finding): boolean {
  if (WHITESPACE_RULE_IDS.has(f.ruleId)) return blankedSpace(raw, view, f);
  if (f.ruleId === 'lowercase-sentence-start') return markupBefore(raw, view, f.start);
  return false;
}

/** Findings on the prose view, mapped back to raw offsets (their `text` is the raw slice), then inline suppressions. */
export function finishAudit(raw: string, view: ProseView, found: readonly Finding[]): RawAudit {
  const real = view.text === raw ? found : found.filter((f) => !madeByMarkup(raw, view, f));
  const mapped = real.map((f) => {
    const start = view.toRaw(f.start);
    const end = view.toRawEnd(f.end);
    return { ...f, start, end, text: raw.slice(start, end) };
  });
  const { kept, unused } = applySuppressions(mapped, parseDirectives(raw), new LineIndex(raw), raw.length);
  return { ok: true, findings: kept, unused, view };
}

/** Audits a raw file in this thread: prose view, audit, raw offsets, suppressions. */
export function auditRaw(raw: string, shownPath: string, format: InputFormat | undefined, auditor: Auditor): RawAudit {
  const view = viewOf(raw, shownPath, format);
  if ('error' in view) return { ok: false, error: view.error };
  return finishAudit(raw, view, auditor.findings(view.text));
}

/**
 * The mtaudit command. Parses flags with commander, dispatches to one command module, and
 * turns every failure into one line on stderr with exit code 2: never a stack trace.
 */
import { Command, CommanderError, Option } from 'commander';
import { defaultJobs, prestartHelpers } from './helper-threads.js';
import { CliError, type Io } from './io.js';
import { VERSION } from '../version.js';
import { isSuspectMode, type SuspectMode } from '../rules/suspect-modes.js';
import { formatTiming, startTiming, timingRows } from '../rules/timing.js';

// Command modules load on demand: `check` should not pay for Ink, React or the worker pool.
const load = {
  auditor: () => import('../auditor.js'),
  check: () => import('./check.js'),
  eval: () => import('./eval-command.js'),
  pipeline: () => import('./pipeline.js'),
  report: () => import('./report-command.js'),
  review: () => import('./review-command.js'),
  rules: () => import('./rules-command.js'),
};

function list(v: string, prev: string[] = []): string[] {
  return [...prev, ...v.split(',').map((s) => s.trim()).filter(Boolean)];
}

function useColor(io: Io, flag: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  if (io.env['NO_COLOR'] !== undefined && io.env['NO_COLOR'] !== '') return false;
  if (io.env['FORCE_COLOR'] !== undefined && io.env['FORCE_COLOR'] !== '0') return true;
  return io.stdoutIsTTY;
}

const MIN_CONFIDENCE_HELP = 'leave out findings less confident than this, 0 to 1 (default: the config\'s minConfidence, else 0)';

/** --min-confidence as a number; undefined when not given, a CliError unless from 0 to 1. */
function minConfidenceOption(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!/^(?:0|1|0?\.\d+|1\.0*)$/.test(v) || !(n >= 0 && n <= 1)) throw new CliError(`--min-confidence: expected a number from 0 to 1, got "${v}"`);
  return n;
}

const SUSPECT_HELP = 'when suspect rules run: auto (only in copy that already shows MT artifacts), always, never (default: the config\'s suspect, else auto)';

/** --suspect as a mode; undefined when not given, a CliError unless auto, always or never. */
function suspectOption(v: string | undefined): SuspectMode | undefined {
  if (v === undefined) return undefined;
  if (!isSuspectMode(v)) throw new CliError(`--suspect: expected auto, always or never, got "${v}"`);
  return v;
}

/** --jobs as a number; undefined when not given, a CliError unless a positive integer. */
function jobsOption(jobs: string | undefined): number | undefined {
  if (jobs === undefined) return undefined;
  if (!/^[1-9]\d*$/.test(jobs)) throw new CliError(`--jobs: expected a positive integer, got "${jobs}"`);
  return Number(jobs);
}

// Options several commands share, declared once so their wording and parsing cannot drift.
const INPUT_FORMAT_HELP = 'txt, md, nitf, newsml or ninjs (default: by extension and content)';
const PATHS_HELP = 'files, folders (recursed for text and wire files), globs, or - for stdin';

function ruleSelection(cmd: Command, verb: string): Command {
  return cmd
    .option('--rule <ids>', `${verb} only these rules, packs or categories (comma-separated, repeatable)`, list)
    .option('--disable <ids>', 'skip these rules, packs or categories (comma-separated, repeatable)', list);
}

function configOptions(cmd: Command): Command {
  return cmd.option('-c, --config <file>', 'use this config file instead of searching for one').option('--no-config', 'ignore any config file');
}

function colorOptions(cmd: Command): Command {
  return cmd.option('--color', 'force colour').option('--no-color', 'no colour (NO_COLOR is respected too)');
}

interface CheckFlags {
  format: string;
  failOn?: string;
  maxWarnings?: string;
  minConfidence?: string;
  suspect?: string;
  rule?: string[];
  disable?: string[];
  inputFormat?: string;
  config?: string | false;
  baseline?: string;
  updateBaseline?: boolean;
  reportUnusedDisableDirectives?: boolean;
  jobs?: string;
  stdinFilename: string;
  color?: boolean;
}

function build(io: Io, setCode: (n: number) => void): Command {
  const program = new Command('mtaudit')
    .description('Audit English news copy for machine-translation artifacts.')
    .version(VERSION, '-v, --version')
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
      // One line, always: commander's "Did you mean" hint joins the message.
      outputError: (s, write) => write(`mtaudit: ${s.replace(/^error: /, '').trim().replace(/\s*\n\s*/g, ' ')}\n`),
    })
    .exitOverride();

  const check = program
    .command('check')
    .description('audit files, folders, globs or - (stdin); exit 1 when a finding is at or above --fail-on')
    .argument('<paths...>', PATHS_HELP)
    .addOption(new Option('-f, --format <name>', 'output format: stylish, json, sarif, github, junit, checkstyle, rdjsonl').default('stylish'))
    .option('--fail-on <severity>', 'lowest severity that fails: error, warning, info, none (default: warning)')
    .option('--max-warnings <n>', 'fail when there are more than n warnings')
    .option('--min-confidence <x>', MIN_CONFIDENCE_HELP)
    .option('--suspect <mode>', SUSPECT_HELP);
  ruleSelection(check, 'run');
  check.option('--input-format <name>', INPUT_FORMAT_HELP);
  configOptions(check)
    .option('--baseline <file>', 'report only findings not in this baseline')
    .option('--update-baseline', 'write every current finding to the --baseline file')
    .option('--report-unused-disable-directives', 'report mtaudit-disable comments that suppress nothing (and fail)')
    .option('-j, --jobs <n>', 'worker threads for texts over 1 MB (default: one per core; 1: none)')
    .option('--stdin-filename <name>', 'name to show for stdin', '<stdin>');
  colorOptions(check).action(async (paths: string[], o: CheckFlags) => {
      // MTAUDIT_TIMING: time each rule on this thread (helper threads would keep their times).
      const rows = timingRows(io.env['MTAUDIT_TIMING']);
      const timing = rows === undefined ? undefined : { rows, collected: startTiming() };
      const asked = jobsOption(o.jobs);
      const jobs = timing ? 1 : asked;
      // A file large enough to split: its helper threads load while this one does.
      prestartHelpers(paths, jobs ?? defaultJobs(), io.cwd);
      let maxWarnings: number | undefined;
      if (o.maxWarnings !== undefined) {
        maxWarnings = Number(o.maxWarnings);
        if (!/^\d+$/.test(o.maxWarnings)) throw new CliError(`--max-warnings: expected a non-negative integer, got "${o.maxWarnings}"`);
      }
      setCode(
        await (await load.check()).runCheck(paths, {
          format: o.format,
          failOn: o.failOn,
          maxWarnings,
          minConfidence: minConfidenceOption(o.minConfidence),
          suspect: suspectOption(o.suspect),
          color: useColor(io, o.color),
          only: o.rule,
          disable: o.disable,
          stdinFilename: o.stdinFilename,
          config: o.config,
          inputFormat: o.inputFormat,
          baseline: o.baseline,
          updateBaseline: o.updateBaseline,
          reportUnusedDirectives: o.reportUnusedDisableDirectives,
          jobs,
        }, io),
      );
      if (timing) io.stderr(formatTiming(timing.collected, timing.rows));
    });

  ruleSelection(
    program
      .command('eval')
      .description('score the auditor against gold annotations (shared/eval/GOLD-FORMAT.md)')
      .argument('<dirs...>', 'folders of NAME.txt + NAME.gold.json')
      .option('--json', 'machine-readable output')
      .option('--min-raters <n>', 'keep only artifacts marked by at least n raters (MQM sets)')
      .option('--by-rule', 'add findings and precision per rule (JSON always has them)')
      .option('--suspect <mode>', 'when suspect rules run: auto, always, never (default: auto)'),
    'score',
  )
    .action(async (dirs: string[], o: { json?: boolean; minRaters?: string; byRule?: boolean; suspect?: string; rule?: string[]; disable?: string[] }) => {
      let minRaters: number | undefined;
      if (o.minRaters !== undefined) {
        minRaters = Number(o.minRaters);
        if (!Number.isInteger(minRaters) || minRaters < 1) throw new CliError(`--min-raters: expected a positive integer, got "${o.minRaters}"`);
      }
      // The built-in rules only (no config file), so a score is the same on every machine.
      const { auditor } = (await load.pipeline()).setup({ config: false, only: o.rule, disable: o.disable, suspect: suspectOption(o.suspect) }, io.cwd);
      setCode(await (await load.eval()).runEval(dirs, { json: o.json === true, minRaters, byRule: o.byRule === true }, io, (t) => auditor.audit(t)));
    });

  const report = program
    .command('report')
    .description('audit many files and write a report folder: index.html, report.md, report.json')
    .argument('<paths...>', PATHS_HELP)
    .option('-o, --out <dir>', 'the report folder (default: reports/latest)')
    .option('-j, --jobs <n>', 'worker threads; 1 audits in-process (default: one per core)')
    .option('--title <text>', 'the report title (default: mtaudit report)')
    .option('--min-confidence <x>', MIN_CONFIDENCE_HELP)
    .option('--suspect <mode>', SUSPECT_HELP);
  ruleSelection(report, 'run');
  report.option('--input-format <name>', INPUT_FORMAT_HELP);
  configOptions(report)
    .option('--stdin-filename <name>', 'name to show for stdin', '<stdin>')
    .option('--no-progress', 'no progress line on stderr (it shows only on a terminal anyway)')
    .action(async (paths: string[], o: { out?: string; jobs?: string; title?: string; minConfidence?: string; suspect?: string; rule?: string[]; disable?: string[]; inputFormat?: string; config?: string | false; stdinFilename: string; progress: boolean }) => {
      const { jobs: jobsFlag, rule, progress, minConfidence: minFlag, suspect: suspectFlag, ...rest } = o;
      const jobs = jobsOption(jobsFlag);
      const minConfidence = minConfidenceOption(minFlag);
      const suspect = suspectOption(suspectFlag);
      setCode(await (await load.report()).runReport(paths, { ...rest, only: rule, jobs, minConfidence, suspect, progress: progress ? undefined : false }, io));
    });

  const review = program
    .command('review')
    .description('review findings one at a time in the terminal; writes FILE.reviewed.<ext> (or FILE with --write) and FILE.review-log.json')
    .argument('[file]', 'the text file to review')
    .option('--write', 'correct FILE in place, keeping FILE.bak');
  ruleSelection(review, 'review');
  review.option('--demo', 'review a copy of the bundled sample article (without a terminal: print its check report)');
  configOptions(review);
  colorOptions(review).action(async (file: string | undefined, o: { write?: boolean; rule?: string[]; disable?: string[]; demo?: boolean; config?: string | false; color?: boolean }) => {
      setCode(await (await load.review()).runReviewCommand(file, { ...o, color: useColor(io, o.color) }, io));
    });

  program
    .command('rules')
    .description('list every rule: id, category, severity, description, examples')
    .addOption(new Option('-f, --format <name>', 'text, json or markdown').default('text'))
    .action(async (o: { format: string }) => {
      const { createAuditor } = await load.auditor();
      setCode((await load.rules()).runRules(createAuditor({ tagger: false }).rules, o.format, io));
    });

  return program;
}

/** Runs the CLI; resolves to the exit code. Never throws. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let code = 0;
  const program = build(io, (n) => {
    code = n;
  });
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return 2;
    }
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version exit 0; everything else commander reports is a usage error.
      return e.exitCode === 0 || e.code === 'commander.helpDisplayed' || e.code === 'commander.version' ? 0 : 2;
    }
    if (e instanceof CliError) {
      io.stderr(`mtaudit: ${e.message}\n`);
      return e.exitCode;
    }
    const err = e as Error;
    io.stderr(`mtaudit: internal error: ${err.message ?? String(e)} (set MTAUDIT_DEBUG=1 for a stack trace)\n`);
    if (io.env['MTAUDIT_DEBUG']) io.stderr(`${err.stack ?? ''}\n`);
    return 2;
  }
}

/**
 * The session file: every step the reviewer took, rewritten (atomically, by the caller)
 * after each one, so `q`, Ctrl-C, a closed terminal or kill -9 loses nothing. Decisions are
 * keyed by rule id + surrounding text; on resume the file is audited again and each
 * decision re-attached to the finding with its key, wherever that finding now is.
 * Pure: serialize, parse, restore. File names live here too, so tests and CLI agree.
 */
import { createHash } from 'node:crypto';
import { DECISION_KINDS, type Decision, type DecisionKind, type ReviewItem, type Step } from './types.js';

export const SESSION_SCHEMA = 1;

export interface SessionFile {
  readonly schemaVersion: number;
  /** The reviewed file's name, for a human reading the session. */
  readonly file: string;
  /** Of the text as it was when the last step was saved. */
  readonly sourceSha256: string;
  /** The key of the item the cursor was on; null on the summary page. */
  readonly cursor: string | null;
  readonly steps: readonly Step[];
  /**
   * Decisions from earlier runs whose finding is gone (the text around it changed, or the
   * rule no longer fires): kept, and listed in the log, rather than dropped silently.
   */
  readonly unmatched: readonly Decision[];
}

/** Where review keeps its files, next to FILE (article.txt -> article.reviewed.txt). */
export function reviewPaths(file: string): { session: string; log: string; reviewed: string; backup: string } {
  const m = /^(.*[^/\\])(\.[^./\\]+)$/.exec(file);
  const reviewed = m ? `${m[1]}.reviewed${m[2]}` : `${file}.reviewed.txt`;
  return { session: `${file}.mtaudit-session.json`, log: `${file}.review-log.json`, reviewed, backup: `${file}.bak` };
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function serializeSession(s: SessionFile): string {
  return `${JSON.stringify(s, null, 1)}\n`;
}

export class SessionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SessionError';
  }
}

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isInt = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;

function parseDecision(x: unknown, where: string): Decision {
  const bad = (why: string): never => {
    throw new SessionError(`${where}: ${why}`);
  };
  if (!isObj(x)) return bad('not an object');
  const { key, ruleId, start, end, original, replacement, decision, time, note } = x;
  if (typeof key !== 'string' || typeof ruleId !== 'string' || typeof original !== 'string' || typeof time !== 'string') return bad('key, ruleId, original and time must be strings');
  if (!isInt(start) || !isInt(end) || start > end) return bad('start and end must be offsets, start <= end');
  if (!(DECISION_KINDS as readonly unknown[]).includes(decision)) return bad(`decision must be one of ${DECISION_KINDS.join(', ')}`);
  if (replacement !== null && typeof replacement !== 'string') return bad('replacement must be a string or null');
  if (note !== undefined && typeof note !== 'string') return bad('note must be a string');
  const d: Decision = { key, ruleId, start, end, original, replacement, decision: decision as DecisionKind, time };
  return note === undefined ? d : { ...d, note };
}

/** Parses and checks a session file; throws SessionError naming what is wrong. */
export function parseSession(json: string): SessionFile {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new SessionError('not valid JSON');
  }
  if (!isObj(raw)) throw new SessionError('not an object');
  if (raw['schemaVersion'] !== SESSION_SCHEMA) throw new SessionError(`schemaVersion must be ${SESSION_SCHEMA}`);
  const { file, sourceSha256, cursor, steps, unmatched = [] } = raw;
  if (typeof file !== 'string' || typeof sourceSha256 !== 'string') throw new SessionError('file and sourceSha256 must be strings');
  if (cursor !== null && typeof cursor !== 'string') throw new SessionError('cursor must be a string or null');
  if (!Array.isArray(steps)) throw new SessionError('steps must be an array');
  const parsed = steps.map((st: unknown, i): Step => {
    if (!isObj(st) || typeof st['at'] !== 'string' || !Array.isArray(st['decisions'])) throw new SessionError(`steps[${i}]: needs "at" and "decisions"`);
    return { at: st['at'], decisions: st['decisions'].map((d: unknown, j) => parseDecision(d, `steps[${i}].decisions[${j}]`)) };
  });
  if (!Array.isArray(unmatched)) throw new SessionError('unmatched must be an array');
  const lost = unmatched.map((d: unknown, j) => parseDecision(d, `unmatched[${j}]`));
  return { schemaVersion: SESSION_SCHEMA, file, sourceSha256, cursor, steps: parsed, unmatched: lost };
}

export interface Restored {
  readonly steps: readonly Step[];
  readonly cursor: string | null;
  /** The last decision of each key that no current finding has, plus those unmatched before. */
  readonly unmatched: readonly Decision[];
  /** How many of `unmatched` are new in this run. */
  readonly newlyUnmatched: number;
}

/** Re-attaches a session's decisions to the current items by key; spans move with their finding. */
export function restoreSession(items: readonly ReviewItem[], session: Pick<SessionFile, 'steps' | 'cursor' | 'unmatched'>): Restored {
  const byKey = new Map(items.map((it) => [it.key, it] as const));
  const lost = new Map<string, Decision>();
  const steps: Step[] = [];
  for (const st of session.steps) {
    const decisions: Decision[] = [];
    for (const d of st.decisions) {
      const it = byKey.get(d.key);
      if (!it) {
        lost.set(d.key, d);
        continue;
      }
      decisions.push({ ...d, ruleId: it.ruleId, start: it.start, end: it.end, original: it.original });
    }
    const first = decisions[0];
    if (first) steps.push({ at: byKey.has(st.at) ? st.at : first.key, decisions });
  }
  const cursor = session.cursor !== null && byKey.has(session.cursor) ? session.cursor : null;
  const before = session.unmatched.filter((d) => !lost.has(d.key));
  return { steps, cursor, unmatched: [...before, ...lost.values()], newlyUnmatched: lost.size };
}

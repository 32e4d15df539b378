/**
 * "in Monday", "at Friday", "in 5 May", "at May 5": a day or a date after "in" or "at", where
 * English uses "on". Months and years alone take "in" ("in May", "in May 2020") and stay quiet,
 * as do possessives and market phrases ("in Monday's vote", "in Monday trading").
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';

const DAYS = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
const MONTHS = new Set([
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
]);
// "in Monday trading", "in Sunday papers": the day modifies a noun and "in" belongs to that noun.
const DAY_COMPOUND = new Set([
  "'s", 'trading', 'trade', 'session', 'sessions', 'deals', 'dealings', 'edition', 'editions', 'paper', 'papers', 'newspaper',
  'newspapers', 'school', 'schools', 'service', 'services', 'mass', 'best', 'league', 'markets', 'market', 'night', 'nights',
]);

// "in March 12 months earlier", "in May 5 percent": the number counts something else.
const AFTER_COUNT = new Set(['-', '–', 'percent', '%', 'per', 'months', 'years', 'days', 'weeks', 'hours', 'million', 'billion', 'thousand', 'people', 'times', 'points']);

function isDayNumber(t: Token | undefined): boolean {
  if (!t) return false;
  const m = /^(\d{1,2})(st|nd|rd|th)?$/.exec(t.norm);
  return m !== null && Number(m[1]) >= 1 && Number(m[1]) <= 31;
}

/** End token index (exclusive) of a day or a date starting at i, or -1. */
function dateEnd(doc: Doc, i: number): number {
  const a = doc.at(i);
  if (!a) return -1;
  if (DAYS.has(a.text)) {
    const n = doc.next(a);
    if (n && DAY_COMPOUND.has(n.norm)) return -1;
    return i + 1;
  }
  // "5 May", "5th of May"
  if (isDayNumber(a)) {
    let j = i + 1;
    if (doc.at(j)?.norm === 'of') j++;
    const m = doc.at(j);
    return m && MONTHS.has(m.text) && doc.sentenceOf(m) === doc.sentenceOf(a) ? j + 1 : -1;
  }
  // "May 5" (but not "May 2020")
  if (MONTHS.has(a.text)) {
    const d = doc.next(a);
    if (!isDayNumber(d)) return -1;
    const after = doc.next(d as Token);
    if (after && (after.kind === 'number' || AFTER_COUNT.has(after.norm))) return -1;
    return i + 2;
  }
  return -1;
}

// The last day of each month (February's in a common year and a leap year).
const LAST_DAY: ReadonlyMap<string, readonly number[]> = new Map([
  ['jan', [31]], ['feb', [28, 29]], ['mar', [31]], ['apr', [30]], ['may', [31]], ['jun', [30]],
  ['jul', [31]], ['aug', [31]], ['sep', [30]], ['oct', [31]], ['nov', [30]], ['dec', [31]],
]);

/** A date on a month's last day ("March 31", "30 June"), the day balances are stated at. */
function monthEnd(doc: Doc, first: Token): boolean {
  const second = doc.next(first);
  const third = second && doc.next(second);
  const [day, month] = isDayNumber(first) ? [first, second?.norm === 'of' ? third : second] : [second, first];
  if (!day || !month || !isDayNumber(day)) return false;
  return (LAST_DAY.get(month.norm.slice(0, 3)) ?? []).includes(parseInt(day.norm, 10));
}

export const rule: Rule = {
  meta: {
    id: 'date-preposition',
    category: 'preposition',
    severity: 'warning',
    description: '“in/at” before a day or a date (“in Monday”, “at 5 May”): English uses “on”.',
    examples: {
      bad: [
        { text: 'The central bank will meet again [[in]] Thursday.', output: 'The central bank will meet again on Thursday.' },
        { text: 'The vote is scheduled [[at]] Sunday.', output: 'The vote is scheduled on Sunday.' },
        { text: 'The law enters into force [[in]] 1 July.', output: 'The law enters into force on 1 July.' },
        { text: 'The summit opens [[at]] March 12 in Brussels.', output: 'The summit opens on March 12 in Brussels.' },
        { text: '[[In]] Monday, the yen fell.', output: 'On Monday, the yen fell.' },
      ],
      good: [
        'The central bank will meet again on Thursday.',
        'Shares fell 2 percent in Monday trading.',
        'Turnout was low in Sunday’s vote.',
        'The law enters into force in July.',
        'The law enters into force in July 2025.',
        'The summit opens in May 2026 in Brussels.',
        'Prices rose 3 percent in March 12 months earlier.',
        'The strike began at 5 a.m. on Monday.',
        'He spoke at Wednesday’s meeting.',
        'Sales rose in May, June and July.',
        'Net debt at December 31 was 4 billion euros, against 3.8 billion at 30 June.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const t of doc.tokensWith(['in', 'at'])) {
      if (t.norm !== 'in' && t.norm !== 'at') continue;
      const next = doc.next(t);
      if (!next || dateEnd(doc, next.index) === -1) continue;
      // "debt at March 31", "as at 30 June": a balance taken at a month's end is reported "at" it.
      if (t.norm === 'at' && monthEnd(doc, next)) continue;
      const on = doc.isSentenceInitial(t) && /^[A-Z]/.test(t.text) ? 'On' : 'on';
      const what = DAYS.has(next.text) ? 'a day of the week' : 'a date';
      ctx.report({
        start: t.start,
        end: t.end,
        message: `“${t.text} ${next.text}…”: before ${what} English uses “on”, not “${t.norm}”.`,
        suggestions: [on],
        reason: 'days and dates take “on” in English',
        confidence: 0.9,
      });
    }
  },
};

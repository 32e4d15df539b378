/**
 * “may”, “march” or “august” as a month in lower case where no date number follows: “since
 * march,”, “last may”, “until the end of march”, “in early august.” lowercase-day-month takes
 * these only before a day number or a year; here the frame itself makes the word a month: a
 * preposition of time (or “last”, “next”, “early”, “the end of”) before it, and the clause
 * ending right after it.
 */
import type { Doc, Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { upperFirst } from './lexicon.js';

const MONTHS: ReadonlySet<string> = new Set(['may', 'march', 'august']);
// Right before the month: "since march", "last may", "in early august", "by mid-march".
const BEFORE: ReadonlySet<string> = new Set([
  'since', 'until', 'till', 'last', 'next', 'early', 'late', 'mid', 'in', 'by', 'from', 'through', 'before', 'after',
  'during', 'throughout', 'between', 'and', 'to', 'or',
]);
// "the end of march", "the beginning of may", "the middle of august".
const PERIOD_NOUNS: ReadonlySet<string> = new Set(['end', 'beginning', 'start', 'middle', 'half', 'month', 'months', 'week', 'weeks', 'rest', 'course']);
// Months on the other side of "and"/"to"/"or"/"between": "between april and may", "from march to may".
const ALL_MONTHS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);

function closes(t: Token | undefined): boolean {
  if (!t) return true;
  if (t.kind === 'punct') return t.text !== '-' && t.text !== '/' && t.text !== "'";
  return ['and', 'or', 'when', 'after', 'before', 'as', 'while', 'but', 'to', 'this', 'last', 'next', 'that'].includes(t.norm);
}

function monthFrame(doc: Doc, t: Token): boolean {
  const p = doc.prev(t);
  if (!p || p.kind !== 'word') return false;
  if (!closes(doc.next(t))) return false;
  // "the end of march".
  if (p.norm === 'of') {
    const q = doc.prev(p);
    return !!q && PERIOD_NOUNS.has(q.norm) && doc.prev(q)?.norm === 'the';
  }
  if (!BEFORE.has(p.norm)) return false;
  // "and"/"to"/"or"/"between" only next to another month: "from march to may".
  if (['and', 'to', 'or', 'between'].includes(p.norm)) {
    const q = doc.prev(p);
    return !!q && ALL_MONTHS.has(q.norm);
  }
  // "in may," is a month; "in march" with a noun phrase before ("joined in march.") too. But
  // "may" after "in" could begin "in may be", which `closes` has excluded.
  return true;
}

export const rule: Rule = {
  meta: {
    id: 'lowercase-month-phrase',
    category: 'capitalization',
    severity: 'warning',
    description: 'The month “May”, “March” or “August” in lower case after a time word (“since march,”).',
    examples: {
      bad: [
        { text: '“The ministry has ignored us since [[march]],” he said.', output: '“The ministry has ignored us since March,” he said.' },
        { text: 'He had lost in the first round here last [[may]], before his injury.', output: 'He had lost in the first round here last May, before his injury.' },
        { text: 'The furnace will be shut down by the end of [[march]], the company said.', output: 'The furnace will be shut down by the end of March, the company said.' },
        { text: 'Prices have doubled since early [[august]].', output: 'Prices have doubled since early August.' },
        { text: 'The line will open between April and [[may]].', output: 'The line will open between April and May.' },
      ],
      good: [
        'The results may be announced next week.',
        'Thousands will march in the capital.',
        'After the march, protesters went home.',
        'Farmers joined the march.',
        'The end of the march was peaceful.',
        'He said they may, if needed, vote again.',
        'It may or may not happen.',
        'We may and must act.',
        'He joined the august institution in 1990.',
        'Since March, prices have doubled.',
        'They will march to the square and march back.',
        'The veterans led the march.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const t of doc.tokensWith(MONTHS)) {
      if (!MONTHS.has(t.norm) || t.text !== t.norm) continue;
      if (!monthFrame(doc, t)) continue;
      const fixed = upperFirst(t.text);
      ctx.report({
        start: t.start,
        end: t.end,
        message: `“${t.text}” is the month here: English writes “${fixed}” with a capital.`,
        suggestions: [fixed],
        reason: 'months are proper names in English and always take a capital',
        confidence: 0.75,
      });
    }
  },
};

/**
 * A day of the week or a month in lower case: “on friday”, “since january”. Romance and
 * Slavic languages write them in lower case; English never does. “may”, “march” and “august”
 * are also a modal verb, a verb and an adjective, so they are flagged only in a date: after a
 * preposition of time and before a day number or a year, or between a day number and a year.
 */
import type { Doc, Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { upperFirst } from './lexicon.js';

const DAYS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'saturdays', 'sundays',
]);
const MONTHS: ReadonlySet<string> = new Set([
  'january', 'february', 'april', 'june', 'july', 'september', 'october', 'november', 'december',
]);
const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['may', 'march', 'august']);
const CANDIDATES: ReadonlySet<string> = new Set([...DAYS, ...MONTHS, ...AMBIGUOUS_MONTHS]);
const TIME_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'on', 'since', 'until', 'till', 'by', 'from', 'of', 'during', 'before', 'after', 'through', 'early', 'late', 'mid', 'last', 'next',
]);

function isDayNumber(t: Token | undefined): boolean {
  if (!t || (t.kind !== 'number' && !/^\d{1,2}(st|nd|rd|th)$/.test(t.norm))) return false;
  const n = parseInt(t.norm, 10);
  return n >= 1 && n <= 31;
}

function isYear(t: Token | undefined): boolean {
  return !!t && t.kind === 'number' && /^(1[89]|20)\d\d$/.test(t.norm);
}

function isDate(doc: Doc, t: Token): boolean {
  const p = doc.prev(t);
  const n = doc.next(t);
  // "on may 5", "in march 2024", "since august 12"
  if (p && TIME_PREPOSITIONS.has(p.norm) && (isDayNumber(n) || isYear(n))) return true;
  // "5 may 2024", "on 12 march", "the 3rd of august"
  if (isDayNumber(p) && (isYear(n) || (n?.kind === 'punct' && n.text !== '-') || !n)) return true;
  return p?.norm === 'of' && isDayNumber(doc.prev(t, 2));
}

// Glued into a URL, a handle or a file name ("#friday", "friday.pdf").
function glued(doc: Doc, t: Token): boolean {
  return /[./@#_\\]/.test(doc.text.charAt(t.start - 1)) || /[./@_\\][\p{L}\p{N}]/u.test(doc.text.slice(t.end, t.end + 2));
}

export const rule: Rule = {
  meta: {
    id: 'lowercase-day-month',
    category: 'capitalization',
    severity: 'warning',
    description: 'A day of the week or a month written in lower case.',
    examples: {
      bad: [
        { text: 'The bank raised its rate on [[friday]], the highest level in decades.', output: 'The bank raised its rate on Friday, the highest level in decades.' },
        { text: 'Prices have risen since [[january]].', output: 'Prices have risen since January.' },
        { text: 'The vote is due on [[may]] 5.', output: 'The vote is due on May 5.' },
        { text: 'He was arrested on 12 [[march]] 2023.', output: 'He was arrested on 12 March 2023.' },
        { text: 'The law takes effect in [[august]] 2025.', output: 'The law takes effect in August 2025.' },
      ],
      good: [
        'The bank raised its rate on Friday.',
        'The results may be announced on Monday.',
        'Thousands march through the capital each year.',
        'They may 3D-print the parts.',
        'He joined the august institution in 1990.',
        'Protesters will march on the parliament.',
        'Troops march 20 kilometres a day.',
        'See the file friday.pdf for details.',
        'Use the hashtag #friday to join.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const t of doc.tokensWith(CANDIDATES)) {
      if (!CANDIDATES.has(t.norm) || t.text !== t.norm) continue;
      const known = DAYS.has(t.norm) || MONTHS.has(t.norm);
      if (!known && !isDate(doc, t)) continue;
      if (glued(doc, t)) continue;
      const fixed = upperFirst(t.text);
      ctx.report({
        start: t.start,
        end: t.end,
        message: `“${t.text}” is a ${DAYS.has(t.norm) ? 'day of the week' : 'month'}: English writes “${fixed}” with a capital.`,
        suggestions: [fixed],
        reason: 'days and months are proper names in English and always take a capital',
        confidence: known ? 0.9 : 0.8,
      });
    }
  },
};

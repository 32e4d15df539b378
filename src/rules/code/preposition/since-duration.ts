/**
 * "since 30 years", "since years", "since a long time": a length of time after "since", carried
 * over from "seit/depuis/desde/da/od". English counts a period with "for" ("for 30 years"), and
 * after a superlative or a first/record it uses "in" ("the highest level in 30 years"). A point
 * in time after "since" is right and stays quiet ("since 2010", "since 30 years ago", "since the
 * war"), as does "ever since", "long since" and "since years of war had ...".
 */
import type { Rule } from '../../types.js';
import type { Doc, Token } from '../../../text/document.js';

const UNITS = new Set(['years', 'months', 'weeks', 'days', 'decades', 'hours', 'centuries', 'year', 'month', 'week', 'decade', 'century', 'minutes']);
const NUMBER_WORDS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty',
  'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'several', 'many', 'few', 'some',
]);
// A point in time follows: "since 30 years ago", "since two years earlier".
const POINT_AFTER = new Set(['ago', 'earlier', 'before', 'back', 'later', 'previously', 'prior', 'old', 'of', 'after']);
// Words that make the period the span of a record: "the highest ... in 30 years".
const RECORD = new Set([
  'highest', 'lowest', 'biggest', 'largest', 'smallest', 'first', 'worst', 'best', 'strongest', 'weakest',
  'fastest', 'slowest', 'sharpest', 'steepest', 'deepest', 'hottest', 'coldest', 'wettest', 'driest', 'longest',
  'shortest', 'record', 'most', 'least', 'greatest', 'heaviest', 'deadliest', 'top', 'peak', 'cheapest', 'dearest',
]);
const TIME_NOUN = new Set(['time', 'while']);

/** End index (exclusive) of a period phrase starting at token index i, or -1. */
function periodEnd(doc: Doc, i: number): number {
  const t = doc.at(i);
  if (!t) return -1;
  // "since years", "since decades", "since months": a bare plural of a unit.
  if (t.norm === 'years' || t.norm === 'decades' || t.norm === 'months' || t.norm === 'centuries' || t.norm === 'weeks') return i + 1;
  // "since (a) long time"
  if (t.norm === 'long' && doc.at(i + 1)?.norm === 'time') return i + 2;
  if (t.norm === 'a' && doc.at(i + 1)?.norm === 'long' && doc.at(i + 2)?.norm === 'time') return i + 3;
  // "since (over|more than|about) 30 (long) years", "since a few years", "since several months"
  let j = i;
  if (['over', 'about', 'around', 'almost', 'nearly', 'some', 'more', 'less'].includes(doc.at(j)?.norm ?? '')) {
    j++;
    if (doc.at(j)?.norm === 'than') j++;
  }
  if (doc.at(j)?.norm === 'a' && doc.at(j + 1)?.norm === 'few') j += 2;
  else {
    const n = doc.at(j);
    if (!n || !(n.kind === 'number' || NUMBER_WORDS.has(n.norm))) return -1;
    j++;
  }
  if (doc.at(j)?.norm === 'long') j++;
  const u = doc.at(j);
  return u && UNITS.has(u.norm) ? j + 1 : -1;
}

export const rule: Rule = {
  meta: {
    id: 'since-duration',
    category: 'preposition',
    severity: 'warning',
    description: '“since” before a length of time (“since 30 years”): English uses “for”, or “in” after a record.',
    examples: {
      bad: [
        { text: 'Inflation hit its highest level [[since]] 25 years in March.', output: 'Inflation hit its highest level in 25 years in March.' },
        { text: 'He has lived in Madrid [[since]] ten years.', output: 'He has lived in Madrid for ten years.' },
        { text: 'The plant has been closed [[since]] years.', output: 'The plant has been closed for years.' },
        { text: 'It was the first strike [[since]] two decades.', output: 'It was the first strike in two decades.' },
        { text: 'The two countries have been rivals [[since]] a long time.', output: 'The two countries have been rivals for a long time.' },
        { text: 'Talks have been frozen [[since]] more than three years.', output: 'Talks have been frozen for more than three years.' },
      ],
      good: [
        'Inflation hit its highest level in 25 years in March.',
        'He has lived in Madrid since 2010.',
        'He has lived in Madrid since 30 years ago.',
        'Prices have risen since the war began.',
        'The plant has been closed since two years earlier.',
        'Ever since, the plant has been closed.',
        'The plant has long since closed.',
        'It is the first strike since the 1990s.',
        'Since years of war had ruined the economy, growth was slow.',
        'Rates have not changed since March.',
        'Since then, rates have not changed.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const t of doc.tokensWith(['since'])) {
      if (t.norm !== 'since') continue;
      const prev = doc.prev(t);
      if (prev && (prev.norm === 'ever' || prev.norm === 'long')) continue;
      const end = periodEnd(doc, t.index + 1);
      if (end === -1) continue;
      const after = doc.at(end);
      if (after && doc.sentenceOf(after) === doc.sentenceOf(t)) {
        if (POINT_AFTER.has(after.norm)) continue;
        // "since years of war had ...": the period is a noun phrase, not a duration.
        const last = doc.at(end - 1) as Token;
        if (last.norm === 'years' && after.norm === 'of') continue;
      }
      const bareLong = doc.at(end - 1)?.norm === 'time' || TIME_NOUN.has(doc.at(end - 1)?.norm ?? '');
      const s = doc.sentenceOf(t);
      let record = false;
      for (let i = s.firstToken; i < t.index; i++) if (RECORD.has((doc.at(i) as Token).norm)) record = true;
      const first = record && !bareLong ? 'in' : 'for';
      const suggestion = doc.isSentenceInitial(t) ? first.charAt(0).toUpperCase() + first.slice(1) : first;
      const period = doc.text.slice((doc.at(t.index + 1) as Token).start, (doc.at(end - 1) as Token).end);
      ctx.report({
        start: t.start,
        end: t.end,
        message: `“since ${period}” counts a length of time with “since”, carried over from “seit/depuis/desde”; English says “${first} ${period}”.`,
        suggestions: [suggestion, first === 'in' ? 'for' : 'in'],
        reason: record ? 'after a record, English measures the period with “in”' : 'English measures a period of time with “for”; “since” takes a point in time',
        confidence: 0.9,
      });
    }
  },
};

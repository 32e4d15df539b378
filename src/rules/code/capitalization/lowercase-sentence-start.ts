/**
 * A sentence that starts in lower case: “judge Olga Belova of the ... court” at the start of a
 * paragraph, or “... the court said. the ruling ...” inside one. A round trip that rebuilds
 * sentences, or a source language that writes titles in lower case, leaves the first word
 * small. Only a start after a full stop, exclamation or question mark counts (or a first line
 * that is itself a full sentence): a line that continues an unfinished one is left alone, as is
 * a word after an abbreviation, an initial or an ellipsis.
 */
import type { Doc, Token } from '../../../text/document.js';
import type { Rule } from '../../types.js';
import { US_STATE_ABBREVIATIONS, isLower, lineAt, upperFirst } from './lexicon.js';
import { ordinalNumberAt } from '../punctuation/lib/numbers.js';

const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm', 'gov', 'sen', 'rep', 'st',
  'jr', 'sr', 'no', 'nos', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
  'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'dept', 'est', 'fig', 'mt', 'ft', 'al', 'cf', 'ca',
  'vol', 'pp', 'ch', 'sec', 'art', 'para', 'op', 'ed', 'eds', 'rev', 'hon', 'univ', 'govt', 'intl', 'ave',
  'blvd', 'rd', 'pt', 'bros', 'cie', 'min', 'max', 'avg', 'tel', 'ext', 'div',
  // Units written with a point: "at 08.00 hrs. on Monday", "40 sq. metres".
  'hrs', 'hr', 'mins', 'secs', 'sq', 'yrs', 'lbs', 'oz',
  // "25 per cent. of the vote": older style abbreviates "per centum".
  'cent',
  // US states as AP abbreviates them ("Boston, Mass. officials").
  ...US_STATE_ABBREVIATIONS,
]);
// Words that continue a sentence and do not begin one: after "the Chief. of Staff", "1835. and
// the Civil War debt" the full stop is a stray one, not a sentence end the writer forgot to mark.
const CONTINUERS: ReadonlySet<string> = new Set(['of', 'and', 'or', 'nor', 'into', 'than', 'whom', 'per']);
const OPENERS = /^["“‘'«(\[]$/;
const CLOSERS = /^["”’'»)\]]$/;
const TERMINAL = /[.!?…]["”’'»)\]]*$/u;

function glued(doc: Doc, t: Token): boolean {
  return /[./@#_\\:-]/.test(doc.text.charAt(t.start - 1)) || /[./@_\\][\p{L}\p{N}]/u.test(doc.text.slice(t.end, t.end + 2));
}

/** The previous non-blank line, trimmed, or undefined at the start of the text. */
function previousLine(text: string, lineStart: number): string | undefined {
  let end = lineStart - 1;
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).trim();
    if (line) return line;
    end = start - 1;
  }
  return undefined;
}

/** Whether t starts a new sentence in lower case (see the module comment). */
function gapHasBreak(text: string, from: number, to: number): boolean {
  for (let c = from; c < to; c++) if (text.charCodeAt(c) === 10) return true;
  return false;
}

// Marks that may stand between a sentence end and the next word: . ! ? … and quotes, brackets.
const NEAR_END = /^[.!?…"“”‘’'«»()[\]]$/;

/** Opening quotes and brackets hug the word they open and have a space (or nothing) before. */
function opener(doc: Doc, x: Token): boolean {
  return OPENERS.test(x.text) && (doc.tokens[x.index + 1] as Token).start === x.end && (x.start === 0 || /\s/.test(doc.text.charAt(x.start - 1)));
}

function startsSentence(doc: Doc, t: Token): boolean {
  const text = doc.text;
  // Fast paths, most words: right after a word, a number or a comma on the same line.
  const before = doc.tokens[t.index - 1];
  if (before && !gapHasBreak(text, before.end, t.start) && (before.kind !== 'punct' || !NEAR_END.test(before.text))) return false;
  let k = t.index - 1;
  while (k >= 0 && opener(doc, doc.tokens[k] as Token) && !gapHasBreak(text, (doc.tokens[k] as Token).end, t.start)) k--;
  const p = doc.tokens[k];
  if (!p || gapHasBreak(text, p.end, (doc.tokens[k + 1] as Token).start)) {
    // First word of a line.
    const line = lineAt(doc, t.start);
    const prev = previousLine(text, line.start);
    if (prev !== undefined) return TERMINAL.test(prev) && !/\.\.\.$|…$/.test(prev);
    const own = text.slice(line.start, line.end).trim();
    return TERMINAL.test(own) && own.split(/\s+/).length >= 6;
  }
  // Inside a line: after . ! ? and any closing quotes, with a space.
  let q = k;
  let closed = false;
  while (q >= 0 && CLOSERS.test((doc.tokens[q] as Token).text)) {
    q--;
    closed = true;
  }
  const mark = doc.tokens[q];
  if (!mark || !/^[.!?]$/.test(mark.text) || !/\s/.test(text.charAt(t.start - 1))) return false;
  // “Why?” he asked — a question or exclamation inside a quote does not end the sentence.
  if (mark.text !== '.') return !closed;
  const w = doc.tokens[q - 1];
  if (!w || w.end !== mark.start) return false;
  if (w.text === '.' || w.text === '…') return false; // an ellipsis
  // "Sen. David Boren (D-Okla.) said": the last part of a hyphened word may be the abbreviation.
  if (w.kind === 'word' && (w.text.length === 1 || ABBREVIATIONS.has(w.norm) || ABBREVIATIONS.has(w.norm.slice(w.norm.lastIndexOf('-') + 1)))) return false;
  // "from the 14. century": an ordinal's full stop (punctuation/ordinal-period flags it).
  if (ordinalNumberAt(doc, mark)) return false;
  return w.kind === 'word' || w.kind === 'number' || CLOSERS.test(w.text);
}

export const rule: Rule = {
  meta: {
    id: 'lowercase-sentence-start',
    category: 'capitalization',
    severity: 'warning',
    description: 'A sentence that starts with a lower-case letter.',
    examples: {
      bad: [
        { text: 'The company said it would appeal.\n[[judge]] Olga Belova of the district court upheld the lawsuit.', output: 'The company said it would appeal.\nJudge Olga Belova of the district court upheld the lawsuit.' },
        { text: 'The court fined the company. [[the]] ruling can be appealed.', output: 'The court fined the company. The ruling can be appealed.' },
        { text: 'Prices rose again! [[analysts]] expect more.', output: 'Prices rose again! Analysts expect more.' },
      ],
      good: [
        'The measure, Rep. Ann Cole (D-Tex.) said, would pass on Friday.',
        'Readings peaked at 08.00 hrs. on Monday, the department said.',
        'The court fined the company. The ruling can be appealed.',
        'Judge Olga Belova of the district court upheld the lawsuit.',
        'He arrived at 9 a.m. and left at noon.',
        'Officials from the U.S. and the EU met in Brussels.',
        'The results were, e.g. in Spain, weaker.',
        '“Why?” he asked.',
        'He paused... then continued.',
        'Mr. Smith and Dr. Jones met Gen. Petraeus.',
        'The talks, which began on Monday,\ncontinued late into the night.',
        'Visit example.com for details.',
        'The talks continued after No. 10 intervened.',
        'iPhone sales fell in the quarter.',
        'Officials in Boston, Mass. said the storm had passed.',
        'Second-class mail made up 63.91 per cent. of the weight of all the mail.',
        'A Gospel book from the 14. century was returned.',
      ],
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (let ti = 0; ti < doc.tokens.length; ti++) {
      const t = doc.tokens[ti] as Token;
      if (t.kind !== 'word' || t.text !== t.norm || !startsSentence(doc, t)) continue;
      if (!isLower(t.text) || glued(doc, t) || CONTINUERS.has(t.norm)) continue;
      const fixed = upperFirst(t.text);
      ctx.report({
        start: t.start,
        end: t.end,
        message: `A sentence starts with “${t.text}” in lower case: English writes “${fixed}”.`,
        suggestions: [fixed],
        reason: 'the first word of a sentence takes a capital',
        confidence: 0.8,
      });
    }
  },
};

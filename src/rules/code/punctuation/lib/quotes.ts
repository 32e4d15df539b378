/**
 * One pass over the double quote marks of a text, paragraph by paragraph (a paragraph is a
 * line), shared by the quote rules: each rule reports the issues of its own kind.
 *
 * Curly marks say their direction (“ opens, ” closes); the issue is a mark whose position
 * contradicts it. Straight marks have no direction, so it is read from position (after a space
 * or the line start: opening; before a space, punctuation or the line end: closing) and from
 * alternation. Quotes may span paragraphs: a paragraph left open carries into the next when
 * that one closes first, and the wire convention of reopening each continued paragraph with
 * an opening quote is legal.
 */

import type { RuleContext } from '../../../types.js';

export type QuoteIssueKind = 'direction' | 'misplaced-closer' | 'spacing' | 'unclosed' | 'unopened' | 'mixed';

export interface QuoteIssue {
  readonly kind: QuoteIssueKind;
  readonly start: number;
  readonly end: number;
  /** Replacement for exactly [start, end), when one is safe. */
  readonly suggestion?: string;
  readonly message: string;
  readonly confidence: number;
}

type Family = 'straight' | 'curly';
/** open: after a space or line start, before a word; close: the mirror; float: spaces on both sides; glued: neither. */
type Position = 'open' | 'close' | 'float' | 'glued';

interface Line {
  readonly start: number;
  readonly end: number;
  /** Offsets of the straight marks " on the line. */
  readonly straight: readonly number[];
  /** Offsets of the curly marks “ ” „ on the line; „ (a low opening mark from German or
   * Romanian) opens like “, and foreign-quote-marks flags it. */
  readonly curly: readonly number[];
}

interface State {
  open: boolean;
  /** The open quotation began with „, whose German partner is “: that “ closes it. */
  low: boolean;
  /** Offset of the opening mark when it is on the current line; -1 when carried in. */
  openerAt: number;
}

const LEFT_OPENERS = /[\s([{\u2014\u2013\-/]/u;
const RIGHT_CLOSERS = /[\s.,;:!?)\]}\u2026\u2014\u2013\-]/u;
const WORDISH = /[\p{L}\p{N}]/u;
const LEAD_PUNCT = /[,.!?;:]/;
const CLOSING_PUNCT = /[,.!?]/;
const SPEECH_VERBS = new Set([
  'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'ask', 'asks', 'asked', 'add', 'adds', 'added',
  'write', 'writes', 'wrote', 'reply', 'replies', 'replied', 'shout', 'shouted', 'cry', 'cried', 'declare',
  'declared', 'state', 'stated', 'explain', 'explained', 'answer', 'answered', 'insist', 'insisted', 'warn',
  'warned', 'note', 'noted', 'tweet', 'tweeted', 'announce', 'announced', 'reads', 'read',
]);
const MARK_OR_NEWLINE = /["\u201C\u201D\u201E\n]/g;

/** Lines with their quote marks, found in one regex pass (this runs over every byte). */
function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let straight: number[] = [];
  let curly: number[] = [];
  const close = (nl: number): void => {
    let end = nl;
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
    lines.push({ start, end, straight, curly });
    start = nl + 1;
    straight = [];
    curly = [];
  };
  for (const m of text.matchAll(MARK_OR_NEWLINE)) {
    const c = m[0];
    if (c === '\n') close(m.index);
    else if (c === '"') straight.push(m.index);
    else curly.push(m.index);
  }
  close(text.length);
  return lines;
}

function marksOf(line: Line, family: Family): readonly number[] {
  return family === 'straight' ? line.straight : line.curly;
}

function positionOf(text: string, line: Line, p: number): Position {
  const before = p > line.start ? text.charAt(p - 1) : '';
  const after = p + 1 < line.end ? text.charAt(p + 1) : '';
  const left = before === '' || LEFT_OPENERS.test(before);
  const right = after === '' || RIGHT_CLOSERS.test(after);
  if (left && right) return 'float';
  if (left) return 'open';
  if (right) return 'close';
  return 'glued';
}

/** The run of non-space characters ending just before `p` (skipping spaces), as [start, end). */
function wordBefore(text: string, line: Line, p: number): [number, number] | undefined {
  let e = p;
  while (e > line.start && /\s/.test(text.charAt(e - 1))) e--;
  let s = e;
  while (s > line.start && !/\s/.test(text.charAt(s - 1))) s--;
  return s < e ? [s, e] : undefined;
}

/** The run of word characters starting after `p` and the spaces after it, as [start, end). */
function wordAfter(text: string, line: Line, p: number): [number, number] | undefined {
  let s = p + 1;
  while (s < line.end && /\s/.test(text.charAt(s))) s++;
  let e = s;
  while (e < line.end && /[\p{L}\p{N}'’-]/u.test(text.charAt(e))) e++;
  return e > s && WORDISH.test(text.charAt(s)) ? [s, e] : undefined;
}

/**
 * An opening mark that is really the closing one: `... get along, “Blinken told` where a quote
 * is already open. Returns the span from the punctuation to the mark, and its replacement.
 */
function misplacedCloser(text: string, line: Line, p: number, closeChar: string): QuoteIssue | undefined {
  let q = p;
  while (q > line.start && text.charAt(q - 1) === ' ') q--;
  // Not after a colon or semicolon: a quotation opens there ("he said: “We ...").
  if (q === line.start || !CLOSING_PUNCT.test(text.charAt(q - 1))) return undefined;
  const after = p + 1 < line.end ? text.charAt(p + 1) : '';
  if (!WORDISH.test(after) && after !== ' ') return undefined;
  const start = q - 1;
  // `the company. "If corporations…`: after the end of a sentence, a mark hugging a capital
  // opens the next paragraph of a long quotation (its paragraphs run together on one line),
  // which closes later on the line; `guarantees. “Peskov told reporters.` closes nothing.
  if (/[.!?]/.test(text.charAt(start)) && q < p && /[\p{Lu}\d]/u.test(after) && closesLater(text, p + 1, line.end, closeChar)) return undefined;
  // `and say, “Oh my`: after a speech verb a quotation opens, whatever came before.
  const before = /([\p{L}']+)\s*$/u.exec(text.slice(Math.max(line.start, start - 20), start));
  if (before && SPEECH_VERBS.has((before[1] as string).toLowerCase())) return undefined;
  const punct = text.charAt(start);
  return {
    kind: 'misplaced-closer',
    start,
    end: p + 1,
    suggestion: punct + closeChar + (after === ' ' ? '' : ' '),
    message: `An opening quote mark stands after “${punct}” where the open quotation should close: the quotation before it is never closed.`,
    confidence: 0.8,
  };
}

function firstNonSpace(text: string, line: Line): string {
  for (let i = line.start; i < line.end; i++) {
    const c = text.charAt(i);
    if (!/\s/.test(c)) return c;
  }
  return '';
}

/** The first of the next few lines that holds a mark of the family, or undefined. */
function nextLineWithMarks(text: string, lines: readonly Line[], k: number, family: Family): Line | undefined {
  const LOOKAHEAD = 3;
  for (let j = k + 1; j < lines.length && j <= k + LOOKAHEAD; j++) {
    const l = lines[j] as Line;
    if (marksOf(l, family).length > 0) return l;
  }
  return undefined;
}

/** The next line that holds anything, or undefined. */
function nextContentLine(text: string, lines: readonly Line[], k: number): Line | undefined {
  for (let j = k + 1; j < lines.length; j++) if (firstNonSpace(text, lines[j] as Line) !== '') return lines[j];
  return undefined;
}

function curlyLine(text: string, line: Line, st: State, out: QuoteIssue[]): void {
  const marks = marksOf(line, 'curly');
  // closersAfter[k] - openersAfter[k]: closing marks ” minus the others among marks k.. on the
  // line, counted once from the end (not again for every mark: a line may hold many).
  const excess = new Int32Array(marks.length + 1);
  for (let k = marks.length - 1; k >= 0; k--) excess[k] = (excess[k + 1] as number) + (text.charAt(marks[k] as number) === '\u201D' ? 1 : -1);
  for (let k = 0; k < marks.length; k++) {
    const p = marks[k] as number;
    const pos = positionOf(text, line, p);
    // The marks after this one balance by themselves: then this one cannot open a quotation.
    const restBalanced = excess[k + 1] === 0;
    if (text.charAt(p) !== '\u201D') {
      if (st.open) {
        if (pos === 'close' && st.low && text.charAt(p) === '\u201C') {
          st.open = false;
          continue;
        }
        if (pos === 'close') {
          out.push({
            kind: 'direction', start: p, end: p + 1, suggestion: '\u201D',
            message: 'An opening quote mark “ closes the quotation: it should be the closing mark ”.',
            confidence: 0.85,
          });
          st.open = false;
          continue;
        }
        const mis = st.openerAt >= 0 && restBalanced ? misplacedCloser(text, line, p, '\u201D') : undefined;
        if (mis) {
          out.push(mis);
          st.open = false;
          continue;
        }
        if (st.openerAt >= 0) {
          out.push({
            kind: 'unclosed', start: st.openerAt, end: st.openerAt + 1,
            message: 'This quotation is never closed: another one opens before a closing mark ”.',
            confidence: 0.5,
          });
        }
        st.openerAt = p;
        st.low = text.charAt(p) === '\u201E';
        continue;
      }
      if (pos === 'close' && p > line.start && (WORDISH.test(text.charAt(p - 1)) || LEAD_PUNCT.test(text.charAt(p - 1)))) {
        // `word“ next`, `along,“ Blinken`: placed like a closing mark, with nothing open.
        out.push({
          kind: 'direction', start: p, end: p + 1, suggestion: '\u201D',
          message: 'An opening quote mark “ sits where a closing mark ” belongs, right after a word.',
          confidence: 0.6,
        });
        continue;
      }
      st.open = true;
      st.low = text.charAt(p) === '\u201E';
      st.openerAt = p;
      if (pos === 'float') spacingAfterOpener(text, line, p, out);
      continue;
    }
    // ”
    if (st.open) {
      if (pos === 'open') {
        const mis = misplacedCloser(text, line, p, '\u201D');
        if (mis) out.push({ ...mis, kind: 'spacing', message: 'The closing quote mark ” is spaced like an opening one: it should hug the punctuation before it.' });
      } else if (pos === 'float') spacingBeforeCloser(text, line, p, out);
      else if (pos === 'glued') spacingAfterCloser(text, line, p, out);
      st.open = false;
      continue;
    }
    if (pos === 'open') {
      out.push({
        kind: 'direction', start: p, end: p + 1, suggestion: '\u201C',
        message: 'A closing quote mark ” opens the quotation: it should be the opening mark “.',
        confidence: 0.8,
      });
      st.open = true;
      st.openerAt = p;
      continue;
    }
    if (pos === 'close' && !dashOpened(text, line)) {
      out.push({
        kind: 'unopened', start: p, end: p + 1,
        message: 'This closing quote mark ” closes a quotation that was never opened.',
        confidence: 0.5,
      });
    }
  }
}

/**
 * A paragraph that opens with a dash and a space ("– We have never seen this,” said Holm"):
 * the dash opens the quotation, as Nordic, Slavic and Romance languages mark speech, so the
 * closing mark has its opener (dialogue-dash flags the dash).
 */
function dashOpened(text: string, line: Line): boolean {
  return /^\s*[–—-] \S/.test(text.slice(line.start, Math.min(line.end, line.start + 8)));
}

function spacingAfterOpener(text: string, line: Line, p: number, out: QuoteIssue[]): void {
  const w = wordAfter(text, line, p);
  if (!w || w[0] === p + 1) return;
  const mark = text.charAt(p);
  out.push({
    kind: 'spacing', start: p, end: w[1], suggestion: mark + text.slice(w[0], w[1]),
    message: `A space follows the opening quote mark ${mark}: it should hug the first quoted word.`,
    confidence: 0.85,
  });
}

function spacingBeforeCloser(text: string, line: Line, p: number, out: QuoteIssue[]): void {
  const w = wordBefore(text, line, p);
  if (!w || w[1] === p) return;
  const mark = text.charAt(p);
  out.push({
    kind: 'spacing', start: w[0], end: p + 1, suggestion: text.slice(w[0], w[1]) + mark,
    message: `A space precedes the closing quote mark ${mark}: it should hug the last quoted word.`,
    confidence: 0.8,
  });
}

/** `waists,"she said`: a closing mark glued to the next word after the punctuation. */
function spacingAfterCloser(text: string, line: Line, p: number, out: QuoteIssue[]): void {
  if (p === line.start || !LEAD_PUNCT.test(text.charAt(p - 1))) return;
  const w = wordAfter(text, line, p);
  if (!w || w[0] !== p + 1) return;
  const mark = text.charAt(p);
  out.push({
    kind: 'spacing', start: p - 1, end: w[1], suggestion: text.charAt(p - 1) + mark + ' ' + text.slice(w[0], w[1]),
    message: `The closing quote mark ${mark} is glued to the next word: a space belongs after it.`,
    confidence: 0.8,
  });
}

/**
 * Whether the straight marks after marks[k] read as whole quotations on their own, by
 * position: each opens where an opening mark can stand and closes where a closing one can.
 */
function restParses(text: string, line: Line, marks: readonly number[], k: number): boolean {
  let open = false;
  for (let j = k + 1; j < marks.length; j++) {
    const pos = positionOf(text, line, marks[j] as number);
    if (!open && pos === 'close') return false;
    if (open && pos === 'open') return false;
    open = !open;
  }
  return !open;
}

function straightLine(text: string, line: Line, st: State, out: QuoteIssue[]): void {
  const marks = marksOf(line, 'straight').filter((p) => !isApostrophe(text, line, p));
  for (let k = 0; k < marks.length; k++) {
    const p = marks[k] as number;
    const pos = positionOf(text, line, p);
    const later = marks.length - k - 1;
    if (!st.open) {
      if (pos === 'close') {
        // "workers" compensation": a plural possessive typed with a quote mark; "a 6" pipe":
        // inches. Neither is a quotation.
        const b = p > line.start ? text.charAt(p - 1) : '';
        if (/\d/.test(b)) continue;
        const apostrophe = /[sS]/.test(b) && /^ \p{Ll}/u.test(text.slice(p + 1, p + 3));
        if (!apostrophe && !dashOpened(text, line)) {
          out.push({
            kind: 'unopened', start: p, end: p + 1,
            message: 'This quote mark closes a quotation that was never opened.',
            confidence: 0.4,
          });
        }
        continue;
      }
      st.open = true;
      st.openerAt = p;
      // Only when a closing mark follows on the line: then this one surely opens.
      if (pos === 'float' && later % 2 === 1) spacingAfterOpener(text, line, p, out);
      continue;
    }
    if (pos === 'open' && st.openerAt < 0) {
      // Carried in from the paragraph before, yet this mark opens: the carry was a guess.
      st.openerAt = p;
      continue;
    }
    if (pos === 'open') {
      // Another opening while one is open: a closer misplaced after the punctuation, when the
      // rest of the line balances without it.
      const mis = later % 2 === 0 && restParses(text, line, marks, k) ? misplacedCloser(text, line, p, '"') : undefined;
      if (mis) {
        out.push(mis);
        st.open = false;
        continue;
      }
      st.openerAt = p;
      continue;
    }
    if (pos === 'float' && st.openerAt >= 0 && later % 2 === 0) spacingBeforeCloser(text, line, p, out);
    if (pos === 'glued' && st.openerAt >= 0 && later % 2 === 0) spacingAfterCloser(text, line, p, out);
    st.open = false;
  }
}

function endOfLine(text: string, lines: readonly Line[], k: number, family: Family, st: State, out: QuoteIssue[]): void {
  if (!st.open) return;
  const next = nextContentLine(text, lines, k);
  let carry = false;
  if (next) {
    const first = firstNonSpace(text, next);
    const withMarks = nextLineWithMarks(text, lines, k, family);
    const opener = family === 'straight' ? first === '"' : first === '\u201C' || first === '\u201E';
    if (opener) {
      // The continued-quote convention: the next paragraph reopens the same quotation.
      st.open = false;
      return;
    }
    // Carried over when the next paragraph with quote marks (within a few) closes first: a
    // transcript may run one quoted sentence per line.
    if (withMarks) {
      const marks = marksOf(withMarks, family);
      const m = marks[0] as number;
      const closes = positionOf(text, withMarks, m) === 'close';
      // A curly opener placed as a closer (`along,“ Blinken`) still ends the carried quotation.
      carry = family === 'curly' ? text.charAt(m) === '\u201D' || closes : closes || marks.length % 2 === 1;
    }
  }
  if (!carry && st.openerAt >= 0) {
    out.push({
      kind: 'unclosed', start: st.openerAt, end: st.openerAt + 1,
      message: 'This quotation is never closed, and the next paragraph does not continue it.',
      confidence: 0.5,
    });
  }
  st.open = carry;
  st.openerAt = -1;
}

/** A straight mark between two letters or digits: an apostrophe typed as a quote ("2017"s"). */
function isApostrophe(text: string, line: Line, p: number): boolean {
  const b = p > line.start ? text.charAt(p - 1) : '';
  const a = p + 1 < line.end ? text.charAt(p + 1) : '';
  return WORDISH.test(b) && WORDISH.test(a);
}

/**
 * Quotations opened with one style of mark and closed with the other (`“We sold him," the
 * chairman said`): on a line with an odd number of marks of each style, the one mark of the
 * style the text uses less is the odd one. Each is reported and replaced, in the returned
 * text, by its counterpart in the text's own style, so the passes by style see the quotation
 * whole instead of two halves that never close.
 */
function mixedMarks(text: string, lines: readonly Line[], out: QuoteIssue[]): string {
  let curly = 0;
  let straight = 0;
  for (const l of lines) {
    curly += l.curly.length;
    straight += l.straight.length;
  }
  if (curly === 0 || straight === 0) return text;
  const odd: Family = straight <= curly ? 'straight' : 'curly';
  for (const line of lines) {
    const straightMarks = line.straight.filter((p) => !isApostrophe(text, line, p));
    if (line.curly.length % 2 === 0 || straightMarks.length % 2 === 0) continue;
    const marks = odd === 'straight' ? straightMarks : line.curly;
    if (marks.length !== 1) continue;
    const p = marks[0] as number;
    const pos = positionOf(text, line, p);
    if (pos !== 'open' && pos !== 'close') continue;
    // "a 6" pipe": inches after a number.
    if (text.charAt(p) === '"' && pos === 'close' && /\d/.test(text.charAt(p - 1))) continue;
    const mark = odd === 'straight' ? (pos === 'open' ? '\u201C' : '\u201D') : '"';
    out.push({
      kind: 'mixed', start: p, end: p + 1, suggestion: mark,
      message: odd === 'straight'
        ? `A straight quote mark " ${pos === 'open' ? 'opens' : 'closes'} a quotation the text marks with curly quotes: it should be ${mark}.`
        : `A curly quote mark ${text.charAt(p)} ${pos === 'open' ? 'opens' : 'closes'} a quotation the text marks with straight quotes: it should be ".`,
      confidence: 0.7,
    });
    // One code unit for one: every offset stays where it was.
    text = text.slice(0, p) + mark + text.slice(p + 1);
  }
  return text;
}

/** Every quote issue of the text, in text order within each family. */
export function analyzeQuotes(original: string): QuoteIssue[] {
  const out: QuoteIssue[] = [];
  if (!/["\u201C\u201D\u201E]/.test(original)) return out;
  let lines = splitLines(original);
  const text = mixedMarks(original, lines, out);
  if (text !== original) lines = splitLines(text);
  for (const family of ['curly', 'straight'] as const) {
    const st: State = { open: false, low: false, openerAt: -1 };
    for (let k = 0; k < lines.length; k++) {
      const line = lines[k] as Line;
      if (family === 'curly') curlyLine(text, line, st, out);
      else straightLine(text, line, st, out);
      endOfLine(text, lines, k, family, st, out);
    }
  }
  return out;
}

/** Whether `mark` stands in [from, end): found without copying the rest of a long line. */
function closesLater(text: string, from: number, end: number, mark: string): boolean {
  const at = text.indexOf(mark, from);
  return at !== -1 && at < end;
}

/**
 * Reports the document's quote issues of these kinds, each with its own message and safe fix.
 * Four rules read the issues of each document: the pass runs once per document (Doc.memo).
 */
export function reportQuoteIssues(ctx: RuleContext, kinds: readonly QuoteIssueKind[], reason: string): void {
  const { doc } = ctx;
  for (const i of doc.memo(analyzeQuotes, () => analyzeQuotes(doc.text))) {
    if (!kinds.includes(i.kind)) continue;
    ctx.report({
      start: i.start,
      end: i.end,
      message: i.message,
      suggestions: i.suggestion === undefined ? [] : [i.suggestion],
      reason,
      confidence: i.confidence,
    });
  }
}

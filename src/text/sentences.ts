/**
 * Sentence segmentation over tokens. A sentence ends at . ! ? … (plus any closing quotes or
 * brackets after it) when the next token opens a new sentence; a line break always ends one,
 * since wire copy puts one paragraph per line.
 */
import type { Token } from './tokenize.js';

export interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  /** Indices into doc.tokens, half-open. */
  readonly firstToken: number;
  readonly endToken: number;
}

// Abbreviations after which a period rarely ends a sentence in news copy (normalized, no dot).
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm', 'gov', 'sen',
  'rep', 'st', 'jr', 'sr', 'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'jan', 'feb', 'mar', 'apr',
  'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'dept', 'est', 'fig', 'mt', 'ft',
]);
const TERMINAL = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);

function startsSentence(t: Token): boolean {
  const c = t.text.charAt(0);
  return /[\p{Lu}\p{N}"“‘'«(\[]/u.test(c);
}

function isAbbreviation(prev: Token | undefined, dot: Token): boolean {
  if (!prev || dot.text !== '.' || prev.end !== dot.start) return false;
  if (ABBREVIATIONS.has(prev.norm)) return true;
  // Initials and dotted acronyms: "J. Smith", "U.S. officials".
  return prev.kind === 'word' && prev.text.length === 1 && /\p{Lu}/u.test(prev.text);
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

export function segmentSentences(text: string, tokens: readonly Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  const close = (endToken: number): void => {
    if (endToken <= first) return;
    const a = tokens[first];
    const b = tokens[endToken - 1];
    if (a && b) {
      sentences.push({ index: sentences.length, start: a.start, end: b.end, firstToken: first, endToken });
    }
    first = endToken;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1];
    if (!next) break;
    if (hasNewline(text, t.end, next.start)) {
      close(i + 1);
      continue;
    }
    if (!TERMINAL.has(t.text) || isAbbreviation(tokens[i - 1], t)) continue;
    // Take closing quotes and brackets that hug the terminal mark.
    let j = i;
    while (tokens[j + 1] && CLOSERS.has((tokens[j + 1] as Token).text) && (tokens[j + 1] as Token).start === (tokens[j] as Token).end) j++;
    const after = tokens[j + 1];
    if (!after) break;
    const hasGap = after.start > (tokens[j] as Token).end;
    if (hasGap && startsSentence(after)) {
      close(j + 1);
      i = j;
    }
  }
  close(tokens.length);
  return sentences;
}

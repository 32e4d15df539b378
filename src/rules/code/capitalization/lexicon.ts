/**
 * Word lists and word-shape tests shared by the capitalization rules (and the entity-name
 * rules, which need the same notion of "a common word" and "a person's name"). Lists are read
 * once, when this module is first imported, into read-only sets; nothing here changes later.
 */
import type { Doc, Token } from '../../../text/document.js';
import { readList, readWordSet as lowerSet } from '../../../data/lists.js';

/** Lines of a src/data list: comments (#) and blank lines dropped, whitespace trimmed. */
export { readList };

/**
 * Common nouns and adjectives: usually lower case. The file is lower case already (60,000
 * lines), so this is the set other rules load with readWordSet: read once.
 */
export const COMMON_WORDS: ReadonlySet<string> = lowerSet('capitalization-common-words.txt');
export const JOB_DESCRIPTIONS = lowerSet('capitalization-job-descriptions.txt');
export const COMMON_TERMS = lowerSet('capitalization-common-terms.txt');
export const GENERIC_HEADS = lowerSet('capitalization-generic-heads.txt');
/** Heads that end names (Court, Party, Street...) and words names are made of (Grand, Red...). */
export const NAME_HEADS = lowerSet('capitalization-name-heads.txt');
export const NAME_MARKERS = lowerSet('capitalization-name-markers.txt');
export const DISEASES = lowerSet('capitalization-diseases.txt');
/** First names that are also English words (Bill, Mark, Rich): names before a surname. */
export const FIRST_NAMES = lowerSet('capitalization-first-names.txt');
export const DESCRIPTIVE_HEADS = lowerSet('capitalization-descriptive-heads.txt');
/** Given names of people in the news ("Mike", "Anna"), English words or not: "Name | gender" lines. */
export const PERSON_FIRST_NAMES: ReadonlySet<string> = new Set([
  ...FIRST_NAMES,
  ...readList('metonym-first-names.txt').map((l) => (l.split('|')[0] ?? '').trim().toLowerCase()),
]);

/** Proper names of places, peoples and languages, by lower-case form. Multi-word keys too. */
export const PROPER_NAMES: ReadonlyMap<string, string> = new Map(
  readList('capitalization-proper-names.txt').map((n) => [n.toLowerCase(), n] as const),
);

/**
 * PROPER_NAMES plus the religions, holidays, acronyms and brands of
 * capitalization-lowercase-names.txt, by lower-case form: what lowercase-proper-name checks.
 */
export const LOWERCASE_CHECKED_NAMES: ReadonlyMap<string, string> = new Map([
  ...PROPER_NAMES,
  ...readList('capitalization-lowercase-names.txt').map((n) => [n.toLowerCase(), n] as const),
]);

/** Nationality adjective -> place ("Russian" -> "Russia"). */
export const DEMONYMS: ReadonlyMap<string, string> = new Map(
  readList('capitalization-demonyms.txt').map((l) => {
    const [d, p] = l.split('|');
    return [(d ?? '').toLowerCase(), p ?? ''] as const;
  }),
);

/** Closed-class words: never a name, never a content word of a name. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a', 'about', 'above', 'after', 'against', 'all', 'along', 'also', 'although', 'am', 'among', 'an', 'and',
  'any', 'are', 'around', 'as', 'at', 'be', 'because', 'been', 'before', 'being', 'below', 'between', 'both',
  'but', 'by', 'can', 'could', 'despite', 'did', 'do', 'does', 'during', 'each', 'either', 'even', 'every',
  'for', 'from', 'had', 'has', 'have', 'he', 'her', 'here', 'hers', 'him', 'his', 'how', 'however', 'i',
  'if', 'in', 'into', 'is', 'it', 'its', 'just', 'may', 'me', 'might', 'more', 'most', 'must', 'my',
  'neither', 'nor', 'not', 'of', 'off', 'on', 'once', 'only', 'onto', 'or', 'other', 'our', 'ours', 'out',
  'over', 'per', 'shall', 'she', 'should', 'since', 'so', 'some', 'such', 'than', 'that', 'the', 'their',
  'theirs', 'them', 'then', 'there', 'these', 'they', 'this', 'those', 'though', 'through', 'to', 'too',
  'toward', 'towards', 'under', 'unless', 'until', 'up', 'upon', 'us', 'very', 'via', 'was', 'we', 'were',
  'what', 'when', 'where', 'whether', 'which', 'while', 'who', 'whom', 'whose', 'why', 'will', 'with',
  'within', 'without', 'would', 'yet', 'you', 'your', 'yours',
]);

const TITLE_CASE = /^\p{Lu}[\p{Ll}\p{M}]+(?:[-'’]\p{L}[\p{Ll}\p{M}]*)*$/u;
const LOWER = /^[\p{Ll}\p{M}]+(?:[-'’][\p{Ll}\p{M}]+)*$/u;

/**
 * Positions (ascending) of the word tokens with a capital somewhere (text unlike its lower
 * case): the only tokens the capitalized-* rules start from. Computed once per document.
 */
export function casedWordPositions(doc: Doc): readonly number[] {
  return doc.memo(casedWordPositions, () => {
    const out: number[] = [];
    const toks = doc.tokens;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i] as Token;
      if (t.kind === 'word' && t.text !== t.norm) out.push(i);
    }
    return out;
  });
}

/** "Diplomat", "Co-operation": a capital then lower-case letters. */
export function isTitleCase(s: string): boolean {
  // Most words start with an ASCII lower-case letter, which no capital is: no regex for them.
  const c = s.charCodeAt(0);
  if (c >= 97 && c <= 122) return false;
  // "Diplomat": A-Z then a-z only is title case without asking the regex.
  if (c >= 65 && c <= 90 && s.length > 1) {
    let i = 1;
    while (i < s.length && s.charCodeAt(i) >= 97 && s.charCodeAt(i) <= 122) i++;
    if (i === s.length) return true;
  }
  return TITLE_CASE.test(s);
}

/** "diplomat", "co-operation": lower-case letters only. */
export function isLower(s: string): boolean {
  return LOWER.test(s);
}

/** Lower case first letter: "Diplomat" -> "diplomat". */
export function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** Upper case first letter: "judge" -> "Judge". */
export function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A capitalized word that is usually lower case (a common noun or adjective, not a name). */
export function isCommonWord(norm: string): boolean {
  return COMMON_WORDS.has(norm) && !PROPER_NAMES.has(norm);
}

/**
 * A capitalized word that reads as part of a person's or place's name: title case and either
 * not a common word, or a first name that is also one ("Mark"). Function words never are.
 */
export function isNameWord(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || !isTitleCase(t.text)) return false;
  if (FUNCTION_WORDS.has(t.norm)) return false;
  return !COMMON_WORDS.has(t.norm) || FIRST_NAMES.has(t.norm);
}

/** Offsets of the line that holds `pos` (without its line break), from the document's line index. */
export function lineAt(doc: Doc, pos: number): { start: number; end: number } {
  const lines = doc.lines;
  const { line } = lines.at(pos);
  const start = lines.lineStart(line);
  const end = line < lines.lineCount ? lines.lineStart(line + 1) - 1 : doc.text.length;
  return { start, end };
}

const LINE_WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;

// Words a Title Case headline may leave in lower case.
const HEADLINE_SMALL: ReadonlySet<string> = new Set([
  'a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'in', 'into', 'nor', 'of', 'on', 'or', 'over',
  'the', 'to', 'up', 'with', 'vs',
]);

/**
 * True when the line holding `pos` is a headline in Title Case. Without a sentence-final mark:
 * no lower-case word of four letters or more (function words aside) after the first word and
 * at least two capitalized ones, or at most one against five. With one: every word but the
 * small ones of HEADLINE_SMALL capitalized, and at least three. Capitals there are style.
 */
export function isHeadline(doc: Doc, pos: number): boolean {
  const { start, end } = lineAt(doc, pos);
  // Once per line and document: rules ask for many positions of one line, and a line may be long.
  const known = doc.memo(isHeadline, () => new Map<number, boolean>());
  let v = known.get(start);
  if (v === undefined) {
    v = headlineLine(doc.text.slice(start, end).trim());
    known.set(start, v);
  }
  return v;
}

function headlineLine(line: string): boolean {
  const all = (line.match(LINE_WORD) ?? []).slice(1);
  if (/[.!?…]["”’)]?$/u.test(line)) {
    return all.length >= 3 && all.every((w) => /^\p{Lu}/u.test(w) || HEADLINE_SMALL.has(w.toLowerCase()));
  }
  let caps = 0;
  let lower = 0;
  for (const w of all) {
    if (w.length < 4 || FUNCTION_WORDS.has(w.toLowerCase())) continue;
    if (/^\p{Lu}/u.test(w)) caps++;
    else lower++;
  }
  return (lower === 0 && caps >= 2) || (lower <= 1 && caps >= 5);
}

/** Whether the token starts its sentence, or follows a colon or an opening quote/dash there. */
export function startsClause(doc: Doc, t: Token): boolean {
  if (doc.isSentenceInitial(t)) return true;
  const p = doc.prev(t);
  return !!p && p.kind === 'punct' && /^[:;"“‘'«(\[—–-]$/.test(p.text);
}

/** The apostrophe the document uses: curly when it has any curly one, else straight. */
export function apostropheOf(doc: Doc): string {
  return doc.text.includes('’') ? '’' : "'";
}

/** "Russia" -> "Russia’s"; a name ending in s takes a bare apostrophe ("Philippines’"). */
export function possessive(name: string, apos: string): string {
  return /s$/.test(name) ? `${name}${apos}` : `${name}${apos}s`;
}

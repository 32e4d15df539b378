/**
 * Word lists and token tests shared by the number-separator rules (decimal-comma,
 * thousands-point). Lists live in src/data, one entry per line; each rule module loads them
 * once when it is imported.
 */
import type { Doc, Token } from '../../../../text/document.js';

export const CURRENCY_SYMBOLS: ReadonlySet<string> = new Set(['$', '€', '£', '¥', '₽', '₴', '₺', '₹', '₩', '₪', '₦', '₸', '₫']);

/** The token right after `t` when nothing but spaces separates them (same sentence). */
export function nextTok(doc: Doc, t: Token): Token | undefined {
  return doc.next(t);
}

/** A currency symbol or code glued or spaced right before the number: "€2,5", "USD 2,5". */
export function currencyBefore(doc: Doc, t: Token, currencies: ReadonlySet<string>): boolean {
  const p = doc.prev(t);
  if (!p) return false;
  if (CURRENCY_SYMBOLS.has(p.text)) return true;
  return p.kind === 'word' && p.text === p.text.toUpperCase() && p.text.length === 3 && currencies.has(p.norm);
}

/** Nouns counted with an ordinal: what "the 14. century" (German, Czech, Serbian, Norwegian) numbers. */
const ORDINAL_NOUNS: ReadonlySet<string> = new Set([
  'century', 'centuries', 'anniversary', 'birthday', 'place', 'round', 'minute', 'floor', 'edition', 'congress', 'session',
  'lap', 'stage', 'week', 'day', 'term', 'division', 'league', 'army', 'corps', 'regiment', 'brigade', 'district', 'grade',
  'class', 'row', 'position', 'generation', 'symphony', 'festival', 'season', 'tournament', 'summit', 'conference',
  'convention', 'legislature', 'parliament', 'biennale', 'meeting', 'plenum', 'dynasty', 'millennium', 'hole', 'inning',
  'innings', 'set', 'game', 'match', 'matchday', 'leg', 'heat', 'ballot', 'reading', 'wave', 'phase', 'batch', 'consecutive',
]);
/** What stands before an ordinal: a determiner, a possessive or a preposition ("the 14.", "his 80.", "in 2."). */
const ORDINAL_BEFORE: ReadonlySet<string> = new Set([
  'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'every', 'each', 'in', 'on', 'at', 'from', 'of',
  'since', 'until', 'by', 'for', 'to', 'after', 'before', 'during', 'into', 'throughout',
]);

/**
 * "the 14. century": the number token of a number and a full stop written for an ordinal, when
 * `dot` (a ".") follows one to three digits after a determiner or preposition and comes before a
 * noun counted with an ordinal in lower case. The sentence splitter ends a sentence at that dot.
 */
export function ordinalNumberAt(doc: Doc, dot: Token): Token | undefined {
  if (dot.text !== '.') return undefined;
  const num = doc.tokens[dot.index - 1];
  const noun = doc.tokens[dot.index + 1];
  if (!num || !noun || num.kind !== 'number' || num.end !== dot.start || !/^\d{1,3}$/.test(num.text)) return undefined;
  if (noun.kind !== 'word' || noun.text !== noun.norm || !ORDINAL_NOUNS.has(noun.norm)) return undefined;
  if (!/^ [^\s]/.test(doc.text.slice(dot.end, noun.start + 1))) return undefined;
  const before = doc.tokens[dot.index - 2];
  return before && before.kind === 'word' && ORDINAL_BEFORE.has(before.norm) ? num : undefined;
}

/** 1 -> "1st", 2 -> "2nd", 13 -> "13th", 22 -> "22nd". */
export function ordinalOf(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

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

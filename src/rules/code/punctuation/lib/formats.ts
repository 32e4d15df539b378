/** Shared by the rules for continental number, date and time formats. */

export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
] as const;

export const MONTH_WORDS: ReadonlySet<string> = new Set([
  ...MONTHS.map((m) => m.toLowerCase()),
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** The lower-case word that ends text (before trailing spaces), or ''. */
export function wordBefore(text: string, at: number): string {
  const m = /([\p{L}.]+)\s*$/u.exec(text.slice(Math.max(0, at - 24), at));
  return m ? (m[1] as string).toLowerCase().replace(/\.$/, '') : '';
}

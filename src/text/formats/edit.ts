/**
 * Editing a wire file through its prose view (review): what a reviewer types is prose, and the
 * file needs it in its own syntax. In NITF and NewsML "&", "<" and ">" become entities; in
 * ninjs the replacement goes inside a JSON string (escaped for HTML first when that string is HTML). A finding whose span in the file holds
 * markup or an escape (a tag, "&amp;", "\u201c") cannot take a typed replacement without
 * losing them: it is not editable, and review leaves it to `check`.
 */
import type { InputFormat, ProseView } from './types.js';

export interface FormatEditing {
  /** A replacement as the file must hold it at raw offset `at`. */
  escape(prose: string, raw: string, at: number): string;
  /** Whether the raw span [start, end) is plain prose a replacement may overwrite. */
  editable(raw: string, start: number, end: number): boolean;
  /**
   * The raw file with everything but prose blanked to `fill` (a space by default), offsets
   * unchanged: what review places findings in (no tags, no JSON keys). With MARKUP as the fill,
   * what a finding's context line is cut from, so that "<em>farmers</em>," reads "farmers,"
   * (the prose), not "farmers ,". Plain text is returned as it is.
   */
  display(raw: string, view: ProseView, fill?: string): string;
}

/** Stands for a character of markup in FormatEditing.display: a private-use mark no prose has. */
export const MARKUP = '\uE000';

const XML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

function blanked(raw: string, view: ProseView, fill = ' '): string {
  const out = new Array<string>(raw.length).fill(fill);
  for (let i = 0; i < view.text.length; i++) {
    const r = view.toRaw(i);
    if (r < raw.length) out[r] = view.text.charAt(i);
  }
  // Line breaks of the file stay (line numbers and the context's clipping use them).
  for (let r = 0; r < raw.length; r++) if (raw.charCodeAt(r) === 10) out[r] = '\n';
  return out.join('');
}

const PLAIN: FormatEditing = {
  escape: (s) => s,
  editable: () => true,
  display: (raw) => raw,
};

const XML: FormatEditing = {
  escape: (s) => s.replace(/[&<>]/g, (c) => XML_ESCAPES[c] as string),
  editable: (raw, start, end) => !/[<&]/.test(raw.slice(start, end)),
  display: blanked,
};

/** Whether the JSON string around raw offset `at` holds HTML (a tag): ninjs `body_html`, an HTML `bodies[]` value. */
function inHtmlString(raw: string, at: number): boolean {
  let from = at;
  while (from > 0 && !(raw.charCodeAt(from - 1) === 34 && !escaped(raw, from - 1))) from--;
  let to = at;
  while (to < raw.length && !(raw.charCodeAt(to) === 34 && !escaped(raw, to))) to++;
  return /<[A-Za-z/!]/.test(raw.slice(from, to));
}

/** Whether the char at `i` is escaped by an odd run of backslashes before it. */
function escaped(raw: string, i: number): boolean {
  let n = 0;
  for (let j = i - 1; j >= 0 && raw.charCodeAt(j) === 92; j--) n++;
  return n % 2 === 1;
}

const JSON_STRING: FormatEditing = {
  escape: (s, raw, at) => JSON.stringify(inHtmlString(raw, at) ? XML.escape(s, raw, at) : s).slice(1, -1),
  editable: (raw, start, end) => !/["\\<&]/.test(raw.slice(start, end)),
  display: blanked,
};

export function formatEditing(format: InputFormat): FormatEditing {
  if (format === 'nitf' || format === 'newsml') return XML;
  if (format === 'ninjs') return JSON_STRING;
  return PLAIN;
}

/**
 * Plain text: the text itself, with mtaudit's own directive comments
 * (`<!-- mtaudit-disable ... -->`) blanked so no rule reads them. Blanking keeps every offset.
 */
import { identityView, type ProseView } from './types.js';

const DIRECTIVE = /<!--\s*mtaudit-[\s\S]*?-->/g;

/** Replaces each match with spaces, keeping line breaks, so offsets and lines are unchanged. */
export function blank(text: string, re: RegExp): string {
  return text.replace(re, (m) => m.replace(/[^\r\n]/g, ' '));
}

export function txtView(raw: string): ProseView {
  return identityView(raw.includes('<!--') ? blank(raw, DIRECTIVE) : raw);
}

/** Picks an input format by flag, extension, then content, and builds its prose view. */
import { mdView } from './md.js';
import { txtView } from './txt.js';
import { INPUT_FORMATS, type InputFormat, type ProseView } from './types.js';

export { FormatError, INPUT_FORMATS, type InputFormat, type ProseView } from './types.js';

const BY_EXTENSION: Readonly<Record<string, InputFormat>> = { txt: 'txt', text: 'txt', md: 'md', markdown: 'md' };

export function isInputFormat(s: string): s is InputFormat {
  return (INPUT_FORMATS as readonly string[]).includes(s);
}

export function detectFormat(path: string, _raw: string): InputFormat {
  const ext = /\.([A-Za-z0-9]+)$/.exec(path)?.[1]?.toLowerCase() ?? '';
  return BY_EXTENSION[ext] ?? 'txt';
}

export function proseView(format: InputFormat, raw: string): ProseView {
  switch (format) {
    case 'md':
      return mdView(raw);
    default:
      return txtView(raw);
  }
}

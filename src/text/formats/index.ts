/** Picks an input format by flag, extension, then content, and builds its prose view. */
import { mdView } from './md.js';
import { newsmlView } from './newsml.js';
import { ninjsView } from './ninjs.js';
import { nitfView } from './nitf.js';
import { txtView } from './txt.js';
import { INPUT_FORMATS, type InputFormat, type ProseView } from './types.js';

export { FormatError, INPUT_FORMATS, type InputFormat, type ProseView } from './types.js';

const BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  nitf: 'nitf',
  newsml: 'newsml',
  g2: 'newsml',
  ninjs: 'ninjs',
};

/** File extensions whose content decides between formats of one family. */
const XML_EXTENSIONS = new Set(['xml']);
const JSON_EXTENSIONS = new Set(['json']);

export function isInputFormat(s: string): s is InputFormat {
  return (INPUT_FORMATS as readonly string[]).includes(s);
}

// The XML prolog (declaration, comments, processing instructions, DOCTYPE with its internal subset), then the root's name.
const XML_ROOT = /^\s*(?:(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(?:[^[>]|\[[^\]]*\])*>)\s*)*<([A-Za-z_][-\w.:]*)/;
const NINJS_BODY = /"(?:body_text|body_html|bodies|headlines?)"\s*:/;

/** The wire format the content itself shows, if any: a NITF or NewsML-G2 root, or a ninjs object. */
export function sniffFormat(raw: string): InputFormat | undefined {
  const head = raw.slice(0, 65536);
  const root = XML_ROOT.exec(head)?.[1];
  if (root !== undefined) {
    const local = root.slice(root.lastIndexOf(':') + 1);
    if (local === 'nitf') return 'nitf';
    if (local === 'newsItem' || local === 'newsMessage') return 'newsml';
    return undefined;
  }
  if (/^\s*\{/.test(head) && /"uri"\s*:/.test(raw) && NINJS_BODY.test(raw)) return 'ninjs';
  return undefined;
}

/**
 * The format of a file: its extension when that names one format (.txt, .md, .nitf, .newsml,
 * .ninjs); for .xml the root element (NewsML-G2 or else NITF), for .json ninjs; for any other
 * name (stdin, no extension) the content, else plain text. `--input-format` bypasses this.
 */
export function detectFormat(path: string, raw: string): InputFormat {
  const ext = /\.([A-Za-z0-9]+)$/.exec(path)?.[1]?.toLowerCase() ?? '';
  const named = BY_EXTENSION[ext];
  if (named) return named;
  const sniffed = sniffFormat(raw);
  if (XML_EXTENSIONS.has(ext)) return sniffed === 'newsml' ? 'newsml' : 'nitf';
  if (JSON_EXTENSIONS.has(ext)) return 'ninjs';
  return sniffed ?? 'txt';
}

export function proseView(format: InputFormat, raw: string): ProseView {
  switch (format) {
    case 'md':
      return mdView(raw);
    case 'nitf':
      return nitfView(raw);
    case 'newsml':
      return newsmlView(raw);
    case 'ninjs':
      return ninjsView(raw);
    default:
      return txtView(raw);
  }
}

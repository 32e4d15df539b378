/**
 * IPTC ninjs (News in JSON), 1.x and 2.x: the rules read the headline (1.x `headline`, 2.x
 * `headlines[].value`) and the body: 1.x `body_text`, else `body_html`; 2.x the plain-text
 * `bodies[].value`, else the HTML ones; likewise the description (1.x `description_text` /
 * `description_html`, 2.x `descriptions[]`), and recursively the associations (captions of
 * linked pictures, sidebars). HTML has its tags stripped and entities decoded. The
 * JSON is parsed here, with positions, so every prose char maps back through JSON escapes
 * (`\u201c`, `\"`, `\n`) and HTML entities to the raw file.
 */
import { FormatError, type ProseView } from './types.js';
import { appendHtml, appendText, ProseBuilder, unitsToString, type Source } from './xml-prose.js';

// ---------------------------------------------------------------------------------------------
// JSON with positions (RFC 8259, strict).

export type Json =
  | { readonly kind: 'object'; readonly start: number; readonly members: readonly Member[] }
  | { readonly kind: 'array'; readonly start: number; readonly items: readonly Json[] }
  /** start: the opening quote; end: after the closing quote. */
  | { readonly kind: 'string'; readonly start: number; readonly end: number }
  | { readonly kind: 'scalar'; readonly start: number };

export interface Member {
  readonly key: string;
  readonly value: Json;
}

const MAX_DEPTH = 256;
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

function shown(c: string | undefined): string {
  return c === undefined ? 'end of input' : JSON.stringify(c);
}

const badControl = (c: number, i: number): FormatError =>
  new FormatError(`invalid JSON: a raw control character in a string (write ${c === 10 ? '\\n' : c === 9 ? '\\t' : '\\u00XX'})`, i);

/** Checks the JSON string at raw[start] ('"') and returns the offset after its closing quote. */
function skipJsonString(raw: string, start: number): number {
  let i = start + 1;
  for (;;) {
    const c = raw.charCodeAt(i);
    if (c === 34) return i + 1;
    if (c === 92) {
      const e = raw[i + 1];
      if (e === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(raw.slice(i + 2, i + 6))) throw new FormatError('invalid JSON: \\u needs four hex digits', i);
        i += 6;
      } else if (e !== undefined && Object.hasOwn(ESCAPES, e)) i += 2;
      else throw new FormatError(`invalid JSON: bad escape \\${e ?? ''}`, i);
    } else if (c < 0x20) throw badControl(c, i);
    else if (Number.isNaN(c)) throw new FormatError('invalid JSON: unterminated string', start);
    else i++;
  }
}

/** Decodes the JSON string at raw[start] ('"'), with each char's raw range. */
export function decodeJsonString(raw: string, start: number): Source & { readonly end: number } {
  const end = skipJsonString(raw, start);
  const max = end - start - 2;
  const codes = new Uint16Array(max);
  const starts = new Int32Array(max);
  const ends = new Int32Array(max);
  let n = 0;
  for (let i = start + 1; i < end - 1; n++) {
    const c = raw.charCodeAt(i);
    starts[n] = i;
    if (c !== 92) {
      codes[n] = c;
      i++;
    } else if (raw[i + 1] === 'u') {
      codes[n] = Number.parseInt(raw.slice(i + 2, i + 6), 16);
      i += 6;
    } else {
      codes[n] = (ESCAPES[raw[i + 1] ?? ''] ?? '').charCodeAt(0);
      i += 2;
    }
    ends[n] = i;
  }
  return { text: unitsToString(codes.subarray(0, n)), starts: starts.subarray(0, n), ends: ends.subarray(0, n), end };
}

/** Parses JSON, keeping each value's raw offset; FormatError names what is wrong and where. */
export function parseJson(raw: string): Json {
  let i = 0;
  const ws = (): void => {
    for (let c = raw.charCodeAt(i); c === 32 || c === 10 || c === 13 || c === 9; c = raw.charCodeAt(++i));
  };
  const fail = (what: string): never => {
    throw new FormatError(`invalid JSON: ${what}, got ${shown(raw[i])}`, i);
  };
  const value = (depth: number): Json => {
    if (depth > MAX_DEPTH) throw new FormatError(`invalid JSON: nested deeper than ${MAX_DEPTH} levels`, i);
    ws();
    const start = i;
    const c = raw[i];
    if (c === '{') {
      i++;
      const members: Member[] = [];
      ws();
      if (raw[i] === '}') {
        i++;
        return { kind: 'object', start, members };
      }
      for (;;) {
        ws();
        if (raw[i] !== '"') fail('expected a "quoted" key');
        const key = decodeJsonString(raw, i);
        i = key.end;
        ws();
        if (raw[i] !== ':') fail('expected ":" after a key');
        i++;
        members.push({ key: key.text, value: value(depth + 1) });
        ws();
        if (raw[i] === ',') {
          i++;
          continue;
        }
        if (raw[i] === '}') {
          i++;
          return { kind: 'object', start, members };
        }
        fail('expected "," or "}" after a value');
      }
    }
    if (c === '[') {
      i++;
      const items: Json[] = [];
      ws();
      if (raw[i] === ']') {
        i++;
        return { kind: 'array', start, items };
      }
      for (;;) {
        items.push(value(depth + 1));
        ws();
        if (raw[i] === ',') {
          i++;
          continue;
        }
        if (raw[i] === ']') {
          i++;
          return { kind: 'array', start, items };
        }
        fail('expected "," or "]" after a value');
      }
    }
    if (c === '"') {
      i = skipJsonString(raw, i);
      return { kind: 'string', start, end: i };
    }
    for (const lit of ['true', 'false', 'null']) {
      if (raw.startsWith(lit, i)) {
        i += lit.length;
        return { kind: 'scalar', start };
      }
    }
    NUMBER.lastIndex = i;
    if ((c === '-' || (c !== undefined && c >= '0' && c <= '9')) && NUMBER.test(raw)) {
      i = NUMBER.lastIndex;
      return { kind: 'scalar', start };
    }
    return fail('expected a value');
  };
  const root = value(0);
  ws();
  if (i < raw.length) fail('expected the end of the JSON text');
  return root;
}

// ---------------------------------------------------------------------------------------------
// ninjs.

type Kind = 'plain' | 'html';

interface Piece {
  readonly start: number;
  readonly kind: Kind;
  readonly src: Source;
}

const NINJS_FIELDS = ['uri', 'headline', 'headlines', 'body_text', 'body_html', 'bodies'];

function member(obj: Json, key: string): Json | undefined {
  return obj.kind === 'object' ? obj.members.find((m) => m.key === key)?.value : undefined;
}

function stringAt(raw: string, v: Json | undefined, path: string): Source | undefined {
  if (v === undefined) return undefined;
  if (v.kind !== 'string') throw new FormatError(`not ninjs: "${path}" must be a string`, v.start);
  return decodeJsonString(raw, v.start);
}

function kindOf(raw: string, obj: Json, path: string): Kind | undefined {
  const ct = stringAt(raw, member(obj, 'contenttype'), `${path}.contenttype`)?.text.toLowerCase() ?? 'text/plain';
  if (/^text\/plain\b/.test(ct)) return 'plain';
  if (/^(text\/html|application\/xhtml\+xml)\b/.test(ct)) return 'html';
  return undefined;
}

/** 2.x `headlines` and `bodies`: arrays of objects with `value` and `contenttype`. */
function valuesOf(raw: string, root: Json, key: string): Piece[] {
  const arr = member(root, key);
  if (arr === undefined) return [];
  if (arr.kind !== 'array') throw new FormatError(`not ninjs: "${key}" must be an array`, arr.start);
  return arr.items.flatMap((item, k): Piece[] => {
    const path = `${key}[${k}]`;
    if (item.kind !== 'object') throw new FormatError(`not ninjs: "${path}" must be an object`, item.start);
    const v = member(item, 'value');
    const src = stringAt(raw, v, `${path}.value`);
    const kind = kindOf(raw, item, path);
    return src && v && kind ? [{ start: v.start, kind, src }] : [];
  });
}

function piece(raw: string, root: Json, key: string, kind: Kind): Piece[] {
  const v = member(root, key);
  const src = stringAt(raw, v, key);
  return src && v ? [{ start: v.start, kind, src }] : [];
}

/** One rendition, not two: the plain-text pieces when there are any, else the HTML ones. */
function preferPlain(pieces: readonly Piece[]): readonly Piece[] {
  const plain = pieces.filter((p) => p.kind === 'plain');
  return plain.length > 0 ? plain : pieces;
}

const MAX_ASSOCIATION_DEPTH = 8;

/**
 * The prose of one ninjs object: headline(s), description(s) (a summary, or a picture's
 * caption), body, then the same for each association (a linked picture's caption, a sidebar),
 * 1.x (an object keyed by name) or 2.x (an array).
 */
function prose(raw: string, obj: Json, depth: number): Piece[] {
  const headlines = [...piece(raw, obj, 'headline', 'plain'), ...valuesOf(raw, obj, 'headlines')];
  const descriptions = [...piece(raw, obj, 'description_text', 'plain'), ...piece(raw, obj, 'description_html', 'html'), ...valuesOf(raw, obj, 'descriptions')];
  const bodies = [...piece(raw, obj, 'body_text', 'plain'), ...piece(raw, obj, 'body_html', 'html'), ...valuesOf(raw, obj, 'bodies')];
  const out = [...headlines, ...preferPlain(descriptions), ...preferPlain(bodies)];
  const assoc = member(obj, 'associations');
  if (assoc !== undefined && depth < MAX_ASSOCIATION_DEPTH) {
    const items = assoc.kind === 'object' ? assoc.members.map((m) => m.value) : assoc.kind === 'array' ? assoc.items : undefined;
    if (items === undefined) throw new FormatError('not ninjs: "associations" must be an object or an array', assoc.start);
    for (const item of items) {
      if (item.kind !== 'object') throw new FormatError('not ninjs: an association must be an object', item.start);
      out.push(...prose(raw, item, depth + 1));
    }
  }
  return out;
}

export function ninjsView(raw: string): ProseView {
  const root = parseJson(raw);
  if (root.kind !== 'object') throw new FormatError('not ninjs: expected a JSON object', root.start);
  if (!root.members.some((m) => NINJS_FIELDS.includes(m.key))) {
    throw new FormatError('not ninjs: none of "uri", "headline", "headlines", "body_text", "body_html", "bodies"', root.start);
  }
  const pieces = prose(raw, root, 0).sort((a, b) => a.start - b.start);
  const b = new ProseBuilder();
  for (const p of pieces) {
    if (p.kind === 'html') appendHtml(b, p.src);
    else {
      b.endBlock();
      appendText(b, p.src, 0, p.src.text.length, { lineBreaks: 'block' });
      b.endBlock();
    }
  }
  return b.view();
}

/**
 * What NITF, NewsML-G2 and ninjs share: a markup tokenizer that keeps raw offsets (strict for
 * XML, whose well-formedness saxes then confirms; lenient for the HTML of a ninjs body_html),
 * and a prose builder that records, for every prose char, the raw range it came from: one
 * char of an entity (`&amp;`) or of a JSON escape (`\u201c`) maps to the whole of it.
 * Blocks (paragraphs, headlines, list items) are separated by one "\n", so no sentence
 * crosses them; whitespace inside a block collapses to one space, mapped to the whole run.
 */
import { characterEntities } from 'character-entities';
import { SaxesParser } from 'saxes';
import { LineIndex } from '../lines.js';
import { FormatError, type ProseView } from './types.js';

// ---------------------------------------------------------------------------------------------
// Sources: a text to read prose from, and where each of its chars sits in the raw file.

export interface Source {
  readonly text: string;
  /** Raw start and end of text[i]; absent when `text` is the raw file itself. */
  readonly starts?: Int32Array;
  readonly ends?: Int32Array;
}

export function rawSource(raw: string): Source {
  return { text: raw };
}

function startOf(src: Source, i: number): number {
  return src.starts ? (src.starts[i] ?? 0) : i;
}

/** The raw end of src.text[i] (exclusive). */
function endOf(src: Source, i: number): number {
  return src.ends ? (src.ends[i] ?? 0) : i + 1;
}

// ---------------------------------------------------------------------------------------------
// The prose builder.

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const UTF16 = new TextDecoder('utf-16le');

/** UTF-16 units to a string, one char per unit (a lone surrogate becomes U+FFFD, still one unit). */
export function unitsToString(units: Uint16Array): string {
  if (LITTLE_ENDIAN) return UTF16.decode(units);
  let s = '';
  for (let k = 0; k < units.length; k += 8192) s += String.fromCharCode(...units.subarray(k, k + 8192));
  return s;
}

/** Accumulates prose chars with their raw ranges; `view()` turns them into a ProseView. */
export class ProseBuilder {
  private codes = new Uint16Array(1024);
  private starts = new Int32Array(1024);
  private ends = new Int32Array(1024);
  private n = 0;
  private inBlock = false;
  private breakPending = false;
  private spaceStart = -1;
  private spaceEnd = -1;
  private lastEnd = 0;

  private push(code: number, a: number, b: number): void {
    if (this.n === this.codes.length) {
      const grow = <T extends Uint16Array | Int32Array>(x: T, make: (k: number) => T): T => {
        const y = make(x.length * 2);
        y.set(x);
        return y;
      };
      this.codes = grow(this.codes, (k) => new Uint16Array(k));
      this.starts = grow(this.starts, (k) => new Int32Array(k));
      this.ends = grow(this.ends, (k) => new Int32Array(k));
    }
    this.codes[this.n] = code;
    this.starts[this.n] = a;
    this.ends[this.n] = b;
    this.n++;
  }

  /** Before a prose char: the pending space inside a block, or the separator before a new block. */
  private open(): void {
    if (this.inBlock) {
      if (this.spaceStart >= 0) this.push(32, this.spaceStart, this.spaceEnd);
    } else if (this.breakPending) {
      // The block separator takes no raw chars: it sits where the previous block's text ended.
      this.push(10, this.lastEnd, this.lastEnd);
    }
    this.spaceStart = -1;
    this.inBlock = true;
    this.breakPending = false;
  }

  /** One UTF-16 unit of prose, not whitespace, from raw [a, b). */
  unit(code: number, a: number, b: number): void {
    if (!this.inBlock || this.spaceStart >= 0) this.open();
    this.push(code, a, b);
    this.lastEnd = b;
  }

  /** Prose chars `s` (one decoded char: a surrogate pair, or a multi-char entity) all from raw [a, b). */
  text(s: string, a: number, b: number): void {
    for (let k = 0; k < s.length; k++) this.unit(s.charCodeAt(k), a, b);
  }

  /** Whitespace at raw [a, b): one space between words, none at a block's edges. */
  space(a: number, b: number): void {
    if (!this.inBlock) return;
    if (this.spaceStart < 0) this.spaceStart = a;
    this.spaceEnd = b;
  }

  /** Ends the current block; the next text starts a new one after "\n". */
  endBlock(): void {
    if (this.inBlock) this.breakPending = true;
    this.inBlock = false;
    this.spaceStart = -1;
  }

  view(): ProseView {
    const n = this.n;
    const text = unitsToString(this.codes.subarray(0, n));
    const starts = this.starts.slice(0, n);
    const ends = this.ends.slice(0, n);
    const last = n > 0 ? (ends[n - 1] ?? 0) : 0;
    const first = n > 0 ? (starts[0] ?? 0) : 0;
    return {
      text,
      toRaw: (o) => (o <= 0 ? first : o < n ? (starts[o] ?? 0) : last),
      toRawEnd: (o) => (o <= 0 ? first : o <= n ? (ends[o - 1] ?? 0) : last),
    };
  }
}

// ---------------------------------------------------------------------------------------------
// Character references.

const XML_PREDEFINED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Named entities a document may use: XML's five, HTML's (wire XHTML and NITF use them), and its DTD's. */
export interface EntityTable {
  readonly mode: 'xml' | 'html';
  lookup(name: string): string | undefined;
  /** Everything beyond XML's five, for saxes. */
  readonly extra: Readonly<Record<string, string>>;
}

function makeTable(mode: 'xml' | 'html', declared: Readonly<Record<string, string>>): EntityTable {
  return {
    mode,
    extra: { ...characterEntities, ...declared },
    lookup: (name) =>
      Object.hasOwn(declared, name)
        ? declared[name]
        : Object.hasOwn(XML_PREDEFINED, name)
          ? XML_PREDEFINED[name]
          : Object.hasOwn(characterEntities, name)
            ? characterEntities[name]
            : undefined,
  };
}

export const HTML_ENTITIES: EntityTable = makeTable('html', {});

// Sticky patterns: every use sets lastIndex first, so no state carries from one call to the next.
const REF = /&(?:#([0-9]{1,8})|#[xX]([0-9a-fA-F]{1,8})|([A-Za-z_:][-\w.:]{0,63}));/y;

function codePointOk(cp: number): boolean {
  return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff);
}

type Ref = { readonly value: string; readonly end: number } | { readonly error: string };

/** The reference starting at text[i] ('&'), within [i, limit); undefined when it is not one. */
function readRef(text: string, i: number, limit: number, table: EntityTable): Ref | undefined {
  REF.lastIndex = i;
  const m = REF.exec(text);
  if (!m || REF.lastIndex > limit) return undefined;
  const end = REF.lastIndex;
  if (m[3] !== undefined) {
    const v = table.lookup(m[3]);
    return v === undefined ? { error: `undefined entity &${m[3]};` } : { value: v, end };
  }
  const cp = m[1] !== undefined ? Number.parseInt(m[1], 10) : Number.parseInt(m[2] ?? '', 16);
  if (!codePointOk(cp)) return table.mode === 'xml' ? { error: `invalid character reference ${m[0]}` } : { value: '\uFFFD', end };
  return { value: String.fromCodePoint(cp), end };
}

/** Decodes references in a short value (an attribute, an entity declaration); unknown ones stay as written. */
export function decodeRefs(s: string, table: EntityTable): string {
  return s.replace(/&[^&;\s]{1,64};/g, (m) => {
    const r = readRef(m, 0, m.length, table);
    return r && 'value' in r ? r.value : m;
  });
}

/** XML mode: every '&' in raw[from, to) starts a known reference. */
function checkRefs(raw: string, from: number, to: number, table: EntityTable): void {
  for (let i = raw.indexOf('&', from); i !== -1 && i < to; i = raw.indexOf('&', i + 1)) {
    const r = readRef(raw, i, to, table);
    if (!r) throw new FormatError('invalid XML: unescaped "&" (write &amp;)', i);
    if ('error' in r) throw new FormatError(`invalid XML: ${r.error}`, i);
  }
}

// ---------------------------------------------------------------------------------------------
// Text runs.

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9 || c === 12;

export interface TextOptions {
  /** Decode references with this table; none: the text is literal (CDATA, JSON plain text). */
  readonly entities?: EntityTable | undefined;
  /** A line break ends the block (plain text bodies: one paragraph per line) or is a space (markup). */
  readonly lineBreaks: 'space' | 'block';
}

/** Appends src.text[from, to) to the builder: references decoded, whitespace collapsed. */
export function appendText(b: ProseBuilder, src: Source, from: number, to: number, opts: TextOptions): void {
  const { text } = src;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      let j = i;
      let lineBreak = false;
      while (j < to && isSpace(text.charCodeAt(j))) {
        if (text.charCodeAt(j) === 10 || text.charCodeAt(j) === 13) lineBreak = true;
        j++;
      }
      if (lineBreak && opts.lineBreaks === 'block') b.endBlock();
      else b.space(startOf(src, i), endOf(src, j - 1));
      i = j;
      continue;
    }
    if (c === 38 && opts.entities) {
      const r = readRef(text, i, to, opts.entities);
      if (r && 'value' in r) {
        const a = startOf(src, i);
        const z = endOf(src, r.end - 1);
        if (r.value.length === 1 && isSpace(r.value.charCodeAt(0))) b.space(a, z);
        else b.text(r.value, a, z);
        i = r.end;
        continue;
      }
    }
    b.unit(c, startOf(src, i), endOf(src, i));
    i++;
  }
}

// ---------------------------------------------------------------------------------------------
// Tokens.

export interface Token {
  readonly kind: 'open' | 'close' | 'text' | 'cdata' | 'other';
  /** The token's range in its source text (for cdata, with `<![CDATA[` and `]]>`). */
  readonly start: number;
  readonly end: number;
  /** open and close: the local name (no prefix); lower-cased in HTML. */
  readonly name: string;
  /** open: the qualified name as written. */
  readonly qname: string;
  readonly attrs: ReadonlyMap<string, string>;
  readonly selfClosing: boolean;
}

const NO_ATTRS: ReadonlyMap<string, string> = new Map();

function tok(kind: Token['kind'], start: number, end: number, qname = '', attrs = NO_ATTRS, selfClosing = false, html = false): Token {
  const local = qname.slice(qname.lastIndexOf(':') + 1);
  return { kind, start, end, name: html ? local.toLowerCase() : local, qname, attrs, selfClosing };
}

const NAME = /[^\s/>=<"'&]+/y;
const HTML_RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp']);
const DTD_ENTITY = /<!ENTITY\s+([A-Za-z_:][-\w.:]*)\s+(?:"([^"]*)"|'([^']*)')\s*>/g;

interface Scan {
  readonly tokens: Token[];
  /** General entities declared in the DOCTYPE's internal subset. */
  readonly declared: Record<string, string>;
}

/** Where a construct opened at `at` must end; -1 in HTML for an unterminated one, FormatError in XML. */
function findEnd(text: string, needle: string, from: number, at: number, what: string, xml: boolean): number {
  const k = text.indexOf(needle, from);
  if (k === -1 && xml) throw new FormatError(`invalid XML: unterminated ${what}`, at);
  return k;
}

/** Reads a start tag at text[lt] ('<' then a name char); undefined in HTML when it is not one. */
function readOpenTag(text: string, lt: number, xml: boolean, table: EntityTable): { token: Token; end: number } | undefined {
  NAME.lastIndex = lt + 1;
  const nm = NAME.exec(text);
  if (!nm) return undefined;
  const qname = nm[0];
  const attrs = new Map<string, string>();
  let i = NAME.lastIndex;
  const n = text.length;
  const fail = (why: string, at: number): undefined => {
    if (xml) throw new FormatError(`invalid XML: ${why}`, at);
    return undefined;
  };
  for (;;) {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    if (i >= n) return fail(`unterminated tag <${qname}>`, lt);
    const c = text[i];
    if (c === '>') return { token: tok('open', lt, i + 1, qname, attrs, false, !xml), end: i + 1 };
    if (c === '/' && text[i + 1] === '>') return { token: tok('open', lt, i + 2, qname, attrs, true, !xml), end: i + 2 };
    NAME.lastIndex = i;
    const an = NAME.exec(text);
    if (!an) {
      if (!xml) {
        i++;
        continue;
      }
      return fail(`unexpected "${c}" in tag <${qname}>`, i);
    }
    i = NAME.lastIndex;
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    if (text[i] !== '=') {
      if (xml) return fail(`attribute ${an[0]} has no value`, an.index);
      attrs.set(an[0].toLowerCase(), '');
      continue;
    }
    i++;
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    const q = text[i];
    let value: string;
    if (q === '"' || q === "'") {
      const close = text.indexOf(q, i + 1);
      if (close === -1) return fail(`unterminated attribute value in <${qname}>`, i);
      if (xml) {
        const lt2 = text.indexOf('<', i + 1);
        if (lt2 !== -1 && lt2 < close) return fail('"<" in an attribute value (write &lt;)', lt2);
        checkRefs(text, i + 1, close, table);
      }
      value = text.slice(i + 1, close);
      i = close + 1;
    } else {
      if (xml) return fail(`attribute ${an[0]} needs a quoted value`, i);
      const m = /[^\s>]*/y;
      m.lastIndex = i;
      value = m.exec(text)?.[0] ?? '';
      i = m.lastIndex;
    }
    attrs.set(xml ? an[0] : an[0].toLowerCase(), decodeRefs(value, table));
  }
}

/**
 * Splits text[0, n) into tokens. XML mode is strict and throws FormatError with the exact raw
 * offset of what is wrong; HTML mode never throws and reads stray '<' and '&' as text.
 */
export function tokenize(text: string, mode: 'xml' | 'html', table: EntityTable = HTML_ENTITIES): Scan {
  const xml = mode === 'xml';
  const tokens: Token[] = [];
  const declared: Record<string, string> = {};
  let entities = table;
  const n = text.length;
  let pos = 0;
  const pushText = (a: number, b: number): void => {
    if (b <= a) return;
    if (xml) checkRefs(text, a, b, entities);
    tokens.push(tok('text', a, b));
  };
  while (pos < n) {
    const lt = text.indexOf('<', pos);
    if (lt === -1) {
      pushText(pos, n);
      break;
    }
    const next = text[lt + 1] ?? '';
    let end = -1;
    if (text.startsWith('<!--', lt)) {
      const k = findEnd(text, '-->', lt + 4, lt, 'comment (no -->)', xml);
      end = k === -1 ? n : k + 3;
      pushText(pos, lt);
      tokens.push(tok('other', lt, end));
    } else if (text.startsWith('<![CDATA[', lt)) {
      const k = findEnd(text, ']]>', lt + 9, lt, 'CDATA section (no ]]>)', xml);
      end = k === -1 ? n : k + 3;
      pushText(pos, lt);
      tokens.push(k === -1 ? tok('text', lt, n) : tok('cdata', lt, end));
    } else if (next === '?') {
      const k = findEnd(text, xml ? '?>' : '>', lt + 2, lt, 'processing instruction (no ?>)', xml);
      end = k === -1 ? n : k + (xml ? 2 : 1);
      pushText(pos, lt);
      tokens.push(tok('other', lt, end));
    } else if (next === '!') {
      end = readDeclaration(text, lt, xml);
      pushText(pos, lt);
      tokens.push(tok('other', lt, end));
      if (xml && /^<!DOCTYPE/i.test(text.slice(lt, lt + 9))) {
        for (const m of text.slice(lt, end).matchAll(DTD_ENTITY)) {
          const name = m[1] ?? '';
          declared[name] = decodeRefs(m[2] ?? m[3] ?? '', entities);
        }
        entities = makeTable('xml', declared);
      }
    } else if (next === '/') {
      NAME.lastIndex = lt + 2;
      const nm = NAME.exec(text);
      const gt = text.indexOf('>', lt + 2);
      if (nm && gt !== -1 && /^\s*$/.test(text.slice(NAME.lastIndex, gt))) {
        end = gt + 1;
        pushText(pos, lt);
        tokens.push(tok('close', lt, end, nm[0], NO_ATTRS, false, !xml));
      } else if (xml) {
        throw new FormatError(gt === -1 ? 'invalid XML: unterminated end tag' : 'invalid XML: malformed end tag', lt);
      }
    } else {
      const r = /[A-Za-z_:\u00C0-\uFFFF]/.test(next) ? readOpenTag(text, lt, xml, entities) : undefined;
      if (r) {
        end = r.end;
        pushText(pos, lt);
        tokens.push(r.token);
        if (!xml && !r.token.selfClosing && HTML_RAW_TEXT.has(r.token.name)) {
          // Script and style bodies are not markup: everything up to their end tag is one opaque token.
          const close = text.toLowerCase().indexOf(`</${r.token.name}`, end);
          const stop = close === -1 ? n : close;
          if (stop > end) tokens.push(tok('other', end, stop));
          end = stop;
        }
      } else if (xml) {
        throw new FormatError('invalid XML: unescaped "<" (write &lt;)', lt);
      }
    }
    if (end === -1) {
      // HTML: a '<' that starts nothing is text; it joins the text run after it.
      const more = text.indexOf('<', lt + 1);
      const stop = more === -1 ? n : more;
      pushText(pos, stop);
      pos = stop;
      continue;
    }
    pos = end;
  }
  return { tokens: mergeText(tokens), declared };
}

/** Adjacent text tokens (HTML stray '<') become one. */
function mergeText(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const prev = out[out.length - 1];
    if (prev && prev.kind === 'text' && t.kind === 'text' && prev.end === t.start) out[out.length - 1] = tok('text', prev.start, t.end);
    else out.push(t);
  }
  return out;
}

/** The end of `<!...>` at lt: a DOCTYPE with its internal subset and quoted strings, or a bogus comment. */
function readDeclaration(text: string, lt: number, xml: boolean): number {
  const n = text.length;
  if (xml && !/^<!DOCTYPE\s/.test(text.slice(lt, lt + 10))) throw new FormatError('invalid XML: unexpected "<!"', lt);
  let depth = 0;
  let quote = '';
  for (let i = lt + 2; i < n; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === '>' && depth <= 0) return i + 1;
  }
  if (xml) throw new FormatError('invalid XML: unterminated DOCTYPE', lt);
  return n;
}

// ---------------------------------------------------------------------------------------------
// Element structure.

export interface XmlElement {
  readonly name: string;
  readonly qname: string;
  readonly attrs: ReadonlyMap<string, string>;
  /** Token indices of the start tag and the end tag (the same for `<x/>`). */
  readonly open: number;
  readonly close: number;
  /** Raw offset of the start tag. */
  readonly start: number;
  readonly children: readonly XmlElement[];
}

export interface XmlDoc {
  readonly src: Source;
  readonly tokens: readonly Token[];
  /** For each open token, the index of its end tag (itself when self-closing); -1 when unclosed (HTML). */
  readonly closeOf: Int32Array;
  readonly root: XmlElement;
  readonly entities: EntityTable;
}

interface Building {
  readonly token: Token;
  readonly index: number;
  readonly children: XmlElement[];
}

function buildTree(tokens: readonly Token[], raw: string): { root: XmlElement; closeOf: Int32Array } {
  const closeOf = new Int32Array(tokens.length).fill(-1);
  const stack: Building[] = [];
  let root: XmlElement | undefined;
  const finish = (b: Building, close: number): void => {
    closeOf[b.index] = close;
    const el: XmlElement = { name: b.token.name, qname: b.token.qname, attrs: b.token.attrs, open: b.index, close, start: b.token.start, children: b.children };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(el);
    else root = el;
  };
  tokens.forEach((t, i) => {
    if (t.kind === 'open') {
      if (stack.length === 0 && root) throw new FormatError(`invalid XML: a second root element <${t.qname}> (a document has one)`, t.start);
      if (t.selfClosing) finish({ token: t, index: i, children: [] }, i);
      else stack.push({ token: t, index: i, children: [] });
    } else if (t.kind === 'close') {
      const open = stack.pop();
      if (!open) throw new FormatError(`invalid XML: end tag </${t.name}> without a start tag`, t.start);
      const qname = raw.slice(t.start + 2, t.end - 1).trim();
      if (qname !== open.token.qname) {
        const at = new LineIndex(raw).at(open.token.start);
        throw new FormatError(`invalid XML: </${qname}> does not close <${open.token.qname}> (opened at ${at.line}:${at.column})`, t.start);
      }
      finish(open, i);
    } else if (stack.length === 0 && (t.kind === 'cdata' || (t.kind === 'text' && /\S/.test(raw.slice(t.start, t.end))))) {
      const at = t.kind === 'text' ? t.start + (/\S/.exec(raw.slice(t.start, t.end))?.index ?? 0) : t.start;
      throw new FormatError('invalid XML: text outside the root element', at);
    }
  });
  const open = stack[stack.length - 1];
  if (open) throw new FormatError(`invalid XML: <${open.token.qname}> is never closed`, open.token.start);
  if (!root) throw new FormatError('invalid XML: no root element', 0);
  return { root, closeOf };
}

/** Lenient tag matching for HTML: void elements close themselves, an end tag closes up to its start tag. */
export function matchHtml(tokens: readonly Token[]): Int32Array {
  const closeOf = new Int32Array(tokens.length).fill(-1);
  const stack: number[] = [];
  tokens.forEach((t, i) => {
    if (t.kind === 'open') {
      if (t.selfClosing || HTML_VOID.has(t.name)) closeOf[i] = i;
      else stack.push(i);
    } else if (t.kind === 'close') {
      const k = stack.findLastIndex((j) => tokens[j]?.name === t.name);
      if (k === -1) return;
      for (const j of stack.splice(k)) closeOf[j] = i;
    }
  });
  return closeOf;
}

/** The message saxes gives, without its own "line:col: " and final period. */
function saxesMessage(m: string): string {
  return m.replace(/^\d+:\d+:\s*/, '').replace(/\.$/, '');
}

/** Where saxes's error position falls: the start of the tag it is in, or the char itself in text. */
function snap(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((tokens[mid]?.start ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  const t = tokens[lo];
  return !t || t.kind === 'text' || offset >= t.end ? offset : t.start;
}

/** Parses a whole XML document; throws FormatError (raw offset, clear message) when it is not well-formed. */
export function parseXml(raw: string): XmlDoc {
  const { tokens, declared } = tokenize(raw, 'xml', makeTable('xml', {}));
  const { root, closeOf } = buildTree(tokens, raw);
  const entities = makeTable('xml', declared);
  // The tokenizer catches what wire files get wrong most (bare &, stray <, unclosed tags) at the
  // exact offset; saxes checks everything else XML requires (names, characters, attributes).
  const parser = new SaxesParser({ position: true });
  Object.assign(parser.ENTITIES, entities.extra);
  let first: { message: string; at: number } | undefined;
  parser.on('error', (e) => {
    first ??= { message: saxesMessage(e.message), at: Math.max(0, parser.position - 1) };
  });
  parser.write(raw).close();
  if (first) throw new FormatError(`invalid XML: ${first.message}`, snap(tokens, Math.min(first.at, raw.length)));
  return { src: rawSource(raw), tokens, closeOf, root, entities };
}

export function childrenNamed(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c) => c.name === name);
}

export function descendantsNamed(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement): void => {
    for (const c of e.children) {
      if (c.name === name) out.push(c);
      else walk(c);
    }
  };
  walk(el);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Prose from markup.

export interface ProseRules {
  /** Elements that run inside a sentence; every other element starts and ends a block. */
  readonly inline: ReadonlySet<string>;
  /** Elements whose content is not prose (bylines, media, scripts). */
  readonly skip: ReadonlySet<string>;
}

export const HTML_INLINE: ReadonlySet<string> = new Set([
  'a', 'abbr', 'acronym', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd',
  'mark', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr',
]);

const HTML_VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

export const HTML_RULES: ProseRules = {
  inline: HTML_INLINE,
  skip: new Set(['head', 'script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg', 'math', 'pre', 'textarea', 'title', 'button', 'select']),
};

/** Appends the prose of tokens [from, to) (an element: from its start tag to its end tag inclusive). */
export function appendProse(
  b: ProseBuilder,
  src: Source,
  tokens: readonly Token[],
  closeOf: Int32Array,
  from: number,
  to: number,
  rules: ProseRules,
  entities: EntityTable,
): void {
  const opts: TextOptions = { entities, lineBreaks: 'space' };
  const literal: TextOptions = { lineBreaks: 'space' };
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!t) break;
    if (t.kind === 'text') appendText(b, src, t.start, t.end, opts);
    else if (t.kind === 'cdata') appendText(b, src, t.start + 9, t.end - 3, literal);
    else if (t.kind === 'open' || t.kind === 'close') {
      if (t.name === 'br') {
        b.space(startOf(src, t.start), endOf(src, t.end - 1));
        continue;
      }
      const inline = rules.inline.has(t.name);
      if (!inline) b.endBlock();
      if (t.kind === 'open' && rules.skip.has(t.name)) {
        const c = closeOf[i] ?? -1;
        i = c === -1 ? to : c;
      }
    }
  }
}

/** Appends one element's prose, as its own block. */
export function appendElement(b: ProseBuilder, doc: XmlDoc, el: XmlElement, rules: ProseRules): void {
  b.endBlock();
  appendProse(b, doc.src, doc.tokens, doc.closeOf, el.open, el.close + 1, rules, doc.entities);
  b.endBlock();
}

/** Appends an HTML fragment held in `src` (a ninjs body_html, say), as its own blocks. */
export function appendHtml(b: ProseBuilder, src: Source): void {
  const { tokens } = tokenize(src.text, 'html');
  b.endBlock();
  appendProse(b, src, tokens, matchHtml(tokens), 0, tokens.length, HTML_RULES, HTML_ENTITIES);
  b.endBlock();
}

/** Appends the text content of an element that holds plain text (a NewsML-G2 inlineData), one block per line. */
export function appendPlainElement(b: ProseBuilder, doc: XmlDoc, el: XmlElement): void {
  b.endBlock();
  for (let i = el.open + 1; i < el.close; i++) {
    const t = doc.tokens[i];
    if (t?.kind === 'text') appendText(b, doc.src, t.start, t.end, { entities: doc.entities, lineBreaks: 'block' });
    else if (t?.kind === 'cdata') appendText(b, doc.src, t.start + 9, t.end - 3, { lineBreaks: 'block' });
  }
  b.endBlock();
}

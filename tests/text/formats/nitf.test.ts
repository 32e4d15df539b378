import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { nitfView } from '../../../src/text/formats/nitf.js';
import type { ProseView } from '../../../src/text/formats/types.js';
import { LineIndex } from '../../../src/text/lines.js';
import { memoryIo } from '../../helpers/io.js';
import { formatErrorOf, rawAt, rawOf } from '../../helpers/prose.js';

const FIXTURE = 'tests/fixtures/wire/lavrov-ankara.nitf.xml';

function nitf(content: string, head = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<nitf>\n<body>\n<body.head>${head}</body.head>\n<body.content>\n${content}\n</body.content>\n</body>\n</nitf>\n`;
}

function errorOf(raw: string): { message: string; line: number; column: number } {
  return formatErrorOf(nitfView, raw);
}

describe('NITF prose view', () => {
  it('reads headlines and body paragraphs, one block each, and leaves bylines, datelines, media and taglines out', () => {
    const v = nitfView(readFileSync(FIXTURE, 'utf8'));
    const lines = v.text.split('\n');
    expect(lines[0]).toBe('Lavrov says Washington and his allies push into the influence space');
    expect(lines[1]).toBe('Russian Top Diplomat speaks after talks in Ankara');
    expect(lines[2]).toMatch(/^ANKARA, March 12 \(Wire\) — Russian Foreign Minister .* region, after the initial talk with his Turkish counterpart Hakan Fidan\.$/);
    expect(lines).toContain('Trade between Russia and Turkey grew 2,9 percent last year, according to figures released by the Turkish statistics office on Monday.');
    expect(lines.at(-1)).toBe('Sergei Lavrov and Hakan Fidan in Ankara on March 12.');
    expect(v.text).not.toMatch(/By Wire staff|Reporting by|lavrov-ankara\.jpg|ANKARA, March 12\n/);
    expect(lines).toHaveLength(7);
  });

  it('decodes entities and maps each decoded char to the whole entity', () => {
    const raw = nitf('<p>&#8220;Security &amp; stability,&#x201D; he said &#8212; &quot;twice&quot;.</p>');
    const v = nitfView(raw);
    expect(v.text).toBe('“Security & stability,” he said — "twice".');
    expect(rawAt(v, raw, '“')).toBe('&#8220;');
    expect(rawAt(v, raw, '& stability,”')).toBe('&amp; stability,&#x201D;');
    expect(rawAt(v, raw, '—')).toBe('&#8212;');
    expect(rawAt(v, raw, '"twice"')).toBe('&quot;twice&quot;');
  });

  it('collapses whitespace inside a paragraph, keeps inline elements in the sentence, and separates blocks with one line break', () => {
    const raw = nitf('<p>Washington   and\n   his <em>allies</em><br/>said\ttoday.</p>\n<p/>\n<bq><block><p>Quoted.</p><credit>AP</credit></block></bq>\n<ul><li>One</li><li>Two</li></ul>');
    const v = nitfView(raw);
    expect(v.text).toBe('Washington and his allies said today.\nQuoted.\nOne\nTwo');
    expect(rawAt(v, raw, 'and his allies')).toBe('and\n   his <em>allies');
  });

  it('reads CDATA literally, keeps comments out, and knows HTML and DTD-declared entities', () => {
    const raw = `<!DOCTYPE nitf [ <!ENTITY agency "Wire &#8212; Moscow"> ]>\n<nitf><body><body.content><p>A&nbsp;B <![CDATA[x &amp; <y>]]> <!-- note --> &agency;.</p></body.content></body></nitf>`;
    const v = nitfView(raw);
    expect(v.text).toBe('A\u00a0B x &amp; <y> Wire — Moscow.');
    expect(rawAt(v, raw, '\u00a0')).toBe('&nbsp;');
    expect(rawAt(v, raw, '&amp; <y>')).toBe('&amp; <y>');
    expect(rawAt(v, raw, 'Wire — Moscow')).toBe('&agency;');
  });

  it('maps the ends of the prose: an empty body, the first and the last offset', () => {
    const empty = nitf('');
    expect(nitfView(empty).text).toBe('');
    expect(nitfView(empty).toRaw(0)).toBe(0);
    const raw = nitf('<p>Hello.</p>');
    const v = nitfView(raw);
    expect(v.toRaw(0)).toBe(raw.indexOf('Hello'));
    expect(v.toRawEnd(v.text.length)).toBe(raw.indexOf('Hello') + 'Hello.'.length);
    expect(v.toRaw(v.text.length)).toBe(v.toRawEnd(v.text.length));
  });

  it('rejects malformed XML with the position of the fault', () => {
    expect(errorOf(nitf('<p>AT&T rose.</p>'))).toEqual({ message: 'invalid XML: unescaped "&" (write &amp;)', line: 6, column: 6 });
    expect(errorOf(nitf('<p>A &foo; B</p>'))).toEqual({ message: 'invalid XML: undefined entity &foo;', line: 6, column: 6 });
    expect(errorOf(nitf('<p>1 < 2</p>'))).toEqual({ message: 'invalid XML: unescaped "<" (write &lt;)', line: 6, column: 6 });
    expect(errorOf(nitf('<p>Open\n<p>Closed</p>'))).toEqual({ message: 'invalid XML: </body.content> does not close <p> (opened at 6:1)', line: 8, column: 1 });
    expect(errorOf('<nitf><body>')).toEqual({ message: 'invalid XML: <body> is never closed', line: 1, column: 7 });
    expect(errorOf('<nitf/><nitf/>')).toMatchObject({ message: expect.stringContaining('second root element <nitf>'), column: 8 });
    expect(errorOf('<nitf/>\ntrailing')).toEqual({ message: 'invalid XML: text outside the root element', line: 2, column: 1 });
    expect(errorOf('<nitf><body a="1" a="2"></body></nitf>')).toEqual({ message: 'invalid XML: duplicate attribute: a', line: 1, column: 7 });
    expect(errorOf('<nitf><!-- open')).toEqual({ message: 'invalid XML: unterminated comment (no -->)', line: 1, column: 7 });
    expect(errorOf('')).toEqual({ message: 'invalid XML: no root element', line: 1, column: 1 });
  });

  it('rejects XML that is not NITF, and NITF without a body', () => {
    expect(errorOf('<?xml version="1.0"?>\n<rss><channel/></rss>')).toEqual({ message: 'not NITF: the root element is <rss>, expected <nitf>', line: 2, column: 1 });
    expect(errorOf('<newsItem/>').message).toContain('--input-format newsml');
    expect(errorOf('<nitf><head/></nitf>')).toEqual({ message: 'not NITF: <nitf> has no <body>', line: 1, column: 1 });
  });

  it('check reports findings at the raw line and column, through entities and inline markup', async () => {
    const raw = readFileSync(FIXTURE, 'utf8');
    const io = memoryIo();
    const code = await main(['check', FIXTURE, '--no-config', '--rule', 'calque/sphere-of-influence,decimal-comma,unbalanced-quote', '--format', 'json'], io);
    expect(code).toBe(1);
    const lines = new LineIndex(raw);
    const found = JSON.parse(io.out()).files[0].findings as { ruleId: string; start: number; end: number; line: number; column: number; text: string }[];
    const at = (needle: string, from = 0): string => {
      const o = raw.indexOf(needle, from);
      const lc = lines.at(o);
      return `${lc.line}:${lc.column}`;
    };
    const body = raw.indexOf('<body.content>');
    expect(found.map((f) => [f.ruleId, `${f.line}:${f.column}`, f.text])).toEqual([
      ['calque/sphere-of-influence', at('the influence space', raw.indexOf('<hl1>')), 'the influence space'],
      ['calque/sphere-of-influence', at('the influence space', body), 'the influence space'],
      ['unbalanced-quote', at('&#8220;This is'), '&#8220;'],
      ['decimal-comma', at('2,9'), '2,9'],
    ]);
    for (const f of found) expect(raw.slice(f.start, f.end)).toBe(f.text);
    // The tagline's "the influence space" is not prose.
    expect(found.some((f) => f.start > raw.indexOf('<body.end>'))).toBe(false);
  });

  it('check keeps columns right in CRLF files and honours mtaudit comments in the XML', async () => {
    const raw = '<nitf><body><body.content>\r\n<!-- mtaudit-disable-next-line calque -->\r\n<p>They widened the influence space.</p>\r\n<p>And &#8220;the influence space&#8221; again.</p>\r\n</body.content></body></nitf>\r\n';
    const io = memoryIo({ stdin: raw });
    await main(['check', '-', '--stdin-filename', 'a.xml', '--no-config', '--rule', 'calque', '--format', 'json'], io);
    const found = JSON.parse(io.out()).files[0].findings as { line: number; column: number; text: string }[];
    expect(found.map((f) => [f.line, f.column, f.text])).toEqual([[4, 15, 'the influence space']]);
  });

  it('check on a malformed file: one line naming file, line and column, exit 2', async () => {
    const io = memoryIo();
    expect(await main(['check', 'tests/fixtures/wire/invalid/bare-ampersand.nitf.xml', '--no-config'], io)).toBe(2);
    expect(io.err()).toBe('mtaudit: tests/fixtures/wire/invalid/bare-ampersand.nitf.xml:5:22: invalid XML: unescaped "&" (write &amp;)\n');
  });
});

// ---------------------------------------------------------------------------------------------
// Property: for any prose written with entities, CDATA and inline markup, the raw slice behind
// every span decodes back to the prose span.

const ENTITY_NAMES: Readonly<Record<string, string>> = { '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos', '\u00a0': 'nbsp', '—': 'mdash', '“': 'ldquo', '”': 'rdquo' };

/** A decoded char, written in one of the ways XML allows. */
const charArb = fc.oneof(
  fc.constantFrom('a', 'b', 'Z', '2', ',', '.', 'é', '😀', '“', '”', '—', '\u00a0'),
  fc.constantFrom('&', '<', '>', '"', "'"),
);
const pieceArb = fc.tuple(charArb, fc.integer({ min: 0, max: 3 })).map(([c, how]) => {
  const cp = c.codePointAt(0) ?? 0;
  const named = ENTITY_NAMES[c];
  const mustEscape = c === '&' || c === '<';
  const raw =
    how === 1 || (mustEscape && how === 0) ? `&#${cp};` : how === 2 ? `&#x${cp.toString(16).toUpperCase()};` : how === 3 && named ? `&${named};` : mustEscape ? `&#${cp};` : c;
  return { prose: c, raw };
});
/** A word, sometimes inside an inline element. */
const wordArb = fc
  .tuple(fc.array(pieceArb, { minLength: 1, maxLength: 6 }), fc.boolean())
  .map(([pieces, em]) => ({ prose: pieces.map((x) => x.prose).join(''), raw: em ? `<em>${pieces.map((x) => x.raw).join('')}</em>` : pieces.map((x) => x.raw).join('') }));
const gapArb = fc.constantFrom('', ' ', '  ', '\n   ', '\t', '<br/>', ' <![CDATA[]]> ', ' <!-- c --> ');
const paragraphArb = fc.array(fc.tuple(wordArb, gapArb), { minLength: 1, maxLength: 8 });

/** XML's whitespace (not JavaScript's \\s, which takes in the no-break space). */
const XML_SPACE = /[ \t\r\n]+/g;

/** Decodes a raw XML slice the simple way: markup out, entities in, whitespace collapsed. */
function decodeSlice(s: string): string {
  const names = Object.fromEntries(Object.entries(ENTITY_NAMES).map(([c, n]) => [n, c]));
  return s
    .replace(/<!\[CDATA\[\]\]>/g, '')
    .replace(/<br\/>/g, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9A-F]+|#[0-9]+|[a-z]+);/g, (_, r: string) =>
      r.startsWith('#x') ? String.fromCodePoint(Number.parseInt(r.slice(2), 16)) : r.startsWith('#') ? String.fromCodePoint(Number(r.slice(1))) : (names[r] ?? '?'),
    )
    .replace(XML_SPACE, ' ');
}

describe('NITF offset map (property)', () => {
  it('the raw slice of every prose span decodes to that span', () => {
    fc.assert(
      fc.property(fc.array(paragraphArb, { minLength: 1, maxLength: 3 }), (paragraphs) => {
        const body = paragraphs.map((p) => `<p>${p.map(([w, g]) => w.raw + g).join('')}</p>`).join('\n');
        const raw = nitf(body);
        const v = nitfView(raw);
        const expected = paragraphs.map((p) => p.map(([w, g]) => w.prose + (/[ \t\n]|br/.test(g) ? ' ' : '')).join('').replace(XML_SPACE, ' ').replace(/^ | $/g, ''));
        expect(v.text).toBe(expected.join('\n'));
        const n = v.text.length;
        for (let a = 0; a < n; a++) {
          for (let b = a + 1; b <= Math.min(n, a + 12); b++) {
            const prose = v.text.slice(a, b);
            if (prose.includes('\n')) continue;
            // A span may start or end inside a surrogate pair: both halves map to the whole char.
            if (/[\uD800-\uDFFF]/.test(prose)) continue;
            expect(decodeSlice(rawOf(v, raw, a, b))).toBe(prose);
          }
        }
        // The map never goes backwards.
        for (let k = 1; k < n; k++) expect(v.toRaw(k)).toBeGreaterThanOrEqual(v.toRaw(k - 1));
      }),
      { numRuns: 150 },
    );
  });
});

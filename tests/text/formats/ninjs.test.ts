import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { ninjsView, parseJson } from '../../../src/text/formats/ninjs.js';
import type { ProseView } from '../../../src/text/formats/types.js';
import { LineIndex } from '../../../src/text/lines.js';
import { memoryIo } from '../../helpers/io.js';
import { formatErrorOf, rawAt, rawOf } from '../../helpers/prose.js';

const V1 = 'tests/fixtures/wire/kyiv-grain.ninjs.json';
const V2 = 'tests/fixtures/wire/berlin-budget.json';

function errorOf(raw: string): string {
  const e = formatErrorOf(ninjsView, raw);
  return `${e.line}:${e.column}: ${e.message}`;
}

describe('ninjs prose view', () => {
  it('1.x: the headline, then body_text one block per line, through JSON escapes', () => {
    const raw = readFileSync(V1, 'utf8');
    const v = ninjsView(raw);
    expect(v.text.split('\n')).toEqual([
      'Ukraine grain exports up 2,9 percent, Kyiv says',
      'KYIV, June 10 (Wire) - Ukraine’s grain exports rose 2,9 percent in May, the agriculture ministry said on Monday, as Kyiv and his partners kept the Black Sea corridor open.',
      'Officials said the initial talk with Turkish and U.N. negotiators had helped.',
      '“The corridor is working,” the minister told reporters. He said Moscow wanted to widen the influence space around Odesa.',
      'A spokesman added: "Ships are moving every day."',
      'Grain exports rise in May',
    ]);
    expect(rawAt(v, raw, '’s grain')).toBe('\\u2019s grain');
    expect(rawAt(v, raw, '“The corridor is working,”')).toBe('\\u201cThe corridor is working,\\u201d');
    expect(rawAt(v, raw, '"Ships')).toBe('\\"Ships');
    expect(v.text).not.toMatch(/By Wire staff|urn:newsml/);
  });

  it('2.x: headlines[].value and an HTML body: tags stripped, entities decoded, scripts left out, in raw order', () => {
    const raw = readFileSync(V2, 'utf8');
    const v = ninjsView(raw);
    expect(v.text.split('\n')).toEqual([
      'BERLIN, July 2 (Wire) — Germany’s coalition agreed a 2025 budget on Tuesday after the initial talk ran through the night, Chancellor Olaf Scholz said.',
      'Defence spending will rise 2,9 percent, and Berlin and his partners in Brussels will be told of the plan & its timetable this week.',
      '“We have a budget that keeps the country together,” Scholz told reporters. Critics said it did little to widen Germany’s influence space in Europe.',
      'German coalition agrees budget after the initial talk',
      'Defence spending to rise',
    ]);
    expect(rawAt(v, raw, '—')).toBe('&#8212;');
    expect(rawAt(v, raw, 'plan & its')).toBe('plan &amp; its');
    expect(rawAt(v, raw, 'reporters. Critics')).toBe('reporters. <em>Critics');
  });

  it('reads the description and, recursively, the associations (a picture caption), one rendition each', () => {
    const raw = JSON.stringify({
      uri: 'u',
      headline: 'H',
      description_text: 'Plain summary.',
      description_html: '<p>HTML summary.</p>',
      body_text: 'Body.',
      associations: {
        featureimage: { uri: 'p', type: 'picture', description_text: 'Kyiv and his partners, in a caption.', renditions: { x: { href: 'a.jpg' } } },
        sidebar: { uri: 's', associations: [{ uri: 't', headline: 'Nested headline', descriptions: [{ contenttype: 'text/html', value: '<b>Nested</b> caption' }] }] },
      },
    });
    const v = ninjsView(raw);
    expect(v.text.split('\n')).toEqual(['H', 'Plain summary.', 'Body.', 'Kyiv and his partners, in a caption.', 'Nested headline', 'Nested caption']);
    expect(rawAt(v, raw, 'his partners')).toBe('his partners');
    expect(errorOf('{"uri":"u","associations":"x"}')).toBe('1:27: not ninjs: "associations" must be an object or an array');
  });

  it('prefers the plain-text body to the HTML one, and reads HTML entities inside JSON escapes', () => {
    const both = JSON.stringify({ uri: 'u', headline: 'H', body_text: 'Plain body.', body_html: '<p>HTML body.</p>' });
    expect(ninjsView(both).text).toBe('H\nPlain body.');
    const html = '{"uri":"u","body_html":"<p>A \\u0026amp; B<br>C</p><p>D&nbsp;E &bogus; F</p><!-- x --><p>x < y</p>"}';
    const v = ninjsView(html);
    expect(v.text).toBe('A & B C\nD\u00a0E &bogus; F\nx < y');
    expect(rawAt(v, html, '&')).toBe('\\u0026amp;');
    const v2 = JSON.stringify({ uri: 'u', bodies: [{ contenttype: 'text/html', value: '<p>One</p>' }, { contenttype: 'image/jpeg', value: 'x' }], headlines: [{ value: 'Two', contenttype: 'text/html' }] });
    expect(ninjsView(v2).text).toBe('One\nTwo');
  });

  it('maps surrogate pairs written as two \\u escapes, and the ends of the prose', () => {
    const raw = '{"uri":"u","body_text":"Hi \\ud83d\\ude00."}';
    const v = ninjsView(raw);
    expect(v.text).toBe('Hi 😀.');
    expect(rawAt(v, raw, '😀')).toBe('\\ud83d\\ude00');
    expect(v.toRaw(0)).toBe(raw.indexOf('Hi'));
    expect(v.toRawEnd(v.text.length)).toBe(raw.lastIndexOf('.') + 1);
    expect(ninjsView('{"uri":"u"}').text).toBe('');
  });

  it('rejects bad JSON with the position of the fault', () => {
    expect(errorOf('{"uri": "u",}')).toBe('1:13: invalid JSON: expected a "quoted" key, got "}"');
    expect(errorOf('{"uri": "u" "x": 1}')).toBe('1:13: invalid JSON: expected "," or "}" after a value, got "\\""');
    expect(errorOf('{"uri": "u", "body_text": "a\nb"}')).toBe('1:29: invalid JSON: a raw control character in a string (write \\n)');
    expect(errorOf('{"uri": "u", "body_text": "a\\qb"}')).toBe('1:29: invalid JSON: bad escape \\q');
    expect(errorOf('{"uri": "u", "body_text": "a\\u12"}')).toBe('1:29: invalid JSON: \\u needs four hex digits');
    expect(errorOf('{"uri": "u", "body_text": "abc')).toBe('1:27: invalid JSON: unterminated string');
    expect(errorOf('{"uri": tru}')).toBe('1:9: invalid JSON: expected a value, got "t"');
    expect(errorOf('{"uri": "u"}\n{}')).toBe('2:1: invalid JSON: expected the end of the JSON text, got "{"');
    expect(errorOf('')).toBe('1:1: invalid JSON: expected a value, got end of input');
    expect(errorOf('['.repeat(300))).toMatch(/^1:\d+: invalid JSON: nested deeper than 256 levels$/);
    expect(() => parseJson('{"a": [1, -2.5e3, true, false, null, "x"]}')).not.toThrow();
  });

  it('rejects JSON that is not ninjs, and ninjs fields of the wrong type', () => {
    expect(errorOf('[1, 2]')).toBe('1:1: not ninjs: expected a JSON object');
    expect(errorOf('{"name": "mtaudit"}')).toBe('1:1: not ninjs: none of "uri", "headline", "headlines", "body_text", "body_html", "bodies"');
    expect(errorOf('{"uri": "u", "headline": 3}')).toBe('1:26: not ninjs: "headline" must be a string');
    expect(errorOf('{"uri": "u", "bodies": {}}')).toBe('1:24: not ninjs: "bodies" must be an array');
    expect(errorOf('{"uri": "u", "headlines": [{"value": 1}]}')).toBe('1:38: not ninjs: "headlines[0].value" must be a string');
  });

  it('check reports findings at the raw line and column inside the JSON string', async () => {
    const raw = readFileSync(V1, 'utf8');
    const io = memoryIo();
    await main(['check', V1, '--no-config', '--rule', 'calque/sphere-of-influence,decimal-comma', '--format', 'json'], io);
    const found = JSON.parse(io.out()).files[0].findings as { ruleId: string; start: number; line: number; column: number; text: string }[];
    const lines = new LineIndex(raw);
    const at = (needle: string, from = 0): string => {
      const lc = lines.at(raw.indexOf(needle, from));
      return `${lc.line}:${lc.column}`;
    };
    const body = raw.indexOf('"body_text"');
    expect(found.map((f) => [f.ruleId, `${f.line}:${f.column}`, f.text])).toEqual([
      ['decimal-comma', at('2,9'), '2,9'],
      ['decimal-comma', at('2,9', body), '2,9'],
      ['calque/sphere-of-influence', at('the influence space'), 'the influence space'],
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// Property: for any prose written with JSON escapes (and, in body_html, HTML entities inside
// them), the raw slice behind every span decodes back to the prose span.

const CHARS = ['a', 'Q', '7', ',', '.', 'é', '😀', '“', '”', '"', '\\', '&', '<', '/', '\u00a0', '\t'];

/** One char as JSON may write it: literally (where allowed), a short escape, or \\uXXXX (per UTF-16 unit). */
function jsonEscape(c: string, how: number): string {
  const units = [...Array(c.length).keys()].map((k) => c.charCodeAt(k));
  const u = units.map((x) => `\\u${x.toString(16).padStart(4, '0')}`).join('');
  const short: Record<string, string> = { '"': '\\"', '\\': '\\\\', '/': '\\/', '\t': '\\t' };
  if (how === 0 && !(c in short)) return c;
  if (how === 1 && short[c]) return short[c];
  return how === 0 && c === '/' ? '/' : u;
}

/** One char as HTML may write it: literally (where allowed) or as an entity. */
function htmlEscape(c: string, how: number): string {
  if (c === '&') return how === 0 ? '&amp;' : '&#38;';
  if (c === '<') return '&lt;';
  if (c === '\u00a0') return how === 0 ? '&nbsp;' : '&#160;';
  if (c === '“' && how === 1) return '&ldquo;';
  return how === 2 ? `&#x${(c.codePointAt(0) ?? 0).toString(16)};` : c;
}

const charArb = fc.tuple(fc.constantFrom(...CHARS), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 }));
const textArb = fc.array(fc.oneof(charArb, fc.constant([' ', 0, 0] as [string, number, number])), { minLength: 1, maxLength: 30 });

/** JSON-unescapes a raw slice (no quotes), then (for HTML) strips tags and decodes entities. */
function decodeJsonSlice(s: string): string {
  return JSON.parse(`"${s}"`) as string;
}
function decodeHtmlSlice(s: string): string {
  return s
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (_, r: string) =>
      r.startsWith('#x') ? String.fromCodePoint(Number.parseInt(r.slice(2), 16)) : r.startsWith('#') ? String.fromCodePoint(Number(r.slice(1))) : ({ amp: '&', lt: '<', nbsp: '\u00a0', ldquo: '“' }[r] ?? '?'),
    )
    .replace(/[ \t\n\r]+/g, ' ');
}

function check(v: ProseView, raw: string, decode: (s: string) => string): void {
  const n = v.text.length;
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b <= Math.min(n, a + 10); b++) {
      const prose = v.text.slice(a, b);
      if (prose.includes('\n') || /[\uD800-\uDFFF]/.test(prose)) continue;
      expect(decode(rawOf(v, raw, a, b))).toBe(prose);
    }
  }
  for (let k = 1; k < n; k++) expect(v.toRaw(k)).toBeGreaterThanOrEqual(v.toRaw(k - 1));
}

describe('ninjs offset map (property)', () => {
  it('body_text: the raw slice of every prose span JSON-decodes to that span', () => {
    fc.assert(
      fc.property(textArb, (chars) => {
        const raw = `{"uri": "urn:x", "body_text": "${chars.map(([c, j]) => jsonEscape(c, j)).join('')}"}`;
        const v = ninjsView(raw);
        const prose = chars.map(([c]) => c).join('').replace(/[ \t]+/g, ' ').replace(/^ | $/g, '');
        expect(v.text).toBe(prose);
        check(v, raw, (s) => decodeJsonSlice(s).replace(/[ \t]+/g, ' '));
      }),
      { numRuns: 200 },
    );
  });

  it('body_html: the raw slice of every prose span JSON-decodes, then HTML-decodes, to that span', () => {
    fc.assert(
      fc.property(textArb, fc.boolean(), (chars, em) => {
        const html = chars.map(([c, j, h], k) => (em && k === 1 ? '<em>' : '') + htmlEscape(c, h) + (em && k === 1 ? '</em>' : '')).join('');
        const raw = `{"uri": "urn:x", "body_html": "<p>${[...html].map((c) => jsonEscape(c, chars.length % 3)).join('')}</p>"}`;
        const v = ninjsView(raw);
        const prose = chars.map(([c]) => c).join('').replace(/[ \t]+/g, ' ').replace(/^ | $/g, '');
        expect(v.text).toBe(prose);
        check(v, raw, (s) => decodeHtmlSlice(decodeJsonSlice(s)));
      }),
      { numRuns: 200 },
    );
  });
});

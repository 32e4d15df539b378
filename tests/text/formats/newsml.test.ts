import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { newsmlView } from '../../../src/text/formats/newsml.js';
import { LineIndex } from '../../../src/text/lines.js';
import { memoryIo } from '../../helpers/io.js';
import { formatErrorOf, rawAt } from '../../helpers/prose.js';

const NITF_ITEM = 'tests/fixtures/wire/beijing-exports.newsml.xml';
const XHTML_MESSAGE = 'tests/fixtures/wire/gulf-summit.newsml.xml';

function item(contentSet: string, headline = '<headline>Headline</headline>'): string {
  return `<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x" version="1" standard="NewsML-G2" standardversion="2.33">
  <itemMeta><itemClass qcode="ninat:text"/></itemMeta>
  <contentMeta>${headline}</contentMeta>
  <contentSet>${contentSet}</contentSet>
</newsItem>`;
}

describe('NewsML-G2 prose view', () => {
  it('reads the headline and an inline NITF body, leaving metadata and the byline out', () => {
    const raw = readFileSync(NITF_ITEM, 'utf8');
    const v = newsmlView(raw);
    const lines = v.text.split('\n');
    expect(lines[0]).toBe('China’s exports rise 2,9 percent as Beijing courts Europe');
    expect(lines[1]).toBe('China’s exports rise as Beijing courts Europe');
    expect(lines[2]).toMatch(/^BEIJING, April 5 \(Wire\) - China’s exports rose 2,9 percent .* widen the influence space of Chinese firms in Europe\.$/);
    expect(lines[3]).toBe('Imports fell 1.9 percent, missing forecasts in a Wire poll of economists. "Demand at home remains weak," said an economist at a bank in Shanghai.');
    expect(lines).toHaveLength(5);
    expect(v.text).not.toMatch(/CHINA-TRADE|ninat|2024-04-05|By Wire staff/);
    expect(rawAt(v, raw, 'the influence space')).toBe('the <em>influence</em> space');
    expect(rawAt(v, raw, '’s exports rise 2,9')).toBe('&#8217;s exports rise 2,9');
  });

  it('reads an XHTML body: headings, paragraphs and list items as blocks; head, pre and scripts left out', () => {
    const raw = readFileSync(XHTML_MESSAGE, 'utf8');
    const v = newsmlView(raw);
    expect(v.text.split('\n')).toEqual([
      'Gulf leaders meet in Doha & call for calm',
      'Gulf leaders call for calm after the initial talk',
      'DOHA, May 20 (Wire) — Gulf leaders on Monday called for calm in the region, saying Tehran and his allies must respect the sovereignty of neighbours.',
      'Qatar’s emir hosted the meeting',
      'Oil prices rose 2,9 percent on Monday',
      '“We will not accept the influence space of any foreign power,” the final statement said.',
    ]);
    expect(rawAt(v, raw, 'percent on')).toBe('percent<br/>on');
    expect(rawAt(v, raw, '—')).toBe('&#x2014;');
  });

  it('reads every news item of a newsMessage, and plain-text inlineData one block per line', () => {
    const plain = item('<inlineData contenttype="text/plain">First line &amp; more.\nSecond line.\n\n  Third.</inlineData><inlineData contenttype="image/jpeg" encoding="base64">aGVsbG8=</inlineData>', '<headline>One</headline>');
    const second = item('<remoteContent href="http://example.com/photo.jpg"/>', '<headline>Two</headline>');
    const raw = `<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><header><sent>2024-01-01T00:00:00Z</sent></header><itemSet>${plain}${second}</itemSet></newsMessage>`;
    const v = newsmlView(raw);
    expect(v.text).toBe('One\nFirst line & more.\nSecond line.\nThird.\nTwo');
  });

  it('reads prefixed (namespaced) element names by their local name', () => {
    const raw = `<g2:newsItem xmlns:g2="http://iptc.org/std/nar/2006-10-01/"><g2:contentMeta><g2:headline>Prefixed &amp; fine</g2:headline></g2:contentMeta></g2:newsItem>`;
    expect(newsmlView(raw).text).toBe('Prefixed & fine');
  });

  it('rejects XML that is not NewsML-G2, and malformed XML, at the raw position', () => {
    const err = (raw: string): string => {
      const e = formatErrorOf(newsmlView, raw);
      return `${e.line}:${e.column}: ${e.message}`;
    };
    expect(err('<?xml version="1.0"?>\n<nitf/>')).toBe('2:1: not NewsML-G2: the root element is <nitf>, expected <newsItem> or <newsMessage> (this is NITF: --input-format nitf)');
    expect(err(item('<inlineXML><html><body><p>Open</body></html></inlineXML>'))).toMatch(/^4:\d+: invalid XML: <\/body> does not close <p> \(opened at 4:\d+\)$/);
    expect(err(item('<inlineXML><nitf><head/></nitf></inlineXML>'))).toMatch(/^4:\d+: not NITF: <nitf> has no <body>$/);
  });

  it('check reports findings at the raw line and column of the NewsML-G2 file', async () => {
    const raw = readFileSync(NITF_ITEM, 'utf8');
    const io = memoryIo();
    await main(['check', NITF_ITEM, '--no-config', '--rule', 'calque/sphere-of-influence,decimal-comma', '--format', 'json'], io);
    const found = JSON.parse(io.out()).files[0].findings as { ruleId: string; start: number; end: number; line: number; column: number; text: string }[];
    const lines = new LineIndex(raw);
    const at = (needle: string, from = 0): string => {
      const lc = lines.at(raw.indexOf(needle, from));
      return `${lc.line}:${lc.column}`;
    };
    expect(found.map((f) => [f.ruleId, `${f.line}:${f.column}`, f.text])).toEqual([
      ['decimal-comma', at('2,9'), '2,9'],
      ['decimal-comma', at('2,9', raw.indexOf('<body.content>')), '2,9'],
      ['calque/sphere-of-influence', at('the <em>influence</em>'), 'the <em>influence</em> space'],
    ]);
  });
});

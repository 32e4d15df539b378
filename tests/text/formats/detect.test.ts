import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { detectFormat, proseView, sniffFormat } from '../../../src/text/formats/index.js';
import { memoryIo } from '../../helpers/io.js';

const NITF = '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE nitf SYSTEM "nitf.dtd" [\n  <!ENTITY x "y">\n]>\n<!-- wire -->\n<nitf><body><body.content><p>the influence space</p></body.content></body></nitf>\n';
const G2_ITEM = '<?xml version="1.0"?>\n<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/"><contentMeta><headline>the influence space</headline></contentMeta></newsItem>';
const G2_MESSAGE = '<nar:newsMessage xmlns:nar="http://iptc.org/std/nar/2006-10-01/"/>';
const NINJS1 = '{\n  "uri": "urn:x",\n  "headline": "the influence space",\n  "body_text": "Body."\n}\n';
const NINJS2 = '{"uri": "urn:x", "bodies": [{"contenttype": "text/plain", "value": "the influence space"}]}';

describe('detectFormat', () => {
  const SAMPLES: Readonly<Record<string, string>> = { NITF, G2_ITEM, G2_MESSAGE, NINJS1, NINJS2 };
  it.each([
    ['story.txt', 'plain', 'txt'],
    ['story.TEXT', 'plain', 'txt'],
    ['story.md', '# T', 'md'],
    ['story.markdown', '# T', 'md'],
    ['story.nitf', 'NITF', 'nitf'],
    ['story.newsml', 'G2_ITEM', 'newsml'],
    ['story.g2', 'G2_ITEM', 'newsml'],
    ['story.ninjs', 'NINJS1', 'ninjs'],
    // .xml and .json: the content decides.
    ['story.xml', 'NITF', 'nitf'],
    ['story.nitf.xml', 'NITF', 'nitf'],
    ['story.xml', 'G2_ITEM', 'newsml'],
    ['story.xml', 'G2_MESSAGE', 'newsml'],
    ['story.json', 'NINJS1', 'ninjs'],
    ['story.json', 'NINJS2', 'ninjs'],
    // .xml that is neither is read as NITF, whose error then names the root; .json as ninjs.
    ['feed.xml', '<rss/>', 'nitf'],
    ['package.json', '{"name": "x"}', 'ninjs'],
    // No extension (stdin): the content, else plain text.
    ['<stdin>', 'NITF', 'nitf'],
    ['<stdin>', 'G2_ITEM', 'newsml'],
    ['<stdin>', 'NINJS2', 'ninjs'],
    ['<stdin>', 'MOSCOW (Wire) - Plain copy.', 'txt'],
    ['<stdin>', '<p>an HTML fragment</p>', 'txt'],
    ['<stdin>', '{"name": "not ninjs"}', 'txt'],
    // An explicit text extension wins over the content.
    ['story.txt', 'NITF', 'txt'],
  ])('%s holding %s -> %s', (path, sample, format) => {
    expect(detectFormat(path, SAMPLES[sample] ?? sample)).toBe(format);
  });

  it('sniffs nothing from text that only mentions the markers', () => {
    expect(sniffFormat('The <nitf> format and "uri": fields')).toBeUndefined();
    expect(sniffFormat('')).toBeUndefined();
  });

  it('does not backtrack for long on a DOCTYPE that never ends', () => {
    const t0 = Date.now();
    expect(sniffFormat(`<!DOCTYPE x ${'[]'.repeat(30000)}`)).toBeUndefined();
    expect(Date.now() - t0).toBeLessThan(1000);
  });

  it('every format builds a view whose prose holds the story', () => {
    expect(proseView('nitf', NITF).text).toBe('the influence space');
    expect(proseView('newsml', G2_ITEM).text).toBe('the influence space');
    expect(proseView('ninjs', NINJS1).text).toBe('the influence space\nBody.');
    expect(proseView('ninjs', NINJS2).text).toBe('the influence space');
    expect(proseView('txt', 'plain').text).toBe('plain');
  });
});

describe('check: format by extension, content and --input-format', () => {
  const run = async (args: string[], stdin?: string): Promise<{ code: number; out: string; err: string }> => {
    const io = memoryIo(stdin === undefined ? {} : { stdin });
    const code = await main(['check', ...args, '--no-config', '--rule', 'calque/sphere-of-influence,calque/sphere-of-influence-after-possessive', '--format', 'json'], io);
    return { code, out: io.out(), err: io.err() };
  };
  const positions = (out: string): string[] =>
    (JSON.parse(out).files[0].findings as { line: number; column: number }[]).map((f) => `${f.line}:${f.column}`);

  it('stdin is sniffed: NITF from its root element', async () => {
    const r = await run(['-'], NITF);
    expect(r.code).toBe(1);
    expect(positions(r.out)).toEqual(['6:30']);
  });

  it('--input-format overrides the extension and the content', async () => {
    // As plain text the markup is read too: the same words, at the same raw position.
    const asTxt = await run(['-', '--stdin-filename', 'x.nitf.xml', '--input-format', 'txt'], NITF);
    expect(positions(asTxt.out)).toEqual(['6:30']);
    // Forced NewsML-G2 on a NITF file: an input error naming the root, exit 2.
    const asG2 = await run(['-', '--stdin-filename', 'x.nitf.xml', '--input-format', 'newsml'], NITF);
    expect(asG2.code).toBe(2);
    expect(asG2.err).toBe('mtaudit: x.nitf.xml:6:1: not NewsML-G2: the root element is <nitf>, expected <newsItem> or <newsMessage> (this is NITF: --input-format nitf)\n');
    // Forced ninjs on a file with a .txt name.
    const asNinjs = await run(['-', '--stdin-filename', 'story.txt', '--input-format', 'ninjs'], NINJS1);
    expect(positions(asNinjs.out)).toEqual(['3:16']);
  });

  it('the fixtures of each format are found at the right place', async () => {
    const cases: [string, string][] = [
      ['tests/fixtures/wire/gulf-summit.newsml.xml', 'the influence space of any'],
      ['tests/fixtures/wire/berlin-budget.json', 'influence space in Europe'],
      ['tests/fixtures/wire/brussels-sanctions.md', 'the influence space\n'],
      ['tests/fixtures/wire/tbilisi-vote.txt', 'the influence space'],
    ];
    for (const [file, needle] of cases) {
      const raw = readFileSync(file, 'utf8');
      const r = await run([file]);
      const f = JSON.parse(r.out).files[0].findings as { start: number; text: string }[];
      expect(f.map((x) => x.start), file).toEqual([raw.indexOf(needle)]);
    }
  });

  it('malformed JSON and a .json that is not ninjs are input errors with a position, exit 2', async () => {
    const r = await run(['tests/fixtures/wire/invalid/truncated.json', 'tests/fixtures/wire/invalid/not-ninjs.json', 'tests/fixtures/wire/invalid/rss.xml']);
    expect(r.code).toBe(2);
    expect(r.err.split('\n')).toEqual([
      'mtaudit: tests/fixtures/wire/invalid/truncated.json:4:55: invalid JSON: a raw control character in a string (write \\n)',
      'mtaudit: tests/fixtures/wire/invalid/not-ninjs.json:1:1: not ninjs: none of "uri", "headline", "headlines", "body_text", "body_html", "bodies"',
      'mtaudit: tests/fixtures/wire/invalid/rss.xml:2:1: not NITF: the root element is <rss>, expected <nitf>',
      '',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { mdView } from '../../../src/text/formats/md.js';
import { main } from '../../../src/cli/main.js';
import { memoryIo } from '../../helpers/io.js';

describe('Markdown prose view', () => {
  const raw = '# The influence space\n\nSay `the influence space` here, see [the influence space](http://x/the-influence-space).\n\n```\nthe influence space\n```\n<!-- the influence space -->\n';
  it('keeps offsets and line breaks, and blanks code, URLs and comments', () => {
    const v = mdView(raw);
    expect(v.text.length).toBe(raw.length);
    expect(v.text.split('\n').length).toBe(raw.split('\n').length);
    const hits = [...v.text.matchAll(/the influence space/gi)].map((m) => m.index);
    expect(hits).toEqual([raw.indexOf('The influence space'), raw.indexOf('[the influence space]') + 1]);
  });

  it('check skips Markdown code and reports prose at raw positions', async () => {
    const io = memoryIo({ stdin: raw });
    await main(['check', '-', '--stdin-filename', 'a.md', '--rule', 'calque', '--format', 'json'], io);
    const found = JSON.parse(io.out()).files[0].findings.map((f: { line: number; column: number }) => `${f.line}:${f.column}`);
    expect(found).toEqual(['1:3', '3:38']);
  });

  it('markup blanked next to a mark is no space before it: **bold**, `code`, "**yes**"; a real space still is', async () => {
    const text = [
      'The **budget** rose, and `npm ci`, then [the plan](http://example.com). He said "**yes**" to it.',
      '',
      'The **deficit** , he said, grew . A "*quoted* " word.',
      '',
    ].join('\n');
    const io = memoryIo({ stdin: text });
    await main(['check', '-', '--stdin-filename', 'a.md', '--rule', 'space-before-punctuation,quote-spacing', '--format', 'json'], io);
    const found = JSON.parse(io.out()).files[0].findings.map((f: { ruleId: string; line: number; column: number }) => `${f.ruleId} ${f.line}:${f.column}`);
    expect(found).toEqual(['space-before-punctuation 3:14', 'space-before-punctuation 3:32', 'quote-spacing 3:39']);
  });

  it('a sentence that opens with inline code does not start with the word after it', async () => {
    const text = '`npm ci` installs the tools. `mtaudit check` prints findings. The plan failed. the minister resigned on Monday.\n';
    const io = memoryIo({ stdin: text });
    await main(['check', '-', '--stdin-filename', 'a.md', '--rule', 'lowercase-sentence-start', '--format', 'json'], io);
    const found = JSON.parse(io.out()).files[0].findings.map((f: { text: string }) => f.text);
    expect(found).toEqual(['the']);
  });
});

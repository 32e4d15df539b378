/**
 * `mtaudit review` in-process, with the terminal part scripted: sessions, resume, the files
 * it writes, and its errors. The real terminal is exercised in e2e.test.ts.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runReviewCommand } from '../../src/cli/review-command.js';
import { main } from '../../src/cli/main.js';
import { applyInput } from '../../src/review/keymap.js';
import type { ReviewState } from '../../src/review/reducer.js';
import type { RunAppOptions } from '../../src/review/run.js';
import { memoryIo } from '../helpers/io.js';

const RULES = ['review-e2e'];
const NOW = '2025-03-04T05:06:07.000Z';
const FIXTURE = readFileSync('tests/fixtures/review/article.txt', 'utf8');

function workdir(text = FIXTURE, name = 'article.txt'): { dir: string; file: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'mtaudit-review-'));
  const file = path.join(dir, name);
  writeFileSync(file, text);
  // The findings come from a desk pack of the tests' own (see tests/fixtures/review/README.md).
  copyFileSync('tests/fixtures/review/desk.yaml', path.join(dir, 'desk.yaml'));
  writeFileSync(path.join(dir, 'mtaudit.config.json'), '{ "packs": ["desk.yaml"] }\n');
  return { dir, file };
}

/** Plays keys like a reviewer would; `crash` throws after the last key, as kill -9 would stop it. */
function scripted(keys: readonly string[], opts: { crash?: boolean; seen?: RunAppOptions[] } = {}) {
  return async (o: RunAppOptions): Promise<ReviewState> => {
    opts.seen?.push(o);
    let s = o.initial;
    for (const k of keys) {
      const next = applyInput(s, k, k === '\r' ? { return: true } : k === '\x7f' ? { backspace: true } : {}, o.now);
      if (next !== s) o.onChange?.(next);
      s = next;
      if (s.exit) return s;
    }
    if (opts.crash) throw new Error('killed');
    return s;
  };
}

const flags = { rule: RULES, color: false };
const io = (dir: string) => memoryIo({ cwd: dir, tty: true, env: { MTAUDIT_NOW: NOW } });

describe('mtaudit review (in-process)', () => {
  it('without a terminal exits 2 pointing to check', async () => {
    const { dir } = workdir();
    const m = memoryIo({ cwd: dir, tty: false });
    expect(await main(['review', 'article.txt'], m)).toBe(2);
    expect(m.err()).toBe('mtaudit: review is interactive and needs a terminal (stdin and stdout are not both a TTY); in CI or a pipe, use `mtaudit check article.txt`\n');
  });

  it('--demo without a terminal prints the sample’s check report (npm start in CI)', async () => {
    const m = memoryIo({ tty: false });
    expect(await main(['review', '--demo', '--rule', 'calque'], m)).toBe(0);
    expect(m.out()).toMatch(/corpus\/seed-lavrov\.txt:\d+:\d+: warning: .*\[calque\//);
  });

  it('--demo in a terminal reviews a copy of the sample, never corpus/ itself', async () => {
    const before = readFileSync('corpus/seed-lavrov.txt');
    const seen: RunAppOptions[] = [];
    const m = memoryIo({ tty: true, env: { MTAUDIT_NOW: NOW } });
    expect(await runReviewCommand(undefined, { demo: true, color: false }, m, { app: scripted(['q'], { seen }) })).toBe(0);
    expect(seen[0]?.file).toMatch(/review-demo\/seed-lavrov\.txt$/);
    expect(seen[0]?.file).not.toMatch(/^corpus\//);
    expect(readFileSync('corpus/seed-lavrov.txt').equals(before)).toBe(true);
    await expect(runReviewCommand('x.txt', { demo: true, color: false }, m)).rejects.toThrow('--demo reviews the bundled sample: give no FILE');
  });

  it('names usage errors in one line', async () => {
    const { dir } = workdir();
    const m = io(dir);
    await expect(runReviewCommand(undefined, flags, m)).rejects.toThrow('review needs a FILE (or --demo for the bundled sample)');
    await expect(runReviewCommand('missing.txt', flags, m)).rejects.toThrow('missing.txt: no such file or folder');
    await expect(runReviewCommand('.', flags, m)).rejects.toThrow('.: review takes one file, not a folder or a pattern');
    await expect(runReviewCommand('-', flags, m)).rejects.toThrow(/not stdin/);
  });

  it('reviews NITF: a typed replacement is escaped for XML, markup around it is kept, a span over markup is left to check', async () => {
    const nitf = [
      '<?xml version="1.0"?>',
      '<nitf><body><body.content>',
      '<p>For farmers &amp; fishers, the tax was <b>the drop</b> that overflowed the glass.</p>',
      '<p>It was the drop that spilled the cup, officials said.</p>',
      '<p>Moscow wants the influence zone back.</p>',
      '</body.content></body></nitf>',
      '',
    ].join('\n');
    const { dir, file } = workdir(nitf, 'story.nitf.xml');
    const seen: RunAppOptions[] = [];
    const m = io(dir);
    // Edit the first to "R&D <spending>", accept the second ("a sphere of influence"), finish.
    const keys = ['e', ...'\x7f'.repeat(40), ...'R&D <spending>', '\r', 'a', '\r'];
    expect(await runReviewCommand('story.nitf.xml', flags, m, { app: scripted(keys, { seen }) })).toBe(0);
    const items = seen[0]?.initial.items ?? [];
    expect(items.map((it) => it.original)).toEqual(['the drop that spilled the cup', 'the influence zone']);
    // Context shows prose, not tags.
    expect(items[0]?.context.after).toBe(', officials said.');
    expect(seen[0]?.initial.notice).toMatch(/^1 finding\(s\) span markup or an escape/);
    const out = readFileSync(path.join(dir, 'story.nitf.reviewed.xml'), 'utf8');
    expect(out).toBe(nitf.replace('the drop that spilled the cup', 'R&amp;D &lt;spending&gt;').replace('the influence zone', 'a sphere of influence'));
    expect(readFileSync(file, 'utf8')).toBe(nitf);
    expect(m.out()).toMatch(/1 finding\(s\) span markup or an escape and cannot take a typed replacement: see `mtaudit check story.nitf.xml`/);
  });

  it('context lines read as the prose: inline markup next to a mark or inside a word leaves no space, an element boundary one', async () => {
    const nitf = [
      '<?xml version="1.0"?>',
      '<nitf><body><body.content>',
      '<p>For <em>the farmers</em>, the <b>new</b> tax was the drop that spilled the cup<i>!</i></p>',
      '<p>A<b>nal</b>ysts said Moscow wants the influence zone back.</p>',
      '</body.content></body></nitf>',
      '',
    ].join('\n');
    const { dir } = workdir(nitf, 'story.nitf.xml');
    const seen: RunAppOptions[] = [];
    expect(await runReviewCommand('story.nitf.xml', flags, io(dir), { app: scripted(['q'], { seen }) })).toBe(0);
    const items = seen[0]?.initial.items ?? [];
    expect(items.map((it) => it.original)).toEqual(['the drop that spilled the cup', 'the influence zone']);
    expect(items[0]?.context).toEqual({ before: 'For the farmers, the new tax was ', after: '!' });
    expect(items[1]?.context).toEqual({ before: 'Analysts said Moscow wants ', after: ' back.' });
  });

  it('reviews ninjs: replacements are JSON-escaped, and HTML-escaped inside an HTML body', async () => {
    const ninjs = `${JSON.stringify({
      uri: 'urn:x',
      headline: 'Moscow wants the influence zone back',
      body_html: '<p>It was the drop that spilled the cup, "officials" said.</p>',
    }, null, 1)}\n`;
    const { dir } = workdir(ninjs, 'story.json');
    const keys = ['e', ...'\x7f'.repeat(40), ...'a "zone" of <b>', '\r', 'e', ...'\x7f'.repeat(40), ...'the "last" & final', '\r', '\r'];
    expect(await runReviewCommand('story.json', flags, io(dir), { app: scripted(keys) })).toBe(0);
    const out = readFileSync(path.join(dir, 'story.reviewed.json'), 'utf8');
    const parsed = JSON.parse(out) as { headline: string; body_html: string };
    expect(parsed.headline).toBe('Moscow wants a "zone" of <b> back');
    expect(parsed.body_html).toBe('<p>It was the "last" &amp; final, "officials" said.</p>');
  });

  it('says so when there is nothing to review', async () => {
    const { dir } = workdir('Talks resume on Monday.\n');
    const m = io(dir);
    expect(await runReviewCommand('article.txt', flags, m, { app: scripted([]) })).toBe(0);
    expect(m.out()).toBe('article.txt: no findings to review.\n');
  });

  it('saves every decision, survives a crash, resumes where it stopped, and writes text and log at the end', async () => {
    const { dir, file } = workdir();
    await expect(runReviewCommand('article.txt', flags, io(dir), { app: scripted(['a', 'r'], { crash: true }) })).rejects.toThrow('killed');
    const session = JSON.parse(readFileSync(`${file}.mtaudit-session.json`, 'utf8'));
    expect(session.steps.map((s: { decisions: { decision: string; original: string }[] }) => s.decisions.map((d) => [d.decision, d.original]))).toEqual([
      [['accepted', 'the drop that overflowed the glass']],
      [['rejected', 'the influence space']],
    ]);

    const seen: RunAppOptions[] = [];
    const m = io(dir);
    expect(await runReviewCommand('article.txt', flags, m, { app: scripted(['2', 'a', 's', '\r'], { seen }) })).toBe(0);
    expect(seen[0]?.initial.notice).toBe('Resumed: 2 decisions restored.');
    expect(seen[0]?.initial.cursor).toBe(2);
    expect(readFileSync(path.join(dir, 'article.reviewed.txt'), 'utf8')).toBe(
      FIXTURE.replace('the drop that overflowed the glass', 'the last straw').replace('the drop that spilled the cup', 'the final straw'),
    );
    expect(readFileSync(file, 'utf8')).toBe(FIXTURE);
    expect(existsSync(`${file}.mtaudit-session.json`)).toBe(false);
    const log = JSON.parse(readFileSync(`${file}.review-log.json`, 'utf8'));
    expect(log.summary).toMatchObject({ total: 4, accepted: 2, rejected: 1, edited: 0, skipped: 1 });
    expect(log.decisions.map((d: { decision: string; replacement: string | null; time: string | null }) => [d.decision, d.replacement, d.time])).toEqual([
      ['accepted', 'the last straw', NOW],
      ['rejected', null, NOW],
      ['accepted', 'the final straw', NOW],
      ['skipped', null, NOW],
    ]);
    expect(m.out()).toBe(
      [
        'Reviewed article.txt: 4 findings: 2 accepted, 0 edited, 1 rejected, 1 skipped',
        '  calque  2 accepted, 0 edited, 1 rejected, 1 skipped',
        'Wrote article.reviewed.txt and the decisions log article.txt.review-log.json.',
        '',
      ].join('\n'),
    );
  });

  it('q keeps progress and says how to resume; quitting before any decision saves nothing', async () => {
    const { dir, file } = workdir();
    const m = io(dir);
    expect(await runReviewCommand('article.txt', flags, m, { app: scripted(['q']) })).toBe(0);
    expect(m.out()).toBe('Nothing decided; nothing saved.\n');
    expect(existsSync(`${file}.mtaudit-session.json`)).toBe(false);
    const m2 = io(dir);
    expect(await runReviewCommand('article.txt', flags, m2, { app: scripted(['a', 'j', 'q']) })).toBe(0);
    expect(m2.out()).toBe('Progress saved: 1 of 4 findings decided (article.txt.mtaudit-session.json).\nRun `mtaudit review article.txt` again to resume.\n');
    expect(JSON.parse(readFileSync(`${file}.mtaudit-session.json`, 'utf8')).cursor).toBeTypeOf('string');
  });

  it('resumes after the file was edited elsewhere, and keeps decisions whose finding is gone', async () => {
    const { dir, file } = workdir();
    await runReviewCommand('article.txt', flags, io(dir), { app: scripted(['r', 'a', 'q']) });
    // A new first line moves every offset; the second finding is fixed by hand.
    writeFileSync(file, `Updated at 10:00.\n${FIXTURE.replace('the influence space', 'a sphere of influence')}`);
    const seen: RunAppOptions[] = [];
    const m = io(dir);
    await runReviewCommand('article.txt', flags, m, { app: scripted(['jjj', '\r'], { seen }) });
    expect(seen[0]?.initial.notice).toBe('Resumed: 1 decisions restored (the file changed since); 1 no longer match a finding and are kept in the log.');
    const log = JSON.parse(readFileSync(`${file}.review-log.json`, 'utf8'));
    expect(log.decisions[0]).toMatchObject({ decision: 'rejected', original: 'the drop that overflowed the glass', start: 76, line: 2 });
    expect(log.unmatched).toMatchObject([{ decision: 'accepted', original: 'the influence space', replacement: 'a sphere of influence' }]);
    expect(m.out()).toContain('1 earlier decision(s) no longer match a finding: see "unmatched" in the log.');
  });

  it('--write corrects the file in place, keeping FILE.bak byte for byte (BOM and CRLF kept)', async () => {
    const raw = `\uFEFF${FIXTURE.replace(/\n/g, '\r\n')}`;
    const { dir, file } = workdir(raw);
    expect(await runReviewCommand('article.txt', { ...flags, write: true }, io(dir), { app: scripted(['A', 'r', 'r', '\r']) })).toBe(0);
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe(raw);
    expect(readFileSync(file, 'utf8')).toBe(raw.replace('the drop that overflowed the glass', 'the last straw').replace('the drop that spilled the cup', 'the last straw'));
    expect(existsSync(path.join(dir, 'article.reviewed.txt'))).toBe(false);
  });

  it('keeps the session when the result cannot be written', async () => {
    const { dir, file } = workdir();
    mkdirSync(path.join(dir, 'article.reviewed.txt'));
    await expect(runReviewCommand('article.txt', flags, io(dir), { app: scripted(['a', 'r', 'r', 'r', '\r']) })).rejects.toThrow(
      /^article\.reviewed\.txt: cannot write \(\w+\); every decision is kept in article\.txt\.mtaudit-session\.json$/,
    );
    expect(JSON.parse(readFileSync(`${file}.mtaudit-session.json`, 'utf8')).steps).toHaveLength(4);
  });

  it('refuses a damaged session instead of discarding it', async () => {
    const { dir, file } = workdir();
    writeFileSync(`${file}.mtaudit-session.json`, '{"schemaVersion": 1');
    await expect(runReviewCommand('article.txt', flags, io(dir), { app: scripted([]) })).rejects.toThrow(
      'article.txt.mtaudit-session.json: cannot resume: not valid JSON (move the file away to start over)',
    );
  });
});

/**
 * The real CLI (dist/, built by `npm test`'s pretest) in a real pseudo-terminal: tmux, on a
 * private socket, at a fixed size. Accepts one finding and rejects another, kill -9s the
 * process, resumes in a 60-column terminal, picks, edits, finishes, then checks the written
 * file and the decisions log byte for byte. Polls the screen; never sleeps blindly.
 * CI needs the Debian package `tmux`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = path.resolve('dist/cli/bin.js');
const FIXTURE = path.resolve('tests/fixtures/review/article.txt');
const NOW = '2025-03-04T05:06:07.000Z';
const RULES = 'review-e2e';
const hasTmux = spawnSync('tmux', ['-V']).status === 0;

const dir = mkdtempSync(path.join(tmpdir(), 'mtaudit-review-e2e-'));
const socket = path.join(dir, 'tmux.sock');
const conf = path.join(dir, 'tmux.conf');
writeFileSync(conf, 'set -g remain-on-exit on\nset -g status off\n');

function tmux(...args: string[]): string {
  return execFileSync('tmux', ['-S', socket, '-f', conf, ...args], { encoding: 'utf8' });
}

const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * Starts `mtaudit review` in a new tmux session of the given size. `exec` keeps the pane's
 * pid = node's (for kill -9); with `recordExit` a shell runs node instead and writes its exit
 * status to NAME.exit, because tmux does not always report a dead pane's status in time.
 */
function start(name: string, cols: number, rows: number, recordExit = false, file = 'article.txt'): void {
  // CI=true as on a CI runner: Ink would draw nothing until exit if review did not hide it.
  const argv = ['env', 'CI=true', 'NO_COLOR=1', `MTAUDIT_NOW=${NOW}`, process.execPath, BIN, 'review', file, '--rule', RULES].map(quote).join(' ');
  const cmd = recordExit ? `sh -c ${quote(`${argv}; echo $? > ${quote(path.join(dir, `${name}.exit`))}`)}` : `exec ${argv}`;
  tmux('new-session', '-d', '-s', name, '-x', String(cols), '-y', String(rows), '-c', dir, cmd);
}

const screen = (name: string): string => tmux('capture-pane', '-p', '-t', name);
const pane = (name: string, fmt: string): string => tmux('display-message', '-p', '-t', name, fmt).trim();

async function waitFor(name: string, want: string, ms = 15_000): Promise<string> {
  const end = Date.now() + ms;
  for (;;) {
    const s = screen(name);
    if (s.includes(want)) return s;
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for "${want}" in tmux session ${name}; the screen:\n${s}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Waits for the process to end: "exit N", or "signal N" (tmux 3.4+; 3.3 leaves both blank after a signal). */
async function waitDead(name: string, ms = 15_000): Promise<string> {
  const end = Date.now() + ms;
  while (pane(name, '#{pane_dead}') !== '1') {
    if (Date.now() > end) throw new Error(`the review process in ${name} did not exit; the screen:\n${screen(name)}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  const recorded = path.join(dir, `${name}.exit`);
  if (existsSync(recorded)) return `exit ${readFileSync(recorded, 'utf8').trim()}`;
  // The status can show up a moment after the pane is marked dead.
  for (const stop = Date.now() + 10_000; Date.now() < stop; ) {
    const status = pane(name, '#{pane_dead_status}');
    const signal = pane(name, '#{pane_dead_signal}');
    if (signal || status) return signal ? `signal ${signal}` : `exit ${status}`;
    await new Promise((r) => setTimeout(r, 25));
  }
  return 'unknown';
}

/** Sends keys, then waits for the screen to show `want`. */
async function press(name: string, keys: string[], want: string): Promise<string> {
  tmux('send-keys', '-t', name, ...keys);
  return waitFor(name, want);
}

afterAll(() => {
  if (hasTmux && existsSync(socket)) spawnSync('tmux', ['-S', socket, 'kill-server']);
});

describe('mtaudit review in a terminal (tmux)', () => {
  it('has tmux (CI: the Debian package tmux)', () => {
    expect(hasTmux, 'tmux is not installed: apt-get install tmux').toBe(true);
  });

  it.runIf(hasTmux)('decides, survives kill -9, resumes at 60 columns, finishes; the file and the log are exact', async () => {
    copyFileSync(FIXTURE, path.join(dir, 'article.txt'));
    // The findings come from the tests' own desk pack (tests/fixtures/review/README.md).
    copyFileSync(path.resolve('tests/fixtures/review/desk.yaml'), path.join(dir, 'desk.yaml'));
    writeFileSync(path.join(dir, 'mtaudit.config.json'), '{ "packs": ["desk.yaml"] }\n');
    const original = readFileSync(FIXTURE, 'utf8');

    start('first', 100, 30);
    let s = await waitFor('first', '1 / 4');
    expect(s).toContain('calque · warning · review-e2e/last-straw · line 1:59 · [open]');
    expect(s).toContain('For the farmers, the new tax was [[the drop that overflowed the glass]].');
    expect(s).toContain('Change: the [-drop that overflowed the glass-]{+last straw+}');
    await press('first', ['a'], '2 / 4');
    await press('first', ['r'], '3 / 4 · 2 decided');
    // Every decision is on disk before it is drawn: kill -9 now loses nothing.
    process.kill(Number(pane('first', '#{pane_pid}')), 'SIGKILL');
    expect(await waitDead('first')).not.toBe('exit 0');
    const session = JSON.parse(readFileSync(path.join(dir, 'article.txt.mtaudit-session.json'), 'utf8'));
    expect(session.steps).toHaveLength(2);

    start('second', 60, 24, true);
    s = await waitFor('second', 'Resumed: 2 decisions restored.');
    expect(s).toContain('3 / 4');
    await press('second', ['2'], '{+final straw+}');
    await press('second', ['a'], '4 / 4');
    await press('second', ['e'], 'Replace “the influence zone” with');
    await press('second', ['C-u'], '> |');
    await press('second', ['-l', 'the sphere of influence'], '> the sphere of influence');
    s = await press('second', ['Enter'], 'Summary');
    expect(s).toContain('4 findings: 2 accepted, 1 edited, 1 rejected, 0 skipped');
    tmux('send-keys', '-t', 'second', 'Enter');
    expect(await waitDead('second')).toBe('exit 0');
    s = screen('second');
    expect(s).toContain('Wrote article.reviewed.txt and the decisions log');

    expect(readFileSync(path.join(dir, 'article.reviewed.txt'), 'utf8')).toBe(
      [
        'Ministers met on Monday. For the farmers, the new tax was the last straw.',
        'One country has no right to exert the influence space over its neighbours, the minister said.',
        'Critics said the delay was the final straw after months of talks.',
        'Analysts said Moscow still wants the sphere of influence it lost in 1991.',
        '',
      ].join('\n'),
    );
    expect(readFileSync(path.join(dir, 'article.txt'), 'utf8')).toBe(original);
    expect(existsSync(path.join(dir, 'article.txt.mtaudit-session.json'))).toBe(false);
    const entry = (ruleId: string, start: number, end: number, line: number, column: number, orig: string, replacement: string | null, decision: string) => ({
      ruleId, category: 'calque', start, end, line, column, original: orig, replacement, decision, time: NOW,
    });
    const log = {
      schemaVersion: 1,
      file: 'article.txt',
      output: 'article.reviewed.txt',
      sourceSha256: createHash('sha256').update(original).digest('hex'),
      finishedAt: NOW,
      summary: {
        total: 4, accepted: 2, edited: 1, rejected: 1, skipped: 0,
        byCategory: { calque: { accepted: 2, edited: 1, rejected: 1, skipped: 0 } },
      },
      decisions: [
        entry('review-e2e/last-straw', 58, 92, 1, 59, 'the drop that overflowed the glass', 'the last straw', 'accepted'),
        entry('review-e2e/sphere-of-influence', 128, 147, 2, 35, 'the influence space', null, 'rejected'),
        entry('review-e2e/last-straw', 215, 244, 3, 28, 'the drop that spilled the cup', 'the final straw', 'accepted'),
        entry('review-e2e/sphere-of-influence', 301, 319, 4, 34, 'the influence zone', 'the sphere of influence', 'edited'),
      ],
      unmatched: [],
      conflicts: [],
    };
    expect(readFileSync(path.join(dir, 'article.txt.review-log.json'), 'utf8')).toBe(`${JSON.stringify(log, null, 2)}\n`);
  }, 60_000);

  it.runIf(hasTmux)('reviews NITF: prose on screen, not tags; what is typed is escaped in the written XML', async () => {
    copyFileSync(path.resolve('tests/fixtures/review/desk.yaml'), path.join(dir, 'desk.yaml'));
    writeFileSync(path.join(dir, 'mtaudit.config.json'), '{ "packs": ["desk.yaml"] }\n');
    const nitf = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<nitf><body><body.content>',
      '<p>For <em>the farmers</em>, the new tax was the drop that overflowed the glass.</p>',
      '<p>Analysts said Moscow still wants the influence zone it lost in 1991.</p>',
      '</body.content></body></nitf>',
      '',
    ].join('\n');
    writeFileSync(path.join(dir, 'story.nitf.xml'), nitf);
    start('nitf', 100, 30, true, 'story.nitf.xml');
    let s = await waitFor('nitf', '1 / 2');
    expect(s).toContain('For the farmers, the new tax was [[the drop that overflowed the glass]].');
    expect(s).not.toContain('<em>');
    await press('nitf', ['a'], '2 / 2');
    await press('nitf', ['e'], 'Replace “the influence zone” with');
    await press('nitf', ['C-u'], '> |');
    await press('nitf', ['-l', 'R&D <zone>'], '> R&D <zone>');
    s = await press('nitf', ['Enter'], 'Summary');
    tmux('send-keys', '-t', 'nitf', 'Enter');
    expect(await waitDead('nitf')).toBe('exit 0');
    expect(readFileSync(path.join(dir, 'story.nitf.reviewed.xml'), 'utf8')).toBe(
      nitf.replace('the drop that overflowed the glass', 'the last straw').replace('the influence zone', 'R&amp;D &lt;zone&gt;'),
    );
  }, 60_000);
});

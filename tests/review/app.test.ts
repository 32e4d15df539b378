/**
 * A few render tests driving keys through Ink; the logic itself is tested in reducer.test.ts.
 * (createElement, not JSX: vitest collects only .test.ts files.)
 */
import { cleanup, render } from 'ink-testing-library';
import { createElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ReviewApp } from '../../src/review/app.js';
import { styles } from '../../src/review/components/theme.js';
import { initialState, type ReviewState } from '../../src/review/reducer.js';
import { HIS, ITEMS, T } from './helpers.js';

afterEach(() => cleanup());

async function until(frame: () => string | undefined, want: string | RegExp, ms = 3000): Promise<string> {
  const end = Date.now() + ms;
  for (;;) {
    const f = frame() ?? '';
    if (typeof want === 'string' ? f.includes(want) : want.test(f)) return f;
    if (Date.now() > end) throw new Error(`timed out waiting for ${String(want)}; screen:\n${f}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

function mount(width?: number) {
  const saved: ReviewState[] = [];
  let exited: ReviewState | undefined;
  const app = render(
    createElement(ReviewApp, {
      initial: initialState(ITEMS),
      file: 'wire.txt',
      output: 'wire.reviewed.txt',
      color: false,
      now: () => T(1),
      onChange: (s) => void saved.push(s),
      onExit: (s) => {
        exited = s;
      },
      width,
    }),
  );
  return { app, saved, exited: () => exited };
}

describe('review styles', () => {
  it('without colour, no style sets a colour; marks carry the meaning', () => {
    for (const st of Object.values(styles({ color: false }))) expect(st).not.toHaveProperty('color');
    expect(styles({ color: true }).deleted).toMatchObject({ color: 'red' });
  });
});

describe('review app (rendered)', () => {
  it('shows one finding: counter, rule, the span in its sentence, the diff, the ranked suggestions, the key help', async () => {
    const { app } = mount();
    const f = await until(app.lastFrame, '1 / 5');
    expect(f).toContain('mtaudit review · wire.txt');
    expect(f).toContain('metonym-pronoun · warning · metonym-pronoun/country-his · line 1:16 · [open]');
    expect(f).toContain('Washington and [[his]] allies sit for the initial talk in the influence space.');
    expect(f).toContain('Change: [-his-]{+its+}');
    expect(f).toMatch(/ › 1 its\n {3}2 their/);
    expect(f).toContain('a accept · r reject · 1-9 pick · e edit · s skip · u undo · ←→ move · q quit · ? help');
  });

  it('accepts with a, saves the state before showing it, and picks another suggestion with 2', async () => {
    const { app, saved } = mount();
    await until(app.lastFrame, '1 / 5');
    app.stdin.write('2');
    await until(app.lastFrame, 'Change: [-his-]{+their+}');
    app.stdin.write('a');
    const f = await until(app.lastFrame, '2 / 5');
    expect(f).toContain('1 decided');
    expect(f).toContain('No suggestion: e writes a replacement');
    expect(saved.at(-1)?.decided.get(HIS.key)).toMatchObject({ decision: 'accepted', replacement: 'their', time: T(1) });
    app.stdin.write('u');
    expect(await until(app.lastFrame, 'Undone: accepted “his” → “their”.')).toContain('1 / 5');
  });

  it('shows a conflict with both edits and the choice, in text, not colour', async () => {
    const { app } = mount();
    await until(app.lastFrame, '1 / 5');
    app.stdin.write('jj');
    await until(app.lastFrame, '3 / 5');
    app.stdin.write('a');
    await until(app.lastFrame, '4 / 5');
    app.stdin.write('a');
    const f = await until(app.lastFrame, 'CONFLICT');
    expect(f).toContain('this: “talk” → “talks” [lexical-choice/talk]');
    expect(f).toContain('earlier: “initial talk” → “initial talks” [number-agreement/talk]');
    expect(f).toContain('o use this one · k keep earlier · q quit');
  });

  it('edits in place, lists every key behind ?, and stays within 60 columns', async () => {
    const { app } = mount(60);
    await until(app.lastFrame, '1 / 5');
    app.stdin.write('e');
    await until(app.lastFrame, 'Replace “his” with');
    app.stdin.write('\u0015');
    app.stdin.write('our');
    expect(await until(app.lastFrame, '> our|')).toContain('Enter save · Esc cancel · ^U clear');
    app.stdin.write('\u001b');
    await until(app.lastFrame, 'Change:');
    app.stdin.write('?');
    // Under 36 rows, the other modes' keys are left to their help lines.
    const help = await until(app.lastFrame, 'keys in the help line.');
    expect(help).toMatch(/\n {2}A {6}accept the first suggestion for every open finding\n {9}of this rule\n/);
    for (const frame of [help, ...app.frames]) for (const line of frame.split('\n')) expect(line.length).toBeLessThanOrEqual(60);
  });

  it('ends on the summary page; Enter finishes', async () => {
    const { app, exited } = mount();
    await until(app.lastFrame, '1 / 5');
    app.stdin.write('arsa');
    await until(app.lastFrame, '5 / 5');
    app.stdin.write('n');
    const f = await until(app.lastFrame, 'Summary');
    expect(f).toContain('5 findings: 2 accepted, 0 edited, 2 rejected, 1 skipped');
    expect(f).toContain('Enter writes wire.reviewed.txt and the decisions log.');
    app.stdin.write('\r');
    await until(() => (exited() ? 'done' : ''), 'done');
    expect(exited()?.exit).toBe('finish');
  });
});

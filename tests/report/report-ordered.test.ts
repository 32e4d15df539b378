/** The ordered runner behind `report`'s pool: input order out, whatever order results come in. */
import { describe, expect, it } from 'vitest';
import { runOrdered } from '../../src/cli/ordered.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('runOrdered', () => {
  it('emits in task order with a bounded window', async () => {
    const delays = [30, 1, 12, 0, 25, 3, 8, 0, 15, 2, 1, 20];
    let running = 0;
    let peak = 0;
    const out: number[] = [];
    await runOrdered(
      delays.map((d, i) => ({ d, i })),
      async ({ d, i }) => {
        running++;
        peak = Math.max(peak, running);
        await sleep(d);
        running--;
        return i;
      },
      3,
      async (r, i) => {
        expect(r).toBe(i);
        await sleep(1);
        out.push(r);
      },
    );
    expect(out).toEqual(delays.map((_, i) => i));
    expect(peak).toBeLessThanOrEqual(3);
  });

  it('resolves at once on no tasks, and rejects on the first failure', async () => {
    await expect(runOrdered([], async () => 1, 2, async () => undefined)).resolves.toBeUndefined();
    const started: number[] = [];
    const run = runOrdered([0, 1, 2, 3, 4, 5], async (i) => {
      started.push(i);
      if (i === 1) throw new Error('boom');
      return i;
    }, 2, async () => undefined);
    await expect(run).rejects.toThrow('boom');
    expect(started.length).toBeLessThan(6);
  });
});

/**
 * Runs async tasks with at most `window` of them started past the first one not yet emitted, and
 * hands their results to `emit` strictly in task order, one at a time, whatever order they
 * finish in. The window bounds the results held back by a slow task (memory stays flat).
 * The first rejection (of a task or of emit) rejects the whole run and starts nothing more.
 */
export function runOrdered<T, R>(tasks: readonly T[], run: (t: T) => Promise<R>, window: number, emit: (r: R, i: number) => Promise<void>): Promise<void> {
  return new Promise((resolve, reject) => {
    const ready = new Map<number, R>();
    let submitted = 0;
    let written = 0;
    let busy = false;
    let failed = false;
    const fail = (e: unknown): void => {
      if (failed) return;
      failed = true;
      reject(e);
    };
    const submit = (): void => {
      while (!failed && submitted < tasks.length && submitted < written + window) {
        const i = submitted++;
        run(tasks[i]!).then((r) => {
          ready.set(i, r);
          void drain();
        }, fail);
      }
    };
    const drain = async (): Promise<void> => {
      if (busy || failed) return;
      busy = true;
      try {
        while (ready.has(written)) {
          const r = ready.get(written)!;
          ready.delete(written);
          await emit(r, written);
          written++;
          submit();
        }
      } catch (e) {
        fail(e);
      }
      busy = false;
      if (!failed && written === tasks.length) resolve();
    };
    if (tasks.length === 0) resolve();
    else submit();
  });
}

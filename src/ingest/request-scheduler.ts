/**
 * Politeness for outgoing requests: at most `concurrency` in flight, and request starts to one
 * host at least `hostDelayMs` apart. Time is injected so tests need no real waiting.
 */

/** Options of a scheduler; `now`/`sleep` default to the real clock. */
export interface SchedulerOptions {
  readonly concurrency: number;
  readonly hostDelayMs: number;
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
}

/** Runs tasks under the concurrency limit and the per-host delay. */
export interface RequestScheduler {
  run<T>(host: string, task: () => Promise<T>): Promise<T>;
}

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Creates a scheduler. */
export function createRequestScheduler(opts: SchedulerOptions): RequestScheduler {
  const now = opts.now ?? Date.now;
  const sleep = opts.sleep ?? realSleep;
  const nextStart = new Map<string, number>();
  const waiting: (() => void)[] = [];
  let active = 0;

  const acquire = async (): Promise<void> => {
    if (active < Math.max(1, opts.concurrency)) {
      active++;
      return;
    }
    // The releasing task hands its slot over, so `active` stays counted.
    await new Promise<void>((resolve) => waiting.push(resolve));
  };
  const release = (): void => {
    const next = waiting.shift();
    if (next) next();
    else active--;
  };

  return {
    async run<T>(host: string, task: () => Promise<T>): Promise<T> {
      const t = now();
      const at = Math.max(t, nextStart.get(host) ?? 0);
      nextStart.set(host, at + opts.hostDelayMs);
      if (at > t) await sleep(at - t);
      await acquire();
      try {
        return await task();
      } finally {
        release();
      }
    },
  };
}

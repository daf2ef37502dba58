/** When a failing feed is tried again: 15 min, 30 min, 1 h, … doubling, at most a day later. */

const BASE_MS = 15 * 60_000;
const MAX_MS = 24 * 60 * 60_000;

/** Delay in milliseconds after the `failures`-th consecutive failure (1 = the first). */
export function backoffDelayMs(failures: number): number {
  const n = Math.max(1, Math.floor(failures));
  return Math.min(MAX_MS, BASE_MS * 2 ** Math.min(n - 1, 20));
}

/** ISO instant of the next poll after `failures` consecutive failures, counted from `now`. */
export function nextPollAfterFailure(now: Date, failures: number): string {
  return new Date(now.getTime() + backoffDelayMs(failures)).toISOString();
}

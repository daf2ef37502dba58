import { describe, expect, it } from 'vitest';
import { createRequestScheduler } from '../../src/ingest/request-scheduler.ts';

describe('createRequestScheduler', () => {
  it('spaces request starts to one host by the host delay, other hosts unaffected', async () => {
    // A frozen clock: every wait the scheduler asks for is recorded, none really happens.
    const sleeps: number[] = [];
    const s = createRequestScheduler({ concurrency: 4, hostDelayMs: 500, now: () => 1_000, sleep: async (ms) => void sleeps.push(ms) });
    const order: string[] = [];
    const task = (host: string, name: string) => s.run(host, async () => void order.push(name));
    await Promise.all([task('a.test', 'a1'), task('a.test', 'a2'), task('b.test', 'b1'), task('a.test', 'a3')]);
    expect(sleeps).toEqual([500, 1000]);
    expect(order).toContain('b1');
  });

  it('keeps at most `concurrency` tasks in flight', async () => {
    const s = createRequestScheduler({ concurrency: 2, hostDelayMs: 0 });
    let active = 0;
    let peak = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const runs = Array.from({ length: 5 }, (_, i) =>
      s.run(`h${i}.test`, async () => {
        active++;
        peak = Math.max(peak, active);
        await gate;
        active--;
      }),
    );
    await new Promise((resolve) => setImmediate(resolve));
    expect(active).toBe(2);
    release();
    await Promise.all(runs);
    expect(peak).toBe(2);
    expect(active).toBe(0);
  });
});

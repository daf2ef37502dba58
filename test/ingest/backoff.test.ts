import { describe, expect, it } from 'vitest';
import { backoffDelayMs, nextPollAfterFailure } from '../../src/ingest/backoff.ts';

describe('backoff', () => {
  it('doubles from 15 minutes and stops at a day', () => {
    expect([1, 2, 3, 4].map(backoffDelayMs)).toEqual([15, 30, 60, 120].map((m) => m * 60_000));
    expect(backoffDelayMs(50)).toBe(24 * 3_600_000);
    expect(backoffDelayMs(0)).toBe(15 * 60_000);
  });

  it('counts the next poll from now', () => {
    expect(nextPollAfterFailure(new Date('2026-01-01T00:00:00Z'), 3)).toBe('2026-01-01T01:00:00.000Z');
  });
});

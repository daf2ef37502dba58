import { describe, expect, it } from 'vitest';
import { latestSlot, parseDigestTimes, zonedToInstant } from '../../src/app/schedule.ts';
import { loadTimeZones } from '../../src/app/time-zones.ts';

const ms = (iso: string): number => Date.parse(iso);
const iso = (n: number | undefined): string | undefined => (n === undefined ? undefined : new Date(n).toISOString());

describe('latestSlot', () => {
  it('finds today’s slot in the chat’s zone (Kyiv is UTC+2 in winter)', () => {
    const slot = latestSlot(ms('2026-11-22T07:30:00Z'), 'Europe/Kyiv', ['08:00']);
    expect(slot?.key).toBe('2026-11-22T08:00@Europe/Kyiv');
    expect(iso(slot?.atMs)).toBe('2026-11-22T06:00:00.000Z');
  });

  it('falls back to yesterday before today’s first slot, and picks the latest of several', () => {
    expect(latestSlot(ms('2026-11-22T05:00:00Z'), 'Europe/Kyiv', ['08:00', '20:00'])?.key).toBe('2026-11-21T20:00@Europe/Kyiv');
    expect(latestSlot(ms('2026-11-22T19:00:00Z'), 'Europe/Kyiv', ['08:00', '20:00'])?.key).toBe('2026-11-22T20:00@Europe/Kyiv');
  });

  it('honours DST: 08:00 in Kyiv is 05:00Z in summer and 06:00Z in winter', () => {
    expect(iso(latestSlot(ms('2026-07-01T12:00:00Z'), 'Europe/Kyiv', ['08:00'])?.atMs)).toBe('2026-07-01T05:00:00.000Z');
    expect(iso(latestSlot(ms('2026-12-01T12:00:00Z'), 'Europe/Kyiv', ['08:00'])?.atMs)).toBe('2026-12-01T06:00:00.000Z');
    expect(iso(latestSlot(ms('2026-07-01T12:00:00Z'), 'America/New_York', ['08:00'])?.atMs)).toBe('2026-07-01T12:00:00.000Z');
  });

  it('moves a time skipped by spring-forward to after the gap, and takes the first of a repeated hour', () => {
    // Kyiv, 29 March 2026: 03:00 → 04:00.
    expect(iso(zonedToInstant({ year: 2026, month: 3, day: 29, hour: 3, minute: 30 }, 'Europe/Kyiv'))).toBe('2026-03-29T01:30:00.000Z');
    // Kyiv, 25 October 2026: 04:00 → 03:00, so 03:30 happens twice (00:30Z and 01:30Z).
    expect(iso(zonedToInstant({ year: 2026, month: 10, day: 25, hour: 3, minute: 30 }, 'Europe/Kyiv'))).toBe('2026-10-25T00:30:00.000Z');
  });

  it('returns nothing when digests are off', () => {
    expect(latestSlot(ms('2026-11-22T07:30:00Z'), 'UTC', [])).toBeUndefined();
  });
});

describe('parseDigestTimes', () => {
  it.each([
    ['08:00', ['08:00']],
    ['20:30, 8', ['08:00', '20:30']],
    ['7.15 7:15', ['07:15']],
    ['off', []],
    ['вимк', []],
    ['25:00', undefined],
    ['noon', undefined],
    ['', undefined],
  ])('%s', (input, expected) => expect(parseDigestTimes(input)).toEqual(expected));
});

describe('time zones', () => {
  const zones = loadTimeZones('data/timezones.json');
  it.each([
    ['Kyiv', 'Europe/Kyiv'],
    ['київ', 'Europe/Kyiv'],
    ['Berlin', 'Europe/Berlin'],
    ['UTC+3', 'Etc/GMT-3'],
    ['-5', 'Etc/GMT+5'],
    ['utc', 'UTC'],
    ['Europe/Warsaw', 'Europe/Warsaw'],
    ['Atlantis', undefined],
    ['UTC+15', undefined],
  ])('%s → %s', (input, zone) => expect(zones.resolve(input)).toBe(zone));
});

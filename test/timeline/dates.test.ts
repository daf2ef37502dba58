import { describe, expect, it } from 'vitest';
import { dayNumber, daysApart } from '../../src/timeline/dates.ts';

describe('dayNumber', () => {
  it.each(['1970-01-01', '2000-02-29', '2024-02-29', '2024-03-01', '2025-12-31', '1999-12-31', '2100-03-01'])(
    'agrees with Date.UTC for %s',
    (d) => {
      expect(dayNumber(d)).toBe(Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / 86_400_000);
    },
  );

  it('counts days across month and leap-year ends', () => {
    expect(daysApart('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysApart('2025-01-01', '2025-02-15')).toBe(45);
    expect(daysApart('2025-02-15', '2025-01-01')).toBe(45);
  });
});

// Dates as whole UTC days and a tick choice for a time axis: a handful of round dates.

/** `YYYY-MM-DD` → days since 1970-01-01 (UTC), or null for anything else. */
export function dayNumber(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(t) ? null : t / 86_400_000;
}

/** Days since 1970-01-01 → `YYYY-MM-DD`. */
export function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** A tick of the axis: its day and whether it starts a month (labelled with the month). */
export interface Tick {
  readonly day: number;
  readonly monthly: boolean;
}

const DAY_STEPS = [1, 2, 7, 14];
const MONTH_STEPS = [1, 2, 3, 6, 12, 24];

/** At most about `max` ticks between two days: every n days for short spans, month starts for long ones. */
export function ticks(from: number, to: number, max = 8): Tick[] {
  const span = to - from;
  const dayStep = DAY_STEPS.find((s) => span / s <= max);
  if (dayStep !== undefined) {
    const out: Tick[] = [];
    for (let d = Math.ceil(from / dayStep) * dayStep; d <= to; d += dayStep) out.push({ day: d, monthly: false });
    return out;
  }
  const months = span / 30.44;
  const step = MONTH_STEPS.find((s) => months / s <= max) ?? Math.ceil(months / max / 12) * 12;
  const start = new Date(from * 86_400_000);
  const out: Tick[] = [];
  // Months counted from year 0; the first tick is the first month start after `from` whose
  // month is divisible by the step, so labels read Jan/Apr/Jul/Oct rather than drift.
  let month = start.getUTCFullYear() * 12 + start.getUTCMonth() + 1;
  while ((month % 12) % step !== 0) month++;
  for (; ; month += step) {
    const d = Date.UTC(Math.floor(month / 12), month % 12, 1) / 86_400_000;
    if (d > to) break;
    out.push({ day: d, monthly: true });
  }
  return out;
}

/**
 * Digest times in a chat's own time zone: the latest slot at or before a moment, honouring DST
 * through Intl's IANA data. Pure functions of their inputs (no clock).
 */

interface LocalParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Wall-clock parts of an instant in a zone. */
export function localParts(instantMs: number, timeZone: string): LocalParts & { second: number } {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(instantMs).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year), month: Number(parts.month), day: Number(parts.day),
    hour: Number(parts.hour) % 24, minute: Number(parts.minute), second: Number(parts.second),
  };
}

/** The zone's offset from UTC at an instant, in milliseconds (Kyiv in summer: +3 h). */
function offsetMs(instantMs: number, timeZone: string): number {
  const p = localParts(instantMs, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(instantMs / 1000) * 1000;
}

/**
 * The instant a wall-clock time happens in a zone. A time skipped by a DST jump (02:30 on the
 * spring-forward night) moves forward by the gap; a repeated one takes its first occurrence.
 */
export function zonedToInstant(p: LocalParts, timeZone: string): number {
  const guess = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  const day = 86_400_000;
  const candidates = [guess - offsetMs(guess - day, timeZone), guess - offsetMs(guess + day, timeZone)];
  const valid = candidates.filter((t) => {
    const l = localParts(t, timeZone);
    return l.hour === p.hour && l.minute === p.minute && l.day === p.day;
  });
  return valid.length > 0 ? Math.min(...valid) : Math.max(...candidates);
}

/** True for a zone Intl knows (`Europe/Kyiv`, `Etc/GMT-3`, `UTC`). */
export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** One digest occasion: a stable key (for dedupe) and its instant. */
export interface Slot {
  /** `2026-11-22T08:00@Europe/Kyiv`: local date and time plus zone, so each occasion has one key. */
  readonly key: string;
  readonly atMs: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * The latest digest slot at or before `nowMs`, looking back two local days, or undefined when
 * the chat has no digest times. Missed slots collapse into the latest one (a process down over
 * several slots sends one digest, not one per slot).
 */
export function latestSlot(nowMs: number, timeZone: string, times: readonly string[]): Slot | undefined {
  if (times.length === 0) return undefined;
  const today = localParts(nowMs, timeZone);
  let best: Slot | undefined;
  for (const back of [0, 1, 2]) {
    const d = new Date(Date.UTC(today.year, today.month - 1, today.day - back));
    for (const t of times) {
      const [hour, minute] = t.split(':').map(Number) as [number, number];
      const local = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour, minute };
      const atMs = zonedToInstant(local, timeZone);
      if (atMs > nowMs || (best && best.atMs >= atMs)) continue;
      const key = `${local.year}-${pad(local.month)}-${pad(local.day)}T${t}@${timeZone}`;
      best = { key, atMs };
    }
    if (best) return best;
  }
  return best;
}

/** Parses `08:00, 20:30` / `8 20` / `off` into sorted unique `HH:MM`; undefined when malformed. */
export function parseDigestTimes(input: string): string[] | undefined {
  const text = input.trim().toLowerCase();
  if (['off', 'no', 'none', 'вимк', 'вимкнути', 'ні'].includes(text)) return [];
  const tokens = text.split(/[\s,;]+/).filter(Boolean);
  if (tokens.length === 0 || tokens.length > 6) return undefined;
  const out = new Set<string>();
  for (const token of tokens) {
    const m = /^(\d{1,2})(?:[:.h](\d{2}))?$/.exec(token);
    if (!m) return undefined;
    const hour = Number(m[1]);
    const minute = Number(m[2] ?? 0);
    if (hour > 23 || minute > 59) return undefined;
    out.add(`${pad(hour)}:${pad(minute)}`);
  }
  return [...out].sort();
}

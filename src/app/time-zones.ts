import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { isValidTimeZone } from './schedule.ts';

const Entry = z.object({ id: z.string().min(1), names: z.array(z.string().min(1)).min(1), zone: z.string(), reason: z.string() });

/** A small city → IANA zone table (data/timezones.json) plus UTC offsets and IANA names. */
export interface TimeZoneResolver {
  /** `Kyiv`, `Київ`, `Berlin`, `UTC+2`, `+3`, `Europe/Warsaw` → an IANA zone; undefined when unknown. */
  resolve(input: string): string | undefined;
}

const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’'`\s_-]+/g, ' ').trim();

/** Loads and validates the city table; errors name the file and entry. */
export function loadTimeZones(file: string): TimeZoneResolver {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  const entries = z.array(Entry).parse(raw);
  const byName = new Map<string, string>();
  for (const e of entries) {
    if (!isValidTimeZone(e.zone)) throw new Error(`${file}: entry ${e.id}: unknown time zone ${e.zone}`);
    for (const n of e.names) byName.set(fold(n), e.zone);
  }
  return { resolve: (input) => resolveTimeZone(input, byName) };
}

function resolveTimeZone(input: string, byName: ReadonlyMap<string, string>): string | undefined {
  const text = input.trim();
  const offset = /^(?:utc|gmt)?\s*([+-−])\s*(\d{1,2})(?::?00)?$/i.exec(text);
  if (offset) {
    const hours = Number(offset[2]);
    if (hours > 14) return undefined;
    // Etc/GMT zones invert the sign (POSIX): UTC+3 is Etc/GMT-3.
    return hours === 0 ? 'UTC' : `Etc/GMT${offset[1] === '+' ? '-' : '+'}${hours}`;
  }
  if (/^(utc|gmt)$/i.test(text)) return 'UTC';
  const city = byName.get(fold(text));
  if (city) return city;
  if (text.includes('/') && isValidTimeZone(text)) return Intl.DateTimeFormat('en-US', { timeZone: text }).resolvedOptions().timeZone;
  return undefined;
}

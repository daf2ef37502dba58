/**
 * Stage: date expressions of a sentence resolved against the article's date: "on Sept. 12",
 * "December 24, 2025", "on Thursday" (the latest Thursday on or before `published`), "last
 * Sunday", "yesterday", "at the end of November", "in September 2022", "in 2022".
 */
import type { IsoDate } from '../domain/article.ts';
import type { Token } from '../text/tokens.ts';
import type { Hit, SentenceHits } from './analyse.ts';

/** One date expression: token range, the day it means, and how it was written. */
export interface DateRef {
  readonly start: number;
  readonly end: number;
  readonly date: IsoDate;
  /** The text gave a year or a month, not only a weekday or a relative word. */
  readonly absolute: boolean;
  /** Preceded by "since"/"after": the start of a state, not an event of that day. */
  readonly since: boolean;
  readonly ruleId: string;
}

const DAY = 86_400_000;
const YEAR = /^(19|20)\d\d$/;

function iso(t: number): IsoDate {
  return new Date(t).toISOString().slice(0, 10);
}

function utc(date: IsoDate): number {
  return Date.parse(`${date}T00:00:00Z`);
}

/** All date expressions in a sentence (needs the article date to resolve anything). */
export function findDates(hits: SentenceHits, tokens: readonly Token[], published: IsoDate): DateRef[] {
  const pub = utc(published);
  const out: DateRef[] = [];
  const used = new Set<number>();
  const dates = hits.dates.length > 1 ? [...hits.dates].sort((a, b) => a.start - b.start) : hits.dates;
  for (const h of dates) {
    if (used.has(h.start)) continue;
    const ref = resolveHit(h, dates, tokens, pub);
    if (!ref) continue;
    for (let i = ref.start; i < ref.end; i++) used.add(i);
    out.push({ ...ref, since: sinceAt(dates, ref.start) });
  }
  for (let i = 0; i < tokens.length; i++) {
    // Only four-character tokens can be years (the length test spares most tokens the regex).
    if (tokens[i]!.norm.length !== 4 || used.has(i) || !YEAR.test(tokens[i]!.norm)) continue;
    const year = Number(tokens[i]!.norm);
    if (year > new Date(pub).getUTCFullYear()) continue;
    out.push({ start: i, end: i + 1, date: `${year}-07-01`, absolute: true, since: sinceAt(dates, i), ruleId: 'date-year' });
  }
  return out.length > 1 ? out.sort((a, b) => a.start - b.start) : out;
}

/** Whether a "since" word ends right before token `i`. */
function sinceAt(dates: readonly Hit[], i: number): boolean {
  return dates.some((d) => d.item.cat === 'date' && d.item.entry.kind === 'since' && d.end === i);
}

function resolveHit(h: Hit, dates: readonly Hit[], tokens: readonly Token[], pub: number): Omit<DateRef, 'since'> | null {
  if (h.item.cat !== 'date') return null;
  const entry = h.item.entry;
  const ruleId = entry.id;
  switch (entry.kind) {
    case 'month':
      return monthDate(h, entry.value, tokens, pub, ruleId);
    case 'weekday': {
      const last = h.start > 0 && tokens[h.start - 1]!.norm === 'last';
      const back = (new Date(pub).getUTCDay() - entry.value + 7) % 7 || (last ? 7 : 0);
      return { start: last ? h.start - 1 : h.start, end: h.end, date: iso(pub - back * DAY), absolute: false, ruleId };
    }
    case 'relative':
      return { start: h.start, end: h.end, date: iso(pub + entry.value * DAY), absolute: false, ruleId };
    case 'end-of':
    case 'start-of': {
      const month = dates.find((d) => d.start === h.end && d.item.cat === 'date' && d.item.entry.kind === 'month');
      if (!month || month.item.cat !== 'date') return null;
      const m = month.item.entry.value;
      const year = yearAfter(tokens, month.end) ?? yearOfMonth(m, pub);
      const day = entry.kind === 'end-of' ? new Date(Date.UTC(year, m, 0)).getUTCDate() : 1;
      return { start: h.start, end: month.end, date: iso(Date.UTC(year, m - 1, day)), absolute: true, ruleId };
    }
    default:
      return null;
  }
}

function monthDate(h: Hit, month: number, tokens: readonly Token[], pub: number, ruleId: string): Omit<DateRef, 'since'> | null {
  const after = dayAt(tokens, h.end);
  const before = h.start > 0 ? dayAt(tokens, h.start - 1) : null;
  const day = after ?? before;
  const start = after === null && before !== null ? h.start - 1 : h.start;
  let end = after !== null ? h.end + 1 : h.end;
  const year = yearAfter(tokens, end);
  if (year !== null) end++;
  if (day === null && year === null && tokens[h.start]!.norm === 'may') return null;
  const y = year ?? yearOfMonth(month, pub);
  const d = day ?? (year !== null ? 15 : 1);
  const t = Date.UTC(y, month - 1, d);
  if (new Date(t).getUTCMonth() !== month - 1) return null;
  return { start, end, date: iso(t), absolute: true, ruleId };
}

function dayAt(tokens: readonly Token[], i: number): number | null {
  const norm = tokens[i]?.norm;
  if (!norm || !/^\d{1,2}(st|nd|rd|th)?$/.test(norm)) return null;
  const day = parseInt(norm, 10);
  return day >= 1 && day <= 31 ? day : null;
}

function yearAfter(tokens: readonly Token[], i: number): number | null {
  const norm = tokens[i]?.norm;
  return norm && YEAR.test(norm) ? Number(norm) : null;
}

/** A month without a year is the latest such month not after the article. */
function yearOfMonth(month: number, pub: number): number {
  const d = new Date(pub);
  return month - 1 > d.getUTCMonth() ? d.getUTCFullYear() - 1 : d.getUTCFullYear();
}

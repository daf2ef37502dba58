/**
 * Plain-text articles (CLAIMS.md "Article files"): an optional `---` front-matter block of
 * `key: value` lines, then the body. Every key is optional.
 */
import type { IsoDate } from '../domain/article.ts';

export interface FrontMatterText {
  /** Front-matter keys, lower-cased, values trimmed (surrounding quotes removed). */
  readonly meta: Readonly<Record<string, string>>;
  /** Everything after the block (the whole text when there is none), line ends normalised to \n. */
  readonly body: string;
}

const OPEN = /^\uFEFF?---[ \t]*\n/;

/** Splits front matter from the body. A block that never closes is treated as body text. */
export function splitFrontMatter(text: string): FrontMatterText {
  const normalised = text.replace(/\r\n?/g, '\n');
  const open = OPEN.exec(normalised);
  if (!open) return { meta: {}, body: normalised.replace(/^\uFEFF/, '') };
  const rest = normalised.slice(open[0].length);
  const close = /^---[ \t]*$/m.exec(rest);
  if (!close) return { meta: {}, body: normalised.replace(/^\uFEFF/, '') };
  const meta: Record<string, string> = {};
  for (const line of rest.slice(0, close.index).split('\n')) {
    const m = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (m) meta[m[1]!.toLowerCase()] = unquote(m[2]!.trim());
  }
  const body = rest.slice(close.index + close[0].length).replace(/^\n/, '');
  return { meta, body };
}

function unquote(v: string): string {
  return /^(['"]).*\1$/.test(v) && v.length >= 2 ? v.slice(1, -1) : v;
}

/**
 * `YYYY-MM-DD` from a front-matter, meta-tag or feed date, else null. The date is the calendar
 * day the publisher wrote, not the UTC day of the instant: "Fri, 21 Nov 2025 01:30 +0200" is
 * the 21st (a Kyiv outlet's morning), though it is still the 20th in UTC.
 */
export function parseIsoDate(value: string | undefined | null): IsoDate | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (m) return validDate(+m[1]!, +m[2]!, +m[3]!);
  const written = writtenDate(value);
  if (written !== undefined) return written;
  const t = Date.parse(value);
  if (Number.isNaN(t)) return null;
  return new Date(t).toISOString().slice(0, 10);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** "21 Nov 2025" (RSS's RFC 822 dates) and "November 21, 2025". */
const DAY_MONTH_YEAR = /\b(\d{1,2})\s+([a-z]{3,9})\.?,?\s+(\d{4})\b/i;
const MONTH_DAY_YEAR = /\b([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b/i;

/** The day, month name and year as written; undefined when the text has none (or no month name). */
function writtenDate(value: string): IsoDate | null | undefined {
  const dmy = DAY_MONTH_YEAR.exec(value);
  const mdy = dmy ? null : MONTH_DAY_YEAR.exec(value);
  const parts = dmy ? [dmy[1]!, dmy[2]!, dmy[3]!] : mdy ? [mdy[2]!, mdy[1]!, mdy[3]!] : null;
  if (!parts) return undefined;
  const [day, monthName, year] = parts as [string, string, string];
  const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase());
  if (month < 0) return undefined;
  return validDate(+year, month + 1, +day);
}

function validDate(y: number, mo: number, d: number): IsoDate | null {
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * The calendar day of an instant on this machine's clock and time zone: a file saved at 00:30
 * in Kyiv, or "today" there, is that day, though UTC is still on the one before.
 */
export function localIsoDate(at: Date): IsoDate {
  const pad = (x: number): string => String(x).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

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

/** `YYYY-MM-DD` from a front-matter or meta-tag date (ISO date or date-time), else null. */
export function parseIsoDate(value: string | undefined | null): IsoDate | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (m) return validDate(+m[1]!, +m[2]!, +m[3]!);
  const t = Date.parse(value);
  if (Number.isNaN(t)) return null;
  return new Date(t).toISOString().slice(0, 10);
}

function validDate(y: number, mo: number, d: number): IsoDate | null {
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * Word tokens of a text with the facts the mention finder needs about their position. A
 * hand-written scanner (no Unicode-property regex): this runs over every article.
 */

/** One word of the text. */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly word: string;
  /** First letter upper-case. */
  readonly cap: boolean;
  /** Only spaces or one hyphen separate it from the previous word (a name may continue). */
  readonly joinsPrev: boolean;
  /** Separated from the previous word by a comma only. */
  readonly commaBefore: boolean;
  /** Capitalisation says nothing here: first word of a sentence or a word of a title-case line. */
  positionalCap: boolean;
  readonly sentence: number;
}

const OTHER_LETTER = /[\p{L}\p{M}]/u;

function isLetter(c: number, text: string, i: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c >= 0x400 && c <= 0x52f) return true;
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if (c >= 0x300 && c <= 0x36f) return true;
  if (c === 0x2bc) return false; // modifier apostrophe: handled as an apostrophe
  if (c < 0x370 || (c >= 0x2000 && c <= 0x2bff)) return false;
  return OTHER_LETTER.test(text.charAt(i));
}

function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2bc || c === 0x60;
}

function isUpper(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c >= 65 && c <= 90;
  const ch = text.charAt(i);
  return ch !== ch.toLowerCase();
}

/** What lies between two words. */
interface Gap {
  newlines: number;
  boundary: boolean;
  joins: boolean;
  comma: boolean;
}

function readGap(text: string, from: number, to: number): Gap {
  let newlines = 0;
  let boundary = false;
  let spaces = 0;
  let hyphens = 0;
  let other = 0;
  let comma = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 0xa0) spaces++;
    else if (c === 45 || c === 0x2010 || c === 0x2011) hyphens++;
    else {
      other++;
      if (c === 10) {
        newlines++;
        boundary = true;
      } else if (c === 44) comma++;
      else if (c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 58 || c === 59 || c === 0x2022 || c === 124) {
        boundary = true;
      }
    }
  }
  const joins = other === 0 && ((hyphens === 0 && spaces >= 1 && spaces <= 2) || (hyphens === 1 && spaces <= 2));
  return { newlines, boundary, joins, comma: comma === 1 && other === 1 };
}

/** Title-case lines (English headlines): most long Latin words capitalised, so a capital proves nothing. */
function markTitleLines(tokens: Token[], lineOf: number[]): void {
  const long = new Map<number, [number, number]>();
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.word.length < 4 || t.word.charCodeAt(0) > 0x24f) continue;
    const c = long.get(lineOf[k]!) ?? [0, 0];
    c[0]++;
    if (t.cap) c[1]++;
    long.set(lineOf[k]!, c);
  }
  for (let k = 0; k < tokens.length; k++) {
    const c = long.get(lineOf[k]!);
    if (c && c[0] >= 4 && c[1] / c[0] >= 0.75) tokens[k]!.positionalCap = true;
  }
}

/** Splits `text` into word tokens (apostrophes inside a word keep it whole: Куп’янськ, Kupiansk's). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const lineOf: number[] = [];
  const n = text.length;
  let line = 0;
  let sentence = 0;
  let prevEnd = 0;
  let prevShortLower = false;
  let i = 0;
  while (i < n) {
    if (!isLetter(text.charCodeAt(i), text, i)) {
      i++;
      continue;
    }
    const start = i;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (isLetter(c, text, i)) i++;
      else if (isApostrophe(c) && i + 1 < n && isLetter(text.charCodeAt(i + 1), text, i + 1)) i += 2;
      else break;
    }
    const gap = readGap(text, prevEnd, start);
    line += gap.newlines;
    const abbreviation = prevShortLower && gap.newlines === 0 && text.charCodeAt(prevEnd) === 46;
    const boundary = tokens.length === 0 || (gap.boundary && !abbreviation);
    if (boundary) sentence++;
    const word = text.slice(start, i);
    const cap = isUpper(text, start);
    tokens.push({
      start,
      end: i,
      word,
      cap,
      joinsPrev: !boundary && gap.joins,
      commaBefore: gap.comma,
      positionalCap: boundary,
      sentence,
    });
    lineOf.push(line);
    prevEnd = i;
    prevShortLower = word.length <= 3 && !cap;
  }
  markTitleLines(tokens, lineOf);
  return tokens;
}

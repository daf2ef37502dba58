/**
 * Word tokens of a text with the facts the mention finder needs about their position. A
 * hand-written scanner over char codes (no regex per character, no object per token): this
 * runs over every article, and most words are never looked at again.
 */

/** Flag bits of a token. */
export const CAP = 1; // first letter upper-case
export const JOINS_PREV = 2; // only spaces or one hyphen separate it from the previous word (a name may continue)
export const COMMA_BEFORE = 4; // separated from the previous word by a comma only
export const POSITIONAL_CAP = 8; // first word of a sentence or a word of a title-case line: a capital says nothing
export const CYRILLIC = 16; // has a letter of U+0400..U+04FF (`isCyrillic` of the word)

/** The words of a text as parallel arrays; `word(i)` slices on demand. */
export interface TokenList {
  readonly text: string;
  readonly count: number;
  readonly start: readonly number[];
  readonly end: readonly number[];
  /** Sentence number (1-based, in order). */
  readonly sentence: readonly number[];
  readonly flags: readonly number[];
  word(i: number): string;
}

const OTHER_LETTER = /[\p{L}\p{M}]/u;

function isLetter(c: number, ch: string): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c >= 0x400 && c <= 0x52f) return true;
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if (c >= 0x300 && c <= 0x36f) return true;
  if (c === 0x2bc) return false; // modifier apostrophe: handled as an apostrophe
  if (c < 0x370 || (c >= 0x2000 && c <= 0x2bff)) return false;
  return OTHER_LETTER.test(ch);
}

// Character classes (low bits) and an upper-case bit, per UTF-16 code unit.
const LETTER = 1;
const SPACE = 2;
const HYPHEN = 3;
const NEWLINE = 4;
const COMMA = 5;
const STOP = 6; // . ! ? … : ; • |
const APOSTROPHE = 7; // joins two letters into one word; elsewhere an OTHER
const OTHER = 8;
const CLASS_MASK = 15;
const UPPER = 16;
const CYRILLIC_UNIT = 32;
const UNKNOWN = 255;

function classify(c: number): number {
  const ch = String.fromCharCode(c);
  if (isLetter(c, ch)) return LETTER | (ch !== ch.toLowerCase() ? UPPER : 0) | (c >= 0x400 && c <= 0x4ff ? CYRILLIC_UNIT : 0);
  if (c === 32 || c === 0xa0) return SPACE;
  if (c === 45 || c === 0x2010 || c === 0x2011) return HYPHEN;
  if (c === 10) return NEWLINE;
  if (c === 44) return COMMA;
  if (c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 58 || c === 59 || c === 0x2022 || c === 124) return STOP;
  if (c === 0x27 || c === 0x2019 || c === 0x2bc || c === 0x60) return APOSTROPHE;
  return OTHER;
}

/** `classify` of every code unit, filled in on first sight (a pure function of the code unit). */
const classes = new Uint8Array(0x10000).fill(UNKNOWN);

function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const known = classes[c]!;
  return known !== UNKNOWN ? known : (classes[c] = classify(c));
}

class Tokens implements TokenList {
  constructor(
    readonly text: string,
    readonly count: number,
    readonly start: readonly number[],
    readonly end: readonly number[],
    readonly sentence: readonly number[],
    readonly flags: readonly number[],
  ) {}

  /** Sliced on each call: the scanner keeps what it derives from a word, so few words are sliced twice. */
  word(i: number): string {
    return this.text.slice(this.start[i]!, this.end[i]!);
  }
}

/**
 * Title-case lines (English headlines): most long Latin words capitalised, so a capital proves
 * nothing. Tracks the current line while tokens are added; `close` marks its tokens if needed.
 */
class TitleLines {
  private first = 0;
  private long = 0;
  private capped = 0;

  add(length: number, firstChar: number, cap: boolean): void {
    if (length < 4 || firstChar > 0x24f) return;
    this.long++;
    if (cap) this.capped++;
  }

  /** Ends the line before token `next`. */
  close(flags: number[], next: number): void {
    if (this.long >= 4 && this.capped / this.long >= 0.75) {
      for (let k = this.first; k < next; k++) flags[k] = flags[k]! | POSITIONAL_CAP;
    }
    this.first = next;
    this.long = 0;
    this.capped = 0;
  }
}

/** Splits `text` into word tokens (apostrophes inside a word keep it whole: Куп’янськ, Kupiansk's). */
export function tokenize(text: string): TokenList {
  const n = text.length;
  const starts: number[] = [];
  const ends: number[] = [];
  const sentences: number[] = [];
  const flags: number[] = [];
  const title = new TitleLines();
  let count = 0;
  let sentence = 0;
  let prevShortLower = false;
  let i = 0;
  while (i < n) {
    // The gap before the word: what separates it from the previous one.
    const gapStart = i;
    let newlines = 0;
    let boundary = false;
    let spaces = 0;
    let hyphens = 0;
    let other = 0;
    let comma = 0;
    let cls = 0;
    for (; i < n; i++) {
      cls = classAt(text, i) & CLASS_MASK;
      if (cls === LETTER) break;
      if (cls === SPACE) spaces++;
      else if (cls === HYPHEN) hyphens++;
      else {
        other++;
        if (cls === NEWLINE) {
          newlines++;
          boundary = true;
        } else if (cls === COMMA) comma++;
        else if (cls === STOP) boundary = true;
      }
    }
    if (i >= n) break;
    const start = i;
    const cap = (classAt(text, i) & UPPER) !== 0;
    let units = classAt(text, i);
    for (i++; i < n; i++) {
      const unit = classAt(text, i);
      units |= unit;
      cls = unit & CLASS_MASK;
      if (cls === LETTER) continue;
      if (cls !== APOSTROPHE || i + 1 >= n || (classAt(text, i + 1) & CLASS_MASK) !== LETTER) break;
      i++;
    }
    if (newlines > 0 && count > 0) title.close(flags, count);
    const abbreviation = prevShortLower && newlines === 0 && text.charCodeAt(gapStart) === 46;
    const isBoundary = count === 0 || (boundary && !abbreviation);
    if (isBoundary) sentence++;
    const joins = other === 0 && ((hyphens === 0 && spaces >= 1 && spaces <= 2) || (hyphens === 1 && spaces <= 2));
    starts.push(start);
    ends.push(i);
    sentences.push(sentence);
    flags.push(
      (cap ? CAP : 0) |
        (!isBoundary && joins ? JOINS_PREV : 0) |
        (comma === 1 && other === 1 ? COMMA_BEFORE : 0) |
        (isBoundary ? POSITIONAL_CAP : 0) |
        (units & CYRILLIC_UNIT ? CYRILLIC : 0),
    );
    title.add(i - start, text.charCodeAt(start), cap);
    count++;
    prevShortLower = i - start <= 3 && !cap;
  }
  title.close(flags, count);
  return new Tokens(text, count, starts, ends, sentences, flags);
}

/**
 * Sentence splitting for news text in English, Ukrainian and Russian. Paragraph breaks always end
 * a sentence; within a paragraph a sentence ends at . ! ? … (plus closing quotes or brackets)
 * followed by a space and a capital letter, digit or opening quote, unless the word before the
 * full stop is an abbreviation ("Sept.", "Gen.", "U.S.") or a single initial.
 *
 * Hand-written scanners (character codes, no regexes): they find exactly what the regular
 * expressions in the comments find (a paragraph break is `\n\s*\n` as String#split reads it, a
 * boundary is BOUNDARY below).
 */
import { BMP_FACTS, LETTER, UPPER_OR_NUMBER, charFacts } from './char-classes.ts';

/** One sentence: offsets into the split text, the text itself and its paragraph number. */
export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly paragraph: number;
}

const DEFAULT_ABBREVIATIONS = [
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mr', 'mrs', 'ms', 'dr', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'st', 'no', 'vs', 'etc',
  'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'sen', 'rep', 'gov', 'prof', 'jr', 'sr', 'approx',
  'ст', 'г', 'гг', 'ул', 'им', 'т.е', 'т.д', 'т.п', 'тис', 'тыс', 'млн', 'млрд', 'обл', 'р',
];

// BOUNDARY = /[.!?…]+["'”’»)\]]*(?=\s+["'“‘«(\[]?[\p{Lu}\p{N}])/gu
/** Only the last characters before a full stop can be an abbreviation (keeps the check O(1)). */
const ABBREVIATION_REACH = 12;
const NO_EXTRA: readonly string[] = [];
/** The abbreviation set per lexicon list (built once per list, not per call). */
const abbreviationSets = new WeakMap<readonly string[], ReadonlySet<string>>();

/**
 * Splits `text` into sentences. `abbreviations` (lower case, without the final dot) extend the
 * defaults; a list is read once per array object (lexicon lists are built once and not changed).
 */
export function splitSentences(text: string, abbreviations: readonly string[] = NO_EXTRA): Sentence[] {
  let abbrev = abbreviationSets.get(abbreviations);
  if (!abbrev) {
    abbrev = new Set([...DEFAULT_ABBREVIATIONS, ...abbreviations]);
    abbreviationSets.set(abbreviations, abbrev);
  }
  const sentences: Sentence[] = [];
  const stops = new StopFinder(text);
  let paragraph = 0;
  for (let start = 0; start <= text.length; ) {
    const brk = paragraphBreak(text, start);
    const end = brk < 0 ? text.length : brk;
    if (!isBlank(text, start, end)) {
      for (let lineStart = start; lineStart <= end; ) {
        let lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd < 0 || lineEnd > end) lineEnd = end;
        splitLine(text, lineStart, lineEnd, { abbrev, paragraph, stops }, sentences);
        lineStart = lineEnd + 1;
      }
      paragraph++;
    }
    if (brk < 0) break;
    start = breakEnd(text, brk);
  }
  return sentences;
}

/** Start of the first `\n\s*\n` at or after `from` (a "\n" whose following white space holds another "\n"), or -1. */
function paragraphBreak(text: string, from: number): number {
  for (let i = text.indexOf('\n', from); i >= 0; i = text.indexOf('\n', i + 1)) {
    for (let j = i + 1; j < text.length && isSpace(text.charCodeAt(j)); j++) if (text.charCodeAt(j) === 10) return i;
  }
  return -1;
}

/** End of the break starting at `at`: `\s*` is greedy, so it runs to the last "\n" of the white space. */
function breakEnd(text: string, at: number): number {
  let end = at + 1;
  for (let j = at + 1; j < text.length && isSpace(text.charCodeAt(j)); j++) if (text.charCodeAt(j) === 10) end = j + 1;
  return end;
}

/**
 * Finds the stops `[.!?…]` with native indexOf (far faster than a loop over every character):
 * the next position of each stop character is kept and searched again once passed.
 */
class StopFinder {
  private readonly next = [-2, -2, -2, -2];

  constructor(private readonly text: string) {}

  /** The first stop at or after `from`, or -1. */
  find(from: number): number {
    let best = -1;
    for (let k = 0; k < STOPS.length; k++) {
      let at = this.next[k]!;
      if (at !== -1 && at < from) {
        at = this.text.indexOf(STOPS[k]!, from);
        this.next[k] = at;
      }
      if (at >= 0 && (best < 0 || at < best)) best = at;
    }
    return best;
  }
}

const STOPS = ['.', '!', '?', '…'];

function splitLine(
  text: string,
  lineStart: number,
  lineEnd: number,
  ctx: { abbrev: ReadonlySet<string>; paragraph: number; stops: StopFinder },
  out: Sentence[],
): void {
  let from = lineStart;
  for (let i = ctx.stops.find(lineStart); i >= 0 && i < lineEnd; i = ctx.stops.find(i)) {
    // Greedy stops, then closers; inside that run there is no white space, so no shorter match
    // can satisfy the lookahead: the run either ends a sentence or nothing in it does.
    let end = i + 1;
    while (end < lineEnd && isStop(text.charCodeAt(end))) end++;
    while (end < lineEnd && isCloser(text.charCodeAt(end))) end++;
    if (startsSentence(text, end, lineEnd) && !(text.charCodeAt(i) === 46 && isAbbreviation(text, Math.max(from, i - ABBREVIATION_REACH), i, ctx.abbrev))) {
      push(text, from, end, ctx.paragraph, out);
      from = end;
    }
    i = end;
  }
  push(text, from, lineEnd, ctx.paragraph, out);
}

/** The lookahead `\s+["'“‘«(\[]?[\p{Lu}\p{N}]` at `at`, within the line. */
function startsSentence(text: string, at: number, lineEnd: number): boolean {
  let j = at;
  while (j < lineEnd && isSpace(text.charCodeAt(j))) j++;
  if (j === at || j >= lineEnd) return false;
  if (isUpperOrNumber(text, j, lineEnd)) return true;
  return isOpener(text.charCodeAt(j)) && j + 1 < lineEnd && isUpperOrNumber(text, j + 1, lineEnd);
}

/** Whether the run of letters and dots that ends at `end` (not reaching before `lo`) is an abbreviation or an initial. */
function isAbbreviation(text: string, lo: number, end: number, abbrev: ReadonlySet<string>): boolean {
  let start = end;
  let codePoints = 0;
  while (start > lo) {
    const c = text.charCodeAt(start - 1);
    let len = 1;
    if (c >= 0xdc00 && c <= 0xdfff && start - 2 >= lo) {
      const h = text.charCodeAt(start - 2);
      if (h >= 0xd800 && h <= 0xdbff) len = 2;
    }
    if (c !== 46 && (factsAt(text, start - len) & LETTER) === 0) break;
    start -= len;
    codePoints++;
  }
  if (start === end) return false;
  if (codePoints === 1 && (factsAt(text, start) & UPPER_OR_NUMBER) !== 0 && isUpperLetter(text.slice(start, end))) return true;
  return abbrev.has(text.slice(start, end).toLowerCase());
}

const UPPER_LETTER = /^\p{Lu}$/u;

function isUpperLetter(ch: string): boolean {
  return UPPER_LETTER.test(ch);
}

function push(text: string, from: number, to: number, paragraph: number, out: Sentence[]): void {
  let a = from;
  let b = to;
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  if (a < b) out.push({ start: a, end: b, text: text.slice(a, b), paragraph });
}

function factsAt(text: string, i: number): number {
  return BMP_FACTS[text.charCodeAt(i)]! || charFacts(text, i);
}

/** `[\p{Lu}\p{N}]` at `i` (a surrogate pair only when both halves are inside the line). */
function isUpperOrNumber(text: string, i: number, lineEnd: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 >= lineEnd) return false;
  return (factsAt(text, i) & UPPER_OR_NUMBER) !== 0;
}

/** `[.!?…]` */
function isStop(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/** `["'”’»)\]]` */
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 41 || c === 93;
}

/** `["'“‘«(\[]` */
function isOpener(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 0xab || c === 40 || c === 91;
}

/** `\s`: the white space and line terminators of JavaScript (the set String#trim removes). */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

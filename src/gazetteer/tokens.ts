/** Word tokens of a text with the facts the mention finder needs about their position. */

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
  readonly positionalCap: boolean;
  readonly sentence: number;
}

const WORD_RE = /[\p{L}\p{M}]+(?:['’ʼ`][\p{L}\p{M}]+)*/gu;
const JOIN_RE = /^(?:[ \u00A0]{1,2}|[ \u00A0]?[-‐‑][ \u00A0]?)$/;
const BOUNDARY_RE = /[.!?…:;\n•|]/;

function isCap(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase();
}

/**
 * Title-case lines (English headlines): most long Latin words capitalised, so a capital proves
 * nothing. Ukrainian and Russian headlines use sentence case.
 */
function titleLines(text: string): Set<number> {
  const out = new Set<number>();
  let line = 0;
  for (const l of text.split('\n')) {
    const words = l.match(/\p{Script=Latin}{4,}/gu);
    if (words && words.length >= 4 && words.filter(isCap).length / words.length >= 0.75) out.add(line);
    line++;
  }
  return out;
}

/** Splits `text` into word tokens (apostrophes inside a word keep it whole: Куп’янськ, Kupiansk's). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const titles = titleLines(text);
  let line = 0;
  let sentence = 0;
  let prevEnd = 0;
  let prevWord = '';
  for (const m of text.matchAll(WORD_RE)) {
    const start = m.index;
    const gap = text.slice(prevEnd, start);
    for (let k = gap.indexOf('\n'); k !== -1; k = gap.indexOf('\n', k + 1)) line++;
    const abbreviation = prevWord.length <= 3 && !isCap(prevWord) && /^\.\s*$/.test(gap);
    const boundary = tokens.length === 0 || (BOUNDARY_RE.test(gap) && !abbreviation);
    if (boundary) sentence++;
    const word = m[0];
    tokens.push({
      start,
      end: start + word.length,
      word,
      cap: isCap(word),
      joinsPrev: !boundary && JOIN_RE.test(gap),
      commaBefore: /^\s*,\s*$/.test(gap),
      positionalCap: boundary || titles.has(line),
      sentence,
    });
    prevEnd = start + word.length;
    prevWord = word;
  }
  return tokens;
}

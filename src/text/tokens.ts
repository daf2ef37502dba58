/**
 * Word tokens for phrase matching in any script (Latin and Cyrillic alike). A token is a run of
 * letters and digits, with inner apostrophes kept ("russia's", "куп'янськ") and hyphens
 * splitting words ("house-to-house" → house, to, house); "%" is a token of its own.
 * Hand-written scanner: fast paths for ASCII and Cyrillic, a Unicode test for anything else.
 */

/** One token: offsets into the tokenised string and its normalised form. */
export interface Token {
  readonly start: number;
  readonly end: number;
  /** Lower case, typographic apostrophes folded to `'`, ё to е. */
  readonly norm: string;
}

const APOSTROPHES = /[’ʼ`]/g;
const HAS_APOSTROPHE = /[’ʼ`]/;
const OTHER_WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** Normalises one word the way tokens are normalised (for lexicon phrases). */
export function normalizeWord(word: string): string {
  // Russian writes ё or е at will ("освобождённый", "освобожденный"): lexicons list one form.
  const lower = word.toLowerCase().replaceAll('ё', 'е');
  return HAS_APOSTROPHE.test(lower) ? lower.replace(APOSTROPHES, "'") : lower;
}

function isWordChar(c: number, text: string, i: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0x400 && c <= 0x52f) return true;
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  return OTHER_WORD_CHAR.test(text[i]!);
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2bc || c === 96;
}

/** Splits text into tokens, in order. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 37) {
      tokens.push({ start: i, end: i + 1, norm: '%' });
      i++;
      continue;
    }
    if (!isWordChar(c, text, i)) {
      i++;
      continue;
    }
    const start = i;
    // Lower-case ASCII and Cyrillic words (most of a text) are their own normal form.
    let plain = true;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (isWordChar(d, text, i)) {
        if (plain && !isLowerPlain(d)) plain = false;
        i++;
      } else if (isApostrophe(d) && i + 1 < n && isWordChar(text.charCodeAt(i + 1), text, i + 1) && !isDigit(text.charCodeAt(i + 1))) {
        if (d !== 39) plain = false;
        i++;
      } else break;
    }
    const word = text.slice(start, i);
    tokens.push({ start, end: i, norm: plain ? word : normalizeWord(word) });
  }
  return tokens;
}

/** a–z, 0–9, а–я and і ї є ґ: letters that lower-casing and the ё → е fold leave unchanged. */
function isLowerPlain(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  return (c >= 0x430 && c <= 0x44f) || c === 0x456 || c === 0x457 || c === 0x454 || c === 0x491;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

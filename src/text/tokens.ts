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

// Per code unit: what the scanner needs to know, in one table lookup (filled on first sight).
const WORD = 1;
/** A word character that lower-casing and the ё → е fold leave unchanged: a–z, 0–9, а–я, і ї є ґ. */
const PLAIN = 2;
/** ' ’ ʼ ` */
const APOSTROPHE = 4;
/** ё Ё and the typographic apostrophes: characters normalizeWord rewrites beyond lower-casing. */
const REWRITTEN = 8;
const DIGIT = 16;
const KNOWN = 128;
const classes = new Uint8Array(0x10000);

function classify(c: number): number {
  let bits = KNOWN;
  if (isWordChar(c)) bits |= WORD;
  if (isLowerPlain(c)) bits |= PLAIN;
  if (c === 39 || c === 0x2019 || c === 0x2bc || c === 96) bits |= APOSTROPHE;
  if (c === 0x401 || c === 0x451 || c === 0x2019 || c === 0x2bc || c === 96) bits |= REWRITTEN;
  if (c >= 48 && c <= 57) bits |= DIGIT;
  classes[c] = bits;
  return bits;
}

/** Letters and digits; a surrogate half is tested on its own (and is no word character). */
function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0x400 && c <= 0x52f) return true;
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  return OTHER_WORD_CHAR.test(String.fromCharCode(c));
}

/** Splits text into tokens, in order. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const f = classes[c] || classify(c);
    if ((f & WORD) === 0) {
      if (c === 37) tokens.push({ start: i, end: i + 1, norm: '%' });
      i++;
      continue;
    }
    const start = i;
    // Lower-case ASCII and Cyrillic words (most of a text) are their own normal form.
    let all = f;
    let any = f;
    i++;
    while (i < n) {
      const d = text.charCodeAt(i);
      const g = classes[d] || classify(d);
      if (g & WORD) {
        all &= g;
        any |= g;
        i++;
      } else if (g & APOSTROPHE && i + 1 < n && apostropheJoins(text.charCodeAt(i + 1))) {
        // A plain "'" keeps a word plain; the typographic ones are rewritten.
        if (d !== 39) all &= ~PLAIN;
        any |= g;
        i++;
      } else break;
    }
    const word = text.slice(start, i);
    const norm = all & PLAIN ? word : any & REWRITTEN ? normalizeWord(word) : word.toLowerCase();
    tokens.push({ start, end: i, norm });
  }
  return tokens;
}

/** An apostrophe stays inside a word when a letter (not a digit) follows. */
function apostropheJoins(next: number): boolean {
  const g = classes[next] || classify(next);
  return (g & WORD) !== 0 && (g & DIGIT) === 0;
}

/** a–z, 0–9, а–я and і ї є ґ: letters that lower-casing and the ё → е fold leave unchanged. */
function isLowerPlain(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  return (c >= 0x430 && c <= 0x44f) || c === 0x456 || c === 0x457 || c === 0x454 || c === 0x491;
}

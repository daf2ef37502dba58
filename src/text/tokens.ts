/**
 * Word tokens for phrase matching in any script (Latin and Cyrillic alike). A token is a run of
 * letters and digits, with inner apostrophes kept ("russia's", "куп'янськ") and hyphens
 * splitting words ("house-to-house" → house, to, house); "%" is a token of its own.
 */

/** One token: offsets into the tokenised string and its normalised form. */
export interface Token {
  readonly start: number;
  readonly end: number;
  /** Lower case, typographic apostrophes folded to `'`. */
  readonly norm: string;
}

const TOKEN = /[\p{L}\p{N}]+(?:['’ʼ`][\p{L}]+)*|%/gu;
const APOSTROPHES = /[’ʼ`]/g;

/** Normalises one word the way tokens are normalised (for lexicon phrases). */
export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(APOSTROPHES, "'");
}

/** Splits text into tokens, in order. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    tokens.push({ start: m.index, end: m.index + m[0].length, norm: normalizeWord(m[0]) });
  }
  return tokens;
}

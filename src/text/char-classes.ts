/**
 * Per-character facts the language detector and the sentence splitter need (Cyrillic or Latin
 * script, letter, Ukrainian- or Russian-only letter, word apostrophe, capital or digit), looked up instead of matched with Unicode regexes. Each
 * fact is taken from the very regex it replaces, the first time a character is seen, so the
 * answers are the engine's own (same Unicode version) and the scan stays one plain loop.
 */

/** Script=Cyrillic. */
export const CYRILLIC = 1;
/** Script=Latin. */
export const LATIN = 2;
/** General category L. */
export const LETTER = 4;
/** і ї є ґ, any case. */
export const UK_LETTER = 8;
/** ы э ё ъ, any case. */
export const RU_LETTER = 16;
/** ' ’ ʼ (inside a Cyrillic word: Ukrainian spelling). */
export const APOSTROPHE = 32;
/** General category Lu or N (what may open a sentence after a full stop). */
export const UPPER_OR_NUMBER = 64;
const KNOWN = 128;

const TESTS: readonly [number, RegExp][] = [
  [CYRILLIC, /^\p{Script=Cyrillic}$/u],
  [LATIN, /^\p{Script=Latin}$/u],
  [LETTER, /^\p{L}$/u],
  [UK_LETTER, /^[іїєґ]$/iu],
  [RU_LETTER, /^[ыэёъ]$/iu],
  [APOSTROPHE, /^['’ʼ]$/u],
  [UPPER_OR_NUMBER, /^[\p{Lu}\p{N}]$/u],
];

/**
 * Facts of BMP code units, filled on first sight (0 = not yet known; surrogates stay 0, so a
 * caller's fast path `BMP_FACTS[c] || charFacts(text, i)` always sends them to charFacts).
 */
export const BMP_FACTS = new Uint8Array(0x10000);
const bmp = BMP_FACTS;
const astral = new Map<number, number>();

function classify(ch: string): number {
  let bits = KNOWN;
  for (const [bit, re] of TESTS) if (re.test(ch)) bits |= bit;
  return bits;
}

/**
 * The facts of the code point at `i` (a surrogate pair is one code point, as in `u` regexes; a
 * lone surrogate is a code point of its own). Read its length with `codePointLength`.
 */
export function charFacts(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return astralFacts(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
  }
  const known = bmp[c]!;
  if (known !== 0) return known;
  const bits = classify(String.fromCharCode(c));
  if (c < 0xd800 || c > 0xdfff) bmp[c] = bits;
  return bits;
}

function astralFacts(cp: number): number {
  let bits = astral.get(cp);
  if (bits === undefined) {
    bits = classify(String.fromCodePoint(cp));
    astral.set(cp, bits);
  }
  return bits;
}

/** 2 when a surrogate pair starts at `i`, else 1. */
export function codePointLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

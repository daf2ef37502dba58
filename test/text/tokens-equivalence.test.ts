import { describe, expect, it } from 'vitest';
import { type Token, normalizeWord, tokenize } from '../../src/text/tokens.ts';
import { randomText, seededRandom } from './random-text.ts';

// The scanner before its per-character table: every word normalised by normalizeWord unless it is
// plain lower-case ASCII or Cyrillic. The table-driven scanner must give the same tokens.
const OTHER_WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
function isWordChar(c: number, text: string, i: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0x400 && c <= 0x52f) return true;
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  return OTHER_WORD_CHAR.test(text[i]!);
}
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019 || c === 0x2bc || c === 96;
const isLowerPlain = (c: number): boolean =>
  c < 128 ? (c >= 97 && c <= 122) || (c >= 48 && c <= 57) : (c >= 0x430 && c <= 0x44f) || c === 0x456 || c === 0x457 || c === 0x454 || c === 0x491;

function reference(text: string): Token[] {
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
    let plain = true;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (isWordChar(d, text, i)) {
        if (plain && !isLowerPlain(d)) plain = false;
        i++;
      } else if (isApostrophe(d) && i + 1 < n && isWordChar(text.charCodeAt(i + 1), text, i + 1) && !(text.charCodeAt(i + 1) >= 48 && text.charCodeAt(i + 1) <= 57)) {
        if (d !== 39) plain = false;
        i++;
      } else break;
    }
    const word = text.slice(start, i);
    tokens.push({ start, end: i, norm: plain ? word : normalizeWord(word) });
  }
  return tokens;
}

describe('tokenize: table-driven scanner equals the plain one', () => {
  it.each([
    ['capitals, ё and apostrophes', "ЁЛКИ Освобождённый Russia’s rock`n`roll d'Arc 5'6 Куп'янськ"],
    ['letters outside the fast ranges', 'Ἀθῆναι İstanbul ǅemal ﬁnal Ⅻ 𝐀bc ſtraße Kelvin'],
    ['percent and digits', '70%of 3.5% 1,000'],
  ])('%s', (_name, text) => {
    expect(tokenize(text)).toEqual(reference(text));
  });

  it('agrees on 3,000 random texts', () => {
    const random = seededRandom(5);
    for (let k = 0; k < 3000; k++) {
      const text = randomText(random, 60);
      expect(tokenize(text), text).toEqual(reference(text));
    }
  });
});

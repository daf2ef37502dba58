/**
 * Text folding for name matching: one key per spelling family, so that Kupyansk, Kupjansk,
 * Kup'jans'k and Kupiansk meet, and Купянск meets Куп’янськ. Pure string functions, no data.
 */

const APOSTROPHES = /['’ʼ‘`´"”“]/g;
const LATIN_SPECIAL: Record<string, string> = { ł: 'l', ø: 'o', ß: 'ss', đ: 'd', ı: 'i', æ: 'ae', œ: 'oe', ħ: 'h' };
const CYRILLIC_RE = /[\u0400-\u04FF]/;
const LETTER_RE = /\p{L}/u;

/** True when the string contains a Cyrillic letter (the word is then folded as Cyrillic). */
export function isCyrillic(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 0x400 && c <= 0x4ff) return true;
  if (c < 0x80 && word.length < 40) {
    // ASCII start: Cyrillic only if a later letter is (rare mixed words).
    for (let i = 1; i < word.length; i++) if (word.charCodeAt(i) >= 0x400 && word.charCodeAt(i) <= 0x4ff) return true;
    return false;
  }
  return CYRILLIC_RE.test(word);
}

/** True when the first letter of `word` is an upper-case letter. */
export function isCapitalised(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase() && LETTER_RE.test(c);
}

/**
 * Folds one Latin-script word: strips diacritics and apostrophes, lower-cases, and merges the
 * letters romanisations disagree on (y/j → i, w → v, runs of i → one i).
 * `Kup'jans'k`, `Kupyansk`, `Kupiańsk` → `kupiansk`; `Sievierodonetsk`, `Syeverodonets'k` → `sieverodonetsk`.
 */
export function foldLatinWord(word: string): string {
  const fast = foldAsciiWord(word);
  if (fast !== undefined) return fast;
  let s = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(APOSTROPHES, '');
  s = s.replace(/[łøßđıæœħ]/g, (c) => LATIN_SPECIAL[c] ?? c);
  return s.replace(/[yj]/g, 'i').replace(/w/g, 'v').replace(/i{2,}/g, 'i');
}

/** The same folding for a plain ASCII word, without regexes (the common case in English text). */
function foldAsciiWord(word: string): string | undefined {
  // Most words fold to themselves, give or take a capital first letter: check that before building.
  let prevI = false;
  let firstUpper = false;
  for (let k = 0; k < word.length; k++) {
    let c = word.charCodeAt(k);
    if (c >= 0x80) return undefined;
    if (c >= 65 && c <= 90) {
      if (k > 0) return buildAsciiFold(word);
      firstUpper = true;
      c += 32;
    } else if (c < 97 || c > 122) return buildAsciiFold(word);
    if (c === 121 || c === 106 || c === 119) return buildAsciiFold(word); // y, j, w change
    if (c === 105) {
      if (prevI) return buildAsciiFold(word); // a run of i shrinks
      prevI = true;
    } else prevI = false;
  }
  return firstUpper ? String.fromCharCode(word.charCodeAt(0) + 32) + word.slice(1) : word;
}

/** `foldAsciiWord` letter by letter, for the words that change more than their first letter. */
function buildAsciiFold(word: string): string | undefined {
  let out = '';
  let prevI = false;
  for (let k = 0; k < word.length; k++) {
    let c = word.charCodeAt(k);
    if (c >= 0x80) return undefined;
    if (c === 39 || c === 96 || c === 34) continue;
    if (c >= 65 && c <= 90) c += 32;
    if (c === 121 || c === 106) c = 105; // y, j → i
    else if (c === 119) c = 118; // w → v
    if (c === 105) {
      if (prevI) continue;
      prevI = true;
    } else prevI = false;
    out += String.fromCharCode(c);
  }
  return out;
}

const CYRILLIC_FOLD: Record<string, string> = {
  ь: '', ъ: '', ё: 'е', і: 'и', ї: 'и', ы: 'и', є: 'е', э: 'е', ґ: 'г',
  "'": '', '’': '', ʼ: '', '‘': '', '`': '', '´': '', '"': '', '”': '', '“': '',
};

/**
 * Folds one Cyrillic word so Ukrainian and Russian spellings meet: lower-case, apostrophes and
 * soft/hard signs dropped, ё → е, і ї ы → и, є э → е, ґ → г. `Куп’янськ` and `Купянск` → `купянск`.
 */
export function foldCyrillicWord(word: string): string {
  const lower = word.toLowerCase();
  if (isPlainCyrillic(lower)) return lower;
  let out = '';
  for (let k = 0; k < lower.length; k++) {
    const ch = lower.charAt(k);
    const c = lower.charCodeAt(k);
    if (c >= 0x430 && c <= 0x44f && c !== 0x44a && c !== 0x44b && c !== 0x44c && c !== 0x44d) out += ch;
    else {
      const mapped = CYRILLIC_FOLD[ch];
      if (mapped !== undefined) out += mapped;
      else if (c === 0x306 || c === 0x308) out = composeLast(out, c);
      else out += ch;
    }
  }
  return out;
}

/** Only а..я without ъ ы ь э: such a lower-cased word is its own folding. */
function isPlainCyrillic(lower: string): boolean {
  for (let k = 0; k < lower.length; k++) {
    const c = lower.charCodeAt(k);
    if (c < 0x430 || c > 0x44f || (c >= 0x44a && c <= 0x44d)) return false;
  }
  return true;
}

/** Combining breve/diaeresis after и/і (decomposed й, ї): keep й, fold ї to и. */
function composeLast(out: string, mark: number): string {
  return mark === 0x306 && out.endsWith('и') ? `${out.slice(0, -1)}й` : out;
}

/** Folds one word in either script. */
export function foldWord(word: string): string {
  return isCyrillic(word) ? foldCyrillicWord(word) : foldLatinWord(word);
}

/** Splits a name or query into words: hyphens, spaces and punctuation separate, apostrophes join. */
export function nameWords(text: string): string[] {
  return text.match(/[\p{L}\p{M}\p{N}]+(?:['’ʼ`][\p{L}\p{M}]+)*/gu) ?? [];
}

/** Folds a whole name or query: words folded and joined by single spaces (`Chasiv-Yar` → `chasiv iar`). */
export function foldName(text: string): string {
  return nameWords(text).map(foldWord).join(' ');
}

const RU_LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'yi',
  є: 'ye', ґ: 'g',
};
const VOWELS = 'аеёиоуыэюяіїєй';

/**
 * Romanises Russian (or Ukrainian, read the Russian way) in the plain BGN/PCGN style used by
 * news agencies: Красноармейск → Krasnoarmeysk, Курахово → Kurakhovo. With `iotatedE`, е after
 * a vowel, a sign or at the start is `ye` (Avdeyevka); without it, `e` (Avdeevka).
 */
export function romaniseRussian(text: string, iotatedE = true): string {
  let out = '';
  let prev = ' ';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    let latin = RU_LATIN[lower];
    if (latin === undefined) {
      out += ch;
      prev = ch;
      continue;
    }
    if (lower === 'е' && iotatedE && (VOWELS.includes(prev) || 'ьъ '.includes(prev) || !LETTER_RE.test(prev))) {
      latin = 'ye';
    }
    out += ch !== lower && latin.length > 0 ? latin.charAt(0).toUpperCase() + latin.slice(1) : latin;
    prev = lower;
  }
  return out;
}

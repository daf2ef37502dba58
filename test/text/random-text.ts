/**
 * Seeded random text for the equivalence tests of the fast text scanners: pieces drawn from a
 * pool that holds the characters the scanners treat specially (Cyrillic of both languages in both
 * cases, apostrophes, surrogate pairs and lone surrogates, letters whose case folding is unusual,
 * line breaks and spaces of every kind, sentence punctuation) next to ordinary words.
 */

/** Deterministic PRNG (mulberry32), so a failure can be replayed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Pieces text is built from. */
export const PIECES: readonly string[] = [
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'.split(''),
  ...'абвгдежзийклмнопрстуфхцчшщьюяАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЬЮЯ'.split(''),
  'і', 'ї', 'є', 'ґ', 'І', 'Ї', 'Є', 'Ґ', 'ы', 'э', 'ё', 'ъ', 'Ы', 'Э', 'Ё', 'Ъ',
  "'", '’', 'ʼ', '`', '"', '“', '”', '«', '»', '‘', '(', ')', '[', ']', '%', '-', '—', '–', '/', ':', ';', ',',
  '.', '.', '.', '!', '?', '…', ' ', ' ', ' ', ' ', '\n', '\n\n', '\n \n', '\t', '\u00a0', '\r', '\u2028', '\u3000',
  'ſ', 'K', 'İ', 'ı', 'ß', 'ẞ', 'é', 'Ü', 'ᲀ', 'ᲂ', 'Ω', 'σ', 'ς', 'Σ', '\u0301', '\u0485',
  '𞀰', '𝐀', '😀', '\ud800', '\udc00', 'ꙋ',
  ' і ', ' и ', ' та ', ' що ', ' что ', ' як ', ' как ', ' його ', ' его ', ' від ', ' от ', ' было ', ' Который ', ' ЩО ',
  "п'ятниця", 'Куп’янськ', 'Купянск', ' the ', ' Russia ', ' Ukraine ', ' U.S. ', ' Gen. ', ' Sept. ', ' J. ', ' ст. ', ' т.е. ',
  ' Read more: ', 'Sign up', ' newsletter ', 'Photo: ', ' (AP) ', ' / TASS', 'KYIV — ', 'Dear readers,', 'A Message from X:',
  ' support us ', 'Donate', ' Підписуйтеся ', ' Читайте також ', ', Ukraine, March 2, 2025.', ' is a senior correspondent ',
];

/** A random string of up to `maxPieces` pieces. */
export function randomText(random: () => number, maxPieces: number): string {
  const n = Math.floor(random() * maxPieces);
  let out = '';
  for (let i = 0; i < n; i++) out += PIECES[Math.floor(random() * PIECES.length)]!;
  return out;
}

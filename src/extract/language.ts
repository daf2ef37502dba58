/**
 * The language an article is read in: its declared `lang`, else the script of its text
 * (Cyrillic with і/ї/є/ґ is Ukrainian, other Cyrillic Russian, else English).
 */

/** ISO 639-1 code of the article text. */
export function detectLanguage(declared: string | null | undefined, text: string): string {
  const lang = declared?.trim().toLowerCase().slice(0, 2);
  if (lang) return lang;
  const sample = text.slice(0, 4000);
  const cyrillic = (sample.match(/\p{Script=Cyrillic}/gu) ?? []).length;
  const latin = (sample.match(/\p{Script=Latin}/gu) ?? []).length;
  if (cyrillic <= latin) return 'en';
  return /[іїєґІЇЄҐ]/u.test(sample) ? 'uk' : 'ru';
}

/**
 * The language an article is read in: its declared `lang`, else the script of its text
 * (src/text/detect-language.ts: Cyrillic share, letters and function words of one language only).
 */
import { detectTextLanguage } from '../text/detect-language.ts';

/** "ua" is the country, often written where the language "uk" is meant. */
const DECLARED_ALIASES: Readonly<Record<string, string>> = { ua: 'uk' };

/** ISO 639-1 code of the article text. */
export function detectLanguage(declared: string | null | undefined, text: string): string {
  const lang = declared?.trim().toLowerCase().slice(0, 2);
  if (lang) return DECLARED_ALIASES[lang] ?? lang;
  return detectTextLanguage(text.slice(0, 4000));
}

/**
 * Which of English, Ukrainian and Russian a text is written in, from its script alone: the share
 * of Cyrillic letters, the letters only one of the two Cyrillic languages has (і ї є ґ and the
 * apostrophe inside a word for Ukrainian; ы э ё ъ for Russian) and a few frequent function words
 * each language does not share with the other. No dictionary and no model: news text gives
 * enough of these signals in a sentence or two.
 */

/** A language the detector can tell. */
export type DetectedLanguage = 'en' | 'uk' | 'ru';

/** The evidence behind a guess, for callers that want to judge how sure it is. */
export interface LanguageEvidence {
  readonly lang: DetectedLanguage;
  /** Cyrillic letters / all letters (0 when there are no letters). */
  readonly cyrillicShare: number;
  /** Weighted Ukrainian-only signals. */
  readonly uk: number;
  /** Weighted Russian-only signals. */
  readonly ru: number;
}

const UK_LETTERS = /[іїєґ]/giu;
const RU_LETTERS = /[ыэёъ]/giu;
/** "п'ятниця", "Куп’янськ": Ukrainian writes an apostrophe inside words, Russian does not. */
const UK_APOSTROPHE = /\p{Script=Cyrillic}['’ʼ]\p{Script=Cyrillic}/gu;
const WORD = /\p{Script=Cyrillic}+/gu;
const ANY_CYRILLIC = /[\u0400-\u04ff]/u;
const ANY_UK_LETTER = /[іїєґ]/iu;
const ANY_RU_LETTER = /[ыэёъ]/iu;

// Frequent words that exist in one language only (shared ones such as "не", "на", "для" are left out).
const UK_WORDS = new Set([
  'і', 'й', 'та', 'що', 'як', 'від', 'це', 'його', 'її', 'який', 'яка', 'які', 'якого', 'під', 'також', 'вже',
  'із', 'зі', 'між', 'щоб', 'але', 'чи', 'ще', 'було', 'були', 'він', 'вона', 'вони', 'після', 'через', 'коли', 'де',
]);
const RU_WORDS = new Set([
  'и', 'что', 'как', 'от', 'это', 'его', 'её', 'который', 'которая', 'которые', 'также', 'уже', 'из', 'между',
  'чтобы', 'но', 'ли', 'еще', 'был', 'была', 'было', 'были', 'он', 'она', 'они', 'после', 'через', 'когда', 'где', 'под',
]);
const LETTER_WEIGHT = 2;
const WORD_WEIGHT = 1;
const NO_UK_LETTERS_RUN = 80;
const NO_UK_LETTERS_WEIGHT = 3;

/** Weighs the evidence of `text`. */
export function languageEvidence(text: string): LanguageEvidence {
  const cyrillic = (text.match(/\p{Script=Cyrillic}/gu) ?? []).length;
  const latin = (text.match(/\p{Script=Latin}/gu) ?? []).length;
  const letters = cyrillic + latin;
  const cyrillicShare = letters === 0 ? 0 : cyrillic / letters;
  let uk = LETTER_WEIGHT * ((text.match(UK_LETTERS) ?? []).length + (text.match(UK_APOSTROPHE) ?? []).length);
  let ru = LETTER_WEIGHT * (text.match(RU_LETTERS) ?? []).length;
  // Ukrainian writes і in almost every sentence; a long Cyrillic run without і ї є is Russian.
  if (uk === 0 && cyrillic >= NO_UK_LETTERS_RUN) ru += NO_UK_LETTERS_WEIGHT;
  for (const [word] of text.toLowerCase().matchAll(WORD)) {
    // "было", "после", "через", "когда" are spelt alike in both: counted for neither.
    const inUk = UK_WORDS.has(word);
    const inRu = RU_WORDS.has(word);
    if (inUk && !inRu) uk += WORD_WEIGHT;
    if (inRu && !inUk) ru += WORD_WEIGHT;
  }
  const lang: DetectedLanguage = cyrillicShare <= 0.5 ? 'en' : uk > ru ? 'uk' : 'ru';
  return { lang, cyrillicShare, uk, ru };
}

/** The language of `text`: English unless most letters are Cyrillic, then Ukrainian or Russian. */
export function detectTextLanguage(text: string): DetectedLanguage {
  return languageEvidence(text).lang;
}

/** How many letters a sentence needs before it may overrule the article's language. */
const SENTENCE_MIN_LETTERS = 24;
/** How much stronger one Cyrillic language's evidence must be to overrule the other. */
const SENTENCE_MARGIN = 3;

/**
 * The language of one sentence of an article written in `articleLang`: the article's language
 * unless the sentence clearly is another one (a Russian quotation in a Ukrainian article, a
 * Cyrillic paragraph on an English page). Short or ambiguous sentences keep the article's.
 */
export function sentenceLanguage(text: string, articleLang: string): string {
  // Fast paths for the usual case: a sentence plainly in the article's own script and language.
  if (articleLang === 'en' && !ANY_CYRILLIC.test(text)) return articleLang;
  const ukLetter = ANY_UK_LETTER.test(text);
  const ruLetter = ANY_RU_LETTER.test(text);
  if (articleLang === 'uk' && ukLetter && !ruLetter) return articleLang;
  if (articleLang === 'ru' && ruLetter && !ukLetter) return articleLang;
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  if (letters < SENTENCE_MIN_LETTERS) return articleLang;
  const ev = languageEvidence(text);
  const cyrillicArticle = articleLang === 'uk' || articleLang === 'ru';
  if (ev.cyrillicShare < 0.2) return cyrillicArticle ? 'en' : articleLang;
  if (ev.cyrillicShare < 0.8) return articleLang;
  if (ev.uk - ev.ru >= SENTENCE_MARGIN) return 'uk';
  if (ev.ru - ev.uk >= SENTENCE_MARGIN) return 'ru';
  return cyrillicArticle ? articleLang : ev.lang;
}

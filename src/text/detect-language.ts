/**
 * Which of English, Ukrainian and Russian a text is written in, from its script alone: the share
 * of Cyrillic letters, the letters only one of the two Cyrillic languages has (і ї є ґ and the
 * apostrophe inside a word for Ukrainian; ы э ё ъ for Russian) and a few frequent function words
 * each language does not share with the other. No dictionary and no model: news text gives
 * enough of these signals in a sentence or two.
 *
 * Speed: one pass over the characters with a per-character fact table (char-classes.ts) instead of
 * several Unicode regexes over the text; the counts are the same as those regexes give.
 */
import { APOSTROPHE, BMP_FACTS, CYRILLIC, LATIN, LETTER, RU_LETTER, UK_LETTER, charFacts, codePointLength } from './char-classes.ts';

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

const ANY_CYRILLIC_SCRIPT = /\p{Script=Cyrillic}/u;
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

/** Only Cyrillic runs this short can be one of the function words above. */
const MAX_WORD_LENGTH = Math.max(...[...UK_WORDS, ...RU_WORDS].map((w) => w.length));

/** Weighs the evidence of `text`. */
export function languageEvidence(text: string): LanguageEvidence {
  let cyrillic = 0;
  let latin = 0;
  let ukSigns = 0;
  let ruSigns = 0;
  let ukWords = 0;
  let ruWords = 0;
  let wordStart = -1;
  // Apostrophe signs are counted like the global regex `Cyr['’ʼ]Cyr` counts them: no overlaps.
  let apostropheFree = 0;
  const n = text.length;
  for (let i = 0; i < n; ) {
    const known = BMP_FACTS[text.charCodeAt(i)]!;
    const facts = known || charFacts(text, i);
    const len = known ? 1 : codePointLength(text, i);
    if (facts & CYRILLIC) {
      cyrillic++;
      if (wordStart < 0) wordStart = i;
      if (i >= apostropheFree) {
        const end = apostropheSignEnd(text, i + len);
        if (end > 0) {
          ukSigns++;
          apostropheFree = end;
        }
      }
    } else {
      if (wordStart >= 0) {
        const w = wordSide(text, wordStart, i);
        ukWords += w & 1;
        ruWords += w >> 1;
        wordStart = -1;
      }
      if (facts & LATIN) latin++;
    }
    if (facts & UK_LETTER) ukSigns++;
    if (facts & RU_LETTER) ruSigns++;
    i += len;
  }
  if (wordStart >= 0) {
    const w = wordSide(text, wordStart, n);
    ukWords += w & 1;
    ruWords += w >> 1;
  }
  const letters = cyrillic + latin;
  const cyrillicShare = letters === 0 ? 0 : cyrillic / letters;
  let uk = LETTER_WEIGHT * ukSigns;
  let ru = LETTER_WEIGHT * ruSigns;
  // Ukrainian writes і in almost every sentence; a long Cyrillic run without і ї є is Russian.
  if (uk === 0 && cyrillic >= NO_UK_LETTERS_RUN) ru += NO_UK_LETTERS_WEIGHT;
  uk += WORD_WEIGHT * ukWords;
  ru += WORD_WEIGHT * ruWords;
  const lang: DetectedLanguage = cyrillicShare <= 0.5 ? 'en' : uk > ru ? 'uk' : 'ru';
  return { lang, cyrillicShare, uk, ru };
}

/** End of `Cyr['’ʼ]Cyr` when an apostrophe and a Cyrillic letter follow the letter before `at`, else -1. */
function apostropheSignEnd(text: string, at: number): number {
  if (at + 1 >= text.length || !(charFacts(text, at) & APOSTROPHE)) return -1;
  return charFacts(text, at + 1) & CYRILLIC ? at + 1 + codePointLength(text, at + 1) : -1;
}

/** 1: a Ukrainian-only function word, 2: a Russian-only one, 0: neither. */
function wordSide(text: string, start: number, end: number): number {
  if (end - start > MAX_WORD_LENGTH) return 0;
  // "было", "после", "через", "когда" are spelt alike in both: counted for neither.
  const word = text.slice(start, end).toLowerCase();
  const inUk = UK_WORDS.has(word);
  const inRu = RU_WORDS.has(word);
  return inUk === inRu ? 0 : inUk ? 1 : 2;
}

/** The language of `text`: English unless most letters are Cyrillic, then Ukrainian or Russian. */
export function detectTextLanguage(text: string): DetectedLanguage {
  // No Cyrillic letter at all: the share is 0 whatever else the text holds (one native scan).
  if (!ANY_CYRILLIC_SCRIPT.test(text)) return 'en';
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
  // (Native regex scans: faster than a JavaScript loop over a sentence.)
  if (articleLang === 'en' && !ANY_CYRILLIC.test(text)) return articleLang;
  const ukLetter = ANY_UK_LETTER.test(text);
  const ruLetter = ANY_RU_LETTER.test(text);
  if (articleLang === 'uk' && ukLetter && !ruLetter) return articleLang;
  if (articleLang === 'ru' && ruLetter && !ukLetter) return articleLang;
  if (!hasLetters(text, SENTENCE_MIN_LETTERS)) return articleLang;
  const ev = languageEvidence(text);
  const cyrillicArticle = articleLang === 'uk' || articleLang === 'ru';
  if (ev.cyrillicShare < 0.2) return cyrillicArticle ? 'en' : articleLang;
  if (ev.cyrillicShare < 0.8) return articleLang;
  if (ev.uk - ev.ru >= SENTENCE_MARGIN) return 'uk';
  if (ev.ru - ev.uk >= SENTENCE_MARGIN) return 'ru';
  return cyrillicArticle ? articleLang : ev.lang;
}

/** Whether `text` has at least `wanted` letters (code points of category L); stops there. */
function hasLetters(text: string, wanted: number): boolean {
  let letters = 0;
  for (let i = 0; i < text.length; ) {
    const known = BMP_FACTS[text.charCodeAt(i)]!;
    if (((known || charFacts(text, i)) & LETTER) !== 0 && ++letters >= wanted) return true;
    i += known ? 1 : codePointLength(text, i);
  }
  return false;
}

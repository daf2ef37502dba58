import { describe, expect, it } from 'vitest';
import { languageEvidence, detectTextLanguage, sentenceLanguage } from '../../src/text/detect-language.ts';
import { randomText, seededRandom } from './random-text.ts';

// The regex formulation the one-pass scanner replaced; both must give the same evidence.
const UK_LETTERS = /[іїєґ]/giu;
const RU_LETTERS = /[ыэёъ]/giu;
const UK_APOSTROPHE = /\p{Script=Cyrillic}['’ʼ]\p{Script=Cyrillic}/gu;
const WORD = /\p{Script=Cyrillic}+/gu;
const UK_WORDS = new Set(['і', 'й', 'та', 'що', 'як', 'від', 'це', 'його', 'її', 'який', 'яка', 'які', 'якого', 'під', 'також', 'вже',
  'із', 'зі', 'між', 'щоб', 'але', 'чи', 'ще', 'було', 'були', 'він', 'вона', 'вони', 'після', 'через', 'коли', 'де']);
const RU_WORDS = new Set(['и', 'что', 'как', 'от', 'это', 'его', 'её', 'который', 'которая', 'которые', 'также', 'уже', 'из', 'между',
  'чтобы', 'но', 'ли', 'еще', 'был', 'была', 'было', 'были', 'он', 'она', 'они', 'после', 'через', 'когда', 'где', 'под']);

function referenceEvidence(text: string): { lang: string; cyrillicShare: number; uk: number; ru: number } {
  const cyrillic = (text.match(/\p{Script=Cyrillic}/gu) ?? []).length;
  const latin = (text.match(/\p{Script=Latin}/gu) ?? []).length;
  const letters = cyrillic + latin;
  const cyrillicShare = letters === 0 ? 0 : cyrillic / letters;
  let uk = 2 * ((text.match(UK_LETTERS) ?? []).length + (text.match(UK_APOSTROPHE) ?? []).length);
  let ru = 2 * (text.match(RU_LETTERS) ?? []).length;
  if (uk === 0 && cyrillic >= 80) ru += 3;
  for (const [word] of text.toLowerCase().matchAll(WORD)) {
    const inUk = UK_WORDS.has(word);
    const inRu = RU_WORDS.has(word);
    if (inUk && !inRu) uk += 1;
    if (inRu && !inUk) ru += 1;
  }
  return { lang: cyrillicShare <= 0.5 ? 'en' : uk > ru ? 'uk' : 'ru', cyrillicShare, uk, ru };
}

function referenceSentenceLanguage(text: string, articleLang: string): string {
  if (articleLang === 'en' && !/[\u0400-\u04ff]/u.test(text)) return articleLang;
  const ukLetter = /[іїєґ]/iu.test(text);
  const ruLetter = /[ыэёъ]/iu.test(text);
  if (articleLang === 'uk' && ukLetter && !ruLetter) return articleLang;
  if (articleLang === 'ru' && ruLetter && !ukLetter) return articleLang;
  if ((text.match(/\p{L}/gu) ?? []).length < 24) return articleLang;
  const ev = referenceEvidence(text);
  const cyrillicArticle = articleLang === 'uk' || articleLang === 'ru';
  if (ev.cyrillicShare < 0.2) return cyrillicArticle ? 'en' : articleLang;
  if (ev.cyrillicShare < 0.8) return articleLang;
  if (ev.uk - ev.ru >= 3) return 'uk';
  if (ev.ru - ev.uk >= 3) return 'ru';
  return cyrillicArticle ? articleLang : ev.lang;
}

describe('language evidence: one-pass scanner equals the regex formulation', () => {
  it.each([
    ['apostrophe signs do not overlap', "а'б'в'г ї'ї"],
    ['astral Cyrillic and lone surrogates', '𞀰𞀰’𞀰 \ud800а\udc00 ᲀᲂ'],
    ['function words in any case', 'ЩО Що що Который ЕГО його БЫЛО'],
    ['a long Cyrillic run without Ukrainian letters', 'абвгд '.repeat(20)],
    ['Latin with accents and folding oddities', 'ſ K İ ı ß ẞ é Ü Ω'],
    ['empty', ''],
  ])('%s', (_name, text) => {
    expect({ ...languageEvidence(text) }).toEqual(referenceEvidence(text));
  });

  it('agrees on 3,000 random texts, for the article and for every sentence language', () => {
    const random = seededRandom(20251122);
    for (let k = 0; k < 3000; k++) {
      const text = randomText(random, 60);
      const ref = referenceEvidence(text);
      expect({ ...languageEvidence(text) }, text).toEqual(ref);
      expect(detectTextLanguage(text), text).toBe(ref.lang);
      for (const lang of ['en', 'uk', 'ru', 'de']) expect(sentenceLanguage(text, lang), text).toBe(referenceSentenceLanguage(text, lang));
    }
  });
});

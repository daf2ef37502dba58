import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/extract/language.ts';
import { detectTextLanguage, languageEvidence, sentenceLanguage } from '../../src/text/detect-language.ts';

// Own sentences, written for these tests.
const table: [string, string, string][] = [
  ['English', 'Russian troops say they have taken the railway station, but the claim could not be verified.', 'en'],
  ['Ukrainian letters', 'Захисники й далі тримають оборону на південній околиці міста.', 'uk'],
  ['Ukrainian apostrophe', "У п'ятницю бригада повідомила про нові позиції.", 'uk'],
  ['Ukrainian function words without і/ї/є/ґ', 'Бригада та корпус тримають позиції, що прикривають трасу.', 'uk'],
  ['Russian letters', 'Штурмовые отряды вышли к элеватору, сообщил военный корреспондент.', 'ru'],
  ['Russian function words without ы/э/ё/ъ', 'Бригада и корпус держат позиции, что прикрывают трассу.', 'ru'],
  ['Cyrillic with Latin names', 'Аналитики DeepState и ISW отметили продвижение в районе вокзала.', 'ru'],
  ['Latin text with a Cyrillic quote', 'The ministry wrote "освобождено" in its update on the town and the villages nearby.', 'en'],
  ['no letters at all', '12.10.2025 — 14:30', 'en'],
];

describe('detectTextLanguage', () => {
  it.each(table)('%s', (_name, text, lang) => {
    expect(detectTextLanguage(text)).toBe(lang);
  });

  it('weighs letters of one language more than shared-looking words', () => {
    const ev = languageEvidence('Їхні підрозділи вийшли з оточення.');
    expect(ev.uk).toBeGreaterThan(ev.ru);
    expect(ev.cyrillicShare).toBe(1);
  });
});

describe('detectLanguage (article)', () => {
  it('lets the declared language win over the script', () => {
    expect(detectLanguage('ru', 'Захисники й далі тримають оборону.')).toBe('ru');
    expect(detectLanguage('uk-UA', 'Russian troops advanced.')).toBe('uk');
  });

  it('reads "ua" as the Ukrainian language', () => {
    expect(detectLanguage('ua', 'text')).toBe('uk');
  });

  it('falls back to the script when nothing is declared', () => {
    expect(detectLanguage(null, 'Бійці відбили штурм і втримали позиції біля шахти.')).toBe('uk');
    expect(detectLanguage(undefined, 'Бойцы отбили штурм и удержали позиции у шахты.')).toBe('ru');
    expect(detectLanguage('', 'The brigade held its positions near the mine.')).toBe('en');
  });
});

describe('sentenceLanguage (mixed pages)', () => {
  it('keeps the article language for short or ambiguous sentences', () => {
    expect(sentenceLanguage('Фото: пресслужба', 'uk')).toBe('uk');
    expect(sentenceLanguage('Бригада держит позиции на окраине.', 'uk')).toBe('uk');
  });

  it('switches to Russian for a Russian quotation in a Ukrainian article', () => {
    expect(sentenceLanguage('«Подразделения полностью освободили этот населённый пункт и продолжают наступление», — говорится в сообщении.', 'uk')).toBe('ru');
  });

  it('switches to Ukrainian for a Ukrainian statement quoted on a Russian page', () => {
    expect(sentenceLanguage("«Наші підрозділи й далі утримують позиції в місті, інформація про його захоплення — неправда», — зазначив речник.", 'ru')).toBe('uk');
  });

  it('reads a Cyrillic sentence on an English page in its own language and English in a Cyrillic article', () => {
    expect(sentenceLanguage('Подразделения группировки полностью освободили этот населённый пункт.', 'en')).toBe('ru');
    expect(sentenceLanguage('Russian forces claimed the village, which Kyiv denied on Friday.', 'uk')).toBe('en');
  });
});

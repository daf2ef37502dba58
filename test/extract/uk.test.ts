import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Row } from './claims-table.ts';
import { claimsOf, tuples } from './claims-table.ts';

// Sentences written for this table; facts (place names) only. Published: Saturday 2025-11-22.
const captures: Row[] = [
  ['Міністерство оборони Росії заявило, що російські підрозділи звільнили Покровськ.', ['Pokrovsk/ru/ru']],
  ['Сили оборони звільнили Куп’янськ від окупантів, повідомив Генштаб ЗСУ.', ['Kupiansk/ua/ua']],
  ['Бригада звільнила Вовчанськ, заявив Олександр Сирський.', ['Vovchansk/ua/ua']],
  ['Російська армія захопила Сіверськ, стверджують у Міноборони РФ.', ['Siversk/ru/ru']],
  ['Росіяни взяли під контроль Гуляйполе, заявив Герасимов.', ['Huliaipole/ru/ru']],
  ['Десантники зачистили Мирноград, повідомили в ДШВ.', ['Myrnohrad/ua/ua']],
  ['Наші воїни зайшли до Вовчанська й закріпилися на його північній околиці, розповів командир бригади.', ['Vovchansk/ua/ua']],
  ['Російські військові підняли прапор над будівлею в центрі Куп’янська, стверджують у Міноборони РФ.', ['Kupiansk/ru/ru']],
  ['Захисники відбили штурм Костянтинівки, повідомили в угрупованні військ «Хортиця».', ['Kostiantynivka/ua/ua']],
  ['Кліщіївку повністю звільнено від окупантів.', ['Klishchiivka/ua/independent']],
];

const withdrawals: Row[] = [
  ['Українські підрозділи відійшли з Часового Яру на підготовлені позиції, визнав речник угруповання.', ['Chasiv Yar/ru/ua']],
  ['Сили оборони вийшли з Сіверська, щоб зберегти життя бійців, повідомив Генштаб.', ['Siversk/ru/ua']],
  ['Міноборони Росії визнало, що війська виведено з Херсона на вигідніші рубежі.', ['Kherson/ua/ru']],
  ['Підрозділи ЗСУ залишили позиції в Торецьку, повідомили в 28-й бригаді.', ['Toretsk/ru/ua']],
  ['Українські бійці вийшли з Курахового, стверджують у Міноборони Росії.', ['Kurakhove/ru/ru']],
];

const contested: Row[] = [
  ['У Мирнограді тривають запеклі бої, повідомили в ДШВ.', ['Myrnohrad/contested/ua']],
  ['За даними Генштабу, російські диверсійні групи просочилися до Покровська.', ['Pokrovsk/contested/ua']],
  ['Росіяни штурмують Гуляйполе з трьох напрямків, заявив речник Сил оборони півдня.', ['Huliaipole/contested/ua']],
  ['Бої за Часів Яр не вщухають, пише DeepState.', ['Chasiv Yar/contested/independent']],
  ['Міноборони РФ стверджує, що українське угруповання в Куп’янську перебуває в оточенні.', ['Kupiansk/contested/ru']],
];

const denials: Row[] = [
  ['Генштаб ЗСУ спростував заяву Москви про захоплення Гуляйполя.', ['Huliaipole/ua/ua']],
  ['Речник угруповання назвав фейком повідомлення про взяття Куп’янська.', ['Kupiansk/ua/ua']],
  ['Окупанти заявили про нібито захоплення Часового Яру, але в Генштабі це спростували.', ['Chasiv Yar/ru/ru']],
];

const notClaims: Row[] = [
  ['Мета росіян — захопити Покровськ до кінця року, вважають аналітики.', []],
  ['Противник намагається оточити Мирноград з півночі та півдня.', []],
  ['Ворог знову обстріляв Херсон, є поранені.', []],
  ['Уламки дрона впали в Харкові, пошкоджено кілька будинків.', []],
  ['Евакуація родин із дітьми з Куп’янська триває.', []],
  ['Селидове розташоване приблизно за 15 кілометрів від Покровська.', []],
  ['Експерти прогнозують, що росіяни можуть захопити Сіверськ найближчим часом.', []],
  ['Якщо Гуляйполе під українським контролем, чому звідти виїжджають люди, запитав блогер.', []],
];

describe('Ukrainian: capture and liberation in both usages', () => {
  it.each(captures)('%s', (text, expected) => expect(tuples(text, 'uk')).toEqual(expected));
});

describe('Ukrainian: withdrawals are concessions', () => {
  it.each(withdrawals)('%s', (text, expected) => expect(tuples(text, 'uk')).toEqual(expected));
});

describe('Ukrainian: fighting, infiltration, encirclement', () => {
  it.each(contested)('%s', (text, expected) => expect(tuples(text, 'uk')).toEqual(expected));
});

describe('Ukrainian: denials turn the denied capture round', () => {
  it.each(denials)('%s', (text, expected) => expect(tuples(text, 'uk')).toEqual(expected));
});

describe('Ukrainian: not claims', () => {
  it.each(notClaims)('%s', (text, expected) => expect(tuples(text, 'uk')).toEqual(expected));
});

describe('Ukrainian: record fields', () => {
  it('keeps the Ukrainian quote and gives the canonical English place name', () => {
    const text = 'Українські військові утримують Куп’янськ, заявив Трегубов.';
    const [claim] = claimsOf(text, 'uk');
    expect(claim).toMatchObject({ place: 'Kupiansk', oblast: 'Kharkiv', controller: 'ua', claimant: 'ua', quote: text });
  });

  it('marks hedged claims', () => {
    const [claim] = claimsOf('За неперевіреними даними, росіяни зайшли до центру Сіверська.', 'uk');
    expect(claim).toMatchObject({ place: 'Siversk', controller: 'ru', scope: 'partial', hedged: true });
    const [plain] = claimsOf('Російські війська зайшли до центру Сіверська, заявив Пєсков.', 'uk');
    expect(plain?.hedged).toBe(false);
  });

  it('resolves weekdays, dates and "напередодні" against the publication date', () => {
    expect(claimsOf('У четвер Генштаб повідомив, що Сили оборони утримують Куп’янськ.', 'uk')[0]?.date).toBe('2025-11-20');
    expect(claimsOf('Міноборони Росії 12 листопада оголосило про взяття Сіверська.', 'uk')[0]?.date).toBe('2025-11-12');
    expect(claimsOf('Напередодні Кремль заявив про повне захоплення Покровська.', 'uk')[0]?.date).toBe('2025-11-21');
    expect(claimsOf('Наприкінці жовтня Міноборони Росії оголосило про захоплення Сіверська.', 'uk')[0]?.date).toBe('2025-10-31');
  });

  it('marks background from 2022 as historical', () => {
    const claims = claimsOf('Росіяни окупували Куп’янськ у лютому 2022 року, а ЗСУ звільнили місто під час контрнаступу восени 2022 року.', 'uk');
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.every((c) => c.historical)).toBe(true);
  });

  it('reads place names in any case after prepositions', () => {
    expect(tuples('Бої точаться у Покровську, повідомили в Генштабі.', 'uk')).toEqual(['Pokrovsk/contested/ua']);
    expect(tuples('Ворог веде бої за Часів Яр, повідомили в угрупованні.', 'uk')).toEqual(['Chasiv Yar/contested/ua']);
    expect(tuples('Українські сили втримують позиції в Куп’янську, заявив Трегубов.', 'uk')).toEqual(['Kupiansk/ua/ua']);
  });

  it('takes the speaker from case forms and inverted order', () => {
    expect(claimsOf('За даними Генштабу, Сили оборони відбили атаку на Вовчанськ.', 'uk')[0]?.claimant).toBe('ua');
    expect(claimsOf('Як повідомили в ОВА, росіяни зайшли до Куп’янська.', 'uk')[0]?.claimant).toBe('ua');
    expect(claimsOf('За інформацією DeepState, росіяни просунулися в Покровську.', 'uk')[0]?.claimant).toBe('independent');
    expect(claimsOf('Сили оборони утримують Куп’янськ, заявив у неділю в ефірі телемарафону речник угруповання Віктор Трегубов.', 'uk')[0]).toMatchObject({ claimant: 'ua', date: '2025-11-16' });
  });
});

describe('Ukrainian: the source named in the next sentence', () => {
  it('lends "Про це повідомили в X" to the sentence before it', () => {
    const text = 'Сили оборони звільнили Куп’янськ-Вузловий від окупантів.\n\nПро це повідомили в Генштабі ЗСУ.';
    expect(tuples(text, 'uk')).toEqual(['Kupiansk-Vuzlovyi/ua/ua']);
  });

  it('keeps the outlet when the next sentence names no speaker', () => {
    const text = 'Російські війська просунулися в Покровську.\n\nЦе ускладнює логістику захисників.';
    expect(tuples(text, 'uk')).toEqual(['Pokrovsk/ru/independent']);
  });

  it('reads a Russian quotation inside a Ukrainian article with the Russian lexicon', () => {
    const text = 'Російське відомство поширило заяву.\n\n«Подразделения группировки войск «Центр» полностью освободили Мирноград», — говорится в сообщении Минобороны России.';
    expect(tuples(text, 'uk')).toEqual(['Myrnohrad/ru/ru']);
  });
});

describe('Ukrainian and Russian lexicons', () => {
  it('have every file the English lexicon has', () => {
    const files = (lang: string): string[] => readdirSync(`data/lexicon/${lang}`).sort();
    expect(files('uk')).toEqual(files('en'));
    expect(files('ru')).toEqual(files('en'));
  });
});

import { describe, expect, it } from 'vitest';
import type { Row } from './claims-table.ts';
import { claimsOf, tuples } from './claims-table.ts';

// Sentences written for this table; facts (place names) only. Published: Saturday 2025-11-22.
const captures: Row[] = [
  ['Подразделения группировки войск «Запад» освободили Купянск, сообщило Минобороны России.', ['Kupiansk/ru/ru']],
  ['Российские войска взяли под контроль Северск, заявил Валерий Герасимов.', ['Siversk/ru/ru']],
  ['Штурмовая бригада освободила Волчанск, доложил командующий группировкой.', ['Vovchansk/ru/ru']],
  ['ВСУ освободили Купянск от российских подразделений, заявил Зеленский.', ['Kupiansk/ua/ua']],
  ['Бойцы водрузили флаг над зданием администрации в Гуляйполе, сообщает ТАСС.', ['Huliaipole/ru/ru']],
  ['Российские штурмовики завершили зачистку Мирнограда, говорится в сводке Минобороны.', ['Myrnohrad/ru/ru']],
  ['Наши подразделения продвинулись в Красноармейске и закрепились в нескольких кварталах, сообщил Рыбарь.', ['Pokrovsk/ru/ru']],
  ['Украинские военные отбили штурм Константиновки, заявили в Генштабе ВСУ.', ['Kostiantynivka/ua/ua']],
];

const withdrawals: Row[] = [
  ['Украинские подразделения отошли из Часова Яра, признали в Генштабе ВСУ.', ['Chasiv Yar/ru/ua']],
  ['Российские войска отведены из Херсона на более выгодные рубежи, заявили в Минобороны.', ['Kherson/ua/ru']],
  ['Минобороны России объявило о перегруппировке войск из Изюма.', ['Izium/ua/ru']],
  ['ВСУ оставили позиции в Торецке, признали в 28-й бригаде ВСУ.', ['Toretsk/ru/ua']],
  ['Украинские военнослужащие отошли из Курахово, сообщило Минобороны России.', ['Kurakhove/ru/ru']],
  ['Гарнизон отведён из Часова Яра, признали в Генштабе ВСУ.', ['Chasiv Yar/ru/ua']],
];

const contested: Row[] = [
  ['Бои за Мирноград продолжаются, сообщил военкор Подоляка.', ['Myrnohrad/contested/ru']],
  ['Украинские подразделения в Покровске находятся в окружении, заявил Песков.', ['Pokrovsk/contested/ru']],
  ['По данным Генштаба ВСУ, российские диверсионные группы просочились в Купянск.', ['Kupiansk/contested/ua']],
  ['Российские войска штурмуют Гуляйполе с нескольких направлений, пишет ISW.', ['Huliaipole/contested/independent']],
];

const denials: Row[] = [
  ['В ВСУ опровергли заявление Москвы о захвате Купянска.', ['Kupiansk/ua/ua']],
  ['Спикер Сил обороны назвал ложью сообщения о взятии Северска.', ['Siversk/ua/ua']],
];

const notClaims: Row[] = [
  ['Цель российского командования — захватить Краматорск до весны, считают аналитики.', []],
  ['Противник пытается окружить Мирноград с севера.', []],
  ['Эвакуация жителей из Купянска продолжается.', []],
  ['Селидово находится примерно в 15 километрах от Покровска.', []],
  ['Освобождение Северска, по словам эксперта, — вопрос ближайшего времени.', []],
  ['Российская армия нанесла удар по Херсону, есть пострадавшие.', []],
  ['Падение обломков беспилотника в Белгороде повредило несколько домов, сообщил губернатор.', []],
  ['Потери противника в районе Купянска составили до 40 военнослужащих.', []],
  ['Штурмовые группы закрепились на правом берегу реки Оскол, сообщил военкор.', []],
];

describe('Russian: capture and liberation in both usages', () => {
  it.each(captures)('%s', (text, expected) => expect(tuples(text, 'ru')).toEqual(expected));
});

describe('Russian: withdrawals and regrouping are concessions', () => {
  it.each(withdrawals)('%s', (text, expected) => expect(tuples(text, 'ru')).toEqual(expected));
});

describe('Russian: fighting, infiltration, encirclement', () => {
  it.each(contested)('%s', (text, expected) => expect(tuples(text, 'ru')).toEqual(expected));
});

describe('Russian: denials turn the denied capture round', () => {
  it.each(denials)('%s', (text, expected) => expect(tuples(text, 'ru')).toEqual(expected));
});

describe('Russian: not claims', () => {
  it.each(notClaims)('%s', (text, expected) => expect(tuples(text, 'ru')).toEqual(expected));
});

describe('Russian: record fields', () => {
  it('keeps the Russian quote and gives the canonical English place name', () => {
    const text = 'Купянск находится под контролем Вооруженных сил России, заявил Путин.';
    const [claim] = claimsOf(text, 'ru');
    expect(claim).toMatchObject({ place: 'Kupiansk', oblast: 'Kharkiv', controller: 'ru', claimant: 'ru', scope: 'full', quote: text });
  });

  it('marks hedged claims', () => {
    const [claim] = claimsOf('По неподтверждённым данным, российские штурмовики зашли в Северск.', 'ru');
    expect(claim).toMatchObject({ place: 'Siversk', controller: 'ru', hedged: true });
    const [alleged] = claimsOf('Минобороны якобы освободило Гуляйполе, пишут украинские СМИ.', 'ru');
    expect(alleged?.hedged).toBe(true);
  });

  it('resolves weekdays, dates and "накануне" against the publication date', () => {
    expect(claimsOf('В четверг Минобороны России сообщило об освобождении Северска.', 'ru')[0]?.date).toBe('2025-11-20');
    expect(claimsOf('Минобороны 12 ноября объявило о взятии Гуляйполя.', 'ru')[0]?.date).toBe('2025-11-12');
    expect(claimsOf('Накануне Кремль заявил о полном освобождении Купянска.', 'ru')[0]?.date).toBe('2025-11-21');
    expect(claimsOf('В конце октября Минобороны России объявило о взятии Северска.', 'ru')[0]?.date).toBe('2025-10-31');
  });

  it('marks background from 2022 as historical', () => {
    const claims = claimsOf('Изюм был занят российскими войсками в апреле 2022 года.', 'ru');
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.every((c) => c.historical)).toBe(true);
  });

  it('reads place names in any case after prepositions', () => {
    expect(tuples('Бои идут в Купянске, сообщил военкор.', 'ru')).toEqual(['Kupiansk/contested/ru']);
    expect(tuples('Российские подразделения ведут бои за Красноармейск, сообщило Минобороны.', 'ru')).toEqual(['Pokrovsk/contested/ru']);
    expect(tuples('ВСУ удерживают позиции в Волчанске, заявил Трегубов.', 'ru')).toEqual(['Vovchansk/ua/ua']);
  });

  it('takes the speaker from case forms and inverted order', () => {
    expect(claimsOf('Как сообщили в Минобороны, Волчанск полностью освобожден.', 'ru')[0]?.claimant).toBe('ru');
    expect(claimsOf('По данным DeepState, российские войска продвинулись в Покровске.', 'ru')[0]?.claimant).toBe('independent');
    expect(claimsOf('Купянск полностью освобожден, заявил во вторник в эфире телеканала военкор Александр Коц.', 'ru')[0]).toMatchObject({ controller: 'ru', claimant: 'ru', date: '2025-11-18' });
    expect(claimsOf('Северск перешел под контроль российских сил, заявил в пятницу Владимир Путин.', 'ru')[0]).toMatchObject({ controller: 'ru', claimant: 'ru', date: '2025-11-21' });
  });
});

describe('Russian: the source named in the next sentence', () => {
  it('lends "Об этом сообщает X" to the sentence before it', () => {
    const text = 'Российские подразделения полностью освободили Северск.\n\nОб этом сообщает Минобороны России.';
    expect(tuples(text, 'ru')).toEqual(['Siversk/ru/ru']);
  });

  it('reads a Ukrainian quotation on a Russian page with the Ukrainian lexicon', () => {
    const text = 'В Киеве ответили на эти заявления.\n\n«Наші підрозділи й далі утримують позиції в Куп’янську, а інформація про його захоплення — неправда», — заявив Трегубов.';
    expect(tuples(text, 'ru')).toEqual(['Kupiansk/ua/ua']);
  });
});

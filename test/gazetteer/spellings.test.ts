import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/gazetteer/gazetteer.ts';

const gazetteer = loadGazetteer();

// query → canonical place and oblast (first answer of resolve)
const resolveTable: [string, string, string][] = [
  ['Kupiansk', 'Kupiansk', 'Kharkiv'],
  ['Kupyansk', 'Kupiansk', 'Kharkiv'],
  ['Kupjansk', 'Kupiansk', 'Kharkiv'],
  ["Kup'jans'k", 'Kupiansk', 'Kharkiv'],
  ['Куп’янськ', 'Kupiansk', 'Kharkiv'],
  ["Куп'янськ", 'Kupiansk', 'Kharkiv'],
  ['Купянск', 'Kupiansk', 'Kharkiv'],
  ['Kupyansk-Vuzlovyi', 'Kupiansk-Vuzlovyi', 'Kharkiv'],
  ['Купянск-Узловой', 'Kupiansk-Vuzlovyi', 'Kharkiv'],
  ['Pokrovsk', 'Pokrovsk', 'Donetsk'],
  ['Krasnoarmeysk', 'Pokrovsk', 'Donetsk'],
  ['Красноармейск', 'Pokrovsk', 'Donetsk'],
  ['Покровськ', 'Pokrovsk', 'Donetsk'],
  ['Bakhmut', 'Bakhmut', 'Donetsk'],
  ['Artemovsk', 'Bakhmut', 'Donetsk'],
  ['Артемовск', 'Bakhmut', 'Donetsk'],
  ['Artemivsk', 'Bakhmut', 'Donetsk'],
  ['Dimitrov', 'Myrnohrad', 'Donetsk'],
  ['Димитров', 'Myrnohrad', 'Donetsk'],
  ['Dzerzhinsk', 'Toretsk', 'Donetsk'],
  ['Дзержинск', 'Toretsk', 'Donetsk'],
  ['Lyman', 'Lyman', 'Donetsk'],
  ['Krasny Liman', 'Lyman', 'Donetsk'],
  ['Красный Лиман', 'Lyman', 'Donetsk'],
  ['Siverskodonetsk', 'Siverskodonetsk', 'Luhansk'],
  ['Sievierodonetsk', 'Siverskodonetsk', 'Luhansk'],
  ['Severodonetsk', 'Siverskodonetsk', 'Luhansk'],
  ['Северодонецк', 'Siverskodonetsk', 'Luhansk'],
  ['Сєвєродонецьк', 'Siverskodonetsk', 'Luhansk'],
  ['Selidovo', 'Selydove', 'Donetsk'],
  ['Горняк', 'Hirnyk', 'Donetsk'],
  ['Gornyak', 'Hirnyk', 'Donetsk'],
  ['Kurakhovo', 'Kurakhove', 'Donetsk'],
  ['Курахово', 'Kurakhove', 'Donetsk'],
  ['Velikaya Novoselka', 'Velyka Novosilka', 'Donetsk'],
  ['Великая Новосёлка', 'Velyka Novosilka', 'Donetsk'],
  ['Maryinka', 'Marinka', 'Donetsk'],
  ['Марьинка', 'Marinka', 'Donetsk'],
  ['Volchansk', 'Vovchansk', 'Kharkiv'],
  ['Волчанск', 'Vovchansk', 'Kharkiv'],
  ['Izyum', 'Izium', 'Kharkiv'],
  ['Balakleya', 'Balakliia', 'Kharkiv'],
  ['Балаклея', 'Balakliia', 'Kharkiv'],
  ['Lisichansk', 'Lysychansk', 'Luhansk'],
  ['Avdeevka', 'Avdiivka', 'Donetsk'],
  ['Авдеевка', 'Avdiivka', 'Donetsk'],
  ['Ugledar', 'Vuhledar', 'Donetsk'],
  ['Chasiv Yar', 'Chasiv Yar', 'Donetsk'],
  ['Часов Яр', 'Chasiv Yar', 'Donetsk'],
  ['Gulyaipole', 'Huliaipole', 'Zaporizhzhia'],
  ['Rabotino', 'Robotyne', 'Zaporizhzhia'],
  ['Sudzha', 'Sudzha', 'Kursk'],
  ['Суджа', 'Sudzha', 'Kursk'],
  ['Kharkov', 'Kharkiv', 'Kharkiv'],
  ['Zaporozhye', 'Zaporizhzhia', 'Zaporizhzhia'],
  ['Kiev', 'Kyiv', 'Kyiv City'],
  ['Dnipropetrovsk', 'Dnipro', 'Dnipropetrovsk'],
  ['Kirovograd', 'Kropyvnytskyi', 'Kirovohrad'],
  ['Odessa', 'Odesa', 'Odesa'],
  // typos
  ['Bakhmutt', 'Bakhmut', 'Donetsk'],
  ['Kupianks', 'Kupiansk', 'Kharkiv'],
  ['Avdiyvka', 'Avdiivka', 'Donetsk'],
  ['Vovchnask', 'Vovchansk', 'Kharkiv'],
  ['Kramatorks', 'Kramatorsk', 'Donetsk'],
  ['Slovyansk', 'Sloviansk', 'Donetsk'],
  ['Покровск', 'Pokrovsk', 'Donetsk'],
  ['pokrovsk', 'Pokrovsk', 'Donetsk'],
  ['Kupiansk district', 'Kupiansk', 'Kharkiv'],
  ['Sudzha raion', 'Sudzha', 'Kursk'],
];

describe('resolve: spellings, scripts, old names and typos', () => {
  it.each(resolveTable)('%s → %s (%s)', (query, place, oblast) => {
    const [best] = gazetteer.resolve(query, { limit: 3 });
    expect(best, query).toBeDefined();
    expect({ place: best!.place.name, oblast: best!.place.oblast }).toEqual({ place, oblast });
    expect(best!.score).toBeGreaterThan(0);
    expect(best!.score).toBeLessThanOrEqual(1);
  });

  it('returns exact names only when a name matches exactly, and honours the limit', () => {
    const results = gazetteer.resolve('Novoselivka', { limit: 4 });
    expect(results).toHaveLength(4);
    for (const r of results) expect(r.place.name).toBe('Novoselivka');
    expect(gazetteer.resolve('Pokrovsk', { limit: 1 })).toHaveLength(1);
  });

  it('returns nothing for an empty or nonsense query', () => {
    expect(gazetteer.resolve('   ')).toEqual([]);
    expect(gazetteer.resolve('Qqqqzzzzxxxx')).toEqual([]);
  });
});

// sentence → the settlement the mention must resolve to (case forms in uk/ru)
const mentionTable: [string, string, string, string][] = [
  ['Бої точаться під Покровськом.', 'Покровськом', 'Pokrovsk', 'Donetsk'],
  ['Ситуація у Покровську складна.', 'Покровську', 'Pokrovsk', 'Donetsk'],
  ['Ворог рветься до Куп’янська.', 'Куп’янська', 'Kupiansk', 'Kharkiv'],
  ['Бои продолжаются в Купянске.', 'Купянске', 'Kupiansk', 'Kharkiv'],
  ['Штаб сообщил о боях у Купянска.', 'Купянска', 'Kupiansk', 'Kharkiv'],
  ['Армия взяла Авдеевку.', 'Авдеевку', 'Avdiivka', 'Donetsk'],
  ['Оборона в Авдіївці тримається.', 'Авдіївці', 'Avdiivka', 'Donetsk'],
  ['Стрельба слышна в Селидово.', 'Селидово', 'Selydove', 'Donetsk'],
  ['Наступ біля Великої Новосілки.', 'Великої Новосілки', 'Velyka Novosilka', 'Donetsk'],
  ['Атаки в районе Великой Новоселки.', 'Великой Новоселки', 'Velyka Novosilka', 'Donetsk'],
  ['Обстрел у Красного Лимана.', 'Красного Лимана', 'Lyman', 'Donetsk'],
  ['Бои под Волчанском.', 'Волчанском', 'Vovchansk', 'Kharkiv'],
  ['Штурм у Вовчанську триває.', 'Вовчанську', 'Vovchansk', 'Kharkiv'],
  ['Заявлено о взятии Часова Яра.', 'Часова Яра', 'Chasiv Yar', 'Donetsk'],
  ['Штурм в Артемовске закончился.', 'Артемовске', 'Bakhmut', 'Donetsk'],
  ['Війська вийшли із Сєвєродонецька.', 'Сєвєродонецька', 'Siverskodonetsk', 'Luhansk'],
  ['Бои за Северодонецк.', 'Северодонецк', 'Siverskodonetsk', 'Luhansk'],
  ['Отряды вошли в Суджу.', 'Суджу', 'Sudzha', 'Kursk'],
  ['Вибухи лунали у Харкові.', 'Харкові', 'Kharkiv', 'Kharkiv'],
  ['Сирены звучат в Харькове.', 'Харькове', 'Kharkiv', 'Kharkiv'],
  ['Тривога у Запоріжжі.', 'Запоріжжі', 'Zaporizhzhia', 'Zaporizhzhia'],
  ['Interviews with Kupiansk’s residents.', 'Kupiansk’s', 'Kupiansk', 'Kharkiv'],
  ['Moscow claimed Krasnoarmeysk had fallen.', 'Krasnoarmeysk', 'Pokrovsk', 'Donetsk'],
  ['Troops left Kupyansk-Vuzlovyi overnight.', 'Kupyansk-Vuzlovyi', 'Kupiansk-Vuzlovyi', 'Kharkiv'],
  ['Shelling of Sievierodonetsk went on.', 'Sievierodonetsk', 'Siverskodonetsk', 'Luhansk'],
];

describe('findMentions: case forms and spellings in text', () => {
  it.each(mentionTable)('%s', (text, surface, place, oblast) => {
    const mentions = gazetteer.findMentions(text);
    const m = mentions.find((x) => x.surface === surface);
    expect(m, `${surface} in ${JSON.stringify(mentions.map((x) => x.surface))}`).toBeDefined();
    expect({ place: m!.place.name, oblast: m!.place.oblast }).toEqual({ place, oblast });
    expect(text.slice(m!.start, m!.end)).toBe(surface);
  });

  it('gives offsets relative to the string passed (a sentence or a whole article)', () => {
    const sentence = 'Russian forces entered Vovchansk.';
    const article = `Headline words here.\n\nSome other text. ${sentence}`;
    const a = gazetteer.findMentions(sentence)[0]!;
    const b = gazetteer.findMentions(article)[0]!;
    expect(sentence.slice(a.start, a.end)).toBe('Vovchansk');
    expect(article.slice(b.start, b.end)).toBe('Vovchansk');
    expect(b.start - a.start).toBe(article.indexOf(sentence));
  });

  it('get() returns a place by id', () => {
    const id = gazetteer.resolve('Kupiansk')[0]!.place.id;
    expect(gazetteer.get(id)?.name).toBe('Kupiansk');
    expect(gazetteer.get('nope')).toBeUndefined();
    expect(gazetteer.size).toBeGreaterThan(30000);
  });
});

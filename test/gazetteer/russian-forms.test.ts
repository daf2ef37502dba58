import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/gazetteer/gazetteer.ts';

const gazetteer = loadGazetteer();
const found = (text: string): string[] =>
  gazetteer.findMentions(text).map((m) => `${m.surface} = ${m.place.name} (${m.place.oblast})`);

// A Russian (or English, Russian-spelled) sentence → the places it names; the Russian forms come
// from data/gazetteer/russian-spelling.json, not from any source's name_ru.
const sentences: [string, string[]][] = [
  ['Российские военные заявили о взятии Ольговского в Запорожской области.', ['Ольговского = Olhivske (Zaporizhzhia)']],
  ['Штурмовые группы закрепились в Ольговском Запорожской области.', ['Ольговском = Olhivske (Zaporizhzhia)']],
  ['Бои идут на окраинах Кондрашовки в Харьковской области.', ['Кондрашовки = Kindrashivka (Kharkiv)']],
  ['Ведомство сообщило о занятии Кучерова Яра в Донецкой области.', ['Кучерова Яра = Kucheriv Yar (Donetsk)']],
  ['Армия заявила о занятии села Малиевка в Днепропетровской области.', ['Малиевка = Maliivka (Dnipropetrovsk)']],
  ['Штурмовики отошли из Малых Щербаков в Запорожской области.', ['Малых Щербаков = Mali Shcherbaky (Zaporizhzhia)']],
  ['Russian troops took the village of Olgovskoye in the Zaporozhye region.', ['Olgovskoye = Olhivske (Zaporizhzhia)']],
];

describe('Russian spellings of Ukrainian villages are found in text', () => {
  it.each(sentences)('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('guessed Russian forms stay the lowest-trust names', () => {
  it('a real Russian village of the same spelling comes first (Кондратовка, Kursk oblast)', () => {
    const [first] = gazetteer.resolve('Кондратовка');
    expect(first?.place.country).toBe('RU');
  });

  it('ordinary capitalised Russian words and people’s names are not places', () => {
    const texts = [
      'Соль, Хутор и Горка — обычные слова, сказал Сергей Петров.',
      'Спокойной ночи пожелал зрителям ведущий Николай Дроздов.',
      'Вольное Общество Любителей Словесности Собралось Вечером.',
      'Светлое Будущее Наступит Не Скоро, Считает Писатель Александр Терехов.',
      'Иван Кучеров и Андрей Кондрашов выступили на заседании.',
      'Семья Кондратьевых из Рязани получила сертификат на материнский капитал.',
      'Синоптик Пообещал Теплую Погоду И Ясные Дни В Конце Недели.',
      'Счастливое Детство И Желтое Платье Запомнились Надолго.',
      'Каменное Сердце И Вольная Жизнь Героя Тронули Зрителей.',
    ];
    for (const text of texts) expect(found(text)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/gazetteer/gazetteer.ts';

const gazetteer = loadGazetteer();
const surfaces = (text: string): string[] => gazetteer.findMentions(text).map((m) => m.surface);

describe('findMentions: words that are village names but not places here', () => {
  it.each([
    'Peace talks resumed in the capital of a neutral country.',
    'Old footage of the Mir space station was shown.',
    'Pravda reported the news first.',
    'Ukrainska Pravda published the list.',
    'The Druzhba pipeline was struck again.',
    'On Monday the minister spoke; in May he resigned.',
    'Vladimir Putin met Sergei Shoigu and Valery Gerasimov.',
    'A Progress cargo ship docked with the station.',
    'Fighters of the Azov brigade were exchanged.',
    'The National Police said two people were hurt.',
    'Мир должен быть справедливым, заявил он.',
    'Дружба народов не исчезла.',
    'Правда у каждого своя.',
    'Перемога буде за нами.',
    'the village was quiet and the peace held.',
    'Boats crossed the Dnipro River at night.',
    'Staff at the Zaporizhzhia nuclear power plant rotated.',
  ])('%s', (text) => {
    expect(surfaces(text)).toEqual([]);
  });

  it.each([
    ['General Syrskyi met President Volodymyr Zelensky.', []],
    ['Владимир Владимирович Путин выступил.', []],
    ['Слова Сергея Шойгу передал мэр Федоров.', []],
    ['Газета «Слобожанський кур’єр» пише про обстріл Куп’янська.', ['Куп’янська']],
    ['Бои у Северского Донца затихли.', []],
    ['Командование Таврийского направления сообщило.', []],
    ['Paris and London backed Kyiv.', ['Kyiv']],
    ['Сили оборони відбили атаку на Вовчанськ.', ['Вовчанськ']],
    ['Про це сказала Марія Петренко з Харкова.', ['Харкова']],
    ['Войска отошли на левый берег Днепра у Херсона.', ['Херсона']],
    ['Boats reached the left bank of the Dnipro near Kherson.', ['Kherson']],
    ['Russian forces advanced in the Pokrovsk direction.', []],
    ['Бои на Покровском направлении и у Покровска.', ['Покровска']],
  ] as [string, string[]][])('people, outlets, rivers and units: %s', (text, expected) => {
    expect(surfaces(text)).toEqual(expected);
  });

  it('lower-case words are never places', () => {
    expect(surfaces('they went to the lyman and the mirna street')).toEqual([]);
  });

  it('a stop-listed name after a settlement noun is a place', () => {
    expect(surfaces('Russian troops entered the village of Druzhba.')).toEqual(['Druzhba']);
  });

  it('a common noun capitalised at a sentence start is not a place, inside a sentence it is', () => {
    expect(surfaces('Лиман у гирлі річки замерз.')).toEqual([]);
    expect(surfaces('Бои продолжаются в Лимане и Торецке.')).toEqual(['Лимане', 'Торецке']);
  });
});

describe('regions are context, not settlements', () => {
  it('finds oblast names and does not return them as settlements', () => {
    const text = 'Strikes hit the Kharkiv region and Donetsk Oblast; Харківської області та Донецкой Народной Республики.';
    expect(gazetteer.findRegions(text).map((r) => r.oblast)).toEqual(['Kharkiv', 'Donetsk', 'Kharkiv', 'Donetsk']);
    expect(surfaces(text)).toEqual([]);
  });

  it('the city named like its oblast is a settlement when written alone', () => {
    expect(surfaces('Kharkiv was shelled overnight, and Sumy too.')).toEqual(['Kharkiv', 'Sumy']);
    expect(gazetteer.findMentions('Kherson came under fire.')[0]!.place.type).toBe('city');
  });

  it('handles lists of regions and one-word region names', () => {
    const regions = gazetteer.findRegions('in the Kharkiv and Sumy regions, on the Донеччині and in Kursk region');
    expect(regions.map((r) => r.oblast)).toEqual(['Kharkiv', 'Sumy', 'Donetsk', 'Kursk']);
  });

  it('region offsets point at the name', () => {
    const text = 'Fighting in Zaporizhzhia region.';
    const [r] = gazetteer.findRegions(text);
    expect(text.slice(r!.start, r!.end)).toBe(r!.surface);
    expect(r!.surface).toBe('Zaporizhzhia');
  });
});

import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/gazetteer/gazetteer.ts';
import type { Mention } from '../../src/gazetteer/gazetteer.ts';

const gazetteer = loadGazetteer();

function mentionOf(text: string, surface: string, options?: { lang?: string; context?: string }): Mention {
  const found = gazetteer.findMentions(text, options).find((m) => m.surface === surface);
  if (!found) throw new Error(`${surface} not found in: ${text}`);
  return found;
}

// [context sentence, name, expected oblast, expected raion]
const cases: [string, string, string, string][] = [
  ['Russian units pushed toward Petropavlivka, a few kilometres east of Kupiansk.', 'Petropavlivka', 'Kharkiv', 'Kupianskyi'],
  ['Defenders held Dachne while assaults on Petropavlivka went on west of Kurakhove.', 'Petropavlivka', 'Donetsk', 'Volnovaskyi'],
  ['The brigade reported clashes at Novoselivka in the Kupiansk district of the Kharkiv region.', 'Novoselivka', 'Kharkiv', 'Kupianskyi'],
  ['Fighting flared at Katerynivka, just south of Vuhledar.', 'Katerynivka', 'Donetsk', 'Pokrovskyi'],
  ['Shelling hit Yampil, north of Siversk.', 'Yampil', 'Donetsk', 'Kramatorskyi'],
  ['The mayor of Yampil opened a new school.', 'Yampil', 'Vinnytsia', 'Mohyliv-Podilskyi'],
  ['Lyman came under artillery fire overnight.', 'Lyman', 'Donetsk', 'Kramatorskyi'],
  ['Kostiantynivka was hit by glide bombs.', 'Kostiantynivka', 'Donetsk', 'Kramatorskyi'],
  ['Troops entered the village of Kostiantynivka near Vuhledar.', 'Kostiantynivka', 'Donetsk', 'Pokrovskyi'],
  ['Strikes on Pokrovsk continued.', 'Pokrovsk', 'Donetsk', 'Pokrovskyi'],
  ['A drone hit Pokrovske in the Dnipropetrovsk region.', 'Pokrovske', 'Dnipropetrovsk', 'Synelnykivskyi'],
  ['Russian troops attacked Borova in the Kharkiv region, east of Izium.', 'Borova', 'Kharkiv', 'Iziumskyi'],
  ['Shelling damaged houses in Vilcha.', 'Vilcha', 'Kharkiv', 'Chuhuivskyi'],
  ['Бои идут у Петропавловки восточнее Купянска.', 'Петропавловки', 'Kharkiv', 'Kupianskyi'],
  ['Противник атакует у Новоселовки в Купянском районе.', 'Новоселовки', 'Kharkiv', 'Kupianskyi'],
];

describe('findMentions: same-name settlements resolved by context', () => {
  it.each(cases)('%s → %s in %s', (text, name, oblast, raion) => {
    const m = mentionOf(text, name);
    expect({ oblast: m.place.oblast, raion: m.place.raion }).toEqual({ oblast, raion });
    expect(m.candidates[0]!.place).toBe(m.place);
    expect(m.confidence).toBeGreaterThan(0);
    expect(m.confidence).toBeLessThanOrEqual(1);
  });

  it('an oblast written right after the name beats places named elsewhere in the article', () => {
    const text =
      'Heavy fighting went on around Pokrovsk and Myrnohrad in the Donetsk region. ' +
      'Later Moscow said its troops had taken Novopavlivka in Dnipropetrovsk region.';
    expect(mentionOf(text, 'Novopavlivka').place.oblast).toBe('Dnipropetrovsk');
  });

  it('evidence from the same sentence outweighs another topic of the article', () => {
    const text =
      'Окупанти атакували поблизу Куп’янська, Петропавлівки та Піщаного. ' +
      'На Сумщині ворог обстріляв Краснопілля і Білопілля.';
    expect(mentionOf(text, 'Піщаного').place.oblast).toBe('Kharkiv');
    expect(mentionOf(text, 'Петропавлівки').place.raion).toBe('Kupianskyi');
  });

  it("an oblast governor's title gives the oblast as context", () => {
    const m = mentionOf('Kharkiv Governor Oleh Syniehubov said a guided bomb hit Zolochiv.', 'Zolochiv');
    expect(m.place.oblast).toBe('Kharkiv');
  });

  it('flags a common name with no context as ambiguous and lists the candidates', () => {
    const m = mentionOf('The army said it took the village of Novoselivka.', 'Novoselivka');
    expect(m.ambiguous).toBe(true);
    expect(m.candidates.length).toBeGreaterThan(3);
    for (const c of m.candidates) expect(c.place.name).toBe('Novoselivka');
    expect(m.confidence).toBeLessThan(0.7);
  });

  it('a unique, well-known name is neither ambiguous nor unsure', () => {
    const m = mentionOf('Russia said it captured Kupiansk.', 'Kupiansk');
    expect(m.ambiguous).toBe(false);
    expect(m.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('cities win over villages of the same name when nothing says otherwise', () => {
    expect(mentionOf('Strikes hit Pokrovsk.', 'Pokrovsk').place.type).toBe('city');
    expect(mentionOf('Обстріл Костянтинівки.', 'Костянтинівки').place.type).toBe('city');
  });

  it('Ukrainian Покровське is the village, Russian «в Покровске» the city', () => {
    expect(mentionOf('Ворог обстріляв Покровське.', 'Покровське').place.name).toBe('Pokrovske');
    expect(mentionOf('Бои в Покровске не стихают.', 'Покровске').place.name).toBe('Pokrovsk');
  });

  it('an adjectival case form drops the city whose name cannot take it', () => {
    const m = mentionOf('Бої біля Покровського тривають.', 'Покровського');
    expect(m.candidates.map((c) => c.place.name)).not.toContain('Pokrovsk');
  });

  it('a small namesake far from every other place named gets a low confidence', () => {
    const m = mentionOf('Troops took the village of Melovoi near Sudzha in the Kursk region.', 'Melovoi');
    expect(m.place.oblast).not.toBe('Kursk');
    expect(m.confidence).toBeLessThan(0.5);
  });

  it('uses options.context when the text is one sentence of an article', () => {
    const article = 'Russian forces pressed on Kupiansk from the north. Later they reached Petropavlivka.';
    const sentence = 'Later they reached Petropavlivka.';
    const m = mentionOf(sentence, 'Petropavlivka', { context: article });
    expect(m.place.oblast).toBe('Kharkiv');
    expect(m.start).toBe(sentence.indexOf('Petropavlivka'));
  });
});

import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/gazetteer/gazetteer.ts';

// Former names (the 2016 renamings and older ones) lead to today's town, unless a settlement of
// the same oblast bears that name now: then the name is that settlement's.
const gazetteer = loadGazetteer();
const placesIn = (text: string, lang: string): string[] => gazetteer.findMentions(text, { lang }).map((m) => m.place.name);

describe('former names', () => {
  it.each([
    ['Бої тривають на околицях Красноармійська на Донеччині.', 'uk', 'Pokrovsk'],
    ['Российские войска наступают на Дзержинск в Донецкой области.', 'ru', 'Toretsk'],
    ['Fighting continued near Artemivsk in the Donetsk region.', 'en', 'Bakhmut'],
  ])('%s names %s', (text, lang, place) => {
    expect(placesIn(text, lang)).toContain(place);
  });

  it('leave a name a living village bears to that village', () => {
    const found = placesIn('Біля Покровська на Донеччині: у Гришиному тривають бої за окремі вулиці.', 'uk');
    expect(found).toContain('Hryshyne');
    expect(found.filter((p) => p === 'Pokrovsk')).toHaveLength(1);
  });
});

// A tiny stand-in for the gazetteer in stage tests: a handful of settlements with their spelling
// variants, matched as whole words. Facts only (names, oblasts), no text from any corpus.
import type { Place } from '../../src/domain/place.ts';
import type { Gazetteer, Mention, RegionMention } from '../../src/gazetteer/types.ts';

interface FakePlace {
  readonly name: string;
  readonly oblast: string;
  readonly aliases: readonly string[];
}

const PLACES: readonly FakePlace[] = [
  { name: 'Kupiansk', oblast: 'Kharkiv', aliases: ['Kupiansk', 'Kupyansk', 'Kupjansk', 'Купянск', 'Куп’янськ', "Куп'янськ"] },
  { name: 'Pokrovsk', oblast: 'Donetsk', aliases: ['Pokrovsk', 'Krasnoarmeysk', 'Покровськ', 'Красноармейск'] },
  { name: 'Myrnohrad', oblast: 'Donetsk', aliases: ['Myrnohrad', 'Dimitrov', 'Мирноград', 'Димитров'] },
  { name: 'Vovchansk', oblast: 'Kharkiv', aliases: ['Vovchansk', 'Volchansk', 'Вовчанськ', 'Волчанск'] },
  { name: 'Siversk', oblast: 'Donetsk', aliases: ['Siversk', 'Seversk', 'Сіверськ', 'Северск'] },
  { name: 'Huliaipole', oblast: 'Zaporizhzhia', aliases: ['Huliaipole', 'Gulyaipole', 'Гуляйполе'] },
  { name: 'Chasiv Yar', oblast: 'Donetsk', aliases: ['Chasiv Yar', 'Chasov Yar', 'Часів Яр', 'Часов Яр'] },
  { name: 'Kostiantynivka', oblast: 'Donetsk', aliases: ['Kostiantynivka', 'Konstantinovka'] },
  { name: 'Sudzha', oblast: 'Kursk', aliases: ['Sudzha', 'Суджа'] },
  { name: 'Novoselivka', oblast: 'Donetsk', aliases: ['Novoselivka'] },
  { name: 'Kharkiv', oblast: 'Kharkiv', aliases: ['Kharkiv', 'Харків', 'Харьков'] },
  { name: 'Donetsk', oblast: 'Donetsk', aliases: ['Donetsk', 'Донецьк', 'Донецк'] },
];

const REGION = /\b(Kharkiv|Donetsk|Luhansk|Zaporizhzhia|Kursk|Sumy) (region|oblast|province)\b/gu;

function place(p: FakePlace, i: number): Place {
  return {
    id: `UA-FAKE-${i}`,
    name: p.name,
    nameLocal: p.name,
    oblast: p.oblast,
    raion: null,
    country: p.oblast === 'Kursk' ? 'RU' : 'UA',
    type: 'town',
    lat: null,
    lon: null,
    population: null,
  };
}

/** A gazetteer over the places above (or others given). */
export function fakeGazetteer(places: readonly FakePlace[] = PLACES): Gazetteer {
  const all = places.map(place);
  const patterns = places.map((p, i) => ({
    re: new RegExp(`(?<![\\p{L}])(${p.aliases.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}])`, 'gu'),
    place: all[i]!,
  }));
  return {
    size: all.length,
    get: (id) => all.find((p) => p.id === id),
    findMentions(text: string): Mention[] {
      const out: Mention[] = [];
      for (const { re, place: pl } of patterns) {
        for (const m of text.matchAll(re)) {
          out.push({ start: m.index, end: m.index + m[0].length, surface: m[0], place: pl, confidence: 1, ambiguous: false, candidates: [{ place: pl, score: 1 }] });
        }
      }
      return out.sort((a, b) => a.start - b.start);
    },
    findRegions(text: string): RegionMention[] {
      return [...text.matchAll(REGION)].map((m) => ({ start: m.index, end: m.index + m[0].length, surface: m[0], oblast: m[1]! }));
    },
    resolve: () => [],
  };
}

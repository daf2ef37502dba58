import type { PlaceLookup, PlaceMatch } from '../../src/app/ports.ts';
import type { Place } from '../../src/domain/place.ts';

const place = (id: string, name: string, nameLocal: string, oblast: string, raion: string | null = null, population = 1000): Place => ({
  id, name, nameLocal, oblast, raion, country: 'UA', type: 'town', lat: null, lon: null, population,
});

/** A handful of real settlements (facts only) for bot tests. */
export const PLACES = {
  kupiansk: place('UA63080010010000001', 'Kupiansk', 'Купʼянськ', 'Kharkiv', 'Kupiansk', 26000),
  pokrovsk: place('UA14160010010000002', 'Pokrovsk', 'Покровськ', 'Donetsk', 'Pokrovsk', 60000),
  pokrovskeDn: place('UA12140010010000003', 'Pokrovske', 'Покровське', 'Dnipropetrovsk', 'Synelnykove', 9000),
  pokrovskeDo: place('UA14040010010000004', 'Pokrovske', 'Покровське', 'Donetsk', 'Bakhmut', 300),
  huliaipole: place('UA23080010010000005', 'Huliaipole', 'Гуляйполе', 'Zaporizhzhia', 'Polohy', 13000),
} as const;

const ALIASES: Record<string, string[]> = {
  [PLACES.kupiansk.id]: ['kupyansk', 'купянск'],
  [PLACES.pokrovsk.id]: ['krasnoarmeysk', 'покровск'],
};

const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[ʼ'’`-]/g, '');

/** A tiny gazetteer with the real interface: exact names score 1, prefixes 0.85, near misses 0.5. */
export function fakePlaces(list: readonly Place[] = Object.values(PLACES)): PlaceLookup {
  const names = (p: Place): string[] => [p.name, p.nameLocal, ...(ALIASES[p.id] ?? [])].map(fold);
  return {
    get: (id) => list.find((p) => p.id === id),
    resolve: (query, options) => {
      const q = fold(query.trim());
      const out: PlaceMatch[] = [];
      for (const p of list) {
        const ns = names(p);
        const score = ns.includes(q) ? 1 : ns.some((n) => n.startsWith(q) && q.length >= 4) ? 0.85 : ns.some((n) => close(n, q)) ? 0.5 : 0;
        if (score > 0) out.push({ place: p, score, matched: p.name });
      }
      return out.sort((a, b) => b.score - a.score).slice(0, options?.limit ?? 5);
    },
  };
}

function close(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2) return false;
  let diff = 0;
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) diff++;
  return diff <= 2;
}

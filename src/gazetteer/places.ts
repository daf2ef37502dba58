/** Turns the columnar file into `Place` objects and per-place facts used for scoring. */
import type { Place } from '../domain/place.ts';
import { foldName } from '../text/fold.ts';
import { TYPE_CODES, type GazetteerFile } from './data-format.ts';

/** Places plus the per-place numbers the matcher needs. */
export interface PlaceTable {
  readonly size: number;
  /** Place `i` (objects are made on first use: most of the 31,000 are never asked for). */
  place(i: number): Place;
  readonly oblastOf: Int32Array;
  readonly raionOf: Int32Array;
  readonly prominent: Uint8Array;
  indexOf(id: string): number | undefined;
  /** Folded nominative names (local, Russian, English) of place `i`, computed on first use. */
  nominatives(i: number): readonly string[];
}

/** Builds the place table from a parsed file. */
export function buildPlaceTable(file: GazetteerFile): PlaceTable {
  const p = {
    ...file.places,
    id: file.places.id.split('\n'),
    name: file.places.name.split('\n'),
    local: file.places.local.split('\n'),
    ru: file.places.ru.split('\n'),
  };
  const n = p.id.length;
  for (const col of ['name', 'local', 'ru', 'oblast', 'raion', 'lat', 'lon', 'population'] as const) {
    if (p[col].length !== n) throw new Error(`gazetteer file: places.${col} has ${p[col].length} rows, expected ${n}`);
  }
  if (p.type.length !== n) throw new Error(`gazetteer file: places.type has ${p.type.length} rows, expected ${n}`);
  const prominent = new Uint8Array(n);
  for (const i of p.prominent) prominent[i] = 1;
  const places = new Array<Place | undefined>(n);
  let byId: Map<string, number> | undefined;
  const folded = new Map<number, string[]>();
  const make = (i: number): Place => {
    const id = p.id[i]!;
    const r = p.raion[i]!;
    return {
      id,
      name: p.name[i]!,
      nameLocal: p.local[i]!,
      oblast: file.oblasts[p.oblast[i]!]!,
      raion: r >= 0 ? file.raions[r]! || null : null,
      country: id.startsWith('ru:') ? 'RU' : 'UA',
      type: TYPE_CODES[p.type.charAt(i) as keyof typeof TYPE_CODES],
      lat: p.lat[i]!,
      lon: p.lon[i]!,
      population: p.population[i]!,
    };
  };
  return {
    size: n,
    place: (i) => (places[i] ??= make(i)),
    oblastOf: Int32Array.from(p.oblast),
    raionOf: Int32Array.from(p.raion),
    prominent,
    indexOf(id) {
      byId ??= new Map(p.id.map((x, i) => [x, i]));
      return byId.get(id);
    },
    nominatives(i) {
      let f = folded.get(i);
      if (!f) {
        f = [foldName(p.local[i]!), foldName(p.ru[i]!), foldName(p.name[i]!)].filter((x) => x.length > 0);
        folded.set(i, f);
      }
      return f;
    },
  };
}

/** How notable a place is, 0..~0.8: cities by population, towns, then villages; hand-listed places get a lift. */
export function prominence(table: PlaceTable, i: number): number {
  const place = table.place(i);
  const pop = place.population ?? 0;
  let s: number;
  if (place.type === 'city') s = 0.5 + 0.1 * Math.min(1.5, Math.max(-1, Math.log10(Math.max(pop, 1) / 20000)));
  else if (place.type === 'town') s = 0.25 + (pop >= 10000 ? 0.1 : 0);
  else s = 0.05;
  return s + (table.prominent[i] ? 0.15 : 0);
}

/** Cities, towns of 10,000+ and hand-listed places: named without any cue in the news. */
export function isProminent(table: PlaceTable, i: number): boolean {
  const place = table.place(i);
  return place.type === 'city' || (place.type === 'town' && (place.population ?? 0) >= 10000) || table.prominent[i] === 1;
}

/**
 * Distance in km (null when a point is missing). Equirectangular: within a country it is off by
 * well under 1 %, and it needs one cosine instead of the haversine's four trigonometric calls.
 */
export function distanceKm(a: Place, b: Place): number | null {
  if (a.lat === null || a.lon === null || b.lat === null || b.lon === null) return null;
  const rad = Math.PI / 180;
  const x = (b.lon - a.lon) * rad * Math.cos(((a.lat + b.lat) / 2) * rad);
  const y = (b.lat - a.lat) * rad;
  return 6371 * Math.sqrt(x * x + y * y);
}

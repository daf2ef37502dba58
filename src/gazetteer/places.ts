/** Turns the columnar file into `Place` objects and per-place facts used for scoring. */
import type { Place } from '../domain/place.ts';
import { foldName, isCyrillic } from '../text/fold.ts';
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
  /** The Cyrillic ones of `nominatives(i)`, computed on first use. */
  cyrillicNominatives(i: number): readonly string[];
  /** Coordinates in degrees, NaN when missing (the scoring reads these, not `Place` objects). */
  readonly lat: Float64Array;
  readonly lon: Float64Array;
  /** Place type: `TYPE_CITY`, `TYPE_TOWN`, `TYPE_VILLAGE` or `TYPE_OTHER`. */
  readonly type: Uint8Array;
  /** Population, 0 when unknown. */
  readonly population: Float64Array;
}

export const TYPE_CITY = 0;
export const TYPE_TOWN = 1;
export const TYPE_VILLAGE = 2;
export const TYPE_OTHER = 3;
const TYPE_NUMBERS: Record<string, number> = { c: TYPE_CITY, t: TYPE_TOWN, v: TYPE_VILLAGE, o: TYPE_OTHER };

/** A numeric column with `null` as NaN (or as `missing`). */
function numbers(col: readonly (number | null)[], missing: number): Float64Array {
  const out = new Float64Array(col.length);
  for (let i = 0; i < col.length; i++) out[i] = col[i] ?? missing;
  return out;
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
  const cyrillic = new Map<number, string[]>();
  const type = new Uint8Array(n);
  for (let i = 0; i < n; i++) type[i] = TYPE_NUMBERS[p.type.charAt(i)] ?? TYPE_OTHER;
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
    cyrillicNominatives(i) {
      let f = cyrillic.get(i);
      if (!f) {
        f = this.nominatives(i).filter(isCyrillic);
        cyrillic.set(i, f);
      }
      return f;
    },
    lat: numbers(p.lat, NaN),
    lon: numbers(p.lon, NaN),
    type,
    population: numbers(p.population, 0),
  };
}

/** How notable a place is, 0..~0.8: cities by population, towns, then villages; hand-listed places get a lift. */
export function prominence(table: PlaceTable, i: number): number {
  const pop = table.population[i]!;
  const type = table.type[i]!;
  let s: number;
  if (type === TYPE_CITY) s = 0.5 + 0.1 * Math.min(1.5, Math.max(-1, Math.log10(Math.max(pop, 1) / 20000)));
  else if (type === TYPE_TOWN) s = 0.25 + (pop >= 10000 ? 0.1 : 0);
  else s = 0.05;
  return s + (table.prominent[i] ? 0.15 : 0);
}

/** Cities, towns of 10,000+ and hand-listed places: named without any cue in the news. */
export function isProminent(table: PlaceTable, i: number): boolean {
  const type = table.type[i]!;
  return type === TYPE_CITY || (type === TYPE_TOWN && table.population[i]! >= 10000) || table.prominent[i] === 1;
}

/**
 * Distance in km (null when a point is missing). Equirectangular: within a country it is off by
 * well under 1 %, and it needs one cosine instead of the haversine's four trigonometric calls.
 */
export function distanceKm(a: Place, b: Place): number | null {
  if (a.lat === null || a.lon === null || b.lat === null || b.lon === null) return null;
  return equirectangular(a.lat, a.lon, b.lat, b.lon);
}

/** `distanceKm` between places `a` and `b` of the table; NaN when a point is missing. */
export function distanceBetween(table: PlaceTable, a: number, b: number): number {
  return equirectangular(table.lat[a]!, table.lon[a]!, table.lat[b]!, table.lon[b]!);
}

function equirectangular(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const rad = Math.PI / 180;
  const x = (bLon - aLon) * rad * Math.cos(((aLat + bLat) / 2) * rad);
  const y = (bLat - aLat) * rad;
  return 6371 * Math.sqrt(x * x + y * y);
}

// Country borders from Natural Earth (world-atlas, 1:50m), cut down at load to the part of the
// world a front-line map can show, so each picture projects a few thousand points, not the globe.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { feature, mergeArcs } from 'topojson-client';
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon, Topology } from 'topojson-specification';
import type { GeoBox } from './projection.ts';

/** One ring of a country outline, with its box for quick culling. */
export interface BorderRing {
  readonly points: readonly Position[];
  readonly box: GeoBox;
}

/** A country cut to the region: ISO 3166 numeric id, name, rings. */
export interface Country {
  readonly id: string;
  readonly name: string;
  readonly rings: readonly BorderRing[];
}

/** Eastern Europe with a wide margin: every settlement the bot tracks is well inside it. */
export const REGION: GeoBox = { west: 12, south: 38, east: 56, north: 62 };

/** ISO numeric ids drawn a shade lighter: the country the map is about. */
export const HOME_COUNTRIES: ReadonlySet<string> = new Set(['804']);

let cached: readonly Country[] | undefined;

/** The countries of REGION, loaded once per process from the world-atlas package. */
export function loadBorders(): readonly Country[] {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const file = require.resolve('world-atlas/countries-50m.json');
  const topo = JSON.parse(readFileSync(file, 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  crimeaToUkraine(topo);
  const collection = feature(topo, topo.objects.countries);
  cached = collection.features.flatMap((f): Country[] => {
    const geom = f.geometry as Polygon | MultiPolygon | null;
    if (!geom) return [];
    const polys = geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
    // Holes are dropped: at these scales they are lakes and enclaves nobody needs on this map.
    const rings = polys.flatMap((p) => (p[0] ? clipRing(p[0], REGION) : []));
    return rings.length ? [{ id: String(f.id ?? ''), name: f.properties?.name ?? '', rings }] : [];
  });
  return cached;
}

/** Crimea, with a margin: any polygon inside this box is the peninsula (and its islets). */
const CRIMEA: GeoBox = { west: 32.3, south: 44.2, east: 36.8, north: 46.3 };

/**
 * Natural Earth 4.1 (world-atlas 2.0) draws Crimea as Russia's, its "de facto" view. Maps for
 * this bot draw the internationally recognised border (UN GA resolution 68/262): the Crimean
 * polygons move from Russia's geometry into Ukraine's, merged so no line crosses the isthmus.
 */
function crimeaToUkraine(topo: Topology<{ countries: GeometryCollection<{ name: string }> }>): void {
  const geometries = topo.objects.countries.geometries;
  const ru = geometries.find((g) => String(g.id) === '643');
  const uaIndex = geometries.findIndex((g) => String(g.id) === '804');
  const ua = geometries[uaIndex];
  if (!ru || ru.type !== 'MultiPolygon' || !ua || (ua.type !== 'Polygon' && ua.type !== 'MultiPolygon')) return;
  const inCrimea = (arcs: number[][]): boolean => {
    const f = feature(topo, { type: 'Polygon', arcs }) as { geometry: Polygon };
    const outer = f.geometry.coordinates[0];
    if (!outer) return false;
    const box = ringBox(outer);
    return box.west >= CRIMEA.west && box.east <= CRIMEA.east && box.south >= CRIMEA.south && box.north <= CRIMEA.north;
  };
  const crimea = ru.arcs.filter(inCrimea);
  if (crimea.length === 0) return;
  ru.arcs = ru.arcs.filter((arcs) => !crimea.includes(arcs));
  const merged: TopoMultiPolygon = mergeArcs(topo, [ua, ...crimea.map((arcs) => ({ type: 'Polygon' as const, arcs }))]);
  geometries[uaIndex] = { ...merged, id: ua.id, properties: ua.properties } as (typeof geometries)[number];
}

function ringBox(points: readonly Position[]): GeoBox {
  let west = Infinity, south = Infinity, east = -Infinity, north = -Infinity;
  for (const [lon, lat] of points) {
    if (lon! < west) west = lon!;
    if (lon! > east) east = lon!;
    if (lat! < south) south = lat!;
    if (lat! > north) north = lat!;
  }
  return { west, south, east, north };
}

/** Whether two boxes overlap. */
export function boxesOverlap(a: GeoBox, b: GeoBox): boolean {
  return a.west <= b.east && b.west <= a.east && a.south <= b.north && b.south <= a.north;
}

/** Sutherland–Hodgman clipping of a ring to a box; [] when nothing is left. */
export function clipRing(ring: readonly Position[], box: GeoBox): BorderRing[] {
  const whole = ringBox(ring);
  if (!boxesOverlap(whole, box)) return [];
  let pts: Position[] = [...ring];
  const edges: Array<[(p: Position) => boolean, (a: Position, b: Position) => Position]> = [
    [(p) => p[0]! >= box.west, (a, b) => atLon(a, b, box.west)],
    [(p) => p[0]! <= box.east, (a, b) => atLon(a, b, box.east)],
    [(p) => p[1]! >= box.south, (a, b) => atLat(a, b, box.south)],
    [(p) => p[1]! <= box.north, (a, b) => atLat(a, b, box.north)],
  ];
  for (const [inside, cut] of edges) {
    const out: Position[] = [];
    for (let i = 0; i < pts.length; i++) {
      const cur = pts[i]!;
      const prev = pts[(i + pts.length - 1) % pts.length]!;
      if (inside(cur)) {
        if (!inside(prev)) out.push(cut(prev, cur));
        out.push(cur);
      } else if (inside(prev)) out.push(cut(prev, cur));
    }
    pts = out;
    if (pts.length < 3) return [];
  }
  return [{ points: pts, box: ringBox(pts) }];
}

function atLon(a: Position, b: Position, lon: number): Position {
  const t = (lon - a[0]!) / (b[0]! - a[0]!);
  return [lon, a[1]! + t * (b[1]! - a[1]!)];
}

function atLat(a: Position, b: Position, lat: number): Position {
  const t = (lat - a[1]!) / (b[1]! - a[1]!);
  return [a[0]! + t * (b[0]! - a[0]!), lat];
}

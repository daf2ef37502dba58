// The map's background: country shapes cut to the view, and where each country's name could go.
import { boxesOverlap, clipRing, HOME_COUNTRIES, type Country } from './borders.ts';
import * as C from './palette.ts';
import type { Frame, Projection } from './projection.ts';
import { n } from './svg.ts';
import type { PictureLang } from './types.ts';

/** Ukrainian names of the countries around; others are named in English only. */
const NAMES_UK: Readonly<Record<string, string>> = {
  '804': 'Україна', '643': 'Росія', '112': 'Білорусь', '616': 'Польща', '498': 'Молдова',
  '642': 'Румунія', '348': 'Угорщина', '703': 'Словаччина', '100': 'Болгарія', '792': 'Туреччина',
  '268': 'Грузія', '440': 'Литва', '428': 'Латвія', '233': 'Естонія', '398': 'Казахстан',
};

/** A country name and the pixel point inside its visible part where it could be written. */
export interface CountryLabel {
  readonly text: string;
  readonly x: number;
  readonly y: number;
}

type Pt = readonly [number, number];

/**
 * Country outlines cut to the frame in degrees before projecting (a clip-path over the whole of
 * Russia costs resvg ~100 ms a picture; cutting the rings first costs nothing), plus a label
 * spot per country: the centroid of its largest visible piece, when that lies inside it.
 */
export function countryLayer(
  borders: readonly Country[],
  proj: Projection,
  frame: Frame,
  lang: PictureLang,
): { svg: string; labels: CountryLabel[] } {
  const v = proj.view;
  // A margin hides the cut edges off the picture; the top is cut exactly at the title bar.
  const m = 0.05 * (v.north - v.south);
  const view = { west: v.west - m, south: v.south - m, east: v.east + m, north: v.north };
  const labels: CountryLabel[] = [];
  const svg = borders
    .map((c) => {
      const pieces: Pt[][] = [];
      for (const ring of c.rings) {
        if (!boxesOverlap(ring.box, view)) continue;
        for (const cut of clipRing(ring.points, view)) pieces.push(projectRing(cut.points, proj));
      }
      const d = pieces.map(pathOf).join('');
      if (!d) return '';
      const name = lang === 'uk' ? NAMES_UK[c.id] : c.name;
      const spot = name ? labelSpot(pieces, frame) : null;
      if (name && spot) labels.push({ text: name.toUpperCase(), x: spot[0], y: spot[1] });
      const fill = HOME_COUNTRIES.has(c.id) ? C.LAND_HOME : C.LAND;
      return `<path d="${d}" fill="${fill}" stroke="${C.BORDER}" stroke-width="1.2" stroke-linejoin="round"/>`;
    })
    .join('');
  return { svg, labels };
}

/** Projects a ring, dropping points less than a pixel from the last one kept. */
function projectRing(points: readonly (readonly number[])[], proj: Projection): Pt[] {
  const out: Pt[] = [];
  let last: Pt = [Infinity, Infinity];
  for (const pt of points) {
    const p = proj.project(pt[0]!, pt[1]!);
    if (Math.abs(p[0] - last[0]) < 1 && Math.abs(p[1] - last[1]) < 1) continue;
    out.push(p);
    last = p;
  }
  return out;
}

function pathOf(ring: readonly Pt[]): string {
  if (ring.length < 3) return '';
  return ring.map(([x, y], i) => `${i ? 'L' : 'M'}${n(x)} ${n(y)}`).join('') + 'Z';
}

function labelSpot(pieces: readonly Pt[][], frame: Frame): Pt | null {
  let best: { area: number; cx: number; cy: number } | null = null;
  for (const ring of pieces) {
    let a = 0, cx = 0, cy = 0;
    for (let i = 0; i < ring.length; i++) {
      const [x0, y0] = ring[i]!;
      const [x1, y1] = ring[(i + 1) % ring.length]!;
      const cross = x0 * y1 - x1 * y0;
      a += cross;
      cx += (x0 + x1) * cross;
      cy += (y0 + y1) * cross;
    }
    if (a === 0) continue;
    const area = Math.abs(a / 2);
    if (!best || area > best.area) best = { area, cx: cx / (3 * a), cy: cy / (3 * a) };
  }
  // Pieces smaller than ~3 % of the frame are slivers along its edge: no room for a name.
  if (!best || best.area < frame.width * frame.height * 0.03) return null;
  const inFrame = best.cx > frame.x && best.cx < frame.x + frame.width && best.cy > frame.y && best.cy < frame.y + frame.height;
  const largest = pieces.find((r) => inside([best.cx, best.cy], r));
  return inFrame && largest ? [best.cx, best.cy] : null;
}

function inside([x, y]: Pt, ring: readonly Pt[]): boolean {
  let hit = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

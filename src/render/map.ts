// The map picture: followed places at their coordinates, coloured by status, over country borders.
import { loadBorders, type Country } from './borders.ts';
import { countryLayer } from './countries.ts';
import { LabelBoard, type Box, type LabelRequest } from './layout.ts';
import * as C from './palette.ts';
import { cornerBox, CORNERS, legend, legendSize, scaleBar, type Corner } from './map-furniture.ts';
import { fitProjection, type Frame, type Projection } from './projection.ts';
import { svgToPng } from './rasterise.ts';
import { formatDate, pictureStrings, type PictureStrings } from './strings.ts';
import { el, svgDocument, text, textWidth } from './svg.ts';
import { type MapInput, type MapPoint, type MapStatus, type PictureSize } from './types.ts';

/** Size of map pictures: Telegram shows up to 1280 px, and this keeps text readable on a phone. */
export const MAP_SIZE: PictureSize = { width: 1000, height: 760 };

const TITLE_H = 56;
const FRAME: Frame = { x: 0, y: TITLE_H, width: MAP_SIZE.width, height: MAP_SIZE.height - TITLE_H };

/** Marks under, primary places on top; among equals, the order given. */
const DRAW_ORDER: Readonly<Record<MapStatus, number>> = { unknown: 0, ua: 1, ru: 2, contested: 3, disputed: 4 };

/** A place's mark in pixels; `reach` includes the confirmation ring. */
interface Mark {
  readonly p: MapPoint;
  readonly x: number;
  readonly y: number;
  readonly r: number;
  readonly reach: number;
}

/** Builds the SVG of a map. `borders` defaults to the bundled Natural Earth countries. */
export function renderMapSvg(input: MapInput, borders: readonly Country[] = loadBorders()): string {
  const s = pictureStrings(input.lang);
  const points = input.points.filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lon));
  const { proj, marks, corner, legendAt } = fitAroundLegend(points, s);
  const scale = scaleBar(proj, s, FRAME, corner === 'br' ? 'left' : 'right');
  const markBoxes: Box[] = marks.map(reachBox);
  const board = new LabelBoard(inset(FRAME, 4), [...markBoxes, legendAt, scale.box]);
  // Labels most important first: primary places, then by status, the reverse of drawing order.
  const placeLabels = [...marks].reverse().map((m) => {
    const req: LabelRequest = { x: m.x, y: m.y, r: m.reach, text: m.p.name, fontSize: m.p.primary ? 15 : 13 };
    const l = board.place(req);
    return l ? text(l.x, l.y, l.text, labelAttrs(l.anchor, l.fontSize, m.p.primary === true)) : '';
  });
  const countries = countryLayer(borders, proj, FRAME, input.lang);
  const countryLabels = countries.labels.map((c) => {
    const width = textWidth(c.text, 15) + c.text.length * 3;
    const box = { x: c.x - width / 2, y: c.y - 14, width, height: 20 };
    return board.claim(box) ? text(c.x, c.y, c.text, COUNTRY_LABEL) : '';
  });
  const body = [
    el('rect', { ...FRAME, fill: C.SEA }),
    countries.svg,
    ...countryLabels,
    // The scale bar goes under the marks: a mark in its corner stays visible.
    scale.svg,
    ...marks.map(mark),
    ...placeLabels,
    legend(s, legendAt),
    ...titleBar(input, s),
  ];
  if (points.length === 0) body.push(text(FRAME.width / 2, FRAME.y + FRAME.height / 2, s.noPlaces, centred(18)));
  return svgDocument(MAP_SIZE.width, MAP_SIZE.height, '#ffffff', body);
}

const FIT = { padding: 0.1, minSpanKm: 60 };

function reachBox(m: Mark): Box {
  return { x: m.x - m.reach, y: m.y - m.reach, width: 2 * m.reach, height: 2 * m.reach };
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * Fits the points and puts the legend in the first corner with no mark under it; when every
 * corner has one, the points are fitted again into the part of the frame beside the legend.
 */
function fitAroundLegend(points: readonly MapPoint[], s: PictureStrings) {
  const size = legendSize(s);
  let proj = fitProjection(points, FRAME, FIT);
  let marks = layoutMarks(points, proj);
  const hits = (c: Corner) => marks.filter((m) => overlaps(reachBox(m), cornerBox(FRAME, c, size))).length;
  const counts = CORNERS.map((c) => ({ c, hits: hits(c) }));
  const best = counts.find((x) => x.hits === 0) ?? counts.reduce((a, b) => (b.hits < a.hits ? b : a));
  if (best.hits > 0) {
    const room = size.width + 24;
    const left = best.c.endsWith('l');
    const fitInto = { ...FRAME, x: left ? FRAME.x + room : FRAME.x, width: FRAME.width - room };
    proj = fitProjection(points, FRAME, { ...FIT, fitInto });
    marks = layoutMarks(points, proj);
  }
  return { proj, marks, corner: best.c, legendAt: cornerBox(FRAME, best.c, size) };
}

/** Marks in drawing order: neighbours under primary places, grey under coloured. */
function layoutMarks(points: readonly MapPoint[], proj: Projection): Mark[] {
  const sorted = [...points].sort(
    (a, b) => Number(a.primary ?? false) - Number(b.primary ?? false) || DRAW_ORDER[a.status] - DRAW_ORDER[b.status],
  );
  return sorted.map((p) => {
    const [x, y] = proj.project(p.lon, p.lat);
    const r = p.primary ? 9 : 7;
    return { p, x, y, r, reach: p.confirmed ? r + 5 : r };
  });
}

/** Renders a map to PNG bytes. */
export function renderMap(input: MapInput, borders?: readonly Country[]): Uint8Array {
  return svgToPng(renderMapSvg(input, borders));
}

const COUNTRY_LABEL = {
  'font-size': 15,
  'font-weight': 'bold',
  'letter-spacing': 3,
  'text-anchor': 'middle',
  fill: '#b3ab9c',
  class: 'country',
};

function inset(f: Frame, by: number): Frame {
  return { x: f.x + by, y: f.y + by, width: f.width - 2 * by, height: f.height - 2 * by };
}

function centred(size: number) {
  return { 'font-size': size, 'text-anchor': 'middle', fill: C.MUTED };
}

function labelAttrs(anchor: string, size: number, bold: boolean) {
  return {
    'font-size': size,
    'text-anchor': anchor,
    'font-weight': bold ? 'bold' : undefined,
    fill: C.INK,
    stroke: '#ffffff',
    'stroke-width': 3,
    'stroke-linejoin': 'round',
    'paint-order': 'stroke',
  };
}

function mark({ p, x, y, r }: Mark): string {
  const ring = p.confirmed
    ? el('circle', { cx: x, cy: y, r: r + 3.5, fill: 'none', stroke: C.CONFIRMED_RING, 'stroke-width': 2.5, class: 'ring' })
    : '';
  const dot = el('circle', {
    cx: x,
    cy: y,
    r,
    fill: C.STATUS_COLOR[p.status],
    stroke: '#ffffff',
    'stroke-width': 1.5,
    class: `mark status-${p.status}`,
  });
  return ring + dot;
}

function titleBar(input: MapInput, s: PictureStrings): string[] {
  const when = `${s.asOf} ${formatDate(input.date, input.lang)}`;
  return [
    el('line', { x1: 0, y1: TITLE_H - 0.5, x2: MAP_SIZE.width, y2: TITLE_H - 0.5, stroke: '#cccccc' }),
    text(20, 36, input.title ?? s.mapTitle, { 'font-size': 22, 'font-weight': 'bold', fill: C.INK }),
    text(MAP_SIZE.width - 20, 36, when, { 'font-size': 16, 'text-anchor': 'end', fill: C.MUTED }),
  ];
}

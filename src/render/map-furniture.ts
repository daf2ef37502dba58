// The map's legend and scale bar, each placed in a corner of the frame the marks leave free.
import type { Box } from './layout.ts';
import * as C from './palette.ts';
import type { Frame, Projection } from './projection.ts';
import { scaleBarKm } from './projection.ts';
import type { PictureStrings } from './strings.ts';
import { el, n, text, textWidth } from './svg.ts';
import { MAP_STATUSES, type MapStatus } from './types.ts';

/** A corner of the frame: bottom/top, left/right. */
export type Corner = 'bl' | 'br' | 'tl' | 'tr';

/** Corners in order of preference for the legend. */
export const CORNERS: readonly Corner[] = ['bl', 'br', 'tl', 'tr'];

const MARGIN = 12;

/** Width and height of the legend in a language. */
export function legendSize(s: PictureStrings): { width: number; height: number } {
  const labels = [...MAP_STATUSES.map((st) => s.status[st]), s.confirmed];
  return { width: 30 + Math.max(...labels.map((l) => textWidth(l, 13))), height: 12 + labels.length * 22 };
}

/** Where a box of this size sits in a corner of the frame. */
export function cornerBox(frame: Frame, corner: Corner, size: { width: number; height: number }): Box {
  const x = corner.endsWith('l') ? frame.x + MARGIN : frame.x + frame.width - size.width - MARGIN;
  const y = corner.startsWith('t') ? frame.y + MARGIN : frame.y + frame.height - size.height - MARGIN;
  return { x, y, ...size };
}

/** The legend: one swatch per status, and the confirmation ring. */
export function legend(s: PictureStrings, box: Box): string {
  const rows: Array<[string, string]> = MAP_STATUSES.map((st) => [st, s.status[st]]);
  rows.push(['confirmed', s.confirmed]);
  const parts = [el('rect', { ...box, rx: 6, fill: '#ffffff', 'fill-opacity': 0.9, stroke: '#cccccc' })];
  rows.forEach(([key, label], i) => {
    const cy = box.y + 17 + i * 22;
    const cx = box.x + 15;
    parts.push(
      key === 'confirmed'
        ? el('circle', { cx, cy, r: 7, fill: 'none', stroke: C.CONFIRMED_RING, 'stroke-width': 2.5 })
        : el('circle', { cx, cy, r: 6, fill: C.STATUS_COLOR[key as MapStatus], class: `legend status-${key}` }),
      text(cx + 14, cy + 4.5, label, { 'font-size': 13, fill: C.INK, class: 'legend-label' }),
    );
  });
  return `<g>${parts.join('')}</g>`;
}

/** A scale bar of a round length with the borders' attribution, in a bottom corner. */
export function scaleBar(proj: Projection, s: PictureStrings, frame: Frame, side: 'left' | 'right'): { svg: string; box: Box } {
  const km = scaleBarKm(proj.pxPerKm, 140);
  const len = km * proj.pxPerKm;
  const x0 = side === 'right' ? frame.x + frame.width - 20 - len : frame.x + 20;
  const x1 = x0 + len;
  const y = frame.y + frame.height - 30;
  const box: Box = { x: x0 - 8, y: y - 22, width: len + 16, height: 48 };
  const svg =
    el('rect', { ...box, rx: 4, fill: '#ffffff', 'fill-opacity': 0.8 }) +
    el('path', { d: `M${n(x0)} ${n(y - 5)}V${n(y)}H${n(x1)}V${n(y - 5)}`, fill: 'none', stroke: C.INK, 'stroke-width': 2 }) +
    text((x0 + x1) / 2, y - 9, `${km} ${s.km}`, { 'font-size': 12, 'text-anchor': 'middle', fill: C.INK }) +
    text(side === 'right' ? x1 : x0, y + 16, 'Natural Earth', {
      'font-size': 10,
      'text-anchor': side === 'right' ? 'end' : 'start',
      fill: C.MUTED,
    });
  return { svg, box };
}

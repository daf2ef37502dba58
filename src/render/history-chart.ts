// The history picture: one row per claimant side, each claim a mark at its date coloured by the
// controller it names; contradictions are lines between their two marks.
import { CLAIMANTS, CONTROLLERS, type Claimant } from '../domain/claim.ts';
import * as C from './palette.ts';
import { svgToPng } from './rasterise.ts';
import { formatDate, pictureStrings, type PictureStrings } from './strings.ts';
import { el, n, svgDocument, text, textWidth } from './svg.ts';
import { dayNumber, isoDay, ticks } from './time-axis.ts';
import type { HistoryChartInput, HistoryEvent, PictureLang, PictureSize } from './types.ts';

/** Size of history pictures. */
export const HISTORY_SIZE: PictureSize = { width: 1000, height: 420 };

const TITLE_H = 56;
const PLOT = { x0: 200, x1: 970 };
const ROW_TOP = TITLE_H + 24;
const ROW_H = 76;
const AXIS_Y = ROW_TOP + CLAIMANTS.length * ROW_H;
const R = 7;
/** Vertical offsets tried, in order, for marks that would cover one another in a row. */
const SLOTS = [0, -15, 15, -30, 30];

interface Placed {
  readonly e: HistoryEvent;
  readonly x: number;
  readonly y: number;
}

/** The chart shows this many days up to the latest claim; older claims are counted per row. */
export const HISTORY_WINDOW_DAYS = 120;

/** Builds the SVG of a history chart. */
export function renderHistoryChartSvg(input: HistoryChartInput): string {
  const s = pictureStrings(input.lang);
  const dated = input.events.filter((e) => dayNumber(e.date) !== null);
  const body: string[] = [...titleBar(input, s), ...rowBands(s)];
  if (dated.length === 0) {
    const centre = { 'font-size': 18, 'text-anchor': 'middle', fill: C.MUTED };
    body.push(text((PLOT.x0 + PLOT.x1) / 2, ROW_TOP + (CLAIMANTS.length * ROW_H) / 2, s.noEvents, centre));
    return svgDocument(HISTORY_SIZE.width, HISTORY_SIZE.height, '#ffffff', [...body, ...legend(s)]);
  }
  const { from, to } = span(dated.map((e) => dayNumber(e.date)!));
  const events = dated.filter((e) => dayNumber(e.date)! >= from);
  const pad = (to - from) * 0.04;
  const x = (day: number) => PLOT.x0 + ((day - from + pad) / (to - from + 2 * pad)) * (PLOT.x1 - PLOT.x0);
  const placed = placeMarks(events, x);
  body.push(axis(from, to, x, input.lang));
  body.push(...earlierNotes(dated.filter((e) => dayNumber(e.date)! < from), s));
  body.push(...links(input, placed));
  body.push(...placed.map(mark));
  body.push(...legend(s));
  return svgDocument(HISTORY_SIZE.width, HISTORY_SIZE.height, '#ffffff', body);
}

/** The days the axis covers: the window before the latest claim, and at least a week. */
function span(days: readonly number[]): { from: number; to: number } {
  const to = Math.max(...days);
  const from = Math.min(...days.filter((d) => d >= to - HISTORY_WINDOW_DAYS));
  if (to - from >= 6) return { from, to };
  const mid = (from + to) / 2;
  return { from: Math.floor(mid - 3), to: Math.ceil(mid + 3) };
}

/** "+N earlier" under a row's name for the claims left of the window. */
function earlierNotes(older: readonly HistoryEvent[], s: PictureStrings): string[] {
  return CLAIMANTS.flatMap((c) => {
    const count = older.filter((e) => e.claimant === c).length;
    if (count === 0) return [];
    return [text(20, rowCentre(c) + 24, s.earlier(count), { 'font-size': 12, fill: C.MUTED, class: 'earlier' })];
  });
}

/** Renders a history chart to PNG bytes. */
export function renderHistoryChart(input: HistoryChartInput): Uint8Array {
  return svgToPng(renderHistoryChartSvg(input));
}

function rowCentre(claimant: Claimant): number {
  return ROW_TOP + CLAIMANTS.indexOf(claimant) * ROW_H + ROW_H / 2;
}

/** Marks in date order; one that would cover an earlier mark of its row moves to the next free slot. */
function placeMarks(events: readonly HistoryEvent[], x: (day: number) => number): Placed[] {
  const sorted = [...events].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const placed: Placed[] = [];
  for (const e of sorted) {
    const px = x(dayNumber(e.date)!);
    const cy = rowCentre(e.claimant);
    const near = placed.filter((p) => p.e.claimant === e.claimant && Math.abs(p.x - px) < 2 * R + 2);
    const slot = SLOTS.find((off) => !near.some((p) => Math.abs(p.y - (cy + off)) < 2 * R + 1)) ?? 0;
    placed.push({ e, x: px, y: cy + slot });
  }
  return placed;
}

function mark({ e, x, y }: Placed): string {
  const colour = C.CONTROLLER_COLOR[e.controller];
  // Partial or hedged claims say less than a full, firm one: drawn hollow.
  const hollow = e.hedged || (e.scope === 'partial' && e.controller !== 'contested');
  const ring = e.confirmed
    ? el('circle', { cx: x, cy: y, r: R + 3.5, fill: 'none', stroke: C.CONFIRMED_RING, 'stroke-width': 2.5, class: 'ring' })
    : '';
  return (
    ring +
    el('circle', {
      cx: x,
      cy: y,
      r: R,
      fill: hollow ? '#ffffff' : colour,
      stroke: hollow ? colour : '#ffffff',
      'stroke-width': hollow ? 2.5 : 1.5,
      'stroke-dasharray': e.hedged ? '3 2' : undefined,
      class: `mark controller-${e.controller}`,
    })
  );
}

function links(input: HistoryChartInput, placed: readonly Placed[]): string[] {
  const byId = new Map(placed.map((p) => [p.e.id, p]));
  return input.contradictions.flatMap(({ earlierId, laterId }) => {
    const a = byId.get(earlierId);
    const b = byId.get(laterId);
    if (!a || !b) return [];
    // Within one row a straight line would run over the marks between: bend it above the row.
    const d =
      a.e.claimant === b.e.claimant
        ? `M${n(a.x)} ${n(a.y)}Q${n((a.x + b.x) / 2)} ${n(Math.min(a.y, b.y) - 40)} ${n(b.x)} ${n(b.y)}`
        : `M${n(a.x)} ${n(a.y)}L${n(b.x)} ${n(b.y)}`;
    const line = { fill: 'none', stroke: C.CONTRADICTION_LINE, 'stroke-width': 1.3, 'stroke-opacity': 0.5 };
    return [el('path', { d, ...line, class: 'contradiction' })];
  });
}

function axis(from: number, to: number, x: (day: number) => number, lang: PictureLang): string {
  const parts = [el('line', { x1: PLOT.x0, y1: AXIS_Y, x2: PLOT.x1, y2: AXIS_Y, stroke: C.INK })];
  const all = ticks(from, to);
  const withYear = new Set(all.map((t) => isoDay(t.day).slice(0, 4))).size > 1;
  for (const t of all) {
    const tx = x(t.day);
    const iso = isoDay(t.day);
    const label = t.monthly ? monthLabel(iso, lang) : formatDate(iso, lang, withYear);
    parts.push(
      el('line', { x1: tx, y1: ROW_TOP, x2: tx, y2: AXIS_Y + 5, stroke: '#dddddd' }),
      el('line', { x1: tx, y1: AXIS_Y, x2: tx, y2: AXIS_Y + 5, stroke: C.INK }),
      text(tx, AXIS_Y + 20, label, { 'font-size': 12, 'text-anchor': 'middle', fill: C.INK, class: 'tick' }),
    );
  }
  return parts.join('');
}

function monthLabel(iso: string, lang: PictureLang): string {
  const month = pictureStrings(lang).months[Number(iso.slice(5, 7)) - 1] ?? '';
  return `${month} ${iso.slice(0, 4)}`;
}

function rowBands(s: PictureStrings): string[] {
  return CLAIMANTS.flatMap((c, i) => [
    el('rect', { x: 0, y: ROW_TOP + i * ROW_H, width: HISTORY_SIZE.width, height: ROW_H, fill: i % 2 ? '#ffffff' : '#f5f5f5' }),
    text(20, rowCentre(c) + 5, s.claimant[c], { 'font-size': 15, 'font-weight': 'bold', fill: C.INK, class: 'row' }),
  ]);
}

function titleBar(input: HistoryChartInput, s: PictureStrings): string[] {
  return [text(20, 36, s.historyTitle(input.place), { 'font-size': 22, 'font-weight': 'bold', fill: C.INK })];
}

function legend(s: PictureStrings): string[] {
  const parts: string[] = [];
  let x = 20;
  let y = AXIS_Y + 54;
  // Each swatch is drawn by a function of its left edge, so an entry that would not fit wraps.
  const item = (swatch: (x: number, y: number) => string, label: string) => {
    const width = 16 + textWidth(label, 13);
    if (x + width > HISTORY_SIZE.width - 20) {
      x = 20;
      y += 26;
    }
    parts.push(swatch(x, y), text(x + 16, y + 4.5, label, { 'font-size': 13, fill: C.INK, class: 'legend-label' }));
    x += width + 24;
  };
  for (const c of CONTROLLERS) {
    const fill = C.CONTROLLER_COLOR[c];
    item((cx, cy) => el('circle', { cx: cx + 4, cy, r: 6, fill, class: `legend controller-${c}` }), s.controller[c]);
  }
  item((cx, cy) => el('circle', { cx: cx + 4, cy, r: 6, fill: '#ffffff', stroke: C.INK, 'stroke-width': 2 }), s.partialOrHedged);
  item(
    (cx, cy) => el('circle', { cx: cx + 4, cy, r: 7, fill: 'none', stroke: C.CONFIRMED_RING, 'stroke-width': 2.5 }),
    s.confirmed,
  );
  item(
    (cx, cy) => el('line', { x1: cx - 4, y1: cy, x2: cx + 10, y2: cy, stroke: C.CONTRADICTION_LINE, 'stroke-width': 2 }),
    s.contradiction,
  );
  return parts;
}

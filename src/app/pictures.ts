/**
 * Pictures for chats and the CLI: turns places, statuses and timelines into the render layer's
 * inputs and renders them. The bot calls `renderPlacesMapPng` for /map and `renderHistoryPng`
 * for /history (send the PNG as a photo, the text timeline as its caption via `pictureCaption`).
 */
import type { Place } from '../domain/place.ts';
import type { PlaceStatus, PlaceTimeline } from '../domain/timeline.ts';
import { renderHistoryChart } from '../render/history-chart.ts';
import { renderMap } from '../render/map.ts';
import { pictureStrings } from '../render/strings.ts';
import type { HistoryChartInput, MapInput, MapPoint, PictureLang } from '../render/types.ts';

/** Telegram's limit for a photo caption. */
export const CAPTION_LIMIT = 1024;

/** A place to draw, with what is known about it. */
export interface MapSubject {
  readonly place: Place;
  readonly status: PlaceStatus | undefined;
  /** Asked for by the user (drawn larger, labelled first); neighbours are not. */
  readonly primary?: boolean;
}

/** Options shared by the pictures. */
export interface PictureOptions {
  readonly lang: PictureLang;
  /** `YYYY-MM-DD` printed on the map. */
  readonly date: string;
  readonly title?: string;
  /** A map of one place (the primary subject) and its neighbours: titled after the place. */
  readonly around?: boolean;
}

/** The name of a place in the user's language. */
export function placeName(place: Place, lang: PictureLang): string {
  return lang === 'uk' && place.nameLocal ? place.nameLocal : place.name;
}

/** The map mark of a place, or null when the gazetteer has no coordinates for it. */
export function mapPointOf(subject: MapSubject, lang: PictureLang): MapPoint | null {
  const { place, status } = subject;
  if (place.lat === null || place.lon === null) return null;
  const consensus = status?.consensus ?? 'unknown';
  const confirmed =
    (consensus === 'ru' && status?.confirmed.ru === true) || (consensus === 'ua' && status?.confirmed.ua === true);
  return {
    name: placeName(place, lang),
    lat: place.lat,
    lon: place.lon,
    status: consensus,
    confirmed,
    primary: subject.primary ?? false,
  };
}

/** A PNG map of the places (those without coordinates are left out of the picture). */
export function renderPlacesMapPng(subjects: readonly MapSubject[], options: PictureOptions): Uint8Array {
  return renderMap(mapInputOf(subjects, options));
}

/** The map's input: marks of the places with coordinates, and the title. */
export function mapInputOf(subjects: readonly MapSubject[], options: PictureOptions): MapInput {
  const points = subjects.flatMap((s) => mapPointOf(s, options.lang) ?? []);
  const title = options.title ?? (options.around ? aroundTitle(subjects, options.lang) : undefined);
  return { points, lang: options.lang, date: options.date, ...(title && { title }) };
}

/** "Pokrovsk and around" for a map of one place and its neighbours. */
function aroundTitle(subjects: readonly MapSubject[], lang: PictureLang): string | undefined {
  const centre = subjects.find((s) => s.primary);
  return centre ? pictureStrings(lang).aroundTitle(placeName(centre.place, lang)) : undefined;
}

/** The text that goes with a map: one line per place and its status, for screen readers. */
export function mapCaption(subjects: readonly MapSubject[], lang: PictureLang): string {
  const s = pictureStrings(lang);
  const lines = [...subjects]
    .sort((a, b) => Number(b.primary ?? false) - Number(a.primary ?? false))
    .map((sub) => {
      const point = mapPointOf(sub, lang);
      const status = s.status[sub.status?.consensus ?? 'unknown'];
      const extra = point?.confirmed ? `, ${s.confirmed}` : '';
      return `${placeName(sub.place, lang)}: ${status}${extra}`;
    });
  return pictureCaption(lines.join('\n'));
}

const KM_PER_DEG = 111.32;

/** Distance in km between two places (equirectangular; fine at front-line distances). */
export function distanceKm(a: Place, b: Place): number {
  if (a.lat === null || a.lon === null || b.lat === null || b.lon === null) return Infinity;
  const cos = Math.cos((((a.lat + b.lat) / 2) * Math.PI) / 180);
  return Math.hypot((a.lat - b.lat) * KM_PER_DEG, (a.lon - b.lon) * cos * KM_PER_DEG);
}

/** The places within `radiusKm` of `centre` (not itself), nearest first, at most `limit`. */
export function neighbourhood(centre: Place, candidates: Iterable<Place>, radiusKm = 40, limit = 30): Place[] {
  const near: Array<{ place: Place; d: number }> = [];
  for (const place of candidates) {
    if (place.id === centre.id) continue;
    const d = distanceKm(centre, place);
    if (d <= radiusKm) near.push({ place, d });
  }
  return near.sort((a, b) => a.d - b.d).slice(0, limit).map((x) => x.place);
}

/** The parts of a timeline a history chart draws. */
export type ChartedTimeline = Pick<PlaceTimeline, 'events' | 'contradictions' | 'confirmations'>;

/** The history chart's input for a timeline: current (non-historical) events and their links. */
export function historyChartInputOf(timeline: ChartedTimeline, place: string, lang: PictureLang): HistoryChartInput {
  const confirmedIds = new Set(
    timeline.confirmations.flatMap((c) => [c.claim.eventId, c.confirmedBy.eventId]).filter((id) => id !== undefined),
  );
  const events = timeline.events
    .filter((e) => !e.historical)
    .map((e) => ({
      id: e.id,
      date: e.firstDate,
      claimant: e.claimant,
      controller: e.controller,
      scope: e.scope,
      hedged: e.hedged,
      confirmed: confirmedIds.has(e.id),
    }));
  const ids = new Set(events.map((e) => e.id));
  // Several article pairs often stand for the same two events: one line per pair of events.
  const pairs = new Map<string, { earlierId: string; laterId: string }>();
  for (const c of timeline.contradictions) {
    const earlierId = c.earlier.eventId;
    const laterId = c.later.eventId;
    if (!earlierId || !laterId || earlierId === laterId || !ids.has(earlierId) || !ids.has(laterId)) continue;
    pairs.set(`${earlierId}\n${laterId}`, { earlierId, laterId });
  }
  const contradictions = [...pairs.values()];
  return { place, events, contradictions, lang };
}

/** A PNG history chart of a place's timeline (for /history and `render history`). */
export function renderHistoryPng(timeline: ChartedTimeline, options: { lang: PictureLang; place: string }): Uint8Array {
  return renderHistoryChart(historyChartInputOf(timeline, options.place, options.lang));
}

/** Cuts a text to Telegram's caption limit at a line end, marking the cut with "…". */
export function pictureCaption(text: string, limit = CAPTION_LIMIT): string {
  if (text.length <= limit) return text;
  const head = text.slice(0, limit - 1);
  const lineEnd = head.lastIndexOf('\n');
  return `${lineEnd > limit / 2 ? head.slice(0, lineEnd) : head.trimEnd()}…`;
}

/**
 * `render map PLACE... --out FILE.png [--lang uk] [--date YYYY-MM-DD] [--radius KM]` and
 * `render history PLACE --out FILE.png [--lang uk]`: the bot's pictures, as files.
 */
import { UserFacingError } from '../../domain/errors.ts';
import type { Place } from '../../domain/place.ts';
import type { PlaceLookup, TimelineSource } from '../../app/ports.ts';
import {
  neighbourhood,
  placeName,
  renderHistoryPng,
  renderPlacesMapPng,
  type MapSubject,
} from '../../app/pictures.ts';
import { openTimelineStore } from '../../app/timeline-store.ts';
import { loadGazetteer } from '../../gazetteer/gazetteer.ts';
import { localIsoDate, parseIsoDate } from '../../ingest/front-matter.ts';
import { optionValue, parseArgs } from '../args.ts';
import { UsageError, type CliCommand, type CliContext } from '../command.ts';
import { writeOutFile } from '../out-file.ts';

/** What the command reads: places, timelines, and the places anything is known about. */
export interface RenderSources {
  readonly places: PlaceLookup;
  readonly timelines: TimelineSource;
  /** Ids of every place with claim events (the candidates for a neighbourhood). */
  knownPlaceIds(): readonly string[];
}

const USAGE = `Usage:
  render map PLACE... --out FILE.png [--lang en|uk] [--date YYYY-MM-DD] [--radius KM]
  render history PLACE --out FILE.png [--lang en|uk]

map: the places, coloured by status; one place alone is drawn with the places within
--radius km (default 40) that have claims. history: one row per claimant side, one mark per
claim event, contradictions linked. Prints one JSON line describing the picture.`;

const NO_EVENTS = { events: [], contradictions: [], confirmations: [] };

/**
 * The place a query names. Many settlements share a name (Yampil, Novoselivka): among the
 * matches as good as the best, the one something is known about wins.
 */
function resolveOne(sources: RenderSources, query: string): Place {
  const matches = sources.places.resolve(query, { limit: 10 });
  const best = matches[0];
  if (!best) throw new UserFacingError(`unknown place: ${query}`);
  const tied = matches.filter((m) => m.score >= best.score - 0.05);
  return (tied.find((m) => sources.timelines.timelineOf(m.place.id)) ?? best).place;
}

function langOf(value: string | undefined): 'en' | 'uk' {
  if (value === undefined || value === 'en' || value === 'uk') return value ?? 'en';
  throw new UsageError('--lang must be en or uk');
}

/** Runs `render` over the given sources; returns the JSON line to print. */
export function runRender(args: readonly string[], sources: RenderSources, today: string): string {
  const parsed = parseArgs(args, { valued: ['out', 'lang', 'date', 'radius'] });
  const [kind, ...queries] = parsed.positional;
  const out = optionValue(parsed, 'out');
  if (!out) throw new UsageError('--out FILE.png is required');
  if (queries.length === 0) throw new UsageError('name at least one place');
  const lang = langOf(optionValue(parsed, 'lang'));
  const places = queries.map((q) => resolveOne(sources, q));
  if (kind === 'map') {
    const date = optionValue(parsed, 'date') ?? today;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || parseIsoDate(date) !== date) throw new UsageError('--date must be a YYYY-MM-DD date');
    const radius = Number(optionValue(parsed, 'radius') ?? 40);
    if (!(radius > 0)) throw new UsageError('--radius must be a positive number of km');
    const subjects = mapSubjects(places, sources, radius);
    const png = renderPlacesMapPng(subjects, { lang, date, around: places.length === 1 });
    writeOutFile(out, png);
    const drawn = subjects.map((s) => ({ place: s.place.name, status: s.status?.consensus ?? 'unknown', primary: s.primary ?? false }));
    return JSON.stringify({ kind, out, bytes: png.length, places: drawn });
  }
  if (kind === 'history') {
    if (places.length !== 1) throw new UsageError('history takes exactly one place');
    const place = places[0]!;
    const timeline = sources.timelines.timelineOf(place.id);
    const png = renderHistoryPng(timeline ?? NO_EVENTS, { lang, place: placeName(place, lang) });
    writeOutFile(out, png);
    return JSON.stringify({ kind, out, bytes: png.length, place: place.name, events: timeline?.events.length ?? 0 });
  }
  throw new UsageError('the first argument is map or history');
}

function mapSubjects(places: readonly Place[], sources: RenderSources, radiusKm: number): MapSubject[] {
  const subject = (place: Place, primary: boolean): MapSubject => ({
    place,
    status: sources.timelines.timelineOf(place.id)?.status,
    primary,
  });
  const chosen = places.map((p) => subject(p, true));
  if (places.length !== 1) return chosen;
  const known = sources.knownPlaceIds().flatMap((id) => sources.places.get(id) ?? []);
  return [...chosen, ...neighbourhood(places[0]!, known, radiusKm).map((p) => subject(p, false))];
}

/** Today on this machine's clock and time zone (UTC is still yesterday in Kyiv until 02:00). */
export function localToday(now: Date = new Date()): string {
  return localIsoDate(now);
}

async function run(ctx: CliContext): Promise<number> {
  const store = openTimelineStore(ctx.env);
  try {
    const sources: RenderSources = {
      places: loadGazetteer(),
      timelines: store.service,
      knownPlaceIds: () => store.timelines.placesWithEventsSince(''),
    };
    ctx.out(runRender(ctx.args, sources, localToday()));
    return 0;
  } finally {
    store.close();
  }
}

export const command: CliCommand = {
  name: 'render',
  summary: 'draw a map of places or a place history chart as a PNG file',
  usage: USAGE,
  run,
};

/** Resolving a user's place name for the timeline commands, with or without the gazetteer. */
import type { Logger } from '../logger.ts';
import type { Place } from '../domain/place.ts';
import type { PlaceTimeline } from '../domain/timeline.ts';
import { loadGazetteer } from '../gazetteer/gazetteer.ts';
import { UserFacingError } from '../domain/errors.ts';
import { findKnownPlace, openTimelineStore, type PlaceResolver, type TimelineStore } from './timeline-store.ts';

/** The gazetteer, or undefined (logged) when its data file cannot be loaded. */
export function tryLoadGazetteer(logger: Logger): (PlaceResolver & { get(id: string): Place | undefined }) | undefined {
  try {
    return loadGazetteer();
  } catch (err) {
    logger.warn({ err }, 'gazetteer unavailable; places are matched by their stored names only');
    return undefined;
  }
}

/** The timeline of the place a user names. Throws UserFacingError when no stored place matches. */
export function timelineForQuery(store: TimelineStore, query: string, resolver: PlaceResolver | undefined): PlaceTimeline {
  const place = findKnownPlace(query, store.claims, resolver);
  const timeline = place ? store.service.timelineOf(place.id) : undefined;
  if (!timeline) throw new UserFacingError(`no claims known about "${query}"`);
  return timeline;
}

/**
 * The timeline of the place a user names, read from the store DATABASE_PATH points at (opened
 * and closed again around the read). Throws UserFacingError when no stored place matches.
 */
export function readPlaceTimeline(env: Record<string, string | undefined>, query: string, logger: Logger): PlaceTimeline {
  const store = openTimelineStore(env);
  try {
    return timelineForQuery(store, query, tryLoadGazetteer(logger));
  } finally {
    store.close();
  }
}

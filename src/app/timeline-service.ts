/**
 * Timelines over the store: rebuild the derived rows of the places an article touched, and
 * build a place's timeline on demand for `status`, `history` and the bot.
 */
import type { PlaceTimeline } from '../domain/timeline.ts';
import { buildPlaceTimeline } from '../timeline/build.ts';
import type { TimelineOptions } from '../timeline/rules.ts';
import type { ClaimRepo } from '../store/claim-repo.ts';
import type { TimelineRepo } from '../store/timeline-repo.ts';

/** What the timeline service needs. */
export interface TimelineServiceDeps {
  readonly claims: ClaimRepo;
  readonly timelines: TimelineRepo;
  /** CONTRADICTION_WINDOW_DAYS (default 45). */
  readonly windowDays?: number;
  /** Other timeline knobs; defaults in TIMELINE_DEFAULTS. */
  readonly options?: Partial<TimelineOptions>;
}

/** Timeline use cases; satisfies the bot's `TimelineSource` port. */
export function createTimelineService(deps: TimelineServiceDeps) {
  const options: Partial<TimelineOptions> = {
    ...deps.options,
    ...(deps.windowDays !== undefined && { windowDays: deps.windowDays }),
  };
  const build = (placeId: string): PlaceTimeline | undefined => {
    const claims = deps.claims.byPlace(placeId);
    return claims.length === 0 ? undefined : buildPlaceTimeline(claims, options);
  };
  return {
    options,
    /**
     * Recomputes and stores events, contradictions and confirmations of these places only
     * (incremental: one article touches a few places). Call inside the article's transaction.
     */
    refreshPlaces(placeIds: readonly string[]): PlaceTimeline[] {
      return placeIds.flatMap((id) => {
        const t = build(id);
        if (t) deps.timelines.replacePlace(t);
        return t ? [t] : [];
      });
    },
    /** The timeline of a place built from its stored claims; undefined when it has none. */
    timelineOf: build,
    placesWithContradictionsSince: (since: string): readonly string[] =>
      deps.timelines.placesWithContradictionsSince(since),
  };
}

/** The timeline service's type. */
export type TimelineService = ReturnType<typeof createTimelineService>;

import type { PlaceTimeline, SourcedClaim } from '../domain/timeline.ts';
import { clusterEvents } from './events.ts';
import { findConfirmations } from './confirmations.ts';
import { findContradictions, type PairableClaim } from './contradictions.ts';
import { placeStatus } from './status.ts';
import { TIMELINE_DEFAULTS, type TimelineOptions } from './rules.ts';

/**
 * The whole timeline of one place from all its claims. Pure and order-independent: the same
 * claims in any order give the same events, contradictions, confirmations and status.
 * Restated claims join their original event and do not pair again (the original already does).
 */
export function buildPlaceTimeline(
  claims: readonly SourcedClaim[],
  options: Partial<TimelineOptions> = {},
): PlaceTimeline {
  const opts = { ...TIMELINE_DEFAULTS, ...options };
  const first = claims[0]?.claim;
  const placeId = first?.placeId ?? '';
  const { events, eventOf, restated } = clusterEvents(claims, opts);
  const pairable: PairableClaim[] = claims.flatMap((c, i) =>
    c.claim.historical || restated[i] ? [] : [{ sourced: c, eventId: eventOf[i]! }],
  );
  const contradictions = findContradictions(pairable, opts);
  const confirmations = findConfirmations(events, opts);
  const status = placeStatus(events, contradictions, confirmations, opts);
  return {
    placeId,
    events,
    contradictions,
    confirmations,
    status: { placeId, place: first?.place ?? '', oblast: first?.oblast ?? '', ...status },
  };
}

/** Splits claims by place (gazetteer id) and builds each place's timeline. */
export function buildTimelines(
  claims: readonly SourcedClaim[],
  options: Partial<TimelineOptions> = {},
): Map<string, PlaceTimeline> {
  const byPlace = new Map<string, SourcedClaim[]>();
  for (const c of claims) {
    const list = byPlace.get(c.claim.placeId);
    if (list) list.push(c);
    else byPlace.set(c.claim.placeId, [c]);
  }
  const out = new Map<string, PlaceTimeline>();
  for (const [placeId, list] of [...byPlace].sort(([a], [b]) => (a < b ? -1 : 1))) {
    out.set(placeId, buildPlaceTimeline(list, options));
  }
  return out;
}

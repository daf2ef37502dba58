/**
 * Digest composition, pure: which claim events of the followed places are new since a moment,
 * each with its sources (outlets collapsed), the earlier claims it contradicts and the other
 * side's confirmations. "New" means first seen by the store after `since`, whatever the
 * article's own date (CLAIMS.md dates say when a claim was made, not when we learnt of it).
 */
import type { ClaimEvent, ClaimRef, PlaceStatus, PlaceTimeline, Timestamp } from '../domain/timeline.ts';

/** One outlet's report, outlets collapsed (several URLs of one outlet → its first URL). */
export interface DigestSource {
  readonly outlet: string;
  readonly url: string;
}

/** One new claim event in a digest. */
export interface DigestItem {
  readonly event: ClaimEvent;
  readonly sources: readonly DigestSource[];
  /** The first report's sentence, shortened to `quoteChars`. */
  readonly quote: string;
  /** Earlier claims this one contradicts. */
  readonly contradicts: readonly ClaimRef[];
  /** The other side's claims that agree with this one. */
  readonly confirmedBy: readonly ClaimRef[];
}

/** The new items of one place. */
export interface PlaceDigest {
  readonly placeId: string;
  readonly place: string;
  readonly oblast: string;
  readonly items: readonly DigestItem[];
  readonly status: PlaceStatus;
}

/** A chat's digest: places in the order the chat followed them, items oldest first. */
export interface Digest {
  readonly since: Timestamp;
  readonly until: Timestamp;
  readonly places: readonly PlaceDigest[];
  readonly itemCount: number;
}

export interface DigestOptions {
  /** Keep claims the text itself doubts (default true). */
  readonly includeHedged: boolean;
  /** Longest quote kept, in characters (default 200). */
  readonly quoteChars?: number;
}

/** A place the chat follows and since when (a first digest covers what arrived since then). */
export interface FollowedPlace {
  readonly placeId: string;
  /** ISO instant: only events first seen after this count. */
  readonly since: Timestamp;
}

const refIn = (ref: ClaimRef, event: ClaimEvent): boolean =>
  ref.eventId !== undefined
    ? ref.eventId === event.id
    : ref.controller === event.controller &&
      ref.claimant === event.claimant &&
      event.reports.some((r) => r.url === ref.url);

/** One reference per earlier event (several reports of one event contradict the same claim once). */
function uniqueRefs(refs: readonly ClaimRef[]): ClaimRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const key = r.eventId ?? `${r.url}|${r.controller}|${r.claimant}`;
    return !seen.has(key) && seen.add(key);
  });
}

/** Shortens a sentence at a word boundary, with an ellipsis. */
export function shortenQuote(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[,;:.\s]+$/, '')}…`;
}

function collapseSources(event: ClaimEvent): DigestSource[] {
  const byOutlet = new Map<string, DigestSource>();
  for (const r of event.reports) {
    const outlet = r.outlet ?? hostOf(r.url);
    if (!byOutlet.has(outlet)) byOutlet.set(outlet, { outlet, url: r.url });
  }
  return [...byOutlet.values()];
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || url;
  } catch {
    return url;
  }
}

/** The new items of one place's timeline after `since` and up to `until`. */
export function newItemsOf(
  timeline: PlaceTimeline,
  since: Timestamp,
  until: Timestamp,
  options: DigestOptions,
): DigestItem[] {
  const max = options.quoteChars ?? 200;
  return timeline.events
    .filter((e) => !e.historical && e.firstSeenAt > since && e.firstSeenAt <= until)
    .filter((e) => options.includeHedged || !e.hedged)
    .map((event) => ({
      event,
      sources: collapseSources(event),
      quote: shortenQuote(event.reports[0]?.quote ?? '', max),
      contradicts: uniqueRefs(timeline.contradictions.filter((c) => refIn(c.later, event)).map((c) => c.earlier)),
      confirmedBy: uniqueRefs(
        timeline.confirmations.flatMap((c) => (refIn(c.claim, event) ? [c.confirmedBy] : refIn(c.confirmedBy, event) ? [c.claim] : [])),
      ),
    }));
}

/**
 * Builds a chat's digest from the timelines of the places it follows. `timelineOf` is called
 * once per place; callers composing many digests pass a cached one.
 */
export function composeDigest(
  followed: readonly FollowedPlace[],
  timelineOf: (placeId: string) => PlaceTimeline | undefined,
  window: { since: Timestamp; until: Timestamp },
  options: DigestOptions,
): Digest {
  const places: PlaceDigest[] = [];
  for (const f of followed) {
    const timeline = timelineOf(f.placeId);
    if (!timeline) continue;
    const since = f.since > window.since ? f.since : window.since;
    const items = newItemsOf(timeline, since, window.until, options);
    if (items.length === 0) continue;
    const s = timeline.status;
    places.push({ placeId: f.placeId, place: s.place, oblast: s.oblast, items, status: s });
  }
  return { ...window, places, itemCount: places.reduce((n, p) => n + p.items.length, 0) };
}

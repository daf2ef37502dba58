/**
 * What the bot's use cases need from the rest of frontline, as small interfaces. main.ts plugs
 * in the real gazetteer, timeline repository and ingest; tests plug in small fakes.
 */
import type { Article } from '../domain/article.ts';
import type { Place } from '../domain/place.ts';
import type { PlaceTimeline } from '../domain/timeline.ts';

/** One gazetteer match (src/gazetteer `resolve`). */
export interface PlaceMatch {
  readonly place: Place;
  /** 0..1, 1 = an exact name or alias after folding. */
  readonly score: number;
  readonly matched: string;
}

/** The part of the gazetteer the bot uses. */
export interface PlaceLookup {
  get(id: string): Place | undefined;
  resolve(query: string, options?: { limit?: number }): readonly PlaceMatch[];
}

/** Per-place timelines, built from the store (src/store/timeline-repo + src/timeline). */
export interface TimelineSource {
  /** Undefined when nothing is known about the place. */
  timelineOf(placeId: string): PlaceTimeline | undefined;
  /** Place ids with a contradiction first seen after `since` (alerts). */
  placesWithContradictionsSince?(since: string): readonly string[];
}

/** Result of taking one article into the store. */
export interface IngestOutcome {
  readonly status: 'added' | 'duplicate' | 'failed';
  /** Claims found, when the ingest path reports it. */
  readonly claims: number | null;
  readonly title: string | null;
  readonly error?: string;
}

/** A feed source as admins see it. */
export interface FeedInfo {
  readonly id: number;
  readonly url: string;
  readonly title: string | null;
  readonly lastPolledAt: string | null;
}

/** Admin operations on the store (ingest engineer's pieces, wrapped by main.ts). */
export interface IngestPort {
  ingestArticle(article: Article): IngestOutcome | Promise<IngestOutcome>;
  /** Fetches a public page (SSRF-guarded) and ingests it. */
  ingestUrl(url: string): Promise<IngestOutcome>;
  addFeed(url: string): Promise<FeedInfo> | FeedInfo;
  removeFeed(idOrUrl: string): boolean | Promise<boolean>;
  listFeeds(): readonly FeedInfo[];
  stats(): Record<string, number>;
}

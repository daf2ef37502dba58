/**
 * The store as the timeline commands see it: open the database from the CLI configuration and
 * wire the claim and timeline repositories with the contradiction window.
 */
import { parseCliConfig } from '../config.ts';
import type { Place } from '../domain/place.ts';
import { createClaimRepo, type ClaimRepo } from '../store/claim-repo.ts';
import { openStore, type Db } from '../store/open-database.ts';
import { createTimelineRepo, type TimelineRepo } from '../store/timeline-repo.ts';
import { createTimelineService, type TimelineService } from './timeline-service.ts';

/** Open repositories and the timeline service over one database. */
export interface TimelineStore {
  readonly db: Db;
  readonly claims: ClaimRepo;
  readonly timelines: TimelineRepo;
  readonly service: TimelineService;
  close(): void;
}

/** Wires repositories and the service over an open, migrated database. */
export function timelineStoreOn(db: Db, windowDays: number): TimelineStore {
  const claims = createClaimRepo(db);
  const timelines = createTimelineRepo(db);
  const service = createTimelineService({ claims, timelines, windowDays });
  return { db, claims, timelines, service, close: () => db.close() };
}

/** Opens DATABASE_PATH (migrating it) with CONTRADICTION_WINDOW_DAYS. Throws ConfigError. */
export function openTimelineStore(env: Record<string, string | undefined>): TimelineStore {
  const { store } = parseCliConfig(env);
  return timelineStoreOn(openStore(store.databasePath), store.contradictionWindowDays);
}

/** A place the store knows, by gazetteer id. */
export interface KnownPlace {
  readonly id: string;
  readonly name: string;
  readonly oblast: string;
}

/** What `resolve` of the gazetteer offers (kept small so a missing gazetteer can be tolerated). */
export interface PlaceResolver {
  resolve(query: string, options?: { limit?: number }): readonly { readonly place: Place }[];
}

/**
 * Finds the place a user means: the gazetteer's best matches that have claims in the store,
 * else a stored place whose canonical name matches case-insensitively.
 */
export function findKnownPlace(
  query: string,
  claims: ClaimRepo,
  resolver: PlaceResolver | undefined,
): KnownPlace | undefined {
  const known = new Map(claims.places().map((p) => [p.id, p]));
  for (const m of resolver?.resolve(query, { limit: 5 }) ?? []) {
    const hit = known.get(m.place.id);
    if (hit) return hit;
  }
  const folded = query.trim().toLowerCase();
  return [...known.values()].find((p) => p.name.toLowerCase() === folded);
}

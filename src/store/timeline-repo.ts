/**
 * What the timeline derives per place (events, report links, contradictions, confirmations),
 * rewritten per place inside the article's transaction, and read back for listings and for
 * "new since" queries. Rows become domain objects here and nowhere else.
 */
import type { IsoDate } from '../domain/article.ts';
import type { Claimant, Controller, Scope } from '../domain/claim.ts';
import type { ClaimRef, Contradiction, ContradictionReason, PlaceTimeline } from '../domain/timeline.ts';
import type { Db } from './open-database.ts';
import { createTimelineWriter } from './timeline-repo-writes.ts';
import { inTransaction } from './transaction.ts';

interface ContradictionRow {
  place_id: string;
  place: string;
  oblast: string;
  reason: string;
  first_seen_at: string;
  [side: string]: string | number | null;
}

const SIDE_COLUMNS = (p: string, claim: string, article: string): string =>
  [
    `${claim}.id AS ${p}_claim`,
    `${claim}.article_id AS ${p}_article`,
    `${article}.url AS ${p}_url`,
    `${article}.published AS ${p}_published`,
    `${article}.outlet AS ${p}_outlet`,
    `${claim}.claim_date AS ${p}_date`,
    `${claim}.controller AS ${p}_controller`,
    `${claim}.scope AS ${p}_scope`,
    `${claim}.claimant AS ${p}_claimant`,
    `${claim}.hedged AS ${p}_hedged`,
    `k.${p}_event_id AS ${p}_event`,
  ].join(', ');

const SELECT_CONTRADICTIONS = `
  SELECT k.place_id, e.place, e.oblast, k.reason, k.first_seen_at,
         ${SIDE_COLUMNS('earlier', 'e', 'ea')}, ${SIDE_COLUMNS('later', 'l', 'la')}
  FROM contradictions k
  JOIN claims e ON e.id = k.earlier_claim_id JOIN articles ea ON ea.id = e.article_id
  JOIN claims l ON l.id = k.later_claim_id JOIN articles la ON la.id = l.article_id`;

const ORDER = 'ORDER BY la.published, la.url, ea.published, ea.url, e.place, e.id, l.id';

function sideOf(r: ContradictionRow, p: 'earlier' | 'later'): ClaimRef {
  return {
    url: r[`${p}_url`] as string,
    date: r[`${p}_date`] as IsoDate,
    controller: r[`${p}_controller`] as Controller,
    scope: r[`${p}_scope`] as Scope,
    claimant: r[`${p}_claimant`] as Claimant,
    eventId: r[`${p}_event`] as string,
    articleId: r[`${p}_article`] as number,
    claimId: r[`${p}_claim`] as number,
    published: r[`${p}_published`] as IsoDate | null,
    outlet: r[`${p}_outlet`] as string | null,
    hedged: r[`${p}_hedged`] === 1,
  };
}

function fromContradictionRow(r: ContradictionRow): Contradiction {
  return {
    placeId: r.place_id,
    place: r.place,
    oblast: r.oblast,
    earlier: sideOf(r, 'earlier'),
    later: sideOf(r, 'later'),
    reason: r.reason as ContradictionReason,
    firstSeenAt: r.first_seen_at,
  };
}

/** Timeline repository over an open, migrated database. */
export function createTimelineRepo(db: Db) {
  const writePlace = createTimelineWriter(db);
  const all = db.prepare<[], ContradictionRow>(`${SELECT_CONTRADICTIONS} ${ORDER}`);
  const since = db.prepare<[string], ContradictionRow>(`${SELECT_CONTRADICTIONS} WHERE k.first_seen_at > ? ${ORDER}`);
  const placesSince = db
    .prepare<[string], string>('SELECT DISTINCT place_id FROM contradictions WHERE first_seen_at > ? ORDER BY place_id')
    .pluck();
  const eventPlacesSince = db
    .prepare<[string], string>('SELECT DISTINCT place_id FROM claim_events WHERE updated_at > ? ORDER BY place_id')
    .pluck();

  return {
    /**
     * Makes the stored events, report links, contradictions and confirmations of the timeline's
     * place equal to `timeline` (built from the stored claims), writing only what changed.
     * All or nothing: its own transaction, or a savepoint of the caller's (the article's).
     */
    replacePlace(timeline: PlaceTimeline): void {
      inTransaction(db, () => writePlace(timeline));
    },
    /** Every stored contradiction, in order of the later then the earlier article. */
    contradictions: (): Contradiction[] => all.all().map(fromContradictionRow),
    /** Contradictions first seen after `instant` (ISO), same order. */
    contradictionsSince: (instant: string): Contradiction[] => since.all(instant).map(fromContradictionRow),
    /** Place ids with a contradiction first seen after `instant`. */
    placesWithContradictionsSince: (instant: string): string[] => placesSince.all(instant),
    /** Place ids with an event that got a report after `instant`. */
    placesWithEventsSince: (instant: string): string[] => eventPlacesSince.all(instant),
  };
}

/** The timeline repository's type. */
export type TimelineRepo = ReturnType<typeof createTimelineRepo>;

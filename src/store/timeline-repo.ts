/**
 * What the timeline derives per place (events, report links, contradictions, confirmations),
 * rewritten per place inside the article's transaction, and read back for listings and for
 * "new since" queries. Rows become domain objects here and nowhere else.
 */
import type { IsoDate } from '../domain/article.ts';
import type { Claimant, Controller, Scope } from '../domain/claim.ts';
import type { ClaimRef, Contradiction, ContradictionReason, PlaceTimeline } from '../domain/timeline.ts';
import type { Db } from './open-database.ts';

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

function deleter(db: Db) {
  const statements = [
    'DELETE FROM claim_event_reports WHERE event_id IN (SELECT id FROM claim_events WHERE place_id = ?)',
    'DELETE FROM claim_events WHERE place_id = ?',
    'DELETE FROM contradictions WHERE place_id = ?',
    'DELETE FROM confirmations WHERE place_id = ?',
  ].map((sql) => db.prepare<[string]>(sql));
  return (placeId: string): void => statements.forEach((s) => s.run(placeId));
}

/** Timeline repository over an open, migrated database. */
export function createTimelineRepo(db: Db) {
  const clearPlace = deleter(db);
  const insertEvent = db.prepare(`
    INSERT INTO claim_events (id, place_id, place, oblast, controller, scope, claimant, first_date, last_date,
                              report_count, hedged, historical, first_seen_at, updated_at)
    VALUES (@id, @placeId, @place, @oblast, @controller, @scope, @claimant, @firstDate, @lastDate,
            @reportCount, @hedged, @historical, @firstSeenAt, @updatedAt)`);
  const insertReport = db.prepare('INSERT INTO claim_event_reports (claim_id, event_id, restated) VALUES (?, ?, ?)');
  const insertContradiction = db.prepare(`
    INSERT OR IGNORE INTO contradictions (earlier_claim_id, later_claim_id, place_id, earlier_event_id,
                                          later_event_id, reason, first_seen_at)
    VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const insertConfirmation = db.prepare(`
    INSERT OR IGNORE INTO confirmations (claim_event_id, confirming_event_id, place_id, controller, first_seen_at)
    VALUES (?, ?, ?, ?, ?)`);
  const all = db.prepare<[], ContradictionRow>(`${SELECT_CONTRADICTIONS} ${ORDER}`);
  const since = db.prepare<[string], ContradictionRow>(`${SELECT_CONTRADICTIONS} WHERE k.first_seen_at > ? ${ORDER}`);
  const placesSince = db
    .prepare<[string], string>('SELECT DISTINCT place_id FROM contradictions WHERE first_seen_at > ? ORDER BY place_id')
    .pluck();
  const eventPlacesSince = db
    .prepare<[string], string>('SELECT DISTINCT place_id FROM claim_events WHERE updated_at > ? ORDER BY place_id')
    .pluck();

  function writeEvents(t: PlaceTimeline): void {
    for (const e of t.events) {
      insertEvent.run({
        ...e,
        reportCount: e.reports.length,
        hedged: e.hedged ? 1 : 0,
        historical: e.historical ? 1 : 0,
      });
      for (const r of e.reports) if (r.claimId !== undefined) insertReport.run(r.claimId, e.id, r.restated ? 1 : 0);
    }
  }

  return {
    /** Replaces everything derived for one place with `timeline` (built from the stored claims). */
    replacePlace(timeline: PlaceTimeline): void {
      clearPlace(timeline.placeId);
      writeEvents(timeline);
      for (const c of timeline.contradictions) {
        if (c.earlier.claimId === undefined || c.later.claimId === undefined) continue;
        const ids = [c.earlier.claimId, c.later.claimId, c.placeId, c.earlier.eventId, c.later.eventId];
        insertContradiction.run(...ids, c.reason, c.firstSeenAt);
      }
      for (const k of timeline.confirmations) {
        insertConfirmation.run(k.claim.eventId, k.confirmedBy.eventId, k.placeId, k.controller, k.firstSeenAt);
      }
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

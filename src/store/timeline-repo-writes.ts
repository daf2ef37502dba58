/**
 * Writing a place's derived rows as a diff against what is stored: rows that did not change
 * are not touched, so one new article costs a few writes, not a rewrite of the place.
 */
import type { PlaceTimeline } from '../domain/timeline.ts';
import type { Db } from './open-database.ts';

type Params = readonly (string | number)[];

/** One derived table: how to read its stored rows of a place, and how to upsert and delete one. */
interface TableSync {
  readonly stored: (placeId: string) => Map<string, string>;
  readonly upsert: (params: Params) => void;
  readonly remove: (key: string) => void;
}

function tableSync(db: Db, storedSql: string, upsertSql: string, deleteSql: string, keyArity: 1 | 2): TableSync {
  const stored = db.prepare<[string], { k: string | number; sig: string }>(storedSql);
  const upsert = db.prepare(upsertSql);
  const del = db.prepare(deleteSql);
  return {
    stored: (placeId) => new Map(stored.all(placeId).map((r) => [String(r.k), r.sig])),
    upsert: (params) => void upsert.run(...params),
    remove: (key) => {
      const parts = key.split('|');
      void del.run(...(keyArity === 1 ? [key] : [Number(parts[0]), Number(parts[1])]));
    },
  };
}

/** Rows of one table as key → (signature, parameters of the upsert). */
type Wanted = Map<string, { sig: string; params: Params }>;

function want(rows: Wanted, keyParts: Params, rest: Params): void {
  const params = [...keyParts, ...rest];
  rows.set(keyParts.join('|'), { sig: params.join('|'), params });
}

function apply(sync: TableSync, placeId: string, rows: Wanted, removeStale: boolean): string[] {
  const stored = sync.stored(placeId);
  for (const [key, row] of rows) if (stored.get(key) !== row.sig) sync.upsert(row.params);
  const stale = [...stored.keys()].filter((k) => !rows.has(k));
  if (removeStale) stale.forEach(sync.remove);
  return stale;
}

function wantedRows(t: PlaceTimeline) {
  const events: Wanted = new Map();
  const reports: Wanted = new Map();
  const contradictions: Wanted = new Map();
  const confirmations: Wanted = new Map();
  for (const e of t.events) {
    want(events, [e.id], [e.placeId, e.place, e.oblast, e.controller, e.scope, e.claimant, e.firstDate, e.lastDate,
      e.reports.length, e.hedged ? 1 : 0, e.historical ? 1 : 0, e.firstSeenAt, e.updatedAt]);
    for (const r of e.reports) if (r.claimId !== undefined) want(reports, [r.claimId], [e.id, r.restated ? 1 : 0]);
  }
  for (const c of t.contradictions) {
    if (c.earlier.claimId === undefined || c.later.claimId === undefined) continue;
    want(contradictions, [c.earlier.claimId, c.later.claimId],
      [c.placeId, c.earlier.eventId ?? '', c.later.eventId ?? '', c.reason, c.firstSeenAt]);
  }
  for (const k of t.confirmations) {
    want(confirmations, [k.claim.eventId ?? '', k.confirmedBy.eventId ?? ''], [k.placeId, k.controller, k.firstSeenAt]);
  }
  return { events, reports, contradictions, confirmations };
}

/** Returns `write(timeline)`: brings the stored rows of the timeline's place in line with it. */
export function createTimelineWriter(db: Db): (timeline: PlaceTimeline) => void {
  const SEP = "|| '|' ||";
  const events = tableSync(db,
    `SELECT id AS k, id ${SEP} place_id ${SEP} place ${SEP} oblast ${SEP} controller ${SEP} scope ${SEP} claimant ${SEP}
            first_date ${SEP} last_date ${SEP} report_count ${SEP} hedged ${SEP} historical ${SEP} first_seen_at ${SEP} updated_at AS sig
     FROM claim_events WHERE place_id = ?`,
    `INSERT INTO claim_events (id, place_id, place, oblast, controller, scope, claimant, first_date, last_date,
                               report_count, hedged, historical, first_seen_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET controller = excluded.controller, scope = excluded.scope, claimant = excluded.claimant,
       place = excluded.place, oblast = excluded.oblast, first_date = excluded.first_date, last_date = excluded.last_date,
       report_count = excluded.report_count, hedged = excluded.hedged, historical = excluded.historical,
       first_seen_at = excluded.first_seen_at, updated_at = excluded.updated_at`,
    'DELETE FROM claim_events WHERE id = ?', 1);
  const reports = tableSync(db,
    `SELECT r.claim_id AS k, r.claim_id ${SEP} r.event_id ${SEP} r.restated AS sig
     FROM claims c JOIN claim_event_reports r ON r.claim_id = c.id WHERE c.place_id = ?`,
    `INSERT INTO claim_event_reports (claim_id, event_id, restated) VALUES (?, ?, ?)
     ON CONFLICT (claim_id) DO UPDATE SET event_id = excluded.event_id, restated = excluded.restated`,
    'DELETE FROM claim_event_reports WHERE claim_id = ?', 1);
  const contradictions = tableSync(db,
    `SELECT earlier_claim_id ${SEP} later_claim_id AS k, earlier_claim_id ${SEP} later_claim_id ${SEP} place_id ${SEP}
            earlier_event_id ${SEP} later_event_id ${SEP} reason ${SEP} first_seen_at AS sig
     FROM contradictions WHERE place_id = ?`,
    `INSERT INTO contradictions (earlier_claim_id, later_claim_id, place_id, earlier_event_id, later_event_id, reason, first_seen_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (earlier_claim_id, later_claim_id) DO UPDATE SET earlier_event_id = excluded.earlier_event_id,
       later_event_id = excluded.later_event_id, reason = excluded.reason, first_seen_at = excluded.first_seen_at`,
    'DELETE FROM contradictions WHERE earlier_claim_id = ? AND later_claim_id = ?', 2);
  const confirmations = tableSync(db,
    `SELECT claim_event_id ${SEP} confirming_event_id AS k,
            claim_event_id ${SEP} confirming_event_id ${SEP} place_id ${SEP} controller ${SEP} first_seen_at AS sig
     FROM confirmations WHERE place_id = ?`,
    `INSERT INTO confirmations (claim_event_id, confirming_event_id, place_id, controller, first_seen_at)
     VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (claim_event_id, confirming_event_id) DO UPDATE SET controller = excluded.controller,
       first_seen_at = excluded.first_seen_at`,
    'DELETE FROM confirmations WHERE claim_event_id = ? AND confirming_event_id = ?', 2);
  const deleteConfirmation = db.prepare('DELETE FROM confirmations WHERE claim_event_id = ? AND confirming_event_id = ?');

  return (t) => {
    const rows = wantedRows(t);
    // Events first (reports point at them), then reports move, then stale events go.
    const staleEvents = apply(events, t.placeId, rows.events, false);
    apply(reports, t.placeId, rows.reports, true);
    staleEvents.forEach(events.remove);
    apply(contradictions, t.placeId, rows.contradictions, true);
    // Stored event ids are `ev-<claim id>`, so the last '|' splits a confirmation key.
    const staleConfirmations = apply(confirmations, t.placeId, rows.confirmations, false);
    for (const key of staleConfirmations) {
      const cut = key.lastIndexOf('|');
      deleteConfirmation.run(key.slice(0, cut), key.slice(cut + 1));
    }
  };
}

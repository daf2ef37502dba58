import type { Migration } from '../migration.ts';
import { CLAIM_STATE_COLUMNS } from './claim-columns.ts';

/**
 * 003: what the timeline derives from the claims of each place, stored so the bot can ask
 * "what is new since this chat's last digest" with an index lookup.
 *
 * - `claim_events`: one row per event (the same claim from many articles). The id is stable
 *   (`ev-` + the id of its earliest claim); `first_seen_at` is when its first report was stored,
 *   `updated_at` when its latest one was.
 * - `claim_event_reports`: which claim reports which event (each claim is in exactly one).
 * - `contradictions`: claim pairs (earlier article, later article) that cannot both be true;
 *   `first_seen_at` is when the second of the two claims was stored.
 * - `confirmations`: an event of one side conceded by an event of the other side.
 *
 * All four are rewritten per place whenever a claim about the place arrives, inside the
 * article's transaction; every row carries `place_id` for that and for `status`.
 */
export const migration003: Migration = {
  version: 3,
  name: 'claim-events',
  up(db) {
    db.exec(`
      CREATE TABLE claim_events (
        id            TEXT    PRIMARY KEY,${CLAIM_STATE_COLUMNS}
        first_date    TEXT    NOT NULL,
        last_date     TEXT    NOT NULL,
        report_count  INTEGER NOT NULL CHECK (report_count > 0),
        hedged        INTEGER NOT NULL CHECK (hedged IN (0, 1)),
        historical    INTEGER NOT NULL CHECK (historical IN (0, 1)),
        first_seen_at TEXT    NOT NULL,
        updated_at    TEXT    NOT NULL
      ) STRICT;
      CREATE INDEX claim_events_place ON claim_events (place_id, last_date);
      CREATE INDEX claim_events_first_seen ON claim_events (first_seen_at);
      CREATE INDEX claim_events_updated ON claim_events (updated_at);

      CREATE TABLE claim_event_reports (
        claim_id INTEGER PRIMARY KEY REFERENCES claims (id) ON DELETE CASCADE,
        event_id TEXT    NOT NULL REFERENCES claim_events (id) ON DELETE CASCADE,
        restated INTEGER NOT NULL CHECK (restated IN (0, 1))
      ) STRICT;
      CREATE INDEX claim_event_reports_event ON claim_event_reports (event_id);

      CREATE TABLE contradictions (
        earlier_claim_id INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
        later_claim_id   INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
        place_id         TEXT    NOT NULL,
        earlier_event_id TEXT    NOT NULL,
        later_event_id   TEXT    NOT NULL,
        reason           TEXT    NOT NULL CHECK (reason IN ('conflict-within-window', 'explicit-dispute')),
        first_seen_at    TEXT    NOT NULL,
        PRIMARY KEY (earlier_claim_id, later_claim_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX contradictions_place ON contradictions (place_id);
      CREATE INDEX contradictions_first_seen ON contradictions (first_seen_at);
      CREATE INDEX contradictions_later ON contradictions (later_claim_id);

      CREATE TABLE confirmations (
        claim_event_id      TEXT NOT NULL,
        confirming_event_id TEXT NOT NULL,
        place_id            TEXT NOT NULL,
        controller          TEXT NOT NULL CHECK (controller IN ('ru', 'ua', 'contested')),
        first_seen_at       TEXT NOT NULL,
        PRIMARY KEY (claim_event_id, confirming_event_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX confirmations_place ON confirmations (place_id);
      CREATE INDEX confirmations_first_seen ON confirmations (first_seen_at);
    `);
  },
};

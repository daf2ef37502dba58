import type { Migration } from '../migration.ts';
import { CLAIM_STATE_COLUMNS } from './claim-columns.ts';

/**
 * 002: control claims (CLAIMS.md), one row per claim an article makes.
 *
 * One claim per (article, place, controller, claimant), as the labelled corpus counts them, so
 * re-analysing an article is `INSERT … ON CONFLICT DO NOTHING`. `place_id` is the gazetteer id
 * (same-name settlements stay apart); `place`/`oblast` keep the canonical names for output.
 * `rule_ids` are the lexicon entry ids joined by spaces. Booleans are 0/1; `claim_date` is a
 * calendar date; `first_seen_at` an ISO instant (sorts as text) for "new since" queries.
 */
export const migration002: Migration = {
  version: 2,
  name: 'claims',
  up(db) {
    db.exec(`
      CREATE TABLE claims (
        id            INTEGER PRIMARY KEY,
        article_id    INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,${CLAIM_STATE_COLUMNS}
        source        TEXT,
        claim_date    TEXT    NOT NULL CHECK (claim_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        historical    INTEGER NOT NULL CHECK (historical IN (0, 1)),
        hedged        INTEGER NOT NULL CHECK (hedged IN (0, 1)),
        disputes      INTEGER NOT NULL CHECK (disputes IN (0, 1)),
        quote         TEXT    NOT NULL,
        rule_ids      TEXT    NOT NULL,
        first_seen_at TEXT    NOT NULL,
        UNIQUE (article_id, place_id, controller, claimant)
      ) STRICT;
      CREATE INDEX claims_place ON claims (place_id, claim_date);
      CREATE INDEX claims_first_seen ON claims (first_seen_at);
    `);
  },
};

import type { Migration } from '../migration.ts';

/**
 * 001: where articles come from and the articles themselves.
 *
 * - `sources`: one row per feed, and one per other origin (local files, a web host, a Telegram
 *   channel) so every article has a NOT NULL source. Feed polling state lives here: validators for
 *   conditional GET, the last outcome, and `next_poll_at` (backoff after failures).
 * - `articles`: `url`, `canonical_url` and `content_hash` are each UNIQUE, so one
 *   `INSERT … ON CONFLICT DO NOTHING` makes re-ingesting any copy a no-op. `duplicate_of` links a
 *   near-duplicate (syndicated copy with small edits) to the first copy; it is the one nullable
 *   foreign key, by nature. `body` is the text as read, boilerplate included (the extractor drops
 *   it); the hash and signature are computed on the cleaned text.
 * - `article_signatures` + `article_bands`: MinHash signature and its LSH band keys, so near-duplicate
 *   candidates come from an index lookup instead of a comparison with every stored article.
 * - `ingest_failures`: one row per failed item (reason code + message) for `feeds list`/stats.
 *
 * Times are ISO-8601 UTC instants (`2026-11-22T08:00:00.000Z`), which sort as text; `published`
 * is a calendar date `YYYY-MM-DD`.
 */
export const migration001: Migration = {
  version: 1,
  name: 'articles-and-sources',
  up(db) {
    db.exec(`
      CREATE TABLE sources (
        id                   INTEGER PRIMARY KEY,
        kind                 TEXT    NOT NULL CHECK (kind IN ('feed', 'page', 'file', 'telegram')),
        url                  TEXT    NOT NULL,
        title                TEXT,
        outlet               TEXT,
        lang                 TEXT,
        enabled              INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
        etag                 TEXT,
        last_modified        TEXT,
        last_polled_at       TEXT,
        last_success_at      TEXT,
        last_error           TEXT,
        consecutive_failures INTEGER NOT NULL DEFAULT 0 CHECK (consecutive_failures >= 0),
        next_poll_at         TEXT,
        created_at           TEXT    NOT NULL,
        UNIQUE (kind, url)
      ) STRICT;
      CREATE INDEX sources_due ON sources (kind, enabled, next_poll_at);

      CREATE TABLE articles (
        id            INTEGER PRIMARY KEY,
        url           TEXT    NOT NULL UNIQUE,
        canonical_url TEXT    NOT NULL UNIQUE,
        outlet        TEXT,
        title         TEXT,
        lang          TEXT,
        published     TEXT    CHECK (published IS NULL OR published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        byline        TEXT,
        body          TEXT    NOT NULL CHECK (length(body) > 0),
        content_hash  TEXT    NOT NULL UNIQUE,
        duplicate_of  INTEGER REFERENCES articles (id),
        source_id     INTEGER NOT NULL REFERENCES sources (id),
        first_seen_at TEXT    NOT NULL
      ) STRICT;
      CREATE INDEX articles_first_seen ON articles (first_seen_at);
      CREATE INDEX articles_published ON articles (published);
      CREATE INDEX articles_duplicate_of ON articles (duplicate_of) WHERE duplicate_of IS NOT NULL;
      CREATE INDEX articles_source ON articles (source_id);

      CREATE TABLE article_signatures (
        article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        minhash    BLOB    NOT NULL
      ) STRICT;

      CREATE TABLE article_bands (
        band_key   INTEGER NOT NULL,
        article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        PRIMARY KEY (band_key, article_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX article_bands_article ON article_bands (article_id);

      CREATE TABLE ingest_failures (
        id          INTEGER PRIMARY KEY,
        source_id   INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
        target      TEXT    NOT NULL,
        reason      TEXT    NOT NULL,
        message     TEXT    NOT NULL,
        occurred_at TEXT    NOT NULL
      ) STRICT;
      CREATE INDEX ingest_failures_source ON ingest_failures (source_id, occurred_at);
    `);
  },
};

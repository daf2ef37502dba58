import type { Migration } from '../migration.ts';

/**
 * 004: the bot's side of the store. Chats and their settings, subscriptions to places, the
 * outbox every digest and alert goes through (queued → sent | failed, one UNIQUE dedupe key per
 * message so a restart never enqueues a message twice), digest runs (one row per chat and
 * schedule slot) and small named cursors for jobs (the alert job's "seen up to" instant).
 * Times are ISO-8601 UTC instants (`2026-11-22T08:00:00.000Z`), which sort as text.
 */
export const migration004: Migration = {
  version: 4,
  name: 'chats-and-delivery',
  up(db) {
    db.exec(`
      CREATE TABLE chats (
        id              INTEGER PRIMARY KEY,
        type            TEXT    NOT NULL CHECK (type IN ('private', 'group', 'supergroup', 'channel')),
        title           TEXT,
        language        TEXT    NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'uk')),
        time_zone       TEXT    NOT NULL DEFAULT 'Europe/Kyiv',
        digest_times    TEXT    NOT NULL DEFAULT '08:00',
        alerts          INTEGER NOT NULL DEFAULT 1 CHECK (alerts IN (0, 1)),
        include_hedged  INTEGER NOT NULL DEFAULT 1 CHECK (include_hedged IN (0, 1)),
        empty_note      INTEGER NOT NULL DEFAULT 0 CHECK (empty_note IN (0, 1)),
        active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        deactivated_at  TEXT,
        deactivated_why TEXT,
        last_digest_at  TEXT,
        created_at      TEXT    NOT NULL,
        updated_at      TEXT    NOT NULL
      ) STRICT;

      CREATE TABLE subscriptions (
        chat_id    INTEGER NOT NULL REFERENCES chats (id) ON DELETE CASCADE,
        place_id   TEXT    NOT NULL,
        created_at TEXT    NOT NULL,
        PRIMARY KEY (chat_id, place_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX subscriptions_by_place ON subscriptions (place_id, chat_id);

      CREATE TABLE outbox (
        id                  INTEGER PRIMARY KEY,
        chat_id             INTEGER NOT NULL REFERENCES chats (id) ON DELETE CASCADE,
        kind                TEXT    NOT NULL CHECK (kind IN ('digest', 'alert', 'reply')),
        dedupe_key          TEXT    NOT NULL UNIQUE,
        text                TEXT    NOT NULL CHECK (length(text) BETWEEN 1 AND 4096),
        parse_mode          TEXT    CHECK (parse_mode IN ('HTML')),
        reply_markup        TEXT,
        disable_preview     INTEGER NOT NULL DEFAULT 1 CHECK (disable_preview IN (0, 1)),
        status              TEXT    NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'failed')),
        attempts            INTEGER NOT NULL DEFAULT 0,
        next_attempt_at     TEXT    NOT NULL,
        last_error          TEXT,
        telegram_message_id INTEGER,
        created_at          TEXT    NOT NULL,
        sent_at             TEXT
      ) STRICT;
      CREATE INDEX outbox_due ON outbox (next_attempt_at, id) WHERE status = 'queued';
      CREATE INDEX outbox_by_chat ON outbox (chat_id, id);

      CREATE TABLE digest_runs (
        chat_id    INTEGER NOT NULL REFERENCES chats (id) ON DELETE CASCADE,
        slot       TEXT    NOT NULL,
        since      TEXT    NOT NULL,
        until      TEXT    NOT NULL,
        items      INTEGER NOT NULL,
        messages   INTEGER NOT NULL,
        created_at TEXT    NOT NULL,
        PRIMARY KEY (chat_id, slot)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE job_cursors (
        name  TEXT NOT NULL PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;
    `);
  },
};

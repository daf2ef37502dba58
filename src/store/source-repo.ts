/**
 * Sources in SQLite: feeds with their polling state, plus one row per other origin (local
 * files, a web host, a Telegram channel), and the log of failed items.
 */
import type { Db } from './open-database.ts';

export type SourceKind = 'feed' | 'page' | 'file' | 'telegram';

/** A source and its polling state. Times are ISO instants. */
export interface Source {
  readonly id: number;
  readonly kind: SourceKind;
  readonly url: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly lang: string | null;
  readonly enabled: boolean;
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly lastPolledAt: string | null;
  readonly lastSuccessAt: string | null;
  readonly lastError: string | null;
  readonly consecutiveFailures: number;
  /** Not due before this instant; null means due now. */
  readonly nextPollAt: string | null;
  readonly createdAt: string;
}

/** What a caller gives to create a source. */
export interface NewSource {
  readonly kind: SourceKind;
  readonly url: string;
  readonly title?: string | null;
  readonly outlet?: string | null;
  readonly lang?: string | null;
  readonly enabled?: boolean;
}

/** One logged failure of one item. */
export interface IngestFailureRecord {
  readonly sourceId: number;
  readonly target: string;
  readonly reason: string;
  readonly message: string;
  readonly occurredAt: string;
}

interface SourceRow {
  id: number;
  kind: SourceKind;
  url: string;
  title: string | null;
  outlet: string | null;
  lang: string | null;
  enabled: number;
  etag: string | null;
  last_modified: string | null;
  last_polled_at: string | null;
  last_success_at: string | null;
  last_error: string | null;
  consecutive_failures: number;
  next_poll_at: string | null;
  created_at: string;
}

function fromRow(r: SourceRow): Source {
  return {
    id: r.id,
    kind: r.kind,
    url: r.url,
    title: r.title,
    outlet: r.outlet,
    lang: r.lang,
    enabled: r.enabled === 1,
    etag: r.etag,
    lastModified: r.last_modified,
    lastPolledAt: r.last_polled_at,
    lastSuccessAt: r.last_success_at,
    lastError: r.last_error,
    consecutiveFailures: r.consecutive_failures,
    nextPollAt: r.next_poll_at,
    createdAt: r.created_at,
  };
}

/** Source repository over an open, migrated database. */
export function createSourceRepo(db: Db) {
  const insert = db.prepare<Record<string, unknown>, SourceRow>(`
    INSERT INTO sources (kind, url, title, outlet, lang, enabled, created_at)
    VALUES (@kind, @url, @title, @outlet, @lang, @enabled, @now)
    ON CONFLICT (kind, url) DO NOTHING RETURNING *`);
  const byKindUrl = db.prepare<[string, string], SourceRow>('SELECT * FROM sources WHERE kind = ? AND url = ?');
  const byId = db.prepare<[number], SourceRow>('SELECT * FROM sources WHERE id = ?');
  const listKind = db.prepare<[string], SourceRow>('SELECT * FROM sources WHERE kind = ? ORDER BY id');
  const due = db.prepare<{ now: string; all: number }, SourceRow>(`
    SELECT * FROM sources WHERE kind = 'feed' AND enabled = 1
      AND (@all = 1 OR next_poll_at IS NULL OR next_poll_at <= @now)
    ORDER BY coalesce(next_poll_at, ''), id`);
  const setEnabled = db.prepare('UPDATE sources SET enabled = @enabled, next_poll_at = NULL WHERE id = @id');
  const success = db.prepare(`
    UPDATE sources SET etag = @etag, last_modified = @lastModified, title = coalesce(title, @title),
      last_polled_at = @now, last_success_at = @now, last_error = NULL, consecutive_failures = 0,
      next_poll_at = @nextPollAt
    WHERE id = @id`);
  const failure = db.prepare(`
    UPDATE sources SET last_polled_at = @now, last_error = @error,
      consecutive_failures = consecutive_failures + 1, next_poll_at = @nextPollAt
    WHERE id = @id`);
  const articleCount = db.prepare<[number], { n: number }>('SELECT count(*) AS n FROM articles WHERE source_id = ?');
  const deleteSource = db.prepare('DELETE FROM sources WHERE id = ?');
  const logFailure = db.prepare(`
    INSERT INTO ingest_failures (source_id, target, reason, message, occurred_at)
    VALUES (@sourceId, @target, @reason, @message, @occurredAt)`);
  const failures = db.prepare<[number, number], { source_id: number; target: string; reason: string; message: string; occurred_at: string }>(
    'SELECT * FROM ingest_failures WHERE source_id = ? ORDER BY occurred_at DESC, id DESC LIMIT ?',
  );

  return {
    /** Creates a source; when (kind, url) exists, returns that one with `created: false`. */
    add(s: NewSource, now: string): { source: Source; created: boolean } {
      const row = insert.get({
        kind: s.kind,
        url: s.url,
        title: s.title ?? null,
        outlet: s.outlet ?? null,
        lang: s.lang ?? null,
        enabled: s.enabled === false ? 0 : 1,
        now,
      });
      if (row) return { source: fromRow(row), created: true };
      return { source: fromRow(byKindUrl.get(s.kind, s.url)!), created: false };
    },
    find(kind: SourceKind, url: string): Source | undefined {
      const row = byKindUrl.get(kind, url);
      return row ? fromRow(row) : undefined;
    },
    get(id: number): Source | undefined {
      const row = byId.get(id);
      return row ? fromRow(row) : undefined;
    },
    list(kind: SourceKind): Source[] {
      return listKind.all(kind).map(fromRow);
    },
    /** Enabled feeds whose next poll is due at `now` (every enabled feed with `all`). */
    dueFeeds(now: string, all = false): Source[] {
      return due.all({ now, all: all ? 1 : 0 }).map(fromRow);
    },
    setEnabled(id: number, enabled: boolean): void {
      setEnabled.run({ id, enabled: enabled ? 1 : 0 });
    },
    /**
     * Deletes a source that no article came from; one with articles is disabled instead, so the
     * articles (and the claims taken from them) keep their origin.
     */
    remove(id: number): 'deleted' | 'disabled' {
      if (articleCount.get(id)!.n === 0) {
        deleteSource.run(id);
        return 'deleted';
      }
      setEnabled.run({ id, enabled: 0 });
      return 'disabled';
    },
    articleCount(id: number): number {
      return articleCount.get(id)!.n;
    },
    /** A poll answered (200 or 304): keep the validators, clear the failure streak. */
    recordSuccess(
      id: number,
      poll: { etag: string | null; lastModified: string | null; title?: string | null; nextPollAt: string | null },
      now: string,
    ): void {
      success.run({ id, etag: poll.etag, lastModified: poll.lastModified, title: poll.title ?? null, nextPollAt: poll.nextPollAt, now });
    },
    /** A poll failed: count it and set when to try again. */
    recordFailure(id: number, error: string, nextPollAt: string, now: string): void {
      failure.run({ id, error, nextPollAt, now });
    },
    logFailure(f: IngestFailureRecord): void {
      logFailure.run(f);
    },
    recentFailures(sourceId: number, limit = 20): IngestFailureRecord[] {
      return failures.all(sourceId, limit).map((r) => ({
        sourceId: r.source_id,
        target: r.target,
        reason: r.reason,
        message: r.message,
        occurredAt: r.occurred_at,
      }));
    },
  };
}

/** The source repository's interface. */
export type SourceRepo = ReturnType<typeof createSourceRepo>;

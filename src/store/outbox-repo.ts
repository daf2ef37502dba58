import type Database from 'better-sqlite3';
import type { NewOutboxMessage, OutboxKind, OutboxMessage } from '../domain/chat.ts';

interface OutboxRow {
  id: number;
  chat_id: number;
  kind: OutboxKind;
  dedupe_key: string;
  text: string;
  parse_mode: 'HTML' | null;
  reply_markup: string | null;
  attempts: number;
}

const fromRow = (r: OutboxRow): OutboxMessage => ({
  id: r.id,
  chatId: r.chat_id,
  kind: r.kind,
  dedupeKey: r.dedupe_key,
  text: r.text,
  parseMode: r.parse_mode,
  replyMarkup: r.reply_markup,
  attempts: r.attempts,
});

/** One scheduled digest, committed in one transaction with its messages. */
export interface DigestCommit {
  readonly chatId: number;
  /** The schedule slot it answers (`2026-11-22T08:00@Europe/Kyiv`, or `now:<instant>` for /digest). */
  readonly slot: string;
  readonly since: string;
  readonly until: string;
  readonly items: number;
  readonly messages: readonly NewOutboxMessage[];
}

export type OutboxStatus = 'queued' | 'sent' | 'failed';

/** The outbox: messages queued for delivery, marked sent only after Telegram accepted them. */
export interface OutboxRepo {
  /** Enqueues messages; a dedupe key seen before is skipped. Returns how many were new. */
  enqueue(messages: readonly NewOutboxMessage[], now: string): number;
  /**
   * Atomically: records the digest run, enqueues its messages and advances the chat's
   * last_digest_at to `until`. False (and nothing written) when this slot was already committed.
   */
  commitDigest(commit: DigestCommit, now: string): boolean;
  /**
   * Commits many digests in one transaction (a broadcast: one commit per chat would make the
   * job disk-bound). Each digest is applied as commitDigest would; returns which were fresh.
   */
  commitDigests(commits: readonly DigestCommit[], now: string): boolean[];
  /** Queued messages whose next attempt is due, oldest first. */
  due(now: string, limit: number): OutboxMessage[];
  markSent(id: number, telegramMessageId: number | null, now: string): void;
  /** Leaves it queued for another attempt at `nextAttemptAt`. */
  markRetry(id: number, nextAttemptAt: string, error: string): void;
  markFailed(id: number, error: string): void;
  /** Fails every queued message of a chat (it blocked the bot). Returns how many. */
  failQueuedForChat(chatId: number, error: string): number;
  counts(): Record<OutboxStatus, number>;
  /** Delivered count per dedupe key (tests and /stats). */
  statusOf(dedupeKey: string): { status: OutboxStatus; attempts: number } | undefined;
  getCursor(name: string): string | undefined;
  setCursor(name: string, value: string): void;
}

/** Prepares the outbox statements once. */
export function createOutboxRepo(db: Database.Database): OutboxRepo {
  const insert = db.prepare(
    `INSERT INTO outbox (chat_id, kind, dedupe_key, text, parse_mode, reply_markup, next_attempt_at, created_at)
     VALUES (@chatId, @kind, @dedupeKey, @text, @parseMode, @replyMarkup, @now, @now)
     ON CONFLICT (dedupe_key) DO NOTHING`,
  );
  const insertRun = db.prepare(
    `INSERT INTO digest_runs (chat_id, slot, since, until, items, messages, created_at)
     VALUES (@chatId, @slot, @since, @until, @items, @count, @now) ON CONFLICT DO NOTHING`,
  );
  const setLast = db.prepare('UPDATE chats SET last_digest_at = ? WHERE id = ?');
  // A message waits while an earlier one of its chat waits for a retry: parts arrive in order.
  const due = db.prepare<{ now: string; limit: number }, OutboxRow>(
    `SELECT o.* FROM outbox o JOIN chats c ON c.id = o.chat_id
     WHERE o.status = 'queued' AND o.next_attempt_at <= @now AND c.active = 1
       AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.chat_id = o.chat_id AND p.status = 'queued'
                       AND p.id < o.id AND p.next_attempt_at > @now)
     ORDER BY o.id LIMIT @limit`,
  );
  const sent = db.prepare(
    `UPDATE outbox SET status = 'sent', sent_at = @now, telegram_message_id = @mid, attempts = attempts + 1
     WHERE id = @id`,
  );
  const retry = db.prepare(
    'UPDATE outbox SET attempts = attempts + 1, next_attempt_at = @at, last_error = @error WHERE id = @id',
  );
  const failed = db.prepare(
    "UPDATE outbox SET status = 'failed', attempts = attempts + 1, last_error = @error WHERE id = @id",
  );
  const failChat = db.prepare(
    "UPDATE outbox SET status = 'failed', last_error = @error WHERE chat_id = @chatId AND status = 'queued'",
  );
  const counts = db.prepare<[], { status: OutboxStatus; n: number }>(
    'SELECT status, count(*) AS n FROM outbox GROUP BY status',
  );
  const statusOf = db.prepare<[string], { status: OutboxStatus; attempts: number }>(
    'SELECT status, attempts FROM outbox WHERE dedupe_key = ?',
  );
  const getCursor = db.prepare<[string], { value: string }>('SELECT value FROM job_cursors WHERE name = ?');
  const setCursor = db.prepare(
    'INSERT INTO job_cursors (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value',
  );

  const enqueue = (messages: readonly NewOutboxMessage[], now: string): number => {
    let added = 0;
    for (const m of messages) added += insert.run({ ...m, now }).changes;
    return added;
  };
  const enqueueAll = db.transaction(enqueue);
  const commitDigest = db.transaction((c: DigestCommit, now: string): boolean => {
    const fresh = insertRun.run({ ...c, count: c.messages.length, now }).changes === 1;
    if (!fresh) return false;
    enqueue(c.messages, now);
    setLast.run(c.until, c.chatId);
    return true;
  });

  const commitMany = db.transaction((list: readonly DigestCommit[], now: string): boolean[] =>
    list.map((c) => commitDigest(c, now)),
  );

  return {
    enqueue: (messages, now) => enqueueAll(messages, now),
    commitDigest: (c, now) => commitDigest.immediate(c, now),
    commitDigests: (list, now) => commitMany.immediate(list, now),
    due: (now, limit) => due.all({ now, limit }).map(fromRow),
    markSent: (id, mid, now) => void sent.run({ id, mid, now }),
    markRetry: (id, at, error) => void retry.run({ id, at, error }),
    markFailed: (id, error) => void failed.run({ id, error }),
    failQueuedForChat: (chatId, error) => failChat.run({ chatId, error }).changes,
    counts: () => {
      const out: Record<OutboxStatus, number> = { queued: 0, sent: 0, failed: 0 };
      for (const r of counts.all()) out[r.status] = r.n;
      return out;
    },
    statusOf: (key) => statusOf.get(key),
    getCursor: (name) => getCursor.get(name)?.value,
    setCursor: (name, value) => void setCursor.run(name, value),
  };
}

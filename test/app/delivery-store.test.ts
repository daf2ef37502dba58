// Migration 004 and the chat/subscription/outbox repositories against a real migrated database.
import { describe, expect, it } from 'vitest';
import { createChatRepo } from '../../src/store/chat-repo.ts';
import { createOutboxRepo } from '../../src/store/outbox-repo.ts';
import { createSubscriptionRepo } from '../../src/store/subscription-repo.ts';
import { openTestDb } from '../helpers/bot-db.ts';

const NOW = '2026-11-22T08:00:00.000Z';

describe('migration 004', () => {
  it('has STRICT tables with checked values and NOT NULL foreign keys', () => {
    const db = openTestDb();
    expect(() => db.prepare("INSERT INTO chats (id, type, created_at, updated_at) VALUES ('x', 'private', ?, ?)").run(NOW, NOW)).toThrow(/datatype|STRICT|cannot store/i);
    expect(() => db.prepare("INSERT INTO chats (id, type, created_at, updated_at) VALUES (1, 'bogus', ?, ?)").run(NOW, NOW)).toThrow(/CHECK/);
    expect(() => db.prepare('INSERT INTO subscriptions (chat_id, place_id, created_at) VALUES (99, ?, ?)').run('UA1', NOW)).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("INSERT INTO outbox (chat_id, kind, dedupe_key, text, next_attempt_at, created_at) VALUES (NULL, 'digest', 'k', 't', ?, ?)").run(NOW, NOW)).toThrow(/NOT NULL/);
  });

  it('finds due outbox messages through the partial index', () => {
    const db = openTestDb();
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT id FROM outbox WHERE status = 'queued' AND next_attempt_at <= ? ORDER BY next_attempt_at").all(NOW) as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('outbox_due');
  });

  it('deletes a chat’s subscriptions, outbox and runs with it', () => {
    const db = openTestDb();
    const chats = createChatRepo(db);
    const subs = createSubscriptionRepo(db);
    const outbox = createOutboxRepo(db);
    chats.upsert({ id: 1, type: 'private', title: null, language: 'uk', now: NOW });
    subs.add(1, 'UA1', NOW);
    outbox.enqueue([{ chatId: 1, kind: 'alert', dedupeKey: 'a', text: 'x', parseMode: null, replyMarkup: null }], NOW);
    db.prepare('DELETE FROM chats WHERE id = 1').run();
    expect(subs.placesOf(1)).toEqual([]);
    expect(outbox.counts()).toEqual({ queued: 0, sent: 0, failed: 0 });
  });
});

describe('chat and subscription repositories', () => {
  it('creates chats with defaults, keeps the language on re-upsert, updates settings', () => {
    const db = openTestDb();
    const chats = createChatRepo(db);
    const c = chats.upsert({ id: 5, type: 'private', title: null, language: 'uk', now: NOW });
    expect(c).toMatchObject({ language: 'uk', timeZone: 'Europe/Kyiv', digestTimes: ['08:00'], alerts: true, includeHedged: true, emptyNote: false, active: true, lastDigestAt: null });
    expect(chats.upsert({ id: 5, type: 'private', title: null, language: 'en', now: NOW }).language).toBe('uk');
    expect(chats.updateSettings(5, { digestTimes: ['07:00', '19:30'], alerts: false, timeZone: 'Europe/Berlin' }, NOW)).toMatchObject({ digestTimes: ['07:00', '19:30'], alerts: false, timeZone: 'Europe/Berlin' });
    chats.deactivate(5, '403', NOW);
    expect(chats.digestCandidates()).toEqual([]);
    expect(chats.count()).toEqual({ total: 1, active: 0 });
  });

  it('only offers active chats with digests on and a subscription as digest candidates', () => {
    const db = openTestDb();
    const chats = createChatRepo(db);
    const subs = createSubscriptionRepo(db);
    for (const id of [1, 2, 3]) chats.upsert({ id, type: 'private', title: null, language: 'en', now: NOW });
    subs.add(1, 'UA1', NOW);
    subs.add(2, 'UA1', NOW);
    chats.updateSettings(2, { digestTimes: [] }, NOW);
    expect(chats.digestCandidates().map((c) => c.id)).toEqual([1]);
    expect(subs.chatsFollowing('UA1')).toEqual([1, 2]);
    expect(subs.add(1, 'UA1', NOW)).toBe(false);
    expect(subs.count()).toEqual({ subscriptions: 2, places: 1 });
  });
});

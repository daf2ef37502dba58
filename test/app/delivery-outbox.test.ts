import { describe, expect, it } from 'vitest';
import { DeliveryError, type MessageSender } from '../../src/app/delivery.ts';
import { OutboxSender } from '../../src/app/outbox-sender.ts';
import { RateLimiter } from '../../src/app/rate-limiter.ts';
import type { NewOutboxMessage, OutboxMessage } from '../../src/domain/chat.ts';
import { createChatRepo } from '../../src/store/chat-repo.ts';
import { createOutboxRepo } from '../../src/store/outbox-repo.ts';
import { openTestDb } from '../helpers/bot-db.ts';

const T0 = Date.parse('2026-11-22T08:00:00Z');

function harness(behaviour: (m: OutboxMessage, attempt: number) => void = () => undefined) {
  const db = openTestDb();
  const chats = createChatRepo(db);
  const outbox = createOutboxRepo(db);
  let now = T0;
  const sends: { chatId: number; key: string; at: number }[] = [];
  const attempts = new Map<number, number>();
  const send: MessageSender = async (m) => {
    const n = (attempts.get(m.id) ?? 0) + 1;
    attempts.set(m.id, n);
    behaviour(m, n);
    sends.push({ chatId: m.chatId, key: m.dedupeKey, at: now });
    return { messageId: sends.length };
  };
  const sender = new OutboxSender({ outbox, chats, send, nowMs: () => now, sleep: async (ms) => void (now += ms), limiter: new RateLimiter() });
  const chat = (id: number) => chats.upsert({ id, type: id < 0 ? 'group' : 'private', title: null, language: 'en', now: new Date(T0).toISOString() });
  const msg = (chatId: number, key: string): NewOutboxMessage => ({ chatId, kind: 'digest', dedupeKey: key, text: `text ${key}`, parseMode: 'HTML', replyMarkup: null });
  return { db, chats, outbox, sender, sends, chat, msg, advance: (ms: number) => void (now += ms), nowIso: () => new Date(now).toISOString() };
}

describe('outbox sender', () => {
  it('enqueues once per dedupe key and marks messages sent only after the send resolved', async () => {
    const h = harness();
    h.chat(1);
    expect(h.outbox.enqueue([h.msg(1, 'a'), h.msg(1, 'a')], h.nowIso())).toBe(1);
    expect(h.outbox.statusOf('a')).toEqual({ status: 'queued', attempts: 0 });
    const r = await h.sender.flush();
    expect(r.sent).toBe(1);
    expect(h.outbox.statusOf('a')).toEqual({ status: 'sent', attempts: 1 });
    expect((await h.sender.flush()).sent).toBe(0);
  });

  it('keeps one message per second to one chat, 20 a minute to a group, and about 25/s overall', async () => {
    const h = harness();
    h.chat(1);
    h.chat(-5);
    for (let i = 0; i < 30; i++) h.chat(100 + i);
    h.outbox.enqueue([h.msg(1, 'p1'), h.msg(1, 'p2'), h.msg(1, 'p3'), h.msg(-5, 'g1'), h.msg(-5, 'g2')], h.nowIso());
    h.outbox.enqueue(Array.from({ length: 30 }, (_, i) => h.msg(100 + i, `b${i}`)), h.nowIso());
    await h.sender.flush();
    const at = (key: string) => h.sends.find((s) => s.key === key)!.at;
    expect(at('p2') - at('p1')).toBeGreaterThanOrEqual(1000);
    expect(at('p3') - at('p2')).toBeGreaterThanOrEqual(1000);
    expect(at('g2') - at('g1')).toBeGreaterThanOrEqual(3000);
    const times = h.sends.map((s) => s.at).sort((a, b) => a - b);
    for (let i = 25; i < times.length; i++) expect(times[i]! - times[i - 25]!).toBeGreaterThanOrEqual(1000 - 1);
    // Parts of one chat arrive in order.
    expect(h.sends.filter((s) => s.chatId === 1).map((s) => s.key)).toEqual(['p1', 'p2', 'p3']);
  });

  it('waits retry_after on 429 and keeps the chat’s later parts behind the retried one', async () => {
    const h = harness((m, n) => {
      if (m.dedupeKey === 'x1' && n === 1) throw new DeliveryError('retry-after', '429', 30);
    });
    h.chat(1);
    h.chat(2);
    h.outbox.enqueue([h.msg(1, 'x1'), h.msg(1, 'x2'), h.msg(2, 'y1')], h.nowIso());
    const first = await h.sender.flush();
    expect(first).toMatchObject({ sent: 1, retried: 1 });
    expect(h.sends.map((s) => s.key)).toEqual(['y1']);
    h.advance(29_000);
    expect((await h.sender.flush()).sent).toBe(0);
    h.advance(2_000);
    await h.sender.flush();
    expect(h.sends.map((s) => s.key)).toEqual(['y1', 'x1', 'x2']);
  });

  it('deactivates a chat that blocked the bot (403) and fails its queue, without stalling others', async () => {
    const h = harness((m) => {
      if (m.chatId === 1) throw new DeliveryError('blocked', '403: blocked');
    });
    h.chat(1);
    h.chat(2);
    h.outbox.enqueue([h.msg(1, 'a1'), h.msg(1, 'a2'), h.msg(2, 'b1')], h.nowIso());
    const r = await h.sender.flush();
    expect(r).toMatchObject({ sent: 1, deactivated: 1 });
    expect(h.chats.get(1)?.active).toBe(false);
    expect(h.outbox.statusOf('a1')?.status).toBe('failed');
    expect(h.outbox.statusOf('a2')?.status).toBe('failed');
    expect(h.outbox.statusOf('b1')?.status).toBe('sent');
    // /start again reactivates delivery.
    h.chat(1);
    expect(h.chats.get(1)?.active).toBe(true);
  });

  it('fails a rejected message (400) once and goes on; transient errors back off and give up after the limit', async () => {
    const h = harness((m) => {
      if (m.dedupeKey === 'bad') throw new DeliveryError('rejected', '400: message is too long');
      if (m.dedupeKey === 'flaky') throw new DeliveryError('transient', '500');
    });
    h.chat(1);
    h.chat(2);
    h.outbox.enqueue([h.msg(1, 'bad'), h.msg(1, 'good'), h.msg(2, 'flaky')], h.nowIso());
    await h.sender.flush();
    expect(h.outbox.statusOf('bad')).toEqual({ status: 'failed', attempts: 1 });
    expect(h.outbox.statusOf('good')?.status).toBe('sent');
    expect(h.outbox.statusOf('flaky')).toEqual({ status: 'queued', attempts: 1 });
    for (let i = 0; i < 10; i++) {
      h.advance(3_600_000);
      await h.sender.flush();
    }
    expect(h.outbox.statusOf('flaky')).toEqual({ status: 'failed', attempts: 6 });
  });

  it('commits a digest with its messages and last_digest_at in one transaction, once per slot', () => {
    const h = harness();
    h.chat(1);
    const commit = { chatId: 1, slot: 's1', since: '2026-11-21T00:00:00.000Z', until: '2026-11-22T08:00:00.000Z', items: 2, messages: [h.msg(1, 'digest:1:s1:1')] };
    expect(h.outbox.commitDigest(commit, h.nowIso())).toBe(true);
    expect(h.outbox.commitDigest({ ...commit, messages: [h.msg(1, 'digest:1:s1:other')] }, h.nowIso())).toBe(false);
    expect(h.chats.get(1)?.lastDigestAt).toBe('2026-11-22T08:00:00.000Z');
    expect(h.outbox.counts()).toEqual({ queued: 1, sent: 0, failed: 0 });
  });

  it('stops after the message in flight', async () => {
    const h = harness();
    h.chat(1);
    h.chat(2);
    h.outbox.enqueue([h.msg(1, 'a'), h.msg(2, 'b')], h.nowIso());
    const flushing = h.sender.flush();
    await h.sender.stop();
    await flushing;
    expect(h.sends.length).toBeLessThanOrEqual(1);
    expect(h.outbox.counts().queued).toBe(2 - h.sends.length);
  });
});

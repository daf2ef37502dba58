import { describe, expect, it } from 'vitest';
import type { MessageSender } from '../../src/app/delivery.ts';
import { OutboxSender } from '../../src/app/outbox-sender.ts';
import { RateLimiter } from '../../src/app/rate-limiter.ts';
import { createI18n } from '../../src/bot/i18n.ts';
import { createDeliveryRenderer } from '../../src/bot/render/delivery-renderer.ts';
import { runDigestJob } from '../../src/jobs/digest-job.ts';
import { createChatRepo } from '../../src/store/chat-repo.ts';
import { createOutboxRepo } from '../../src/store/outbox-repo.ts';
import { createSubscriptionRepo } from '../../src/store/subscription-repo.ts';
import { openTestDb } from '../helpers/bot-db.ts';
import { memoryTimelines, sourced } from '../helpers/claims.ts';
import { PLACES } from '../helpers/places.ts';

const K = PLACES.kupiansk;
const render = createDeliveryRenderer(createI18n('data/locales'));

function harness(file = ':memory:') {
  const db = openTestDb(file);
  const repos = { chats: createChatRepo(db), subscriptions: createSubscriptionRepo(db), outbox: createOutboxRepo(db) };
  const timelines = memoryTimelines();
  const delivered: { chatId: number; text: string }[] = [];
  const send: MessageSender = async (m) => {
    delivered.push({ chatId: m.chatId, text: m.text });
    return { messageId: delivered.length };
  };
  const fast = new RateLimiter({ globalPerSecond: 1e6, privateGapMs: 0, groupGapMs: 0 });
  let clock = 0;
  const newSender = (s: MessageSender = send) =>
    new OutboxSender({ ...repos, send: s, limiter: fast, nowMs: () => clock, sleep: async () => undefined });
  let sender = newSender();
  const run = (iso: string) => {
    clock = Date.parse(iso);
    return runDigestJob({ now: new Date(iso), ...repos, timelines, render, sender });
  };
  const chat = (id: number, language: 'en' | 'uk' = 'en', at = '2026-11-21T10:00:00.000Z') => {
    repos.chats.upsert({ id, type: 'private', title: null, language, now: at });
    repos.subscriptions.add(id, K.id, at);
  };
  return { db, repos, timelines, delivered, run, chat, restart: (s?: MessageSender) => (sender = newSender(s)) };
}

const news = (firstSeenAt: string, over: Partial<Parameters<typeof sourced>[1]> = {}) =>
  sourced(K, { controller: 'ru', claimant: 'ru', firstSeenAt, published: firstSeenAt.slice(0, 10), outlet: 'Moscow Wire', ...over });

describe('runDigestJob', () => {
  it('sends each chat its digest once at its local time, in its language', async () => {
    const h = harness();
    h.chat(1, 'en');
    h.chat(2, 'uk');
    h.timelines.add(news('2026-11-21T12:00:00.000Z'));
    expect((await h.run('2026-11-22T05:59:00.000Z')).committed).toBe(0); // 07:59 in Kyiv
    const r = await h.run('2026-11-22T06:00:30.000Z');
    expect(r).toMatchObject({ due: 2, committed: 2, messages: 2 });
    expect(h.delivered.map((d) => d.chatId).sort()).toEqual([1, 2]);
    expect(h.delivered.find((d) => d.chatId === 1)!.text).toContain('Digest');
    expect(h.delivered.find((d) => d.chatId === 2)!.text).toContain('Дайджест');
    expect((await h.run('2026-11-22T06:01:30.000Z')).committed).toBe(0);
    expect(h.delivered).toHaveLength(2);
  });

  it('sends a digest missed while the process was down once, not once per missed slot', async () => {
    const h = harness();
    h.chat(1);
    h.timelines.add(news('2026-11-21T12:00:00.000Z'));
    const r = await h.run('2026-11-25T10:00:00.000Z');
    expect(r.committed).toBe(1);
    expect(h.delivered).toHaveLength(1);
    expect((await h.run('2026-11-25T10:00:01.000Z')).committed).toBe(0);
  });

  it('carries only what arrived since the last digest; an empty one sends nothing unless asked', async () => {
    const h = harness();
    h.chat(1);
    h.timelines.add(news('2026-11-21T12:00:00.000Z'));
    await h.run('2026-11-22T06:00:30.000Z');
    await h.run('2026-11-23T06:00:30.000Z');
    expect(h.delivered).toHaveLength(1);
    expect(h.repos.chats.get(1)?.lastDigestAt).toBe('2026-11-23T06:00:30.000Z');
    h.repos.chats.updateSettings(1, { emptyNote: true }, '2026-11-23T07:00:00.000Z');
    await h.run('2026-11-24T06:00:30.000Z');
    expect(h.delivered[1]!.text).toContain('Nothing new');
    h.timelines.add(news('2026-11-24T12:00:00.000Z', { controller: 'ua', claimant: 'ua', outlet: 'Kyiv Daily' }));
    await h.run('2026-11-25T06:00:30.000Z');
    expect(h.delivered[2]!.text).toContain('Kyiv Daily');
    expect(h.delivered[2]!.text).not.toContain('Moscow Wire</a>, ');
  });

  it('a crash after committing and before sending loses nothing: the restart sends the queue once', async () => {
    const file = `${process.env.TMPDIR ?? '/tmp'}/frontline-digest-job-${process.pid}-${Date.now()}.sqlite`;
    const h = harness(file);
    h.chat(1);
    h.chat(2);
    h.timelines.add(news('2026-11-21T12:00:00.000Z'));
    let calls = 0;
    h.restart(async () => {
      if (++calls === 2) throw new Error('process killed');
      return { messageId: calls };
    });
    await h.run('2026-11-22T06:00:30.000Z');
    h.restart();
    await h.run('2026-11-22T06:01:30.000Z');
    expect(h.delivered.map((d) => d.chatId)).toHaveLength(1);
    expect(h.repos.outbox.counts()).toEqual({ queued: 0, sent: 2, failed: 0 });
    h.db.close();
  });

  it('alerts followers of a place about a new contradiction once, only when they want alerts', async () => {
    const h = harness();
    h.chat(1);
    h.chat(2);
    h.repos.chats.updateSettings(2, { alerts: false }, '2026-11-21T10:00:00.000Z');
    h.timelines.add(news('2026-11-21T12:00:00.000Z'));
    expect((await h.run('2026-11-21T13:00:00.000Z')).alerts).toBe(0); // the first run only sets the cursor
    h.timelines.add(news('2026-11-21T14:00:00.000Z', { controller: 'ua', claimant: 'ua', disputes: true, outlet: 'Kyiv Daily' }));
    expect((await h.run('2026-11-21T14:30:00.000Z')).alerts).toBe(1);
    expect((await h.run('2026-11-21T14:31:00.000Z')).alerts).toBe(0);
    expect(h.delivered.map((d) => d.chatId)).toEqual([1]);
    expect(h.delivered[0]!.text).toContain('New contradiction');
  });
});

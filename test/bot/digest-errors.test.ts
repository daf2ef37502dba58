import { describe, expect, it } from 'vitest';
import { UserFacingError } from '../../src/domain/errors.ts';
import type { TimelineSource } from '../../src/app/ports.ts';
import { memoryTimelines, sourced } from '../helpers/claims.ts';
import { PLACES } from '../helpers/places.ts';
import { makeTestBot } from '../helpers/test-bot.ts';
import { textUpdate } from '../helpers/updates.ts';

const K = PLACES.kupiansk;

describe('/digest', () => {
  it('shows what arrived since the place was followed, with sources, ⚠️ and the earlier claim', async () => {
    const timelines = memoryTimelines([
      sourced(K, { controller: 'ua', claimant: 'ua', firstSeenAt: '2026-11-10T10:00:00.000Z', published: '2026-11-10', outlet: 'Kyiv Daily' }),
    ]);
    const t = makeTestBot({ timelines, now: () => new Date('2026-11-22T10:00:00Z') });
    await t.send(textUpdate('/digest', { id: 1 }));
    expect(t.last().payload.text).toContain('You don\'t follow any place yet');
    await t.send(textUpdate('/subscribe Kupiansk', { id: 1 }));
    await t.send(textUpdate('/digest', { id: 1 }));
    expect(t.last().payload.text).toBe('Nothing new for your places yet.');
    timelines.add(sourced(K, { controller: 'ru', claimant: 'ru', hedged: true, firstSeenAt: '2026-11-22T11:00:00.000Z', published: '2026-11-22', outlet: 'Moscow Wire', quote: 'The town <was> taken & held.' }));
    const t2 = makeTestBot({ timelines, now: () => new Date('2026-11-22T12:00:00Z') });
    t2.app.chats.ensure({ id: 1, type: 'private', title: null, languageCode: 'en' }, '2026-11-22T09:00:00.000Z');
    t2.app.subscribe(1, K.id, '2026-11-22T09:00:00.000Z');
    await t2.send(textUpdate('/digest', { id: 1 }));
    const text = String(t2.last().payload.text);
    expect(text).toContain('🗞 <b>Digest</b>');
    expect(text).toContain('📍 <b>Kupiansk</b>, Kharkiv');
    expect(text).toContain('🇷🇺 Russia: <b>Russian control</b>');
    expect(text).toContain('❔ unconfirmed');
    expect(text).toContain('«The town &lt;was&gt; taken &amp; held.»');
    expect(text).toContain('Sources: <a href="https://news.example.org/');
    expect(text).toMatch(/⚠️ contradicts 🇺🇦 Ukraine: Ukrainian control, 2026-11-10 \(<a href="[^"]+">Kyiv Daily<\/a>\)/);
    await t2.send(textUpdate('/settings', { id: 1 }));
    t2.app.chats.toggle(1, 'includeHedged', '2026-11-22T12:00:00.000Z');
    await t2.send(textUpdate('/digest', { id: 1 }));
    expect(t2.last().payload.text).toBe('Nothing new for your places yet.');
  });

  it('splits a long digest into messages below 4096 characters at claim boundaries', async () => {
    const claims = Array.from({ length: 60 }, (_, i) => {
      const day = new Date(Date.UTC(2026, 0, 1 + i * 5)).toISOString();
      return sourced(K, { controller: i % 2 ? 'ru' : 'ua', claimant: i % 2 ? 'ru' : 'ua', firstSeenAt: day, published: day.slice(0, 10), outlet: `Outlet number ${i}`, quote: 'A long sentence about the town and its surroundings, repeated for length. '.repeat(4) });
    });
    const t = makeTestBot({ timelines: memoryTimelines(claims), now: () => new Date('2027-01-01T00:00:00Z') });
    t.app.chats.ensure({ id: 1, type: 'private', title: null, languageCode: 'en' }, '2025-12-01T00:00:00.000Z');
    t.app.subscribe(1, K.id, '2025-12-01T00:00:00.000Z');
    const calls = await t.send(textUpdate('/digest', { id: 1 }));
    expect(calls.length).toBeGreaterThan(1);
    for (const c of calls) {
      const text = String(c.payload.text);
      expect(text.length).toBeLessThan(4096);
      expect(text.split('<b>').length).toBe(text.split('</b>').length);
      expect(text.split('<a ').length).toBe(text.split('</a>').length);
    }
    const items = calls.map((c) => String(c.payload.text).split('\n• ').length - 1).reduce((a, b) => a + b, 0) + calls.filter((c) => String(c.payload.text).startsWith('• ')).length;
    expect(items).toBe(60);
  });
});

describe('error boundary', () => {
  const throwing = (error: Error): TimelineSource => ({
    timelineOf: () => {
      throw error;
    },
  });

  it('answers one generic apology in the user’s language, never a stack trace', async () => {
    const t = makeTestBot({ timelines: throwing(new Error('database is locked at /secret/path')) });
    await t.send(textUpdate('/status Kupiansk', { id: 1 }));
    expect(t.last().payload.text).toBe('Sorry, something went wrong. Please try again in a moment.');
    await t.send(textUpdate('/status Kupiansk', { id: 2, lang: 'uk' }));
    expect(t.last().payload.text).toContain('Вибачте');
  });

  it('shows the text of a UserFacingError as it is', async () => {
    const t = makeTestBot({ timelines: throwing(new UserFacingError('The store is being rebuilt; try in a minute.')) });
    await t.send(textUpdate('/status Kupiansk', { id: 1 }));
    expect(t.last().payload.text).toBe('The store is being rebuilt; try in a minute.');
  });
});

describe('membership and blocked chats', () => {
  it('stops delivery when the bot is removed from a group or blocked, and resumes when the chat writes', async () => {
    const t = makeTestBot();
    await t.send(textUpdate('/start', { id: 1 }));
    const kicked = {
      update_id: 99_001,
      my_chat_member: {
        chat: { id: 1, type: 'private', first_name: 'Test' }, from: { id: 1, is_bot: false, first_name: 'Test' }, date: 0,
        old_chat_member: { status: 'member', user: { id: 1, is_bot: true, first_name: 'frontline' } },
        new_chat_member: { status: 'kicked', until_date: 0, user: { id: 1, is_bot: true, first_name: 'frontline' } },
      },
    };
    expect(await t.send(kicked as never)).toEqual([]);
    expect(t.app.chats.get(1)?.active).toBe(false);
    await t.send(textUpdate('/start', { id: 1 }));
    expect(t.app.chats.get(1)?.active).toBe(true);
  });

  it('deactivates a chat whose reply fails with 403, without answering', async () => {
    const t = makeTestBot({ blockedChats: [3] });
    await t.send(textUpdate('/help', { id: 3 }));
    expect(t.app.chats.get(3)?.active).toBe(false);
    expect(t.calls.filter((c) => c.method === 'sendMessage')).toHaveLength(1);
  });
});

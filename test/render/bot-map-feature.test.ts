// /map in the real bot pieces (app over an in-memory store, i18n, chat record), with every
// outgoing Bot API call recorded; places carry coordinates so the picture has marks.
import { Bot, InputFile } from 'grammy';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createBotApp } from '../../src/app/bot-app.ts';
import { loadTimeZones } from '../../src/app/time-zones.ts';
import type { BotContext } from '../../src/bot/context.ts';
import { mapFeature } from '../../src/bot/features/map.ts';
import { createI18n } from '../../src/bot/i18n.ts';
import { chatRecord } from '../../src/bot/middlewares/chat-record.ts';
import type { Place } from '../../src/domain/place.ts';
import { createChatRepo } from '../../src/store/chat-repo.ts';
import { createOutboxRepo } from '../../src/store/outbox-repo.ts';
import { createSubscriptionRepo } from '../../src/store/subscription-repo.ts';
import { openTestDb } from '../helpers/bot-db.ts';
import { memoryTimelines, sourced } from '../helpers/claims.ts';
import { fakePlaces } from '../helpers/places.ts';
import { FAKE_BOT_INFO } from '../helpers/test-bot.ts';
import { textUpdate } from '../helpers/updates.ts';

const at = (id: string, name: string, nameLocal: string, lat: number, lon: number): Place => ({
  id, name, nameLocal, oblast: 'Donetsk', raion: null, country: 'UA', type: 'city', lat, lon, population: 1000,
});
const POKROVSK = at('UA-1', 'Pokrovsk', 'Покровськ', 48.2826, 37.1758);
const MYRNOHRAD = at('UA-2', 'Myrnohrad', 'Мирноград', 48.3022, 37.2613);
const SUMY = at('UA-3', 'Sumy', 'Суми', 50.9077, 34.7981);

function harness(failPhoto = false) {
  const db = openTestDb();
  const subscriptions = createSubscriptionRepo(db);
  const timelines = memoryTimelines([sourced(POKROVSK, { controller: 'ru', claimant: 'ru', firstSeenAt: '2026-11-20T00:00:00Z' })]);
  const app = createBotApp({
    chats: createChatRepo(db), subscriptions, outbox: createOutboxRepo(db), places: fakePlaces([POKROVSK, MYRNOHRAD, SUMY]),
    timelines, timeZones: loadTimeZones('data/timezones.json'),
  });
  const logger = pino({ level: 'silent' });
  const now = () => new Date('2026-11-22T10:00:00Z');
  const bot = new Bot<BotContext>('1:test', { botInfo: FAKE_BOT_INFO });
  bot.use(chatRecord(app, logger, now));
  bot.use(createI18n('data/locales'));
  bot.use(mapFeature({ app, logger, adminIds: [], allowForwardsFromAnyone: false, now }));
  const calls: Array<{ method: string; payload: Record<string, unknown> }> = [];
  bot.api.config.use(async (_prev, method, payload) => {
    calls.push({ method, payload: payload as Record<string, unknown> });
    if (method === 'sendPhoto' && failPhoto) return { ok: false, error_code: 400, description: 'Bad Request: no photos here' } as never;
    return { ok: true, result: { message_id: 1, date: 0, chat: { id: 42 } } } as never;
  });
  return { bot, app, calls, subscriptions };
}

describe('/map', () => {
  it('sends the followed places as a photo with a text caption', async () => {
    const h = harness();
    await h.bot.handleUpdate(textUpdate('/start'));
    h.app.subscribe(42, POKROVSK.id, '2026-11-21T00:00:00Z');
    h.app.subscribe(42, SUMY.id, '2026-11-21T00:00:00Z');
    await h.bot.handleUpdate(textUpdate('/map'));
    const photo = h.calls.find((c) => c.method === 'sendPhoto')!;
    expect(photo.payload.photo).toBeInstanceOf(InputFile);
    expect(String(photo.payload.caption).split('\n')).toEqual(['Pokrovsk: claimed by Russia', 'Sumy: no recent claims']);
  });

  it('draws one place with the followed places near it, in Ukrainian for a Ukrainian chat', async () => {
    const h = harness();
    await h.bot.handleUpdate(textUpdate('/start', { lang: 'uk' }));
    h.app.subscribe(42, MYRNOHRAD.id, '2026-11-21T00:00:00Z');
    h.app.subscribe(42, SUMY.id, '2026-11-21T00:00:00Z');
    await h.bot.handleUpdate(textUpdate('/map Pokrovsk', { lang: 'uk' }));
    const photo = h.calls.find((c) => c.method === 'sendPhoto')!;
    expect(String(photo.payload.caption).split('\n')).toEqual(['Покровськ: Росія заявляє про контроль', 'Мирноград: немає свіжих заяв']);
  });

  it('falls back to text when the photo cannot be sent', async () => {
    const h = harness(true);
    await h.bot.handleUpdate(textUpdate('/map Pokrovsk'));
    const text = h.calls.find((c) => c.method === 'sendMessage');
    expect(text?.payload.text).toBe('Pokrovsk: claimed by Russia');
  });

  it('asks to follow something first when the chat follows nothing', async () => {
    const h = harness();
    await h.bot.handleUpdate(textUpdate('/map'));
    expect(h.calls.some((c) => c.method === 'sendPhoto')).toBe(false);
    expect(String(h.calls.find((c) => c.method === 'sendMessage')?.payload.text)).toContain('/subscribe');
  });
});

import pino from 'pino';
import { createBotApp, type BotAppDeps } from '../../src/app/bot-app.ts';
import { loadTimeZones } from '../../src/app/time-zones.ts';
import type { IngestPort, TimelineSource } from '../../src/app/ports.ts';
import { createBot } from '../../src/bot/create-bot.ts';
import type { BotDeps } from '../../src/bot/deps.ts';
import { createChatRepo } from '../../src/store/chat-repo.ts';
import { createOutboxRepo } from '../../src/store/outbox-repo.ts';
import { createSubscriptionRepo } from '../../src/store/subscription-repo.ts';
import { openTestDb } from './bot-db.ts';
import { fakePlaces } from './places.ts';
import { memoryTimelines } from './claims.ts';
import type { Update } from 'grammy/types';

export const FAKE_BOT_INFO = {
  id: 1, is_bot: true as const, first_name: 'frontline', username: 'frontline_test_bot',
  can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false,
  can_connect_to_business: false, has_main_web_app: false, has_topics_enabled: false, allows_users_to_create_topics: false,
  can_manage_bots: false, supports_join_request_queries: false,
};

export interface Call {
  method: string;
  payload: Record<string, unknown>;
}

export interface TestBotOptions {
  timelines?: TimelineSource;
  /** An ingest port, or a factory over the test's database. */
  ingest?: IngestPort | ((db: ReturnType<typeof openTestDb>) => IngestPort);
  adminIds?: number[];
  allowForwardsFromAnyone?: boolean;
  now?: () => Date;
  /** Chats whose sendMessage answers 403 (they blocked the bot). */
  blockedChats?: number[];
  /** getChatMember answers: user id → status (default 'member'). */
  memberStatus?: Record<number, string>;
}

/** The real bot over a real (in-memory) store, every outgoing call recorded and answered. */
export function makeTestBot(o: TestBotOptions = {}) {
  const db = openTestDb();
  const repos = { chats: createChatRepo(db), subscriptions: createSubscriptionRepo(db), outbox: createOutboxRepo(db) };
  const timelines = o.timelines ?? memoryTimelines();
  const appDeps: BotAppDeps = { ...repos, places: fakePlaces(), timelines, timeZones: loadTimeZones('data/timezones.json'), ...(o.ingest ? { ingest: typeof o.ingest === 'function' ? o.ingest(db) : o.ingest } : {}) };
  const app = createBotApp(appDeps);
  const deps: BotDeps = {
    app, logger: pino({ level: 'silent' }), adminIds: o.adminIds ?? [], allowForwardsFromAnyone: o.allowForwardsFromAnyone ?? false,
    now: o.now ?? (() => new Date('2026-11-22T10:00:00Z')),
  };
  const { bot, i18n } = createBot('1:test', deps, { botInfo: FAKE_BOT_INFO });
  const calls: Call[] = [];
  let mid = 5000;
  bot.api.config.use(async (_prev, method, payload) => {
    const p = payload as Record<string, unknown>;
    calls.push({ method, payload: p });
    if (method === 'sendMessage' && o.blockedChats?.includes(p.chat_id as number)) {
      return { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' } as never;
    }
    const result =
      method === 'getChatMember' ? { status: o.memberStatus?.[p.user_id as number] ?? 'member', user: { id: p.user_id } }
      : method === 'sendMessage' || method === 'editMessageText' ? { message_id: mid++, date: 0, chat: { id: p.chat_id }, text: p.text }
      : true;
    return { ok: true, result } as never;
  });
  const sent = () => calls.filter((c) => c.method === 'sendMessage' || c.method === 'editMessageText');
  return {
    bot, i18n, app, db, repos, calls, deps,
    /** Feeds one update and returns the calls it caused. */
    async send(update: Update): Promise<Call[]> {
      const before = calls.length;
      await bot.handleUpdate(update);
      return calls.slice(before);
    },
    /** Texts of the messages sent or edited so far. */
    texts: () => sent().map((c) => String(c.payload.text)),
    last: () => sent().at(-1)!,
  };
}

/** Inline buttons of a call as [text, callback_data] pairs. */
export function buttons(call: Call): [string, string][] {
  const markup = call.payload.reply_markup as { inline_keyboard?: { text: string; callback_data: string }[][] } | undefined;
  return (markup?.inline_keyboard ?? []).flat().map((b) => [b.text, b.callback_data]);
}

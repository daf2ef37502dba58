/**
 * Connecting the bot to Telegram: long polling through @grammyjs/runner (updates of one chat
 * in order via sequentialize), or a webhook on node:http when WEBHOOK_URL is set. Outgoing
 * calls go through auto-retry (bounded waits on 429 and 5xx); the outbox gets a MessageSender.
 */
import { createServer, type Server } from 'node:http';
import { webhookCallback } from 'grammy';
import { run, sequentialize, type RunnerHandle } from '@grammyjs/runner';
import { autoRetry } from '@grammyjs/auto-retry';
import type { BotConfig } from '../config.ts';
import type { BotApp } from '../app/bot-app.ts';
import type { MessageSender } from '../app/delivery.ts';
import type { DeliveryRenderer } from '../app/digest-run.ts';
import type { Logger } from '../logger.ts';
import { setCommandMenus } from './commands.ts';
import { createBot } from './create-bot.ts';
import { createDeliveryRenderer } from './render/delivery-renderer.ts';
import { createTelegramSender } from './sender.ts';

/** A connected bot. */
export interface TelegramBot {
  readonly username: string;
  readonly send: MessageSender;
  readonly render: DeliveryRenderer;
  /** Stops taking updates (runner or webhook server); in-flight handlers finish first. */
  stop(): Promise<void>;
}

/** Connects, registers the command menus and starts taking updates. */
export async function startTelegram(config: BotConfig & { botToken: string }, app: BotApp, logger: Logger): Promise<TelegramBot> {
  const { bot, i18n } = createBot(config.botToken, {
    app, logger, adminIds: config.adminIds, allowForwardsFromAnyone: config.allowForwardsFromAnyone,
  }, {
    ...(config.apiRoot ? { apiRoot: config.apiRoot } : {}),
    before: sequentialize((ctx) => ctx.chat?.id.toString()),
  });
  // Bounded: a long retry_after or a network error comes back to the outbox, which reschedules
  // instead of blocking (auto-retry would retry network errors forever).
  bot.api.config.use(autoRetry({ maxRetryAttempts: 2, maxDelaySeconds: 5, rethrowHttpErrors: true }));
  await bot.init();
  await setCommandMenus(bot.api).catch((err: unknown) => logger.warn({ err }, 'setMyCommands failed'));
  const base = { username: bot.botInfo.username, send: createTelegramSender(bot.api), render: createDeliveryRenderer(i18n) };

  if (config.webhookUrl) {
    const server = await listenWebhook(webhookCallback(bot, 'http', { secretToken: config.webhookSecret }), new URL(config.webhookUrl).pathname, config.webhookPort);
    await bot.api.setWebhook(config.webhookUrl, { ...(config.webhookSecret ? { secret_token: config.webhookSecret } : {}), allowed_updates: ['message', 'callback_query', 'my_chat_member'] });
    logger.info({ username: base.username, port: config.webhookPort }, 'bot started (webhook)');
    return { ...base, stop: () => new Promise((resolve) => server.close(() => resolve())) };
  }
  await bot.api.deleteWebhook();
  const runner: RunnerHandle = run(bot, { runner: { fetch: { allowed_updates: ['message', 'callback_query', 'my_chat_member'] } } });
  logger.info({ username: base.username }, 'bot started (long polling)');
  return { ...base, stop: () => (runner.isRunning() ? runner.stop() : Promise.resolve()) };
}

function listenWebhook(handler: (req: never, res: never) => unknown, path: string, port: number): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.method === 'POST' && req.url === path) return void handler(req as never, res as never);
    res.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(port, () => resolve(server)));
}

import { Bot, type BotConfig } from 'grammy';
import type { I18n } from '@grammyjs/i18n';
import type { BotContext } from './context.ts';
import type { BotDeps } from './deps.ts';
import { adminFeature } from './features/admin.ts';
import { digestFeature } from './features/digest.ts';
import { fallbackFeature } from './features/fallback.ts';
import { forwardFeature } from './features/forward.ts';
import { mapFeature } from './features/map.ts';
import { membershipFeature } from './features/membership.ts';
import { settingsFeature } from './features/settings.ts';
import { startFeature } from './features/start.ts';
import { statusFeature } from './features/status.ts';
import { subscriptionsFeature } from './features/subscriptions.ts';
import { createI18n } from './i18n.ts';
import { chatRecord } from './middlewares/chat-record.ts';
import { errorBoundary } from './middlewares/error-boundary.ts';

export interface CreateBotOptions {
  /** Preset bot info (tests, the console chat) so no getMe call is needed. */
  readonly botInfo?: BotConfig<BotContext>['botInfo'];
  /** Another Bot API server (TELEGRAM_API_ROOT). */
  readonly apiRoot?: string;
  /** Extra middleware installed before the features (runner's sequentialize). */
  readonly before?: Parameters<Bot<BotContext>['use']>[0];
}

/**
 * Builds the bot. Install order: chat record + logger → i18n → membership → features (start, subscriptions,
 * settings, digest, admin, forward, map, status incl. bare place names) → fallback (must be last).
 * Errors go to the error boundary (bot.catch), never to grammY's default handler.
 */
export function createBot(token: string, deps: BotDeps, options: CreateBotOptions = {}): { bot: Bot<BotContext>; i18n: I18n<BotContext> } {
  const bot = new Bot<BotContext>(token, {
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
    ...(options.apiRoot ? { client: { apiRoot: options.apiRoot } } : {}),
  });
  const i18n = createI18n(deps.localesDir ?? 'data/locales');
  if (options.before) bot.use(options.before);
  // Errors are handled inside the middleware tree, so every runtime (runner, webhook, the
  // console, tests calling handleUpdate) answers the user the same way; bot.catch is the backstop.
  const now = deps.now ?? (() => new Date());
  const onBlocked = (chatId: number): void => deps.app.chats.deactivate(chatId, '403 on reply', now().toISOString());
  const guarded = bot.errorBoundary(errorBoundary(deps.logger, onBlocked));
  guarded.use(chatRecord(deps.app, deps.logger, now));
  guarded.use(i18n);
  guarded.use(membershipFeature(deps));
  guarded.use(startFeature(deps));
  guarded.use(subscriptionsFeature(deps));
  guarded.use(settingsFeature(deps));
  guarded.use(digestFeature(deps));
  guarded.use(adminFeature(deps));
  guarded.use(forwardFeature(deps));
  guarded.use(mapFeature(deps));
  guarded.use(statusFeature(deps));
  guarded.use(fallbackFeature());
  bot.catch(errorBoundary(deps.logger, onBlocked));
  return { bot, i18n };
}

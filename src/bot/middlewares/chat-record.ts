import type { MiddlewareFn } from 'grammy';
import type { BotApp } from '../../app/bot-app.ts';
import type { ChatType } from '../../domain/chat.ts';
import type { Logger } from '../../logger.ts';
import type { BotContext } from '../context.ts';

/** Gives every update a child logger and the chat's stored record (created on first sight). */
export function chatRecord(app: BotApp, logger: Logger, now: () => Date): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    ctx.logger = logger.child({ updateId: ctx.update.update_id, chatId: ctx.chat?.id });
    const chat = ctx.chat;
    if (chat) {
      const title = chat.type === 'private' ? null : (chat.title ?? null);
      ctx.chatRecord = app.chats.ensure(
        { id: chat.id, type: chat.type as ChatType, title, languageCode: ctx.from?.language_code },
        now().toISOString(),
      );
    }
    await next();
  };
}

import { Composer } from 'grammy';
import type { BotContext } from '../context.ts';
import { replyHtml } from '../reply.ts';

/** Must be installed last: unknown commands in private chats, and stale buttons. */
export function fallbackFeature(): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.chatType('private').on('message:text', (ctx) => replyHtml(ctx, ctx.t('unknown-command')));
  feature.on('callback_query:data', (ctx) => ctx.answerCallbackQuery());
  return feature;
}

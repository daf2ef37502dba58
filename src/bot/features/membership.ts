import { Composer } from 'grammy';
import type { BotContext } from '../context.ts';
import type { BotDeps } from '../deps.ts';

/**
 * The bot's own membership: removed from a group or blocked in a private chat → stop delivering
 * there (digests and alerts would only fail); added back or unblocked → the chat record, created
 * or reactivated by the chat-record middleware, is live again.
 */
export function membershipFeature({ app, now = () => new Date() }: BotDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.on('my_chat_member', (ctx) => {
    const status = ctx.myChatMember.new_chat_member.status;
    if (status === 'kicked' || status === 'left') app.chats.deactivate(ctx.chat.id, `bot ${status}`, now().toISOString());
  });
  return feature;
}

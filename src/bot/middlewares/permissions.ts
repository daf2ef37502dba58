import type { BotContext } from '../context.ts';

/** True for a frontline admin (ADMIN_IDS). */
export const isBotAdmin = (ctx: BotContext, adminIds: readonly number[]): boolean =>
  ctx.from !== undefined && adminIds.includes(ctx.from.id);

/**
 * Whether the sender may change this chat's subscriptions and settings: anyone in a private
 * chat; in groups only the group's creator and administrators (asked via getChatMember).
 */
export async function canManageChat(ctx: BotContext): Promise<boolean> {
  if (!ctx.chat || ctx.chat.type === 'private') return true;
  if (!ctx.from) return false;
  const member = await ctx.getChatMember(ctx.from.id);
  return member.status === 'creator' || member.status === 'administrator';
}

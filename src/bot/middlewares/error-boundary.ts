import type { BotError } from 'grammy';
import { UserFacingError } from '../../domain/errors.ts';
import type { Logger } from '../../logger.ts';
import type { BotContext } from '../context.ts';

/** bot.catch: logs everything, shows the user a UserFacingError's text or one generic apology. */
export function errorBoundary(logger: Logger): (err: BotError<BotContext>) => Promise<void> {
  return async (err) => {
    const ctx = err.ctx;
    (ctx.logger ?? logger).error({ err: err.error, updateId: ctx.update.update_id }, 'handler failed');
    if (!ctx.chat) return;
    const text = err.error instanceof UserFacingError ? err.error.userText : safeT(ctx);
    // Replying must not throw a second time (the chat may have blocked us).
    await ctx.reply(text).catch(() => undefined);
  };
}

function safeT(ctx: BotContext): string {
  try {
    return ctx.t('error-generic');
  } catch {
    return 'Sorry, something went wrong.';
  }
}

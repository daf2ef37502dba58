import { GrammyError, type BotError } from 'grammy';
import { UserFacingError } from '../../domain/errors.ts';
import type { Logger } from '../../logger.ts';
import type { BotContext } from '../context.ts';

/**
 * The error boundary: logs everything, shows the user a UserFacingError's text or one generic
 * apology. A 403 (blocked, removed from the group) is not a bug: the chat is handed to
 * `onBlocked` (delivery stops there) and nobody is answered.
 */
export function errorBoundary(logger: Logger, onBlocked?: (chatId: number) => void): (err: BotError<BotContext>) => Promise<void> {
  return async (err) => {
    const ctx = err.ctx;
    if (err.error instanceof GrammyError && err.error.error_code === 403 && ctx.chat) {
      (ctx.logger ?? logger).warn({ chatId: ctx.chat.id, err: err.error.description }, 'chat blocked the bot');
      onBlocked?.(ctx.chat.id);
      return;
    }
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

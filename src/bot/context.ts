import type { Context } from 'grammy';
import type { I18nFlavor } from '@grammyjs/i18n';
import type { Chat } from '../domain/chat.ts';
import type { Logger } from '../logger.ts';

/** grammY context with translations, a per-update logger and the chat's stored record. */
export type BotContext = Context &
  I18nFlavor & {
    logger: Logger;
    /** The chat's settings row, created on first sight (undefined for updates without a chat). */
    chatRecord: Chat | undefined;
  };

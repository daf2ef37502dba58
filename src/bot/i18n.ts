import { I18n } from '@grammyjs/i18n';
import type { Language } from '../domain/chat.ts';
import type { BotContext } from './context.ts';
import type { Translate } from './render/translate.ts';

/**
 * Translations from data/locales/{en,uk}.ftl. The locale is the chat's stored language (set on
 * first sight from Telegram's language_code, changeable with /language). Fluent's bidi
 * isolation marks are off: they would show up as stray characters in Telegram.
 */
export function createI18n(directory: string): I18n<BotContext> {
  return new I18n<BotContext>({
    defaultLocale: 'en',
    directory,
    useSession: false,
    fluentBundleOptions: { useIsolating: false },
    localeNegotiator: (ctx) => ctx.chatRecord?.language ?? (ctx.from?.language_code?.startsWith('uk') ? 'uk' : 'en'),
  });
}

/** A translate function bound to one language, for messages rendered outside an update (digests). */
export function translator(i18n: I18n<BotContext>, language: Language): Translate {
  return (key, variables) => i18n.t(language, key, variables);
}

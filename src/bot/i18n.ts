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

const memo = new WeakMap<I18n<BotContext>, Map<string, Map<string, string>>>();

/**
 * A translate function bound to one language, for messages rendered outside an update (digests,
 * alerts). Memoised: a broadcast renders the same few phrases hundreds of thousands of times and
 * one Fluent lookup costs tens of microseconds.
 */
export function translator(i18n: I18n<BotContext>, language: Language): Translate {
  let byLanguage = memo.get(i18n);
  if (!byLanguage) memo.set(i18n, (byLanguage = new Map()));
  let cache = byLanguage.get(language);
  if (!cache) byLanguage.set(language, (cache = new Map()));
  const c = cache;
  return (key, variables) => {
    const k = variables ? `${key}\u0000${JSON.stringify(variables)}` : key;
    let text = c.get(k);
    if (text === undefined) {
      text = i18n.t(language, key, variables);
      if (c.size >= 50_000) c.clear();
      c.set(k, text);
    }
    return text;
  };
}

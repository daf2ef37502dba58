import { Composer } from 'grammy';
import type { BotContext } from '../context.ts';
import type { BotDeps } from '../deps.ts';
import { decodeCallback } from '../keyboards/callback-data.ts';
import { languageKeyboard } from '../keyboards/keyboards.ts';
import { canManageChat, isBotAdmin } from '../middlewares/permissions.ts';
import { replyHtml } from '../reply.ts';

/** /start, /help, /language and the language buttons. */
export function startFeature({ app, adminIds, now = () => new Date() }: BotDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.command('start', (ctx) => replyHtml(ctx, ctx.t('start-welcome')));
  feature.command('help', (ctx) => {
    const admin = isBotAdmin(ctx, adminIds) ? `\n\n${ctx.t('help-admin')}` : '';
    return replyHtml(ctx, `${ctx.t('help')}${admin}`);
  });
  feature.command('language', (ctx) => replyHtml(ctx, ctx.t('language-choose'), languageKeyboard()));
  feature.callbackQuery(/^lang:/, async (ctx) => {
    const cb = decodeCallback(ctx.callbackQuery.data);
    await ctx.answerCallbackQuery();
    if (cb?.kind !== 'language' || !ctx.chat) return;
    if (!(await canManageChat(ctx))) return replyHtml(ctx, ctx.t('group-admin-only'));
    ctx.chatRecord = app.chats.setLanguage(ctx.chat.id, cb.language, now().toISOString());
    ctx.i18n.useLocale(cb.language);
    return replyHtml(ctx, ctx.t('language-set'));
  });
  return feature;
}

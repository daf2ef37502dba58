import { Composer } from 'grammy';
import type { BotContext } from '../context.ts';
import type { BotDeps } from '../deps.ts';
import { decodeCallback } from '../keyboards/callback-data.ts';
import { languageKeyboard, settingsKeyboard } from '../keyboards/keyboards.ts';
import { canManageChat } from '../middlewares/permissions.ts';
import { escapeHtml } from '../render/escape.ts';
import { renderSettings } from '../render/settings.ts';
import { editHtml, replyHtml } from '../reply.ts';

/** /settings [times …|zone …] and the settings buttons. */
export function settingsFeature({ app, now = () => new Date() }: BotDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const show = (ctx: BotContext): Promise<void> => replyHtml(ctx, renderSettings(ctx.t, ctx.chatRecord!), settingsKeyboard(ctx.t, ctx.chatRecord!));

  feature.command('settings', async (ctx) => {
    const [what = '', ...rest] = ctx.match.trim().split(/\s+/);
    const value = rest.join(' ');
    if (what === '') return show(ctx);
    if (!(await canManageChat(ctx))) return replyHtml(ctx, ctx.t('group-admin-only'));
    const at = now().toISOString();
    if (/^(times?|час)$/i.test(what)) {
      const r = app.chats.setDigestTimes(ctx.chat.id, value, at);
      if (!r.ok) return replyHtml(ctx, ctx.t('settings-times-bad', { input: escapeHtml(value) }));
      ctx.chatRecord = r.chat;
      return show(ctx);
    }
    if (/^(zone|tz|пояс)$/i.test(what)) {
      const r = app.chats.setTimeZone(ctx.chat.id, value, at);
      if (!r.ok) return replyHtml(ctx, ctx.t('settings-zone-bad', { input: escapeHtml(value) }));
      ctx.chatRecord = r.chat;
      return show(ctx);
    }
    return show(ctx);
  });

  feature.callbackQuery(/^(tog|ask):/, async (ctx) => {
    const cb = decodeCallback(ctx.callbackQuery.data);
    await ctx.answerCallbackQuery();
    if (!cb || !ctx.chat) return;
    if (cb.kind === 'ask') {
      if (cb.what === 'language') return replyHtml(ctx, ctx.t('language-choose'), languageKeyboard());
      return replyHtml(ctx, ctx.t(cb.what === 'times' ? 'settings-ask-times' : 'settings-ask-zone'));
    }
    if (cb.kind !== 'toggle') return;
    if (!(await canManageChat(ctx))) return replyHtml(ctx, ctx.t('group-admin-only'));
    const chat = app.chats.toggle(ctx.chat.id, cb.setting, now().toISOString());
    if (!chat) return;
    ctx.chatRecord = chat;
    return editHtml(ctx, renderSettings(ctx.t, chat), settingsKeyboard(ctx.t, chat));
  });
  return feature;
}

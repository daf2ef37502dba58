import { Composer, InputFile } from 'grammy';
import { pictureCaption } from '../../app/pictures.ts';
import type { Place } from '../../domain/place.ts';
import type { BotContext } from '../context.ts';
import type { BotDeps } from '../deps.ts';
import { decodeCallback } from '../keyboards/callback-data.ts';
import { historyKeyboard, statusKeyboard } from '../keyboards/keyboards.ts';
import { htmlToText } from '../render/html-to-text.ts';
import { renderHistory } from '../render/history.ts';
import { renderStatus } from '../render/status.ts';
import { editHtml, replyHtml } from '../reply.ts';
import { withPlace } from './place-query.ts';

/** /status, /history (paged), their buttons, and a bare place name typed in a private chat. */
export function statusFeature({ app }: BotDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  const showStatus = (ctx: BotContext, place: Place): Promise<void> =>
    replyHtml(ctx, renderStatus(ctx.t, place, app.status(place.id)), statusKeyboard(ctx.t, place, app.isFollowing(ctx.chat!.id, place.id)));
  const showHistory = async (ctx: BotContext, place: Place, page: number, edit: boolean): Promise<void> => {
    const history = app.history(place.id, page);
    if (!history) return replyHtml(ctx, ctx.t('place-gone'));
    const keyboard = history.total > 0 ? historyKeyboard(ctx.t, place.id, history.page, history.pages) : undefined;
    const html = renderHistory(ctx.t, history);
    if (edit) return editHtml(ctx, html, keyboard);
    await replyHtml(ctx, html, keyboard);
    if (page === 0) await sendHistoryChart(ctx, place, html);
  };
  // The chart follows the first page; its caption is that page as plain text (screen readers).
  // A chart that cannot be drawn or sent is only logged: the text timeline is already there.
  const sendHistoryChart = async (ctx: BotContext, place: Place, html: string): Promise<void> => {
    try {
      const lang = (await ctx.i18n.getLocale()) === 'uk' ? 'uk' : 'en';
      const png = app.historyChart(place.id, lang);
      if (!png) return;
      await ctx.replyWithPhoto(new InputFile(png, 'history.png'), { caption: pictureCaption(htmlToText(html, false)) });
    } catch (err) {
      ctx.logger.warn({ err }, 'history chart failed; the text timeline was sent');
    }
  };

  feature.command('status', (ctx) => withPlace(ctx, app, ctx.match, 'status', (p) => showStatus(ctx, p)));
  feature.command('history', (ctx) => withPlace(ctx, app, ctx.match, 'history', (p) => showHistory(ctx, p, 0, false)));

  feature.callbackQuery(/^(st|h|hp):/, async (ctx) => {
    const cb = decodeCallback(ctx.callbackQuery.data);
    const place = cb && 'placeId' in cb ? app.place(cb.placeId) : undefined;
    await ctx.answerCallbackQuery();
    if (!place || !cb) return replyHtml(ctx, ctx.t('place-gone'));
    if (cb.kind === 'history') return showHistory(ctx, place, cb.page, cb.edit === true);
    return showStatus(ctx, place);
  });

  // A bare place name in a private chat: its status, with Follow and History buttons.
  feature.chatType('private').on('message:text', async (ctx, next) => {
    if (ctx.message.text.startsWith('/') || ctx.message.forward_origin) return next();
    return withPlace(ctx, app, ctx.message.text, 'status', (p) => showStatus(ctx, p));
  });
  return feature;
}

import { Composer, InputFile } from 'grammy';
import { mapCaption, neighbourhood, renderPlacesMapPng, type MapSubject } from '../../app/pictures.ts';
import type { Place } from '../../domain/place.ts';
import type { BotContext } from '../context.ts';
import type { BotDeps } from '../deps.ts';
import { replyHtml } from '../reply.ts';
import { withPlace } from './place-query.ts';

/**
 * /map: a picture of the places the chat follows, coloured by status; /map PLACE: that place
 * with the followed places around it. The caption lists every place and its status as text
 * (screen readers; Telegram's 1024-character limit is kept), and if the photo cannot be sent
 * the same text is sent as a message. (/history charts: `renderHistoryPng` in app/pictures.ts.)
 */
export function mapFeature({ app, now }: BotDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  const sendMap = async (ctx: BotContext, subjects: readonly MapSubject[], around = false): Promise<void> => {
    const lang = (await ctx.i18n.getLocale()) === 'uk' ? 'uk' : 'en';
    const date = (now?.() ?? new Date()).toISOString().slice(0, 10);
    const caption = mapCaption(subjects, lang);
    try {
      const png = renderPlacesMapPng(subjects, { lang, date, around });
      await ctx.replyWithPhoto(new InputFile(png, 'map.png'), { caption });
    } catch (err) {
      ctx.logger.warn({ err }, 'map picture failed; sending text');
      await ctx.reply(caption);
    }
  };

  const aroundPlace = (ctx: BotContext, place: Place): Promise<void> => {
    const followed = app.followed(ctx.chat!.id).filter((f) => f.place.id !== place.id);
    const near = new Set(neighbourhood(place, followed.map((f) => f.place)).map((p) => p.id));
    return sendMap(ctx, [
      { place, status: app.status(place.id), primary: true },
      ...followed.filter((f) => near.has(f.place.id)),
    ], true);
  };

  feature.command('map', async (ctx) => {
    const query = ctx.match.trim();
    if (query !== '') return withPlace(ctx, app, query, 'status', (place) => aroundPlace(ctx, place));
    const followed = app.followed(ctx.chat.id);
    if (followed.length === 0) return replyHtml(ctx, ctx.t('list-empty'));
    return sendMap(ctx, followed.map((f) => ({ ...f, primary: true })));
  });
  return feature;
}

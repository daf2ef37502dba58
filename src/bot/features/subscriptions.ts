import { Composer } from 'grammy';
import type { Place } from '../../domain/place.ts';
import type { BotContext } from '../context.ts';
import type { BotDeps } from '../deps.ts';
import { decodeCallback } from '../keyboards/callback-data.ts';
import { canManageChat } from '../middlewares/permissions.ts';
import { escapeHtml } from '../render/escape.ts';
import { renderFollowed } from '../render/status.ts';
import { replyHtml } from '../reply.ts';
import { withPlace } from './place-query.ts';

/** /subscribe, /unsubscribe, /list and the Follow/Unfollow buttons. */
export function subscriptionsFeature({ app, now = () => new Date() }: BotDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  const follow = async (ctx: BotContext, place: Place): Promise<void> => {
    if (!(await canManageChat(ctx))) return replyHtml(ctx, ctx.t('group-admin-only'));
    const added = app.subscribe(ctx.chat!.id, place.id, now().toISOString());
    const vars = { place: escapeHtml(place.name), oblast: escapeHtml(place.oblast) };
    return replyHtml(ctx, ctx.t(added ? 'subscribed' : 'subscribed-already', vars));
  };
  const unfollow = async (ctx: BotContext, place: Place): Promise<void> => {
    if (!(await canManageChat(ctx))) return replyHtml(ctx, ctx.t('group-admin-only'));
    const removed = app.unsubscribe(ctx.chat!.id, place.id);
    return replyHtml(ctx, ctx.t(removed ? 'unsubscribed' : 'unsubscribed-not', { place: escapeHtml(place.name) }));
  };

  feature.command('subscribe', (ctx) => withPlace(ctx, app, ctx.match, 'subscribe', (p) => follow(ctx, p)));
  feature.command('unsubscribe', (ctx) => withPlace(ctx, app, ctx.match, 'unsubscribe', (p) => unfollow(ctx, p)));
  feature.command('list', (ctx) => replyHtml(ctx, renderFollowed(ctx.t, app.followed(ctx.chat.id))));

  feature.callbackQuery(/^(sub|uns):/, async (ctx) => {
    const cb = decodeCallback(ctx.callbackQuery.data);
    const place = cb && 'placeId' in cb ? app.place(cb.placeId) : undefined;
    await ctx.answerCallbackQuery();
    if (!place || !cb) return replyHtml(ctx, ctx.t('place-gone'));
    return cb.kind === 'subscribe' ? follow(ctx, place) : unfollow(ctx, place);
  });
  return feature;
}

import { Composer } from 'grammy';
import { articleFromForward } from '../../app/forward.ts';
import type { BotContext } from '../context.ts';
import type { BotDeps } from '../deps.ts';
import { isBotAdmin } from '../middlewares/permissions.ts';
import { escapeHtml } from '../render/escape.ts';
import { replyHtml } from '../reply.ts';

/** A post forwarded from a channel (by an admin, or anyone when allowed) becomes an article. */
export function forwardFeature({ app, adminIds, allowForwardsFromAnyone }: BotDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.chatType('private').on('message:forward_origin', async (ctx) => {
    if (!allowForwardsFromAnyone && !isBotAdmin(ctx, adminIds)) return replyHtml(ctx, ctx.t('forward-refused'));
    const origin = ctx.message.forward_origin;
    const text = ctx.message.text ?? ctx.message.caption ?? '';
    if (origin.type !== 'channel' || text.trim() === '') return replyHtml(ctx, ctx.t('forward-not-channel'));
    const article = articleFromForward({
      channelTitle: origin.chat.title, channelUsername: origin.chat.username, channelId: origin.chat.id,
      messageId: origin.message_id, date: origin.date, text,
    });
    const outcome = await app.ingestForwarded(article);
    if (outcome.status === 'duplicate') return replyHtml(ctx, ctx.t('forward-duplicate'));
    if (outcome.status === 'failed') return replyHtml(ctx, ctx.t('ingest-failed', { error: escapeHtml(outcome.error ?? '?') }));
    const outlet = escapeHtml(origin.chat.title);
    if (outcome.claims === null) return replyHtml(ctx, ctx.t('forward-added', { outlet }));
    return replyHtml(ctx, ctx.t('forward-added-claims', { outlet, claims: outcome.claims }));
  });
  return feature;
}

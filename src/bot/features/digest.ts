import { Composer } from 'grammy';
import type { BotContext } from '../context.ts';
import type { BotDeps } from '../deps.ts';
import { renderDigest } from '../render/digest.ts';
import { replyHtml } from '../reply.ts';

/** /digest: what is new since the chat's last digest, now (the schedule is not moved). */
export function digestFeature({ app, now = () => new Date() }: BotDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.command('digest', (ctx) => {
    const chat = ctx.chatRecord!;
    const digest = app.digestNow(chat, now().toISOString());
    const noPlaces = app.followed(chat.id).length === 0;
    return replyHtml(ctx, renderDigest(ctx.t, digest, { scheduled: false, chat, noPlaces }));
  });
  return feature;
}

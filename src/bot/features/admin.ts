import { Composer } from 'grammy';
import type { IngestOutcome } from '../../app/ports.ts';
import type { BotContext } from '../context.ts';
import type { BotDeps } from '../deps.ts';
import { isBotAdmin } from '../middlewares/permissions.ts';
import { escapeHtml } from '../render/escape.ts';
import { replyHtml } from '../reply.ts';

const ADMIN_COMMANDS = ['addfeed', 'removefeed', 'feeds', 'ingest', 'stats'];

/** Shows an ingest outcome in words. */
export function outcomeText(ctx: BotContext, o: IngestOutcome): string {
  const title = escapeHtml(o.title ?? '—');
  if (o.status === 'added') return ctx.t('ingest-added', { title });
  if (o.status === 'duplicate') return ctx.t('ingest-duplicate', { title });
  return ctx.t('ingest-failed', { error: escapeHtml(o.error ?? '?') });
}

/** /addfeed, /removefeed, /feeds, /ingest, /stats: ADMIN_IDS only, everyone else is refused. */
export function adminFeature({ app, adminIds, isAllowedUrl = defaultUrlCheck }: BotDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.command(ADMIN_COMMANDS, async (ctx, next) => (isBotAdmin(ctx, adminIds) ? next() : replyHtml(ctx, ctx.t('admin-only'))));

  const withUrl = async (ctx: BotContext & { match: string }, command: string, act: (url: string) => Promise<string>): Promise<void> => {
    const url = ctx.match.trim();
    if (url === '') return replyHtml(ctx, ctx.t('url-usage', { command }));
    if (!isAllowedUrl(url)) return replyHtml(ctx, ctx.t('url-refused'));
    if (!app.ingest) return replyHtml(ctx, ctx.t('ingest-unavailable'));
    await ctx.replyWithChatAction('typing').catch(() => undefined);
    return replyHtml(ctx, await act(url));
  };

  feature.command('ingest', (ctx) => withUrl(ctx, '/ingest', async (url) => outcomeText(ctx, await app.ingest!.ingestUrl(url))));
  feature.command('addfeed', (ctx) =>
    withUrl(ctx, '/addfeed', async (url) => {
      const feed = await app.ingest!.addFeed(url);
      return ctx.t('feed-added', { url: escapeHtml(feed.title ? `${feed.title} — ${feed.url}` : feed.url) });
    }),
  );
  feature.command('removefeed', async (ctx) => {
    if (!app.ingest) return replyHtml(ctx, ctx.t('ingest-unavailable'));
    const removed = await app.ingest.removeFeed(ctx.match.trim());
    return replyHtml(ctx, ctx.t(removed ? 'feed-removed' : 'feed-not-found'));
  });
  feature.command('feeds', (ctx) => {
    const feeds = app.ingest?.listFeeds() ?? [];
    if (feeds.length === 0) return replyHtml(ctx, ctx.t('feeds-empty'));
    const lines = feeds.map((f) => `${f.id}. ${escapeHtml(f.title ?? '')} <code>${escapeHtml(f.url)}</code>${f.lastPolledAt ? ` · ${escapeHtml(f.lastPolledAt.slice(0, 16))}` : ''}`);
    return replyHtml(ctx, [ctx.t('feeds-header'), ...lines].join('\n'));
  });
  feature.command('stats', (ctx) => {
    const lines = Object.entries(app.stats()).map(([k, v]) => `${escapeHtml(k)}: <b>${escapeHtml(v)}</b>`);
    return replyHtml(ctx, [ctx.t('stats-header'), ...lines].join('\n'));
  });
  return feature;
}

/** Scheme check only; the fetcher's guard checks addresses after DNS and on every redirect. */
function defaultUrlCheck(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.username === '' && u.password === '';
  } catch {
    return false;
  }
}

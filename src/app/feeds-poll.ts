/**
 * Polling feeds: conditional GET with the stored validators (304 = nothing new), new items
 * stored (pages fetched for summary-only items), and exponential backoff for failing feeds.
 * `pollDueFeeds` is what the long-running process calls on FEED_POLL_CRON.
 */
import { nextPollAfterFailure } from '../ingest/backoff.ts';
import { decodeText } from '../ingest/decode.ts';
import { toIngestError, type IngestReason } from '../ingest/errors.ts';
import { parseFeedDocument } from '../ingest/feed.ts';
import type { Source } from '../store/source-repo.ts';
import type { IngestContext } from './ingest-articles.ts';
import { emptySummary, failResult, ingestFeedItems, tally, type IngestSummary } from './ingest-targets.ts';

const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';

/** The outcome of polling one feed. */
export interface FeedPollResult {
  readonly sourceId: number;
  readonly url: string;
  /** `ok`: fetched and read; `not-modified`: 304; `failed`: the feed itself failed. */
  readonly status: 'ok' | 'not-modified' | 'failed';
  readonly summary: IngestSummary;
  readonly error?: { readonly reason: IngestReason; readonly message: string };
  /** When the feed is due again after a failure (ISO instant). */
  readonly nextPollAt?: string;
}

/** Polls one feed source now. Never throws: a failing feed is recorded and backed off. */
export async function pollFeed(ctx: IngestContext, source: Source): Promise<FeedPollResult> {
  const summary = emptySummary();
  const base = { sourceId: source.id, url: source.url, summary };
  try {
    const res = await ctx.fetcher.get(source.url, { etag: source.etag, lastModified: source.lastModified, accept: FEED_ACCEPT });
    if (res.status === 304) {
      ctx.sources.recordSuccess(source.id, { etag: res.etag ?? source.etag, lastModified: res.lastModified ?? source.lastModified, nextPollAt: null }, ctx.now().toISOString());
      return { ...base, status: 'not-modified' };
    }
    const { text } = decodeText(res.bytes, res.url, res.contentType);
    const feed = parseFeedDocument(text, res.url);
    const results = await ingestFeedItems(ctx, feed, res.url, source.id, { outlet: source.outlet, lang: source.lang });
    for (const r of results) tally(summary, r);
    ctx.sources.recordSuccess(source.id, { etag: res.etag, lastModified: res.lastModified, title: feed.title, nextPollAt: null }, ctx.now().toISOString());
    return { ...base, status: 'ok' };
  } catch (err) {
    const error = toIngestError(err, source.url, 'network');
    const now = ctx.now();
    const nextPollAt = nextPollAfterFailure(now, source.consecutiveFailures + 1);
    ctx.sources.recordFailure(source.id, `${error.reason}: ${error.message}`, nextPollAt, now.toISOString());
    tally(summary, failResult(ctx, source.url, source.id, error));
    ctx.logger?.warn({ feed: source.url, reason: error.reason, nextPollAt }, 'feed poll failed');
    return { ...base, status: 'failed', error: { reason: error.reason, message: error.message }, nextPollAt };
  }
}

/**
 * Polls every enabled feed that is due (every enabled feed with `all`), feeds one after another
 * (their item pages share the fetcher's concurrency and per-host delay). Never throws.
 */
export async function pollDueFeeds(ctx: IngestContext, opts: { all?: boolean } = {}): Promise<FeedPollResult[]> {
  const due = ctx.sources.dueFeeds(ctx.now().toISOString(), opts.all ?? false);
  const results: FeedPollResult[] = [];
  for (const source of due) {
    const r = await pollFeed(ctx, source);
    ctx.logger?.info({ feed: r.url, status: r.status, added: r.summary.added, failed: r.summary.failed }, 'feed polled');
    results.push(r);
  }
  return results;
}

/**
 * The bot's admin and forward operations over the ingest engineer's pieces: store one article
 * (a forwarded post), fetch and store a URL (/ingest, SSRF-guarded by the context's fetcher),
 * and manage feeds. Adapts them to the bot's IngestPort.
 */
import type { Article } from '../domain/article.ts';
import { addFeed, findFeed } from './feeds-manage.ts';
import { storeArticle, type IngestContext } from './ingest-articles.ts';
import { ingestTargets, originSourceId } from './ingest-targets.ts';
import type { FeedInfo, IngestOutcome, IngestPort } from './ports.ts';
import type { Source } from '../store/source-repo.ts';
import type { ClaimRepo } from '../store/claim-repo.ts';

const feedInfo = (s: Source): FeedInfo => ({ id: s.id, url: s.url, title: s.title ?? s.outlet, lastPolledAt: s.lastPolledAt });

export interface AdminDeps {
  readonly ingest: IngestContext;
  /** Largest file read, bytes (FETCH_MAX_BYTES). */
  readonly maxBytes: number;
  /** To count the claims an ingested article produced, and for /stats. */
  readonly claims?: Pick<ClaimRepo, 'byArticle' | 'count'>;
}

/** The IngestPort over an ingest context. */
export function createIngestPort({ ingest, maxBytes, claims }: AdminDeps): IngestPort {
  return {
    ingestArticle: (article: Article): IngestOutcome => {
      try {
        const sourceId = originSourceId(ingest, 'telegram', article.url.replace(/\/\d+$/, ''));
        const outcome = storeArticle(ingest, article, sourceId);
        if (outcome.status === 'duplicate') return { status: 'duplicate', claims: null, title: article.title };
        return { status: 'added', claims: claims ? claims.byArticle(outcome.articleId).length : null, title: article.title };
      } catch (err) {
        return { status: 'failed', claims: null, title: article.title, error: err instanceof Error ? err.message : String(err) };
      }
    },
    ingestUrl: async (url) => {
      const summary = await ingestTargets(ingest, [url], { maxFileBytes: maxBytes });
      if (summary.failed > 0) return { status: 'failed', claims: null, title: url, error: summary.failures[0]?.message ?? 'failed' };
      if (summary.added + summary.nearDuplicate > 0) return { status: 'added', claims: null, title: url };
      return { status: 'duplicate', claims: null, title: url };
    },
    addFeed: (url) => feedInfo(addFeed(ingest.sources, { url }, ingest.now()).source),
    removeFeed: (ref) => {
      const feed = findFeed(ingest.sources, ref);
      if (!feed) return false;
      ingest.sources.remove(feed.id);
      return true;
    },
    listFeeds: () => ingest.sources.list('feed').map(feedInfo),
    stats: () => ({ articles: ingest.articles.count(), ...(claims ? { claims: claims.count() } : {}) }),
  };
}

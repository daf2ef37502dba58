/**
 * Puts articles and their claims into a store file through the real ingest path (storeArticle
 * with the claim analyser hook), with a fixed extractor so the test decides the claims. Used by
 * the end-to-end tests to make news "arrive" while the bot process runs on the same file.
 */
import { createArticleAnalyser } from '../../src/app/analyse-article.ts';
import { createIngestContext, storeArticle } from '../../src/app/ingest-articles.ts';
import { originSourceId } from '../../src/app/ingest-targets.ts';
import { timelineStoreOn } from '../../src/app/timeline-store.ts';
import type { Article } from '../../src/domain/article.ts';
import type { Claim } from '../../src/domain/claim.ts';
import type { Place } from '../../src/domain/place.ts';
import { createFetcher } from '../../src/ingest/fetcher.ts';
import { openStore } from '../../src/store/open-database.ts';

export interface SeedArticle {
  readonly url: string;
  readonly outlet: string;
  readonly published: string;
  readonly body: string;
  readonly claims: readonly (Partial<Claim> & Pick<Claim, 'controller' | 'claimant'>)[];
}

const FETCH = { timeoutMs: 1000, maxBytes: 1_000_000, maxRedirects: 0, userAgent: 't', concurrency: 1, hostDelayMs: 0 };

/** Stores the articles with their claims about `place`; returns how many were added. */
export function seedArticles(dbPath: string, place: Place, articles: readonly SeedArticle[]): number {
  const db = openStore(dbPath);
  try {
    const store = timelineStoreOn(db, 45);
    const byUrl = new Map(articles.map((a) => [a.url, a]));
    const extract = (article: Article): Claim[] =>
      (byUrl.get(article.url)?.claims ?? []).map((c) => ({
        url: article.url, place: place.name, oblast: place.oblast, placeId: place.id, scope: 'full', source: null,
        date: article.published ?? '', historical: false, hedged: false, disputes: false,
        quote: article.body.split('\n')[0] ?? '', ruleIds: ['seed'], ...c,
      }));
    const ctx = createIngestContext(db, {
      fetcher: createFetcher({ config: FETCH }),
      onArticleStored: createArticleAnalyser({ extract, claims: store.claims, timeline: store.service }),
    });
    const sourceId = originSourceId(ctx, 'file', 'file:');
    let added = 0;
    for (const a of articles) {
      const article: Article = { url: a.url, canonicalUrl: a.url, outlet: a.outlet, title: a.body.split('\n')[0] ?? null, lang: 'en', published: a.published, byline: null, body: a.body };
      if (storeArticle(ctx, article, sourceId).status !== 'duplicate') added++;
    }
    return added;
  } finally {
    db.close();
  }
}

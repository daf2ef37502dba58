/**
 * The ingest hook that turns a stored article into claims and timeline updates. It runs inside
 * the article's write transaction, so the article, its claims and the derived timeline rows
 * commit together or not at all.
 */
import type { Article } from '../domain/article.ts';
import type { Claim } from '../domain/claim.ts';
import type { ClaimRepo } from '../store/claim-repo.ts';
import type { TimelineService } from './timeline-service.ts';

/** What ingest passes to `onArticleStored`. */
export interface ArticleStored {
  readonly articleId: number;
  readonly article: Article;
  /** The first copy this article nearly duplicates, if any (its claims are still reports). */
  readonly duplicateOf: number | null;
}

/** The result of analysing one article. */
export interface Analysis {
  readonly claims: number;
  /** Place ids whose timeline was recomputed. */
  readonly places: readonly string[];
}

/** What the analyser needs. `extract` is the claim extractor bound to its lexicon and gazetteer. */
export interface AnalyserDeps {
  readonly extract: (article: Article) => readonly Claim[];
  readonly claims: ClaimRepo;
  readonly timeline: Pick<TimelineService, 'refreshPlaces'>;
  /** Clock for `first_seen_at` (injected for tests). */
  readonly now?: () => Date;
}

/**
 * Returns the sync `onArticleStored` hook: extract, store the claims, refresh the timelines of
 * the places they are about (and only those). Must not be awaited inside; it is synchronous.
 */
export function createArticleAnalyser(deps: AnalyserDeps): (stored: ArticleStored) => Analysis {
  const now = deps.now ?? (() => new Date());
  return ({ articleId, article }) => {
    const claims = deps.extract(article).filter((c) => c.place.length > 0);
    if (claims.length === 0) return { claims: 0, places: [] };
    const places = deps.claims.insertForArticle(articleId, claims, now().toISOString());
    deps.timeline.refreshPlaces(places);
    return { claims: claims.length, places };
  };
}

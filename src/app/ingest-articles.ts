/**
 * Storing articles: dedup (canonical URL, content hash, near-duplicates by MinHash) and one
 * transaction per article, shared with the `onArticleStored` hook so whatever is derived from
 * the article (its claims) commits with it or not at all.
 */
import type { Article } from '../domain/article.ts';
import type { Logger } from '../logger.ts';
import { IngestError } from '../ingest/errors.ts';
import { fingerprint, NEAR_DUPLICATE_THRESHOLD, signatureSimilarity, type Fingerprint } from '../ingest/fingerprint.ts';
import type { Fetcher } from '../ingest/fetcher.ts';
import { createArticleRepo, type ArticleRepo } from '../store/article-repo.ts';
import type { Db } from '../store/open-database.ts';
import { createSourceRepo, type SourceRepo } from '../store/source-repo.ts';
import { inTransaction } from '../store/transaction.ts';
import { dropBoilerplate, type BoilerplateRules } from '../text/boilerplate.ts';

export { inTransaction } from '../store/transaction.ts';

/** What the hook learns about a newly stored article. */
export interface StoredArticleEvent {
  readonly articleId: number;
  /** The article as stored (its `url` may carry a `#hash` suffix, see storeArticle). */
  readonly article: Article;
  /** Id of the first copy when this one is a near-duplicate, else null. */
  readonly duplicateOf: number | null;
}

/**
 * Called synchronously INSIDE the article's write transaction, only for newly added articles
 * (never for exact duplicates). Write with the same `db` (repos created on it, or
 * `inTransaction(db, …)`, which nests as a savepoint); never await. Throwing rolls the article
 * back with everything the hook wrote, and the item is reported as failed ('store-failed').
 */
export type ArticleStoredHook = (stored: StoredArticleEvent) => void;

/** Everything ingest needs; build it with createIngestContext. */
export interface IngestContext {
  readonly db: Db;
  readonly articles: ArticleRepo;
  readonly sources: SourceRepo;
  readonly fetcher: Fetcher;
  /** Boilerplate rules applied before hashing and near-dup signatures; the stored body stays raw. */
  readonly boilerplate: BoilerplateRules | null;
  readonly onArticleStored: ArticleStoredHook | undefined;
  readonly now: () => Date;
  readonly logger: Logger | undefined;
  /** Requests in flight at once when fetching pages. */
  readonly concurrency: number;
}

/** Options of createIngestContext; `now` defaults to the clock. */
export interface IngestContextOptions {
  readonly fetcher: Fetcher;
  readonly boilerplate?: BoilerplateRules | null;
  readonly onArticleStored?: ArticleStoredHook;
  readonly now?: () => Date;
  readonly logger?: Logger;
  readonly concurrency?: number;
}

/** Creates the repositories on `db` and bundles them with the options. */
export function createIngestContext(db: Db, opts: IngestContextOptions): IngestContext {
  return {
    db,
    articles: createArticleRepo(db),
    sources: createSourceRepo(db),
    fetcher: opts.fetcher,
    boilerplate: opts.boilerplate ?? null,
    onArticleStored: opts.onArticleStored,
    now: opts.now ?? (() => new Date()),
    logger: opts.logger,
    concurrency: opts.concurrency ?? 4,
  };
}

/** What happened to one article. */
export type StoreOutcome =
  | { readonly status: 'added'; readonly articleId: number }
  | { readonly status: 'near-duplicate'; readonly articleId: number; readonly duplicateOf: number }
  | { readonly status: 'duplicate'; readonly articleId: number | null };

/** The cleaned body's fingerprint: boilerplate dropped (when rules are loaded) before hashing. */
export function articleFingerprint(ctx: Pick<IngestContext, 'boilerplate'>, body: string): Fingerprint {
  const cleaned = ctx.boilerplate ? dropBoilerplate(body, ctx.boilerplate) : body;
  return fingerprint(cleaned.trim() === '' ? body : cleaned);
}

function nearestFirstCopy(articles: ArticleRepo, fp: Fingerprint): number | null {
  if (!fp.minhash) return null;
  let best: { rootId: number; similarity: number } | null = null;
  for (const c of articles.nearDuplicateCandidates(fp.bandKeys)) {
    const similarity = signatureSimilarity(fp.minhash, c.minhash);
    if (similarity >= NEAR_DUPLICATE_THRESHOLD && (!best || similarity > best.similarity)) best = { rootId: c.rootId, similarity };
  }
  return best?.rootId ?? null;
}

/**
 * A `file:` identity names a file, not an article (CLAIMS.md: a url-less article's identity is
 * its content hash). Another text under a name already stored gets `#` + its hash prefix.
 */
function withFreeIdentity(articles: ArticleRepo, article: Article, fp: Fingerprint): Article {
  if (!article.url.startsWith('file:') || !articles.hasUrl(article.url)) return article;
  const url = `${article.url}#${fp.contentHash.slice(0, 12)}`;
  return { ...article, url, canonicalUrl: article.canonicalUrl === article.url ? url : article.canonicalUrl };
}

/**
 * Stores one article from `sourceId` in one transaction with the hook's writes. Re-storing the
 * same article (url, canonical url or content hash) is a no-op reported as 'duplicate'.
 * Throws IngestError('store-failed') when the database or the hook fails; nothing is left written.
 */
export function storeArticle(ctx: IngestContext, article: Article, sourceId: number): StoreOutcome {
  const fp = articleFingerprint(ctx, article.body);
  try {
    return inTransaction(ctx.db, (): StoreOutcome => {
      const stored = withFreeIdentity(ctx.articles, article, fp);
      const duplicateOf = nearestFirstCopy(ctx.articles, fp);
      const articleId = ctx.articles.insert({
        article: stored,
        contentHash: fp.contentHash,
        minhash: fp.minhash,
        bandKeys: fp.bandKeys,
        sourceId,
        duplicateOf,
        firstSeenAt: ctx.now().toISOString(),
      });
      if (articleId === null) return { status: 'duplicate', articleId: ctx.articles.findExisting({ ...stored, contentHash: fp.contentHash }) };
      ctx.onArticleStored?.({ articleId, article: stored, duplicateOf });
      return duplicateOf === null ? { status: 'added', articleId } : { status: 'near-duplicate', articleId, duplicateOf };
    });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    throw new IngestError('store-failed', article.url, `not stored: ${message}`, { cause: err });
  }
}

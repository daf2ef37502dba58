/**
 * Articles in SQLite. Statements are prepared once; rows become domain objects here and
 * nowhere else. Writing is `insert` (one row plus its near-duplicate signature), meant to run
 * inside the caller's transaction together with whatever else belongs to the article.
 */
import type { Article, IsoDate } from '../domain/article.ts';
import type { Db } from './open-database.ts';

/** An article ready to store, with what ingest computed about its cleaned text. */
export interface NewArticle {
  readonly article: Article;
  /** sha256 (hex) of the normalised, boilerplate-free body. */
  readonly contentHash: string;
  /** MinHash signature; null when the body is too short to have one. */
  readonly minhash: Uint32Array | null;
  /** LSH band keys of `minhash` (non-negative safe integers). */
  readonly bandKeys: readonly number[];
  readonly sourceId: number;
  /** The first copy this one nearly duplicates, if any. */
  readonly duplicateOf: number | null;
  /** ISO instant: when the store first saw it. */
  readonly firstSeenAt: string;
}

/** A stored article with its store fields. */
export interface StoredArticle extends Article {
  readonly id: number;
  readonly contentHash: string;
  readonly duplicateOf: number | null;
  readonly sourceId: number;
  readonly firstSeenAt: string;
}

/** A stored article that shares at least one LSH band with a new one. */
export interface NearDuplicateCandidate {
  readonly id: number;
  /** The first copy of the candidate's family (itself when it is not a duplicate). */
  readonly rootId: number;
  readonly minhash: Uint32Array;
}

interface ArticleRow {
  id: number;
  url: string;
  canonical_url: string;
  outlet: string | null;
  title: string | null;
  lang: string | null;
  published: string | null;
  byline: string | null;
  body: string;
  content_hash: string;
  duplicate_of: number | null;
  source_id: number;
  first_seen_at: string;
}

const MAX_CANDIDATES = 20;

function fromRow(r: ArticleRow): StoredArticle {
  return {
    id: r.id,
    url: r.url,
    canonicalUrl: r.canonical_url,
    outlet: r.outlet,
    title: r.title,
    lang: r.lang,
    published: r.published as IsoDate | null,
    byline: r.byline,
    body: r.body,
    contentHash: r.content_hash,
    duplicateOf: r.duplicate_of,
    sourceId: r.source_id,
    firstSeenAt: r.first_seen_at,
  };
}

/** Article repository over an open, migrated database. */
export function createArticleRepo(db: Db) {
  const insertRow = db.prepare<Record<string, unknown>, { id: number }>(`
    INSERT INTO articles (url, canonical_url, outlet, title, lang, published, byline, body,
                          content_hash, duplicate_of, source_id, first_seen_at)
    VALUES (@url, @canonicalUrl, @outlet, @title, @lang, @published, @byline, @body,
            @contentHash, @duplicateOf, @sourceId, @firstSeenAt)
    ON CONFLICT DO NOTHING
    RETURNING id`);
  const insertSignature = db.prepare('INSERT INTO article_signatures (article_id, minhash) VALUES (@id, @minhash)');
  const insertBand = db.prepare(
    'INSERT INTO article_bands (band_key, article_id) VALUES (@key, @id) ON CONFLICT DO NOTHING',
  );
  const findExisting = db.prepare<Record<string, string>, { id: number }>(`
    SELECT id FROM articles WHERE url = @url
    UNION ALL SELECT id FROM articles WHERE canonical_url = @canonicalUrl
    UNION ALL SELECT id FROM articles WHERE content_hash = @contentHash
    LIMIT 1`);
  const urlTaken = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM articles WHERE url = ?');
  const canonicalTaken = db.prepare<[string, string], { one: number }>(
    'SELECT 1 AS one FROM articles WHERE canonical_url = ? OR url = ?',
  );
  const candidates = db.prepare<{ keys: string; limit: number }, { id: number; root: number; minhash: Buffer }>(`
    SELECT a.id, COALESCE(a.duplicate_of, a.id) AS root, s.minhash
    FROM (SELECT article_id, count(*) AS hits FROM article_bands
          WHERE band_key IN (SELECT value FROM json_each(@keys))
          GROUP BY article_id ORDER BY hits DESC LIMIT @limit) AS c
    JOIN articles a ON a.id = c.article_id
    JOIN article_signatures s ON s.article_id = a.id
    ORDER BY c.hits DESC, a.id`);
  const byId = db.prepare<[number], ArticleRow>('SELECT * FROM articles WHERE id = ?');
  const seenSince = db.prepare<[string], ArticleRow>(
    'SELECT * FROM articles WHERE first_seen_at >= ? ORDER BY first_seen_at, id',
  );
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM articles');

  return {
    /**
     * Inserts one article and its signature. Returns the new id, or null when an article with
     * the same url, canonical url or content hash is already stored (nothing is written then).
     */
    insert(a: NewArticle): number | null {
      const row = insertRow.get({
        url: a.article.url,
        canonicalUrl: a.article.canonicalUrl,
        outlet: a.article.outlet,
        title: a.article.title,
        lang: a.article.lang,
        published: a.article.published,
        byline: a.article.byline,
        body: a.article.body,
        contentHash: a.contentHash,
        duplicateOf: a.duplicateOf,
        sourceId: a.sourceId,
        firstSeenAt: a.firstSeenAt,
      });
      if (!row) return null;
      if (a.minhash) {
        const bytes = Buffer.from(a.minhash.buffer, a.minhash.byteOffset, a.minhash.byteLength);
        insertSignature.run({ id: row.id, minhash: bytes });
        for (const key of a.bandKeys) insertBand.run({ key, id: row.id });
      }
      return row.id;
    },

    /** Id of a stored article with this url, canonical url or content hash. */
    findExisting(identity: { url: string; canonicalUrl: string; contentHash: string }): number | null {
      return findExisting.get(identity)?.id ?? null;
    },

    /** Whether an article is stored under this exact url. */
    hasUrl(url: string): boolean {
      return urlTaken.get(url) !== undefined;
    },

    /** Whether a page (by its canonical URL) is already stored: lets feeds skip a fetch. */
    hasCanonicalUrl(canonicalUrl: string): boolean {
      return canonicalTaken.get(canonicalUrl, canonicalUrl) !== undefined;
    },

    /** Stored articles sharing a band key, the most band hits first (at most 20). */
    nearDuplicateCandidates(bandKeys: readonly number[]): NearDuplicateCandidate[] {
      if (bandKeys.length === 0) return [];
      return candidates.all({ keys: JSON.stringify(bandKeys), limit: MAX_CANDIDATES }).map((r) => ({
        id: r.id,
        rootId: r.root,
        minhash: new Uint32Array(r.minhash.buffer.slice(r.minhash.byteOffset, r.minhash.byteOffset + r.minhash.byteLength)),
      }));
    },

    get(id: number): StoredArticle | undefined {
      const row = byId.get(id);
      return row ? fromRow(row) : undefined;
    },

    /** Articles first seen at or after an ISO instant, oldest first (digests, alerts). */
    seenSince(instant: string): StoredArticle[] {
      return seenSince.all(instant).map(fromRow);
    },

    count(): number {
      return count.get()!.n;
    },
  };
}

/** The article repository's interface. */
export type ArticleRepo = ReturnType<typeof createArticleRepo>;

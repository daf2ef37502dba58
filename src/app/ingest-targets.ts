/**
 * `ingest PATH|URL…`: files, directories, pages and feed URLs into the store. Each item is read
 * and stored on its own; a failure is reported and logged, and the run goes on.
 */
import type { IsoDate } from '../domain/article.ts';
import type { Article } from '../domain/article.ts';
import { isHttpUrl } from '../ingest/canonical-url.ts';
import type { IngestError} from '../ingest/errors.ts';
import { toIngestError } from '../ingest/errors.ts';
import { feedItemArticle, itemCanonicalUrl } from '../ingest/feed-article.ts';
import type { ParsedFeed } from '../ingest/feed.ts';
import { fetchDocument } from '../ingest/page.ts';
import { listArticleFiles, readArticleFile } from '../ingest/read-file.ts';
import type { SourceKind } from '../store/source-repo.ts';
import { storeArticle, type IngestContext, type StoreOutcome } from './ingest-articles.ts';
import { mapPool } from './ingest-pool.ts';

/** One item's result: stored (in some way) or failed. */
export type ItemResult =
  | { readonly target: string; readonly outcome: StoreOutcome }
  | { readonly target: string; readonly error: IngestError };

/** Counts of one run, plus every failure. */
export interface IngestSummary {
  added: number;
  duplicate: number;
  nearDuplicate: number;
  failed: number;
  readonly failures: IngestError[];
}

/** The counts of a summary as one line (`ingest` and `feeds poll` print it). */
export function summaryLine(s: IngestSummary): string {
  return `added ${s.added}, duplicate ${s.duplicate}, near-duplicate ${s.nearDuplicate}, failed ${s.failed}`;
}

/** An empty summary. */
export function emptySummary(): IngestSummary {
  return { added: 0, duplicate: 0, nearDuplicate: 0, failed: 0, failures: [] };
}

/** Adds one result to a summary. */
export function tally(summary: IngestSummary, r: ItemResult): void {
  if ('error' in r) {
    summary.failed++;
    summary.failures.push(r.error);
  } else if (r.outcome.status === 'added') summary.added++;
  else if (r.outcome.status === 'near-duplicate') summary.nearDuplicate++;
  else summary.duplicate++;
}

/** Options of ingestTargets. */
export interface IngestTargetsOptions {
  /** `--date`: publication date of files (else each file's mtime) and pages that carry none. */
  readonly fallbackPublished?: IsoDate | null;
  /** Largest file read, in bytes (FETCH_MAX_BYTES). */
  readonly maxFileBytes: number;
  /** Called once the number of items is known (files listed; each URL counts as one). */
  readonly onPlanned?: (total: number) => void;
  /** Called after each item. */
  readonly onItem?: (result: ItemResult) => void;
}

type Planned = { readonly kind: 'file'; readonly path: string } | { readonly kind: 'url'; readonly url: string } | { readonly kind: 'failed'; readonly error: IngestError };

async function plan(targets: readonly string[]): Promise<Planned[]> {
  const out: Planned[] = [];
  for (const t of targets) {
    if (isHttpUrl(t)) out.push({ kind: 'url', url: t });
    else {
      try {
        for (const path of await listArticleFiles(t)) out.push({ kind: 'file', path });
      } catch (err) {
        out.push({ kind: 'failed', error: toIngestError(err, t) });
      }
    }
  }
  return out;
}

/** The id of the source row for a kind of origin, created on first use. */
export function originSourceId(ctx: IngestContext, kind: SourceKind, url: string): number {
  return ctx.sources.add({ kind, url }, ctx.now().toISOString()).source.id;
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

/** Stores an article, turning a failure into a failed result (logged with its source). */
export function storeResult(ctx: IngestContext, target: string, sourceId: number, article: Article): ItemResult {
  try {
    return { target, outcome: storeArticle(ctx, article, sourceId) };
  } catch (err) {
    return failResult(ctx, target, sourceId, toIngestError(err, target, 'store-failed'));
  }
}

/** Records a failure in the failure log and returns it as a result. */
export function failResult(ctx: IngestContext, target: string, sourceId: number, error: IngestError): ItemResult {
  try {
    ctx.sources.logFailure({ sourceId, target, reason: error.reason, message: error.message, occurredAt: ctx.now().toISOString() });
  } catch (err) {
    ctx.logger?.warn({ err, target }, 'could not log an ingest failure');
  }
  return { target, error };
}

/** Stores the items of a feed (pages fetched for summary-only items); already stored links are skipped unfetched. */
export async function ingestFeedItems(ctx: IngestContext, feed: ParsedFeed, feedUrl: string, sourceId: number, hints: { outlet?: string | null; lang?: string | null } = {}): Promise<ItemResult[]> {
  return mapPool(feed.items, ctx.concurrency, async (item): Promise<ItemResult> => {
    const target = item.url ?? feedUrl;
    const known = itemCanonicalUrl(item);
    // Stored under the link itself, or under its canonical form: either way no fetch is needed.
    if (known && (ctx.articles.hasCanonicalUrl(known) || ctx.articles.hasUrl(item.url!))) return { target, outcome: { status: 'duplicate', articleId: null } };
    try {
      return storeResult(ctx, target, sourceId, await feedItemArticle(item, feed, feedUrl, ctx.fetcher, hints));
    } catch (err) {
      return failResult(ctx, target, sourceId, toIngestError(err, target));
    }
  });
}

async function ingestUrl(ctx: IngestContext, url: string, fallbackPublished: IsoDate | null): Promise<ItemResult[]> {
  const sourceId = originSourceId(ctx, 'page', originOf(url));
  try {
    const doc = await fetchDocument(ctx.fetcher, url, { published: fallbackPublished });
    if (doc.kind === 'page') return [storeResult(ctx, url, sourceId, doc.article)];
    return await ingestFeedItems(ctx, doc.feed, doc.url, sourceId);
  } catch (err) {
    return [failResult(ctx, url, sourceId, toIngestError(err, url, 'network'))];
  }
}

/** Ingests files, directories and URLs; returns the summary (failures included, never thrown). */
export async function ingestTargets(ctx: IngestContext, targets: readonly string[], opts: IngestTargetsOptions): Promise<IngestSummary> {
  const summary = emptySummary();
  const planned = await plan(targets);
  opts.onPlanned?.(planned.length);
  const fileSource = originSourceId(ctx, 'file', 'file:');
  const record = (r: ItemResult): void => {
    tally(summary, r);
    opts.onItem?.(r);
  };
  for (const p of planned) {
    if (p.kind === 'failed') record(failResult(ctx, p.error.target, fileSource, p.error));
    else if (p.kind === 'file') {
      try {
        const article = await readArticleFile(p.path, { maxBytes: opts.maxFileBytes, fallbackPublished: opts.fallbackPublished ?? null });
        record(storeResult(ctx, p.path, fileSource, article));
      } catch (err) {
        record(failResult(ctx, p.path, fileSource, toIngestError(err, p.path)));
      }
    } else for (const r of await ingestUrl(ctx, p.url, opts.fallbackPublished ?? null)) record(r);
  }
  return summary;
}

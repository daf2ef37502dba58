/**
 * Wiring for the commands that ingest: the store (migrated), a fetcher with the configured
 * limits, the boilerplate rules when data/lexicon/boilerplate.json exists, and the hook.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FetchConfig, StoreConfig } from '../config.ts';
import type { Logger } from '../logger.ts';
import { createFetcher, type AllowUrl } from '../ingest/fetcher.ts';
import { openStore, type Db } from '../store/open-database.ts';
import { loadBoilerplateRules, type BoilerplateRules } from '../text/boilerplate.ts';
import { createIngestContext, type ArticleStoredHook, type IngestContext } from './ingest-articles.ts';

/** data/lexicon/boilerplate.json of this checkout. */
export const DEFAULT_BOILERPLATE_PATH = fileURLToPath(new URL('../../data/lexicon/boilerplate.json', import.meta.url));

/** Boilerplate rules from `path`, or null when the file does not exist. */
export function loadOptionalBoilerplate(path = DEFAULT_BOILERPLATE_PATH): BoilerplateRules | null {
  return existsSync(path) ? loadBoilerplateRules(path) : null;
}

/** Options of openIngest. */
export interface OpenIngestOptions {
  readonly store: Pick<StoreConfig, 'databasePath'>;
  readonly fetch: FetchConfig;
  readonly logger?: Logger;
  /** Builds the hook once the database is open (the claim analyser needs the same db). */
  readonly hookFor?: (db: Db) => ArticleStoredHook | undefined;
  readonly allowUrl?: AllowUrl;
  readonly now?: () => Date;
}

/** An open ingest context and the way to close its database. */
export interface IngestSetup {
  readonly ctx: IngestContext;
  readonly db: Db;
  close(): void;
}

/** Opens the store and builds an ingest context on it. Throws SchemaFromFutureError, LexiconError. */
export function openIngest(opts: OpenIngestOptions): IngestSetup {
  const boilerplate = loadOptionalBoilerplate();
  const db = openStore(opts.store.databasePath);
  try {
    const hook = opts.hookFor?.(db);
    const ctx = createIngestContext(db, {
      fetcher: createFetcher({ config: opts.fetch, ...(opts.allowUrl ? { allowUrl: opts.allowUrl } : {}) }),
      boilerplate,
      ...(hook ? { onArticleStored: hook } : {}),
      ...(opts.logger ? { logger: opts.logger } : {}),
      ...(opts.now ? { now: opts.now } : {}),
      concurrency: opts.fetch.concurrency,
    });
    return { ctx, db, close: () => db.close() };
  } catch (err) {
    db.close();
    throw err;
  }
}

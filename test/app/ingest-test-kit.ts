// Shared set-up for app ingest tests: a migrated SQLite file in a temp dir, an ingest context
// on it, and article builders with our own sentences.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../../src/domain/article.ts';
import { createIngestContext, type IngestContext, type IngestContextOptions } from '../../src/app/ingest-articles.ts';
import { canonicalUrl } from '../../src/ingest/canonical-url.ts';
import { createFetcher } from '../../src/ingest/fetcher.ts';
import { openStore, type Db } from '../../src/store/open-database.ts';

export const FETCH = { timeoutMs: 5_000, maxBytes: 1024 * 1024, maxRedirects: 3, userAgent: 'frontline-test', concurrency: 3, hostDelayMs: 0 };

export interface Kit {
  readonly dir: string;
  readonly db: Db;
  readonly ctx: IngestContext;
  cleanup(): void;
}

export function makeKit(opts: Partial<IngestContextOptions> = {}): Kit {
  const dir = mkdtempSync(join(tmpdir(), 'frontline-ingest-'));
  const db = openStore(join(dir, 'store.sqlite'));
  let tick = 0;
  const ctx = createIngestContext(db, {
    fetcher: createFetcher({ config: FETCH }),
    now: () => new Date(Date.UTC(2026, 0, 10, 8, 0, tick++)),
    concurrency: 3,
    ...opts,
  });
  return { dir, db, ctx, cleanup: () => (db.close(), rmSync(dir, { recursive: true, force: true })) };
}

export const STORY = [
  'Ukrainian units pushed back an assault group near the railway station of Kupiansk on Tuesday morning, the regional command said in its evening update.',
  'According to the statement, two armoured vehicles were hit on the northern approach and the remaining infantry withdrew towards the forest belt by the river.',
  'Local officials said about eight hundred civilians remain in the town, most of them elderly people who refused to leave despite daily shelling of the centre.',
  'The command added that small groups keep trying to slip into the districts on the left bank, and that clearing operations there continue around the clock.',
].join('\n\n');

export function article(over: Partial<Article> & { url: string }): Article {
  return {
    canonicalUrl: canonicalUrl(over.url),
    outlet: 'Test Wire',
    title: 'A title',
    lang: 'en',
    published: '2026-01-09',
    byline: null,
    body: STORY,
    ...over,
  };
}

export function count(db: Db, table: string): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

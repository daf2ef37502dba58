/**
 * The console demo's news: data/samples/ articles go into a fresh store in two batches. The
 * older ones are there from the start (so /status has something to say); the newest day's are
 * held back and "arrive" on request, so a newcomer who subscribed first sees them in a digest
 * (digests carry only what arrived after subscribing).
 */
import { existsSync } from 'node:fs';
import type { IngestContext } from './ingest-articles.ts';
import { originSourceId, storeResult } from './ingest-targets.ts';
import { listArticleFiles, readArticleFile } from '../ingest/read-file.ts';
import type { Article } from '../domain/article.ts';

/** Sample articles split into what is there at start and what arrives later. */
export interface DemoNews {
  readonly seeded: number;
  /** Stores the held-back articles now; returns how many were added. */
  arrive(): number;
  readonly pending: number;
}

/** Seeds the older samples; returns a handle for the newest ones. A missing directory seeds nothing. */
export async function seedDemoNews(ctx: IngestContext, dir: string, maxBytes: number): Promise<DemoNews> {
  const articles: Article[] = [];
  if (existsSync(dir)) {
    for (const path of await listArticleFiles(dir)) {
      try {
        articles.push(await readArticleFile(path, { maxBytes, fallbackPublished: null }));
      } catch (err) {
        ctx.logger?.warn({ err, path }, 'sample skipped');
      }
    }
  }
  const latest = articles.map((a) => a.published ?? '').sort().at(-1) ?? '';
  const later = articles.filter((a) => latest !== '' && a.published === latest && articles.length > 1);
  const now = articles.filter((a) => !later.includes(a));
  const sourceId = originSourceId(ctx, 'file', 'file:');
  const store = (list: readonly Article[]): number =>
    list.filter((a) => {
      const r = storeResult(ctx, a.url, sourceId, a);
      return 'outcome' in r && r.outcome.status !== 'duplicate';
    }).length;
  const seeded = store(now);
  let pending = [...later];
  return {
    seeded,
    get pending() {
      return pending.length;
    },
    arrive: () => {
      const n = store(pending);
      pending = [];
      return n;
    },
  };
}

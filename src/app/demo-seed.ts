/**
 * The console demo's news: data/samples/ articles go into a fresh store in two batches. For each
 * place with several sample articles, the newest is held back and "arrives" on request (`:news`),
 * so a newcomer can follow a place, let the news arrive, and see it in a digest (digests carry
 * only what arrived after following). Which article is about which place is found by running
 * the samples through the real extractor once more (without storing).
 */
import { existsSync } from 'node:fs';
import type { FetchConfig } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { Article } from '../domain/article.ts';
import { listArticleFiles, readArticleFile } from '../ingest/read-file.ts';
import type { Claim } from '../domain/claim.ts';
import type { IngestContext } from './ingest-articles.ts';
import { originSourceId, storeResult } from './ingest-targets.ts';

/** Sample articles split into what is there at start and what arrives later. */
export interface DemoNews {
  readonly seeded: number;
  /** Places the held-back news is about (canonical names). */
  readonly pendingPlaces: readonly string[];
  readonly pending: number;
  /** Stores the held-back articles now; returns how many were added. */
  arrive(): number;
}

async function readSamples(dir: string, maxBytes: number, logger: Logger): Promise<Article[]> {
  if (!existsSync(dir)) return [];
  const out: Article[] = [];
  for (const path of await listArticleFiles(dir)) {
    try {
      out.push(await readArticleFile(path, { maxBytes, fallbackPublished: null }));
    } catch (err) {
      logger.warn({ err, path }, 'sample skipped');
    }
  }
  return out;
}

/** Article urls → the places their claims are about, through the real extractor. */
function placesOf(articles: readonly Article[], extract: ((a: Article) => readonly Claim[]) | undefined): Map<string, string[]> {
  return new Map(articles.map((a) => [a.url, [...new Set((extract?.(a) ?? []).map((c) => c.place))]]));
}

/** The newest article of every place that has more than one (ties: the later url). */
function heldBack(articles: readonly Article[], places: ReadonlyMap<string, readonly string[]>): Map<string, Article> {
  const byPlace = new Map<string, Article[]>();
  for (const a of articles) for (const p of places.get(a.url) ?? []) byPlace.set(p, [...(byPlace.get(p) ?? []), a]);
  const held = new Map<string, Article>();
  for (const [place, list] of byPlace) {
    if (list.length < 2) continue;
    const newest = [...list].sort((x, y) => (x.published ?? '').localeCompare(y.published ?? '') || x.url.localeCompare(y.url)).at(-1)!;
    held.set(place, newest);
  }
  return held;
}

/** Seeds the samples into `ctx`'s store, holding back the newest article of each place. */
export async function seedDemoNews(
  ctx: IngestContext,
  extract: ((a: Article) => readonly Claim[]) | undefined,
  dir: string,
  fetch: FetchConfig,
  logger: Logger,
): Promise<DemoNews> {
  const articles = await readSamples(dir, fetch.maxBytes, logger);
  const held = heldBack(articles, placesOf(articles, extract));
  const later = new Set(held.values());
  const sourceId = originSourceId(ctx, 'file', 'file:');
  const store = (list: readonly Article[]): number =>
    list.filter((a) => {
      const r = storeResult(ctx, a.url, sourceId, a);
      return 'outcome' in r && r.outcome.status !== 'duplicate';
    }).length;
  const seeded = store(articles.filter((a) => !later.has(a)));
  let pending = [...later];
  return {
    seeded,
    pendingPlaces: [...held.keys()].sort(),
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

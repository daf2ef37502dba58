/**
 * Everything the bot process runs on, over one open store: repositories, the timeline service,
 * the gazetteer (or, while it is unavailable, the places the store already has claims about),
 * the ingest context with the SSRF guard, and the bot's use cases. main.ts and the console chat
 * both build the same runtime.
 */
import { fileURLToPath } from 'node:url';
import type { FetchConfig } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { Place } from '../domain/place.ts';
import { createChatRepo, type ChatRepo } from '../store/chat-repo.ts';
import { createOutboxRepo, type OutboxRepo } from '../store/outbox-repo.ts';
import { createSubscriptionRepo, type SubscriptionRepo } from '../store/subscription-repo.ts';
import type { Db } from '../store/open-database.ts';
import type { ClaimRepo } from '../store/claim-repo.ts';
import { createIngestPort } from './admin.ts';
import { createBotApp, type BotApp } from './bot-app.ts';
import { pollDueFeeds } from './feeds-poll.ts';
import type { IngestContext } from './ingest-articles.ts';
import { createArticleAnalyser } from './analyse-article.ts';
import { extractClaims, loadLexicon } from '../extract/index.ts';
import type { Article } from '../domain/article.ts';
import type { Claim } from '../domain/claim.ts';
import type { Gazetteer } from '../gazetteer/gazetteer.ts';
import { openIngest } from './ingest-setup.ts';
import type { PlaceLookup, TimelineSource } from './ports.ts';
import { loadTimeZones } from './time-zones.ts';
import { loadGazetteer } from '../gazetteer/gazetteer.ts';
import { timelineStoreOn } from './timeline-store.ts';
import { createPublicUrlGuard } from './url-guard.ts';

export const DEFAULT_TIME_ZONES_FILE = fileURLToPath(new URL('../../data/timezones.json', import.meta.url));

export interface BotRuntimeOptions {
  readonly databasePath: string;
  readonly fetch: FetchConfig;
  readonly windowDays: number;
  readonly logger: Logger;
  /** Per-hop URL policy; default: public addresses only (tests on 127.0.0.1 pass their own). */
  readonly allowUrl?: (url: string) => Promise<boolean> | boolean;
  /** A gazetteer to use instead of loading data/gazetteer (tests). */
  readonly places?: PlaceLookup;
}

/** The open runtime. */
export interface BotRuntime {
  readonly db: Db;
  readonly app: BotApp;
  readonly chats: ChatRepo;
  readonly subscriptions: SubscriptionRepo;
  readonly outbox: OutboxRepo;
  readonly timelines: TimelineSource;
  readonly ingest: IngestContext;
  /** The claim extractor bound to the loaded lexicon and gazetteer (undefined when they are missing). */
  readonly extract: ((article: Article) => Claim[]) | undefined;
  pollFeeds(): Promise<unknown>;
  close(): void;
}

/** Places the store has claims about, for when the gazetteer data is not available. */
function storedPlaces(claims: ClaimRepo): PlaceLookup {
  const all = (): Place[] =>
    claims.places().map((p) => ({ id: p.id, name: p.name, nameLocal: p.name, oblast: p.oblast, raion: null, country: 'UA' as const, type: 'other' as const, lat: null, lon: null, population: null }));
  const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[ʼ'’`\s-]/g, '');
  return {
    get: (id) => all().find((p) => p.id === id),
    resolve: (query, o) => {
      const q = fold(query);
      return all()
        .map((place) => ({ place, matched: place.name, score: fold(place.name) === q ? 1 : fold(place.name).startsWith(q) && q.length >= 3 ? 0.85 : 0 }))
        .filter((m) => m.score > 0)
        .slice(0, o?.limit ?? 5);
    },
  };
}

function tryLoad<T>(what: string, load: () => T, logger: Logger): T | undefined {
  try {
    return load();
  } catch (err) {
    logger.warn({ err }, `${what} unavailable`);
    return undefined;
  }
}

/** Opens the store and wires the bot's runtime. */
export function openBotRuntime(o: BotRuntimeOptions): BotRuntime {
  // Loaded once and shared by the place lookup and the claim extractor (each takes seconds).
  const gazetteer: Gazetteer | undefined = tryLoad('gazetteer', () => loadGazetteer(), o.logger);
  const lexicon = gazetteer && tryLoad('claim lexicon', () => loadLexicon(), o.logger);
  const extract = gazetteer && lexicon
    ? (article: Article): Claim[] => extractClaims(article, { lexicon, gazetteer, fallbackDate: new Date().toISOString().slice(0, 10) })
    : undefined;
  let store: ReturnType<typeof timelineStoreOn> | undefined;
  const setup = openIngest({
    store: { databasePath: o.databasePath }, fetch: o.fetch, logger: o.logger,
    allowUrl: o.allowUrl ?? createPublicUrlGuard(),
    hookFor: (db) => {
      store = timelineStoreOn(db, o.windowDays);
      if (!extract) return undefined;
      const analyse = createArticleAnalyser({ extract, claims: store.claims, timeline: store.service });
      return (stored) => void analyse(stored);
    },
  });
  const db = setup.db;
  const timelines = store ?? timelineStoreOn(db, o.windowDays);
  const repos = { chats: createChatRepo(db), subscriptions: createSubscriptionRepo(db), outbox: createOutboxRepo(db) };
  const places = o.places ?? gazetteer ?? storedPlaces(timelines.claims);
  const ingestPort = createIngestPort({ ingest: setup.ctx, maxBytes: o.fetch.maxBytes, claims: timelines.claims });
  const app = createBotApp({
    ...repos, places, timelines: timelines.service, timeZones: loadTimeZones(DEFAULT_TIME_ZONES_FILE), ingest: ingestPort,
  });
  return {
    db, app, ...repos, timelines: timelines.service, ingest: setup.ctx, extract,
    pollFeeds: () => pollDueFeeds(setup.ctx),
    close: () => setup.close(),
  };
}

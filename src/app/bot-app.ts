/**
 * Everything the bot's handlers call, in one object: chats and settings, places and
 * subscriptions, status and history, digests on demand, admin and forwarded-post ingest.
 * Handlers stay thin (parse → call this → render → reply).
 */
import type { Article } from '../domain/article.ts';
import type { Chat } from '../domain/chat.ts';
import type { Place } from '../domain/place.ts';
import type { ClaimEvent, PlaceStatus } from '../domain/timeline.ts';
import type { PictureLang } from '../render/types.ts';
import { placeName, renderHistoryPng } from './pictures.ts';
import type { ChatRepo } from '../store/chat-repo.ts';
import type { OutboxRepo } from '../store/outbox-repo.ts';
import type { SubscriptionRepo } from '../store/subscription-repo.ts';
import { createChatService, type ChatService } from './chats.ts';
import type { Digest } from './digest.ts';
import { cachedTimelines, digestFor } from './digest-run.ts';
import type { IngestOutcome, IngestPort, PlaceLookup, TimelineSource } from './ports.ts';
import { resolvePlace, type PlaceResolution } from './subscriptions.ts';
import type { TimeZoneResolver } from './time-zones.ts';

/** A followed place with its current status (undefined when nothing is known yet). */
export interface FollowedStatus {
  readonly place: Place;
  readonly status: PlaceStatus | undefined;
}

/** One page of a place's history, newest first. */
export interface HistoryPage {
  readonly place: Place;
  readonly events: readonly ClaimEvent[];
  /** 0-based. */
  readonly page: number;
  readonly pages: number;
  readonly total: number;
}

export interface BotAppDeps {
  readonly chats: ChatRepo;
  readonly subscriptions: SubscriptionRepo;
  readonly outbox: OutboxRepo;
  readonly places: PlaceLookup;
  readonly timelines: TimelineSource;
  readonly timeZones: TimeZoneResolver;
  /** Admin ingest and feeds; absent in a store without the ingest pieces. */
  readonly ingest?: IngestPort;
}

/** The bot's use cases. */
export interface BotApp {
  readonly chats: ChatService;
  findPlace(query: string): PlaceResolution;
  place(id: string): Place | undefined;
  subscribe(chatId: number, placeId: string, now: string): boolean;
  unsubscribe(chatId: number, placeId: string): boolean;
  followed(chatId: number): FollowedStatus[];
  isFollowing(chatId: number, placeId: string): boolean;
  status(placeId: string): PlaceStatus | undefined;
  history(placeId: string, page: number, pageSize?: number): HistoryPage | undefined;
  /** The place's timeline chart as a PNG, or undefined when it has no current claims to draw. */
  historyChart(placeId: string, lang: PictureLang): Uint8Array | undefined;
  /** What is new since the chat's last digest, without advancing it (the scheduled digest does). */
  digestNow(chat: Chat, now: string): Digest;
  ingestForwarded(article: Article): Promise<IngestOutcome>;
  readonly ingest: IngestPort | undefined;
  stats(): Record<string, number>;
}

/** Wires the bot's use cases over the store, gazetteer and timelines. */
export function createBotApp(deps: BotAppDeps): BotApp {
  const chats = createChatService(deps.chats, deps.timeZones);
  return {
    chats,
    findPlace: (query) => resolvePlace(deps.places, query),
    place: (id) => deps.places.get(id),
    subscribe: (chatId, placeId, now) => deps.subscriptions.add(chatId, placeId, now),
    unsubscribe: (chatId, placeId) => deps.subscriptions.remove(chatId, placeId),
    followed: (chatId) =>
      deps.subscriptions.placesOf(chatId).flatMap((id) => {
        const place = deps.places.get(id);
        return place ? [{ place, status: deps.timelines.timelineOf(id)?.status }] : [];
      }),
    isFollowing: (chatId, placeId) => deps.subscriptions.placesOf(chatId).includes(placeId),
    status: (placeId) => deps.timelines.timelineOf(placeId)?.status,
    history: (placeId, page, pageSize = 5) => {
      const place = deps.places.get(placeId);
      if (!place) return undefined;
      const events = [...(deps.timelines.timelineOf(placeId)?.events ?? [])].reverse();
      const pages = Math.max(1, Math.ceil(events.length / pageSize));
      const p = Math.min(Math.max(0, page), pages - 1);
      return { place, events: events.slice(p * pageSize, (p + 1) * pageSize), page: p, pages, total: events.length };
    },
    historyChart: (placeId, lang) => {
      const place = deps.places.get(placeId);
      const timeline = deps.timelines.timelineOf(placeId);
      if (!place || !timeline || !timeline.events.some((e) => !e.historical)) return undefined;
      return renderHistoryPng(timeline, { lang, place: placeName(place, lang) });
    },
    digestNow: (chat, now) => digestFor(chat, deps, cachedTimelines(deps.timelines), now),
    ingestForwarded: async (article) => {
      if (!deps.ingest) return { status: 'failed', claims: 0, title: null, error: 'ingest is not available' };
      return deps.ingest.ingestArticle(article);
    },
    ingest: deps.ingest,
    stats: () => {
      const c = deps.chats.count();
      const s = deps.subscriptions.count();
      const o = deps.outbox.counts();
      return {
        chats: c.total, activeChats: c.active, subscriptions: s.subscriptions, followedPlaces: s.places,
        outboxQueued: o.queued, outboxSent: o.sent, outboxFailed: o.failed, ...(deps.ingest?.stats() ?? {}),
      };
    },
  };
}

/**
 * Scheduled digests: which chats are due at a moment, and committing each chat's digest to the
 * outbox in one transaction with advancing its last_digest_at. A digest due while the process
 * was down is found at the next run (the latest slot is compared with last_digest_at), and only
 * once, however many slots were missed.
 */
import type { Chat } from '../domain/chat.ts';
import type { Contradiction, PlaceTimeline } from '../domain/timeline.ts';
import type { ChatRepo } from '../store/chat-repo.ts';
import type { DigestCommit, OutboxRepo } from '../store/outbox-repo.ts';
import type { SubscriptionRepo } from '../store/subscription-repo.ts';
import { composeDigest, type Digest } from './digest.ts';
import type { TimelineSource } from './ports.ts';
import { latestSlot, type Slot } from './schedule.ts';

/** Turns domain digests and alerts into Telegram HTML in the chat's language (bot/render). */
export interface DeliveryRenderer {
  /** HTML parts below 4096 characters; `[]` sends nothing. `scheduled` false = asked with /digest. */
  digest(digest: Digest, chat: Chat, scheduled: boolean): string[];
  alert(contradiction: Contradiction, chat: Chat): string;
}

export interface DigestRunDeps {
  readonly chats: ChatRepo;
  readonly subscriptions: SubscriptionRepo;
  readonly outbox: OutboxRepo;
  readonly timelines: TimelineSource;
  readonly render: DeliveryRenderer;
}

/** What one run did. */
export interface DigestRunResult {
  /** Chats whose slot had come. */
  due: number;
  /** Digests committed (including empty ones that only advanced last_digest_at). */
  committed: number;
  /** Outbox messages enqueued. */
  messages: number;
}

/** Memoises timelines for one run: 100,000 chats following the same places build each once. */
export function cachedTimelines(source: TimelineSource): (placeId: string) => PlaceTimeline | undefined {
  const cache = new Map<string, PlaceTimeline | undefined>();
  return (placeId) => {
    if (!cache.has(placeId)) cache.set(placeId, source.timelineOf(placeId));
    return cache.get(placeId);
  };
}

/** The chat's digest now: what is new since its last digest (or since it followed each place). */
export function digestFor(
  chat: Chat,
  deps: Pick<DigestRunDeps, 'subscriptions'>,
  timelineOf: (placeId: string) => PlaceTimeline | undefined,
  until: string,
): Digest {
  const followed = deps.subscriptions.placesWithSince(chat.id);
  return composeDigest(followed, timelineOf, { since: chat.lastDigestAt ?? '', until }, {
    includeHedged: chat.includeHedged,
  });
}

/** Commits every digest due at `now` to the outbox. Idempotent per chat and slot. */
export function planDueDigests(deps: DigestRunDeps, now: Date, batchSize = 500): DigestRunResult {
  const nowMs = now.getTime();
  const until = now.toISOString();
  const timelineOf = cachedTimelines(deps.timelines);
  const slots = new Map<string, Slot | undefined>();
  const result: DigestRunResult = { due: 0, committed: 0, messages: 0 };
  let batch: DigestCommit[] = [];
  const flush = (): void => {
    const fresh = deps.outbox.commitDigests(batch, until);
    batch.forEach((c, i) => {
      if (!fresh[i]) return;
      result.committed++;
      result.messages += c.messages.length;
    });
    batch = [];
  };
  for (const chat of deps.chats.digestCandidates()) {
    // Most chats share a zone and times: compute each slot once per run.
    const slotKey = `${chat.timeZone}|${chat.digestTimes.join(',')}`;
    if (!slots.has(slotKey)) slots.set(slotKey, latestSlot(nowMs, chat.timeZone, chat.digestTimes));
    const slot = slots.get(slotKey);
    if (!slot || slot.atMs <= Date.parse(chat.lastDigestAt ?? chat.createdAt)) continue;
    result.due++;
    const digest = digestFor(chat, deps, timelineOf, until);
    const messages = deps.render.digest(digest, chat, true).map((text, i) => ({
      chatId: chat.id, kind: 'digest' as const, dedupeKey: `digest:${chat.id}:${slot.key}:${i + 1}`,
      text, parseMode: 'HTML' as const, replyMarkup: null,
    }));
    batch.push({ chatId: chat.id, slot: slot.key, since: chat.lastDigestAt ?? chat.createdAt, until, items: digest.itemCount, messages });
    if (batch.length >= batchSize) flush();
  }
  if (batch.length > 0) flush();
  return result;
}

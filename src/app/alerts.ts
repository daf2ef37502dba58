/**
 * Instant alerts: a contradiction first seen on a followed place is queued once per chat that
 * wants alerts. A cursor (job_cursors 'alerts') remembers how far the job has looked; the first
 * run only sets it, so a fresh deployment does not replay history as alerts.
 */
import { createHash } from 'node:crypto';
import type { Contradiction } from '../domain/timeline.ts';
import type { DigestRunDeps } from './digest-run.ts';
import { cachedTimelines } from './digest-run.ts';

const CURSOR = 'alerts';

const keyOf = (chatId: number, c: Contradiction): string =>
  `alert:${chatId}:${createHash('sha1').update(`${c.placeId}|${c.earlier.url}|${c.later.url}|${c.later.controller}`).digest('hex').slice(0, 16)}`;

/** Queues alerts for contradictions first seen after the cursor and up to `now`. Returns how many. */
export function planAlerts(deps: DigestRunDeps, now: Date): number {
  const until = now.toISOString();
  const since = deps.outbox.getCursor(CURSOR);
  if (since === undefined) {
    deps.outbox.setCursor(CURSOR, until);
    return 0;
  }
  const timelineOf = cachedTimelines(deps.timelines);
  const messages = [];
  const places = deps.timelines.placesWithContradictionsSince?.(since) ?? deps.subscriptions.followedPlaces();
  for (const placeId of places) {
    const fresh = (timelineOf(placeId)?.contradictions ?? []).filter((c) => c.firstSeenAt > since && c.firstSeenAt <= until);
    if (fresh.length === 0) continue;
    for (const chatId of deps.subscriptions.chatsFollowing(placeId)) {
      const chat = deps.chats.get(chatId);
      if (!chat?.alerts || !chat.active) continue;
      for (const c of fresh) {
        messages.push({ chatId, kind: 'alert' as const, dedupeKey: keyOf(chatId, c), text: deps.render.alert(c, chat), parseMode: 'HTML' as const, replyMarkup: null });
      }
    }
  }
  const added = deps.outbox.enqueue(messages, until);
  deps.outbox.setCursor(CURSOR, until);
  return added;
}

import type Database from 'better-sqlite3';

/** Which chats follow which places (gazetteer ids). */
export interface SubscriptionRepo {
  /** True when the subscription is new. */
  add(chatId: number, placeId: string, now: string): boolean;
  /** True when there was one to remove. */
  remove(chatId: number, placeId: string): boolean;
  /** Place ids a chat follows, oldest first. */
  placesOf(chatId: number): string[];
  /** Place ids with the instant each was followed since. */
  placesWithSince(chatId: number): { placeId: string; since: string }[];
  /** Active chats following a place. */
  chatsFollowing(placeId: string): number[];
  /** Distinct place ids followed by at least one active chat. */
  followedPlaces(): string[];
  count(): { subscriptions: number; places: number };
}

/** Prepares the subscription statements once. */
export function createSubscriptionRepo(db: Database.Database): SubscriptionRepo {
  const add = db.prepare(
    'INSERT INTO subscriptions (chat_id, place_id, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
  );
  const remove = db.prepare('DELETE FROM subscriptions WHERE chat_id = ? AND place_id = ?');
  const of = db.prepare<[number], { place_id: string; created_at: string }>(
    'SELECT place_id, created_at FROM subscriptions WHERE chat_id = ? ORDER BY created_at, place_id',
  );
  const following = db.prepare<[string], { chat_id: number }>(
    `SELECT s.chat_id FROM subscriptions s JOIN chats c ON c.id = s.chat_id
     WHERE s.place_id = ? AND c.active = 1 ORDER BY s.chat_id`,
  );
  const followed = db.prepare<[], { place_id: string }>(
    `SELECT DISTINCT s.place_id FROM subscriptions s JOIN chats c ON c.id = s.chat_id WHERE c.active = 1
     ORDER BY s.place_id`,
  );
  const count = db.prepare<[], { subscriptions: number; places: number }>(
    'SELECT count(*) AS subscriptions, count(DISTINCT place_id) AS places FROM subscriptions',
  );
  return {
    add: (chatId, placeId, now) => add.run(chatId, placeId, now).changes === 1,
    remove: (chatId, placeId) => remove.run(chatId, placeId).changes === 1,
    placesOf: (chatId) => of.all(chatId).map((r) => r.place_id),
    placesWithSince: (chatId) => of.all(chatId).map((r) => ({ placeId: r.place_id, since: r.created_at })),
    chatsFollowing: (placeId) => following.all(placeId).map((r) => r.chat_id),
    followedPlaces: () => followed.all().map((r) => r.place_id),
    count: () => count.get()!,
  };
}

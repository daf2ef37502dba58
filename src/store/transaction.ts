import type { Db } from './open-database.ts';

/**
 * Runs `fn` in one IMMEDIATE transaction on `db` and returns its result: everything `fn` writes
 * commits together or not at all. Called again inside another transaction it becomes a
 * savepoint of that one (better-sqlite3 nests them), so an `onArticleStored` hook may use it
 * and its writes commit or roll back with the article. `fn` must be synchronous: nothing may be
 * awaited while the write lock is held.
 */
export function inTransaction<T>(db: Db, fn: () => T): T {
  const tx = db.transaction(fn);
  return db.inTransaction ? tx() : tx.immediate();
}

import Database from 'better-sqlite3';
import { migrate } from '../../src/store/migrate.ts';
import { migrations } from '../../src/store/migrations/index.ts';
import { migration004 } from '../../src/store/migrations/004-chats-and-delivery.ts';

/** A fresh migrated in-memory database (the registry, plus 004 while it is not registered yet). */
export function openTestDb(file = ':memory:'): Database.Database {
  const db = new Database(file);
  db.pragma('foreign_keys = ON');
  const list = migrations.some((m) => m.version === 4) ? migrations : [...migrations, migration004];
  migrate(db, list);
  return db;
}

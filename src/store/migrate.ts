import type Database from 'better-sqlite3';
import type { Migration } from './migration.ts';
import { migrations } from './migrations/index.ts';

/** The database was written by a newer frontline than this one. */
export class SchemaFromFutureError extends Error {
  override name = 'SchemaFromFutureError';
  constructor(
    readonly found: number,
    readonly latest: number,
  ) {
    super(
      `database schema version ${found} is newer than this frontline knows (${latest}); ` +
        'upgrade frontline or point DATABASE_PATH at another file',
    );
  }
}

/** A migration failed; the database is left at the version before it. */
export class MigrationError extends Error {
  override name = 'MigrationError';
  constructor(
    readonly version: number,
    cause: unknown,
  ) {
    super(`migration ${version} failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

/** The schema version stored in the database (`PRAGMA user_version`). */
export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Applies pending migrations in order, each in its own IMMEDIATE transaction together with
 * the version bump, and returns the ones it applied (the caller logs them).
 */
export function migrate(
  db: Database.Database,
  list: readonly Migration[] = migrations,
  target?: number,
): readonly Migration[] {
  const current = schemaVersion(db);
  const latest = list.at(-1)?.version ?? 0;
  if (current > latest) throw new SchemaFromFutureError(current, latest);
  const pending = list.filter((m) => m.version > current && (target === undefined || m.version <= target));
  for (const m of pending) {
    try {
      db.transaction(() => {
        m.up(db);
        db.pragma(`user_version = ${m.version}`);
      }).immediate();
    } catch (err) {
      throw new MigrationError(m.version, err);
    }
  }
  return pending;
}

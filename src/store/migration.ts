import type Database from 'better-sqlite3';

/** One forward-only schema step. `up` runs inside a transaction owned by the runner. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: Database.Database): void;
}

import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, MigrationError, SchemaFromFutureError, schemaVersion } from '../../src/store/migrate.ts';
import type { Migration } from '../../src/store/migration.ts';
import { migrations } from '../../src/store/migrations/index.ts';

const toy: Migration[] = [
  { version: 1, name: 'one', up: (db) => db.exec('CREATE TABLE a (x INTEGER NOT NULL) STRICT') },
  { version: 2, name: 'two', up: (db) => db.exec('CREATE TABLE b (y TEXT NOT NULL) STRICT') },
];

describe('migrate', () => {
  it('applies pending migrations in order and records the version', () => {
    const db = new Database(':memory:');
    expect(migrate(db, toy).map((m) => m.version)).toEqual([1, 2]);
    expect(schemaVersion(db)).toBe(2);
    expect(migrate(db, toy)).toEqual([]);
  });

  it('stops at a target version', () => {
    const db = new Database(':memory:');
    migrate(db, toy, 1);
    expect(schemaVersion(db)).toBe(1);
    expect(migrate(db, toy).map((m) => m.name)).toEqual(['two']);
  });

  it('refuses a database written by a newer version', () => {
    const db = new Database(':memory:');
    db.pragma('user_version = 99');
    expect(() => migrate(db, toy)).toThrow(SchemaFromFutureError);
    expect(() => migrate(db, toy)).toThrow(/99 is newer/);
  });

  it('rolls a failing migration back whole, leaving the version before it', () => {
    const db = new Database(':memory:');
    const broken: Migration[] = [
      ...toy,
      {
        version: 3,
        name: 'broken',
        up: (d) => {
          d.exec('CREATE TABLE c (z INTEGER) STRICT');
          d.exec('THIS IS NOT SQL');
        },
      },
    ];
    expect(() => migrate(db, broken)).toThrow(MigrationError);
    expect(schemaVersion(db)).toBe(2);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).not.toContain('c');
  });

  it('registers the real migrations with unique increasing versions', () => {
    const versions = migrations.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    versions.forEach((v, i) => expect(v).toBe(i + 1));
  });
});

// Test helpers: a migrated in-memory store with articles 001-003 (claims and timelines), and
// small builders for articles and claims written for these tests.
import Database from 'better-sqlite3';
import { migrate } from '../../src/store/migrate.ts';
import { migrations } from '../../src/store/migrations/index.ts';
import { migration001 } from '../../src/store/migrations/001-articles-and-sources.ts';
import { migration002 } from '../../src/store/migrations/002-claims.ts';
import { migration003 } from '../../src/store/migrations/003-claim-events.ts';
import type { Db } from '../../src/store/open-database.ts';
import type { Claim } from '../../src/domain/claim.ts';

/** A fresh in-memory database with the registered migrations (or 001-003 until they are registered). */
export function claimTestDb(): Db {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  const registered = migrations.some((m) => m.name === 'claim-events');
  migrate(db, registered ? migrations : [migration001, migration002, migration003]);
  return db;
}

let counter = 0;

/** Inserts an article row directly (store tests do not depend on ingest) and returns its id. */
export function addArticle(db: Db, url: string, published: string | null, outlet = 'Test Wire'): number {
  db.prepare(
    "INSERT OR IGNORE INTO sources (id, kind, url, created_at) VALUES (1, 'file', 'file:', '2026-01-01T00:00:00.000Z')",
  ).run();
  counter += 1;
  const row = db
    .prepare(
      `INSERT INTO articles (url, canonical_url, outlet, published, body, content_hash, source_id, first_seen_at)
       VALUES (?, ?, ?, ?, 'body text', ?, 1, '2026-01-01T00:00:00.000Z') RETURNING id`,
    )
    .get(url, url, outlet, published, `hash-${counter}-${url}`) as { id: number };
  return row.id;
}

/** A claim with sensible defaults (Kupiansk, Russia claims full control). */
export function claim(over: Partial<Claim> = {}): Claim {
  return {
    url: 'https://example.test/a',
    place: 'Kupiansk',
    oblast: 'Kharkiv',
    placeId: 'UA63080070010098457',
    controller: 'ru',
    scope: 'full',
    claimant: 'ru',
    source: 'Defence ministry',
    date: '2025-11-20',
    historical: false,
    hedged: false,
    disputes: false,
    quote: 'A made-up sentence for the test.',
    ruleIds: ['cue-test'],
    ...over,
  };
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../src/store/migrate.ts';
import { migration001 } from '../../../src/store/migrations/001-articles-and-sources.ts';
import { openDatabase, type Db } from '../../../src/store/open-database.ts';

let dir: string;
let db: Db;
const NOW = '2026-01-05T10:00:00.000Z';

function addSource(kind = 'file', url = 'file:'): number {
  return (db.prepare('INSERT INTO sources (kind, url, created_at) VALUES (?, ?, ?) RETURNING id').get(kind, url, NOW) as { id: number }).id;
}

function addArticle(over: Record<string, unknown> = {}): void {
  const row = { url: 'https://a.test/1', canonical: 'https://a.test/1', hash: 'h1', source: 1, published: '2025-11-20', body: 'text', ...over };
  db.prepare(
    `INSERT INTO articles (url, canonical_url, published, body, content_hash, source_id, first_seen_at)
     VALUES (@url, @canonical, @published, @body, @hash, @source, '${NOW}')`,
  ).run(row);
}

function plan(sql: string, params: unknown[] = []): string {
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join(' | ');
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'frontline-m001-'));
  db = openDatabase(join(dir, 'store.sqlite'));
  migrate(db, [migration001]);
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('migration 001 articles and sources', () => {
  it('creates strict tables and records version 1', () => {
    expect(schemaVersion(db)).toBe(1);
    const tables = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string; sql: string }[];
    expect(tables.map((t) => t.name)).toEqual(['article_bands', 'article_signatures', 'articles', 'ingest_failures', 'sources']);
    for (const t of tables) expect(t.sql, t.name).toMatch(/STRICT/);
  });

  it('rejects values of the wrong type (STRICT) and bad kinds or dates', () => {
    expect(() => db.prepare("INSERT INTO sources (kind, url, created_at, consecutive_failures) VALUES ('feed', 'u', ?, 'many')").run(NOW)).toThrow(/datatype|CHECK|cannot store/i);
    expect(() => addSource('rss', 'x')).toThrow(/CHECK/);
    addSource();
    expect(() => addArticle({ published: '20 Nov 2025' })).toThrow(/CHECK/);
    expect(() => addArticle({ body: '' })).toThrow(/CHECK/);
  });

  it('requires an existing source for every article (NOT NULL foreign key)', () => {
    expect(() => addArticle({ source: 99 })).toThrow(/FOREIGN KEY/);
    expect(() => addArticle({ source: null })).toThrow(/NOT NULL/);
  });

  it('keeps url, canonical url and content hash unique', () => {
    addSource();
    addArticle();
    expect(() => addArticle({ canonical: 'c2', hash: 'h2' })).toThrow(/UNIQUE/);
    expect(() => addArticle({ url: 'u2', hash: 'h2' })).toThrow(/UNIQUE/);
    expect(() => addArticle({ url: 'u2', canonical: 'c2' })).toThrow(/UNIQUE/);
    addArticle({ url: 'u2', canonical: 'c2', hash: 'h2' });
    expect(db.prepare('SELECT count(*) AS n FROM articles').get()).toEqual({ n: 2 });
  });

  it('keeps one source per kind and url', () => {
    addSource('feed', 'https://f.test/rss');
    addSource('page', 'https://f.test/rss');
    expect(() => addSource('feed', 'https://f.test/rss')).toThrow(/UNIQUE/);
  });

  it('answers the hot queries through indexes', () => {
    expect(plan("SELECT * FROM sources WHERE kind = 'feed' AND enabled = 1 AND (next_poll_at IS NULL OR next_poll_at <= ?)", [NOW])).toMatch(/USING INDEX sources_due/);
    expect(plan('SELECT * FROM articles WHERE first_seen_at >= ?', [NOW])).toMatch(/USING INDEX articles_first_seen/);
    expect(plan('SELECT id FROM articles WHERE canonical_url = ?', ['x'])).toMatch(/USING (COVERING )?INDEX sqlite_autoindex_articles/);
    expect(plan('SELECT id FROM articles WHERE content_hash = ?', ['x'])).toMatch(/USING (COVERING )?INDEX sqlite_autoindex_articles/);
    expect(plan('SELECT article_id FROM article_bands WHERE band_key IN (SELECT value FROM json_each(?))', ['[1,2]'])).toMatch(/USING PRIMARY KEY \(band_key=\?\)/);
    expect(plan('SELECT id FROM articles WHERE duplicate_of = ?', [1])).toMatch(/USING (COVERING )?INDEX articles_duplicate_of/);
  });

  it('deletes signature and band rows with their article', () => {
    addSource();
    addArticle();
    db.prepare("INSERT INTO article_signatures (article_id, minhash) VALUES (1, x'00')").run();
    db.prepare('INSERT INTO article_bands (band_key, article_id) VALUES (7, 1)').run();
    db.prepare('DELETE FROM articles WHERE id = 1').run();
    expect(db.prepare('SELECT (SELECT count(*) FROM article_signatures) + (SELECT count(*) FROM article_bands) AS n').get()).toEqual({ n: 0 });
  });
});

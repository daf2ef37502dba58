import { describe, expect, it } from 'vitest';
import { addArticle, claimTestDb } from './claim-test-db.ts';

describe('migrations 002 claims and 003 claim events', () => {
  it('creates STRICT tables with the indexes status and digests use', () => {
    const db = claimTestDb();
    const tables = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table'").all() as {
      name: string;
      sql: string;
    }[];
    for (const t of ['claims', 'claim_events', 'claim_event_reports', 'contradictions', 'confirmations']) {
      expect(tables.find((x) => x.name === t)?.sql).toMatch(/STRICT/);
    }
    const plan = (sql: string): string =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all('x') as { detail: string }[]).map((r) => r.detail).join('; ');
    expect(plan('SELECT * FROM claims WHERE place_id = ?')).toMatch(/USING INDEX claims_place/);
    expect(plan('SELECT * FROM claim_events WHERE updated_at > ?')).toMatch(/claim_events_updated/);
    expect(plan('SELECT * FROM contradictions WHERE first_seen_at > ?')).toMatch(/contradictions_first_seen/);
    expect(plan('SELECT * FROM contradictions WHERE place_id = ?')).toMatch(/contradictions_place/);
  });

  it('refuses a claim without an existing article, and bad values', () => {
    const db = claimTestDb();
    const insert = db.prepare(
      `INSERT INTO claims (article_id, place_id, place, oblast, controller, scope, claimant, claim_date,
                           historical, hedged, disputes, quote, rule_ids, first_seen_at)
       VALUES (?, 'p', 'P', 'O', ?, 'full', 'ru', ?, 0, 0, 0, 'q', '', 't')`,
    );
    expect(() => insert.run(999, 'ru', '2025-01-01')).toThrow(/FOREIGN KEY/);
    const id = addArticle(db, 'https://example.test/m', '2025-01-01');
    expect(() => insert.run(id, 'nobody', '2025-01-01')).toThrow(/CHECK/);
    expect(() => insert.run(id, 'ru', 'yesterday')).toThrow(/CHECK/);
    insert.run(id, 'ru', '2025-01-01');
    expect(() => insert.run(id, 'ru', '2025-01-02')).toThrow(/UNIQUE/);
  });

  it('drops an article’s claims and their links with the article', () => {
    const db = claimTestDb();
    const id = addArticle(db, 'https://example.test/d', '2025-01-01');
    db.prepare(
      `INSERT INTO claims (article_id, place_id, place, oblast, controller, scope, claimant, claim_date,
                           historical, hedged, disputes, quote, rule_ids, first_seen_at)
       VALUES (?, 'p', 'P', 'O', 'ru', 'full', 'ru', '2025-01-01', 0, 0, 0, 'q', '', 't')`,
    ).run(id);
    db.prepare('DELETE FROM articles WHERE id = ?').run(id);
    expect(db.prepare('SELECT count(*) AS n FROM claims').get()).toEqual({ n: 0 });
  });
});

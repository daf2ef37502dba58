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

  it('keeps derived rows tied to their claims and events (003)', () => {
    const db = claimTestDb();
    const id = addArticle(db, 'https://example.test/k', '2025-01-01');
    const claimId = db
      .prepare(
        `INSERT INTO claims (article_id, place_id, place, oblast, controller, scope, claimant, claim_date,
                             historical, hedged, disputes, quote, rule_ids, first_seen_at)
         VALUES (?, 'p', 'P', 'O', 'ru', 'full', 'ru', '2025-01-01', 0, 0, 0, 'q', '', 't') RETURNING id`,
      )
      .pluck()
      .get(id) as number;
    const event = db.prepare(
      `INSERT INTO claim_events (id, place_id, place, oblast, controller, scope, claimant, first_date, last_date,
                                 report_count, hedged, historical, first_seen_at, updated_at)
       VALUES (?, 'p', 'P', 'O', 'ru', 'full', 'ru', '2025-01-01', '2025-01-01', 1, 0, 0, 't', 't')`,
    );
    event.run('ev-1');
    const report = db.prepare('INSERT INTO claim_event_reports (claim_id, event_id, restated) VALUES (?, ?, 0)');
    expect(() => report.run(claimId, 'ev-missing')).toThrow(/FOREIGN KEY/);
    report.run(claimId, 'ev-1');
    const contradiction = db.prepare(
      `INSERT INTO contradictions (earlier_claim_id, later_claim_id, place_id, earlier_event_id, later_event_id, reason, first_seen_at)
       VALUES (?, ?, 'p', 'ev-1', 'ev-1', ?, 't')`,
    );
    expect(() => contradiction.run(claimId, claimId, 'because')).toThrow(/CHECK/);
    contradiction.run(claimId, claimId, 'explicit-dispute');
    db.prepare('DELETE FROM articles WHERE id = ?').run(id);
    const left = db.prepare('SELECT (SELECT count(*) FROM claim_event_reports) + (SELECT count(*) FROM contradictions)').pluck().get();
    expect(left).toBe(0);
  });
});

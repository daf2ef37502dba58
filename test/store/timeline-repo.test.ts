import { describe, expect, it } from 'vitest';
import { createClaimRepo } from '../../src/store/claim-repo.ts';
import { createTimelineRepo } from '../../src/store/timeline-repo.ts';
import { buildPlaceTimeline } from '../../src/timeline/build.ts';
import { addArticle, claim, claimTestDb } from './claim-test-db.ts';

function setup() {
  const db = claimTestDb();
  const claims = createClaimRepo(db);
  const timelines = createTimelineRepo(db);
  const a = addArticle(db, 'https://example.test/ru-claim', '2025-11-20', 'Wire One');
  const b = addArticle(db, 'https://example.test/ua-denial', '2025-11-21', 'Wire Two');
  claims.insertForArticle(a, [claim({ url: 'https://example.test/ru-claim' })], '2026-01-01T10:00:00.000Z');
  claims.insertForArticle(
    b,
    [claim({ url: 'https://example.test/ua-denial', controller: 'ua', claimant: 'ua', date: '2025-11-21', disputes: true })],
    '2026-01-01T11:00:00.000Z',
  );
  return { db, claims, timelines };
}

function dump(db: ReturnType<typeof claimTestDb>): unknown[] {
  return ['claim_events', 'claim_event_reports', 'contradictions', 'confirmations'].map((t) =>
    db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all(),
  );
}

describe('claim and timeline repositories', () => {
  it('writes only differences, ending where a rebuild from scratch ends', () => {
    const { db, claims, timelines } = setup();
    const place = 'UA63080070010098457';
    const rebuild = () => timelines.replacePlace(buildPlaceTimeline(claims.byPlace(place)));
    const stream: [string, string, Parameters<typeof claim>[0]][] = [
      ['https://example.test/c', '2025-12-20', { controller: 'contested', scope: 'partial', claimant: 'independent', date: '2025-12-20' }],
      ['https://example.test/d', '2025-11-19', { date: '2025-11-18', source: 'An earlier report' }],
      ['https://example.test/e', '2025-12-30', { date: '2025-11-19' }],
      ['https://example.test/f', '2025-11-22', { controller: 'ru', claimant: 'ua', date: '2025-11-22' }],
    ];
    rebuild();
    for (const [url, published, over] of stream) {
      const id = addArticle(db, url, published);
      claims.insertForArticle(id, [claim({ url, ...over })], `2026-01-0${stream.length}T00:00:00.000Z`);
      rebuild();
    }
    const incremental = dump(db);
    for (const t of ['claim_event_reports', 'claim_events', 'contradictions', 'confirmations']) db.exec(`DELETE FROM ${t}`);
    rebuild();
    expect(dump(db)).toEqual(incremental);
    expect((incremental[0] as unknown[]).length).toBeGreaterThan(1);
  });

  it('maps claims with their article and keeps one per (article, place, controller, claimant)', () => {
    const { db, claims } = setup();
    const a = addArticle(db, 'https://example.test/twice', '2025-11-22');
    const places = claims.insertForArticle(a, [claim(), claim({ scope: 'partial' })], '2026-01-02T00:00:00.000Z');
    expect(places).toEqual(['UA63080070010098457']);
    expect(claims.byArticle(a)).toHaveLength(1);
    const [first] = claims.byPlace('UA63080070010098457');
    expect(first).toMatchObject({
      claim: { url: 'https://example.test/ru-claim', controller: 'ru', ruleIds: ['cue-test'], hedged: false },
      outlet: 'Wire One',
      published: '2025-11-20',
    });
  });

  it('writes a place all or nothing: a failing row leaves the stored rows as they were', () => {
    const { db, claims, timelines } = setup();
    const t = buildPlaceTimeline(claims.byPlace('UA63080070010098457'));
    expect(t.contradictions.length).toBeGreaterThan(0);
    // A contradiction naming a claim that does not exist fails its foreign key after the events are written.
    const broken = { ...t, contradictions: t.contradictions.map((c) => ({ ...c, later: { ...c.later, claimId: 9_999 } })) };
    expect(() => timelines.replacePlace(broken)).toThrow(/FOREIGN KEY/);
    expect(dump(db)).toEqual([[], [], [], []]);
    timelines.replacePlace(t);
    expect((dump(db)[0] as unknown[]).length).toBeGreaterThan(0);
  });

  it('reads back every field of a stored claim as it was written', () => {
    const { db, claims } = setup();
    const url = 'https://example.test/all-fields';
    const a = addArticle(db, url, '2025-11-23');
    const written = claim({ url, source: 'A named speaker', historical: true, hedged: true, disputes: true, ruleIds: ['r-one', 'r-two'] });
    claims.insertForArticle(a, [written], '2026-01-03T00:00:00.000Z');
    expect(claims.byArticle(a).map((s) => s.claim)).toEqual([written]);
  });

  it('stores a place timeline and lists its contradictions, also "since" an instant', () => {
    const { claims, timelines } = setup();
    const t = buildPlaceTimeline(claims.byPlace('UA63080070010098457'));
    timelines.replacePlace(t);
    timelines.replacePlace(t);
    const listed = timelines.contradictions();
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({
      place: 'Kupiansk',
      earlier: { url: 'https://example.test/ru-claim', controller: 'ru', claimant: 'ru', date: '2025-11-20' },
      later: { url: 'https://example.test/ua-denial', controller: 'ua', claimant: 'ua' },
      reason: 'conflict-within-window',
      firstSeenAt: '2026-01-01T11:00:00.000Z',
    });
    expect(timelines.contradictionsSince('2026-01-01T10:30:00.000Z')).toHaveLength(1);
    expect(timelines.contradictionsSince('2026-01-01T11:00:00.000Z')).toHaveLength(0);
    expect(timelines.placesWithContradictionsSince('2026-01-01T00:00:00.000Z')).toEqual(['UA63080070010098457']);
    expect(timelines.placesWithEventsSince('2026-01-01T10:30:00.000Z')).toEqual(['UA63080070010098457']);
  });
});

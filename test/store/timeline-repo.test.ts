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

describe('claim and timeline repositories', () => {
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

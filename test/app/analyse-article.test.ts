import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/domain/article.ts';
import type { Claim } from '../../src/domain/claim.ts';
import { createArticleAnalyser } from '../../src/app/analyse-article.ts';
import { createTimelineService } from '../../src/app/timeline-service.ts';
import { createClaimRepo } from '../../src/store/claim-repo.ts';
import { createTimelineRepo } from '../../src/store/timeline-repo.ts';
import { addArticle, claim, claimTestDb } from '../store/claim-test-db.ts';

function article(url: string, published: string): Article {
  return { url, canonicalUrl: url, outlet: 'Wire', title: null, lang: 'en', published, byline: null, body: 'x' };
}

// Each test article carries its claims in a table instead of running the real extractor.
const stream: { url: string; published: string; claims: Partial<Claim>[] }[] = [
  { url: 'https://example.test/1', published: '2025-11-20', claims: [{}] },
  { url: 'https://example.test/2', published: '2025-11-21', claims: [{ controller: 'ua', claimant: 'ua', date: '2025-11-21' }] },
  { url: 'https://example.test/3', published: '2025-11-22', claims: [{ date: '2025-11-21', source: 'Another ministry voice' }] },
  { url: 'https://example.test/4', published: '2025-11-23', claims: [{ place: 'Pokrovsk', placeId: 'UA-P', oblast: 'Donetsk', controller: 'contested', scope: 'partial', claimant: 'ua', date: '2025-11-23' }] },
];

function run(order: readonly number[]) {
  const db = claimTestDb();
  const claims = createClaimRepo(db);
  const timelines = createTimelineRepo(db);
  const timeline = createTimelineService({ claims, timelines, windowDays: 45 });
  const byUrl = new Map(stream.map((s) => [s.url, s.claims.map((c) => claim({ url: s.url, ...c }))]));
  const analyse = createArticleAnalyser({
    extract: (a) => byUrl.get(a.url) ?? [],
    claims,
    timeline,
    now: () => new Date('2026-01-01T00:00:00.000Z'),
  });
  const results = order.map((i) => {
    const s = stream[i]!;
    return db.transaction(() => {
      const id = addArticle(db, s.url, s.published);
      return analyse({ articleId: id, article: article(s.url, s.published), duplicateOf: null });
    })();
  });
  return { results, timelines, timeline };
}

describe('analyse-article hook', () => {
  it('stores claims and refreshes only the places the article is about', () => {
    const { results, timelines, timeline } = run([0, 1, 2, 3]);
    expect(results.map((r) => r.places)).toEqual([['UA63080070010098457'], ['UA63080070010098457'], ['UA63080070010098457'], ['UA-P']]);
    const kupiansk = timeline.timelineOf('UA63080070010098457')!;
    expect(kupiansk.events.map((e) => [e.claimant, e.reports.length])).toEqual([['ru', 2], ['ua', 1]]);
    const pairs = timelines.contradictions().map((c) => [c.earlier.url, c.later.url]);
    expect(pairs).toEqual([
      ['https://example.test/1', 'https://example.test/2'],
      ['https://example.test/2', 'https://example.test/3'],
    ]);
    expect(kupiansk.status.standing).toBe('disputed');
    expect(timeline.timelineOf('nowhere')).toBeUndefined();
  });

  it('gives the same contradictions whatever order the articles arrive in', () => {
    const inOrder = run([0, 1, 2, 3]).timelines.contradictions().map((c) => [c.earlier.url, c.later.url, c.reason]);
    const shuffled = run([2, 3, 1, 0]).timelines.contradictions().map((c) => [c.earlier.url, c.later.url, c.reason]);
    expect(shuffled).toEqual(inOrder);
  });

  it('places an earlier article that arrives late inside the existing event and status', () => {
    const shape = (order: number[]) => {
      const t = run(order).timeline.timelineOf('UA63080070010098457')!;
      return {
        events: t.events.map((e) => [e.claimant, e.firstDate, e.lastDate, e.reports.map((r) => r.url)]),
        status: [t.status.consensus, t.status.standing, t.status.label, t.status.lastChange?.date],
      };
    };
    expect(shape([2, 1, 3, 0])).toEqual(shape([0, 1, 2, 3]));
  });
});

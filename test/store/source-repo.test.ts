import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/store/open-database.ts';
import { createSourceRepo } from '../../src/store/source-repo.ts';
import { tempStore } from './store-test-db.ts';

let store: { db: Db; cleanup(): void };
beforeEach(() => (store = tempStore()));
afterEach(() => store.cleanup());
const T0 = '2026-01-01T00:00:00.000Z';

describe('source repo', () => {
  it('adds a source once per kind and URL', () => {
    const repo = createSourceRepo(store.db);
    const a = repo.add({ kind: 'feed', url: 'https://f.example/rss', outlet: 'F', lang: 'uk' }, T0);
    expect(a).toMatchObject({ created: true, source: { kind: 'feed', outlet: 'F', lang: 'uk', enabled: true, consecutiveFailures: 0, nextPollAt: null } });
    expect(repo.add({ kind: 'feed', url: 'https://f.example/rss' }, T0)).toMatchObject({ created: false, source: { id: a.source.id } });
    expect(repo.list('feed')).toHaveLength(1);
  });

  it('lists due feeds: enabled, never polled or past their next poll', () => {
    const repo = createSourceRepo(store.db);
    const due = repo.add({ kind: 'feed', url: 'https://a.example/rss' }, T0).source;
    const later = repo.add({ kind: 'feed', url: 'https://b.example/rss' }, T0).source;
    repo.add({ kind: 'feed', url: 'https://c.example/rss', enabled: false }, T0);
    repo.add({ kind: 'page', url: 'https://d.example' }, T0);
    repo.recordFailure(later.id, 'http-status: HTTP 500', '2026-01-01T01:00:00.000Z', T0);
    expect(repo.dueFeeds('2026-01-01T00:30:00.000Z').map((s) => s.id)).toEqual([due.id]);
    expect(repo.dueFeeds('2026-01-01T00:30:00.000Z', true).map((s) => s.id).sort()).toEqual([due.id, later.id].sort());
    expect(repo.dueFeeds('2026-01-01T02:00:00.000Z').map((s) => s.id).sort()).toEqual([due.id, later.id].sort());
  });

  it('counts failures and clears them on success, keeping validators', () => {
    const repo = createSourceRepo(store.db);
    const s = repo.add({ kind: 'feed', url: 'https://a.example/rss' }, T0).source;
    repo.recordFailure(s.id, 'timeout', '2026-01-01T00:15:00.000Z', T0);
    repo.recordFailure(s.id, 'timeout', '2026-01-01T00:45:00.000Z', T0);
    expect(repo.get(s.id)).toMatchObject({ consecutiveFailures: 2, lastError: 'timeout', lastPolledAt: T0 });
    repo.recordSuccess(s.id, { etag: '"e"', lastModified: 'Thu, 01 Jan 2026 00:00:00 GMT', title: 'A feed', nextPollAt: null }, '2026-01-01T01:00:00.000Z');
    expect(repo.get(s.id)).toMatchObject({ consecutiveFailures: 0, lastError: null, etag: '"e"', title: 'A feed', lastSuccessAt: '2026-01-01T01:00:00.000Z', nextPollAt: null });
  });

  it('deletes a source without articles and only disables one with articles', () => {
    const repo = createSourceRepo(store.db);
    const empty = repo.add({ kind: 'feed', url: 'https://a.example/rss' }, T0).source;
    const used = repo.add({ kind: 'feed', url: 'https://b.example/rss' }, T0).source;
    store.db.prepare(`INSERT INTO articles (url, canonical_url, body, content_hash, source_id, first_seen_at) VALUES ('u', 'u', 'b', 'h', ?, ?)`).run(used.id, T0);
    repo.logFailure({ sourceId: empty.id, target: 'x', reason: 'timeout', message: 'm', occurredAt: T0 });
    expect(repo.remove(empty.id)).toBe('deleted');
    expect(repo.get(empty.id)).toBeUndefined();
    expect(repo.remove(used.id)).toBe('disabled');
    expect(repo.get(used.id)).toMatchObject({ enabled: false });
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../src/domain/article.ts';
import { createArticleRepo, type NewArticle } from '../../src/store/article-repo.ts';
import type { Db } from '../../src/store/open-database.ts';
import { createSourceRepo } from '../../src/store/source-repo.ts';
import { tempStore } from './store-test-db.ts';

let store: { db: Db; cleanup(): void };
let sourceId: number;
beforeEach(() => {
  store = tempStore();
  sourceId = createSourceRepo(store.db).add({ kind: 'file', url: 'file:' }, '2026-01-01T00:00:00.000Z').source.id;
});
afterEach(() => store.cleanup());

const art = (n: number, over: Partial<Article> = {}): Article => ({
  url: `https://wire.example/${n}`,
  canonicalUrl: `https://wire.example/${n}`,
  outlet: 'Wire',
  title: `Title ${n}`,
  lang: 'en',
  published: '2025-11-20',
  byline: null,
  body: `Body number ${n}.`,
  ...over,
});

function row(n: number, over: Partial<NewArticle> = {}): NewArticle {
  return {
    article: art(n),
    contentHash: `hash-${n}`,
    minhash: Uint32Array.from({ length: 8 }, (_, i) => n * 100 + i),
    bandKeys: [n, 1000 + n],
    sourceId,
    duplicateOf: null,
    firstSeenAt: `2026-01-0${n}T00:00:00.000Z`,
    ...over,
  };
}

describe('article repo', () => {
  it('inserts an article with its signature and maps it back to the domain shape', () => {
    const repo = createArticleRepo(store.db);
    const id = repo.insert(row(1))!;
    expect(repo.get(id)).toEqual({ ...art(1), id, contentHash: 'hash-1', duplicateOf: null, sourceId, firstSeenAt: '2026-01-01T00:00:00.000Z' });
    expect(repo.count()).toBe(1);
    expect(repo.hasUrl('https://wire.example/1')).toBe(true);
    expect(repo.hasCanonicalUrl('https://wire.example/1')).toBe(true);
    expect(repo.hasCanonicalUrl('https://wire.example/2')).toBe(false);
  });

  it('returns null and writes nothing on any identity conflict', () => {
    const repo = createArticleRepo(store.db);
    const id = repo.insert(row(1))!;
    expect(repo.insert(row(2, { contentHash: 'hash-1' }))).toBeNull();
    expect(repo.insert(row(3, { article: art(3, { canonicalUrl: 'https://wire.example/1' }) }))).toBeNull();
    expect(repo.findExisting({ url: 'nope', canonicalUrl: 'nope', contentHash: 'hash-1' })).toBe(id);
    expect(store.db.prepare('SELECT count(*) AS n FROM article_bands').get()).toEqual({ n: 2 });
  });

  it('finds near-duplicate candidates by shared band keys, with the root of each family', () => {
    const repo = createArticleRepo(store.db);
    const first = repo.insert(row(1, { bandKeys: [10, 20] }))!;
    const copy = repo.insert(row(2, { bandKeys: [10, 30], duplicateOf: first }))!;
    repo.insert(row(3, { bandKeys: [40, 50] }));
    const found = repo.nearDuplicateCandidates([10, 30]);
    expect(found.map((c) => [c.id, c.rootId])).toEqual([[copy, first], [first, first]]);
    expect([...found[0]!.minhash]).toEqual([...row(2).minhash!]);
    expect(repo.nearDuplicateCandidates([])).toEqual([]);
  });

  it('lists articles first seen since an instant, oldest first', () => {
    const repo = createArticleRepo(store.db);
    for (const n of [3, 1, 2]) repo.insert(row(n));
    expect(repo.seenSince('2026-01-02T00:00:00.000Z').map((a) => a.title)).toEqual(['Title 2', 'Title 3']);
  });
});

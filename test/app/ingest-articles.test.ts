import { afterEach, describe, expect, it } from 'vitest';
import { inTransaction, storeArticle, type StoredArticleEvent } from '../../src/app/ingest-articles.ts';
import { originSourceId } from '../../src/app/ingest-targets.ts';
import { IngestError } from '../../src/ingest/errors.ts';
import { compileBoilerplate } from '../../src/text/boilerplate.ts';
import { article, count, makeKit, STORY, type Kit } from './ingest-test-kit.ts';

let kit: Kit;
afterEach(() => kit.cleanup());

const edited = STORY.replace('on Tuesday morning', 'early on Tuesday').replace('about eight hundred', 'roughly 800') + '\n\nThis copy was updated with a comment from the mayor.';
const other = [
  'Heavy rain flooded several streets in the port city overnight, and the municipal services pumped water out of basements until the early hours of the day.',
  'The mayor said the drainage system had not been renewed since the nineteen eighties and promised a tender for repairs before the end of the coming summer.',
].join('\n\n');

describe('storeArticle', () => {
  it('adds an article once; storing it again (same url, tracking variant, or same text) is a no-op', () => {
    const seen: StoredArticleEvent[] = [];
    kit = makeKit({ onArticleStored: (e) => void seen.push(e) });
    const src = originSourceId(kit.ctx, 'page', 'https://wire.example');
    const first = storeArticle(kit.ctx, article({ url: 'https://wire.example/k/1' }), src);
    expect(first).toMatchObject({ status: 'added' });
    const id = (first as { articleId: number }).articleId;
    expect(storeArticle(kit.ctx, article({ url: 'https://wire.example/k/1' }), src)).toEqual({ status: 'duplicate', articleId: id });
    expect(storeArticle(kit.ctx, article({ url: 'https://m.wire.example/k/1/?utm_source=tg' }), src)).toEqual({ status: 'duplicate', articleId: id });
    expect(storeArticle(kit.ctx, article({ url: 'https://copycat.example/x', body: `${STORY}\n` }), src)).toEqual({ status: 'duplicate', articleId: id });
    expect(count(kit.db, 'articles')).toBe(1);
    expect(seen.map((e) => e.articleId)).toEqual([id]);
    expect(kit.ctx.articles.get(id)).toMatchObject({ url: 'https://wire.example/k/1', canonicalUrl: 'https://wire.example/k/1', firstSeenAt: expect.stringMatching(/^2026-01-10T08:00:0\d\.000Z$/), sourceId: src });
  });

  it('links a lightly edited copy from another outlet to the first copy, and a copy of the copy to the same first copy', () => {
    kit = makeKit();
    const src = originSourceId(kit.ctx, 'file', 'file:');
    const a = storeArticle(kit.ctx, article({ url: 'https://agency.example/1' }), src) as { articleId: number };
    const b = storeArticle(kit.ctx, article({ url: 'https://paper.example/2', body: edited }), src);
    expect(b).toMatchObject({ status: 'near-duplicate', duplicateOf: a.articleId });
    const c = storeArticle(kit.ctx, article({ url: 'https://blog.example/3', body: `${edited}\n\nShared by a reader.` }), src);
    expect(c).toMatchObject({ status: 'near-duplicate', duplicateOf: a.articleId });
    expect(storeArticle(kit.ctx, article({ url: 'https://city.example/4', body: other }), src)).toMatchObject({ status: 'added' });
  });

  it('gives another text under an already stored file name its own identity', () => {
    kit = makeKit();
    const src = originSourceId(kit.ctx, 'file', 'file:');
    storeArticle(kit.ctx, article({ url: 'file:k.txt' }), src);
    const again = storeArticle(kit.ctx, article({ url: 'file:k.txt', body: other }), src) as { articleId: number };
    expect(again).toMatchObject({ status: 'added' });
    expect(kit.ctx.articles.get(again.articleId)!.url).toMatch(/^file:k\.txt#[0-9a-f]{12}$/);
    expect(storeArticle(kit.ctx, article({ url: 'file:k.txt', body: other }), src)).toMatchObject({ status: 'duplicate' });
  });

  it('runs the hook inside the article transaction: its writes commit with the article', () => {
    kit = makeKit();
    kit.db.exec('CREATE TABLE hook_notes (article_id INTEGER NOT NULL REFERENCES articles (id), note TEXT NOT NULL) STRICT');
    const insertNote = kit.db.prepare('INSERT INTO hook_notes VALUES (?, ?)');
    kit = { ...kit, ctx: { ...kit.ctx, onArticleStored: (e) => {
      expect(kit.db.inTransaction).toBe(true);
      inTransaction(kit.db, () => insertNote.run(e.articleId, e.article.title));
    } } };
    const src = originSourceId(kit.ctx, 'file', 'file:');
    storeArticle(kit.ctx, article({ url: 'https://wire.example/n' }), src);
    expect(count(kit.db, 'hook_notes')).toBe(1);
  });

  it('rolls the article back whole when the hook throws, and says so', () => {
    kit = makeKit();
    kit.db.exec('CREATE TABLE hook_notes (article_id INTEGER NOT NULL, note TEXT NOT NULL) STRICT');
    const insertNote = kit.db.prepare('INSERT INTO hook_notes VALUES (?, ?)');
    const ctx = { ...kit.ctx, onArticleStored: (e: StoredArticleEvent) => {
      insertNote.run(e.articleId, 'half');
      throw new Error('extractor crashed');
    } };
    const src = originSourceId(kit.ctx, 'file', 'file:');
    let error: unknown;
    try {
      storeArticle(ctx, article({ url: 'https://wire.example/crash' }), src);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(IngestError);
    expect(error).toMatchObject({ reason: 'store-failed', message: expect.stringMatching(/extractor crashed/) });
    for (const t of ['articles', 'article_signatures', 'article_bands', 'hook_notes']) expect(count(kit.db, t), t).toBe(0);
    expect(storeArticle(kit.ctx, article({ url: 'https://wire.example/crash' }), src)).toMatchObject({ status: 'added' });
  });

  it('hashes the body without boilerplate but stores it as read', () => {
    const rules = compileBoilerplate([{ id: 'appeal', kind: 'tail', pattern: '^Support our newsroom', reason: 'test appeal' }]);
    kit = makeKit({ boilerplate: rules });
    const src = originSourceId(kit.ctx, 'file', 'file:');
    const a = storeArticle(kit.ctx, article({ url: 'https://wire.example/b1', body: `${STORY}\n\nSupport our newsroom today with a monthly gift.` }), src) as { articleId: number };
    expect(kit.ctx.articles.get(a.articleId)!.body).toMatch(/Support our newsroom/);
    expect(storeArticle(kit.ctx, article({ url: 'https://other.example/b2', body: `${STORY}\n\nSupport our newsroom: every coin helps.` }), src)).toMatchObject({ status: 'duplicate', articleId: a.articleId });
  });
});

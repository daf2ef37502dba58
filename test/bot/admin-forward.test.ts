import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIngestPort } from '../../src/app/admin.ts';
import { createIngestContext } from '../../src/app/ingest-articles.ts';
import { createPublicUrlGuard } from '../../src/app/url-guard.ts';
import { createFetcher } from '../../src/ingest/fetcher.ts';
import type { openTestDb } from '../helpers/bot-db.ts';
import { makeTestBot } from '../helpers/test-bot.ts';
import { forwardUpdate, textUpdate } from '../helpers/updates.ts';

const FETCH = { timeoutMs: 3000, maxBytes: 1_000_000, maxRedirects: 3, userAgent: 'frontline-test', concurrency: 1, hostDelayMs: 0 };
const PAGE = `<!doctype html><html><head><title>Town report</title></head><body><article><h1>Town report</h1>
<p>Officials in the region described the situation around the town on Friday in a long statement to reporters.</p>
<p>They said the defenders were holding their positions despite heavy shelling through the night.</p></article></body></html>`;

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/to-metadata') return void res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** The real ingest path on the test bot's database, with the given per-hop URL policy. */
const ingestWith = (allowPrivateForTests: boolean) => (db: ReturnType<typeof openTestDb>) =>
  createIngestPort({
    ingest: createIngestContext(db, { fetcher: createFetcher({ config: FETCH, allowUrl: createPublicUrlGuard({ allowPrivateForTests }) }) }),
    maxBytes: FETCH.maxBytes,
  });

describe('admin commands', () => {
  it('refuses every admin command to non-admins, in their language', async () => {
    const t = makeTestBot({ adminIds: [9], ingest: ingestWith(true) });
    for (const cmd of ['/addfeed https://example.org/rss', '/removefeed 1', '/feeds', `/ingest ${base}/a`, '/stats']) {
      await t.send(textUpdate(cmd, { id: 1 }));
      expect(t.last().payload.text).toBe('This command is for frontline\'s admins.');
    }
    await t.send(textUpdate('/stats', { id: 2, lang: 'uk' }));
    expect(t.last().payload.text).toContain('для адміністраторів');
  });

  it('ingests a page from a URL (test policy allows 127.0.0.1), and reports a duplicate', async () => {
    const t = makeTestBot({ adminIds: [9], ingest: ingestWith(true) });
    await t.send(textUpdate(`/ingest ${base}/report`, { id: 9 }));
    expect(t.last().payload.text).toContain('Added');
    await t.send(textUpdate(`/ingest ${base}/report`, { id: 9 }));
    expect(t.last().payload.text).toContain('Already in the store');
    await t.send(textUpdate('/stats', { id: 9 }));
    expect(t.last().payload.text).toContain('articles: <b>1</b>');
  });

  it('refuses private, loopback and metadata addresses with the production policy, also after a redirect', async () => {
    const t = makeTestBot({ adminIds: [9], ingest: ingestWith(false) });
    await t.send(textUpdate(`/ingest ${base}/report`, { id: 9 }));
    expect(t.last().payload.text).toContain('Couldn\'t ingest it');
    await t.send(textUpdate('/ingest ftp://example.org/file', { id: 9 }));
    expect(t.last().payload.text).toContain('only fetch public http(s)');
    await t.send(textUpdate('/ingest', { id: 9 }));
    expect(t.last().payload.text).toContain('Send a link');
    const hop = makeTestBot({ adminIds: [9], ingest: (db) => createIngestPort({
      ingest: createIngestContext(db, { fetcher: createFetcher({ config: FETCH, allowUrl: async (u) => u.startsWith(base) || createPublicUrlGuard()(u) }) }),
      maxBytes: FETCH.maxBytes,
    }) });
    await hop.send(textUpdate(`/ingest ${base}/to-metadata`, { id: 9 }));
    expect(hop.last().payload.text).toContain('Couldn\'t ingest it');
  });

  it('adds, lists and removes feeds', async () => {
    const t = makeTestBot({ adminIds: [9], ingest: ingestWith(true) });
    await t.send(textUpdate('/feeds', { id: 9 }));
    expect(t.last().payload.text).toContain('No feeds yet');
    await t.send(textUpdate('/addfeed https://news.example.org/rss.xml', { id: 9 }));
    expect(t.last().payload.text).toContain('Feed added: https://news.example.org/rss.xml');
    await t.send(textUpdate('/feeds', { id: 9 }));
    expect(t.last().payload.text).toMatch(/1\. .*<code>https:\/\/news\.example\.org\/rss\.xml<\/code>/);
    await t.send(textUpdate('/removefeed https://news.example.org/rss.xml', { id: 9 }));
    expect(t.last().payload.text).toBe('Feed removed.');
    await t.send(textUpdate('/removefeed 99', { id: 9 }));
    expect(t.last().payload.text).toBe('No such feed.');
  });

  it('says when ingest is not available', async () => {
    const t = makeTestBot({ adminIds: [9] });
    await t.send(textUpdate('/ingest https://example.org/a', { id: 9 }));
    expect(t.last().payload.text).toContain('not available');
  });
});

describe('forwarded channel posts', () => {
  const post = 'Local officials said on Friday that the town remains under their control.\n\nMore details later.';

  it('ingests a post forwarded by an admin as an article from the channel', async () => {
    const t = makeTestBot({ adminIds: [9], ingest: ingestWith(true) });
    await t.send(forwardUpdate(post, { id: 9 }));
    expect(t.last().payload.text).toBe('Added the post from Front Channel.');
    const row = t.db.prepare('SELECT url, outlet, published FROM articles').get();
    expect(row).toEqual({ url: 'https://t.me/frontchannel/77', outlet: 'Front Channel', published: '2025-11-21' });
    await t.send(forwardUpdate(post, { id: 9 }));
    expect(t.last().payload.text).toBe('I already have that post.');
  });

  it('refuses forwards from non-admins unless forwards from anyone are allowed', async () => {
    const t = makeTestBot({ adminIds: [9], ingest: ingestWith(true) });
    await t.send(forwardUpdate(post, { id: 1, lang: 'uk' }));
    expect(t.last().payload.text).toContain('лише від адміністраторів');
    const open = makeTestBot({ allowForwardsFromAnyone: true, ingest: ingestWith(true) });
    await open.send(forwardUpdate(post, { id: 1 }));
    expect(open.last().payload.text).toBe('Added the post from Front Channel.');
  });
});

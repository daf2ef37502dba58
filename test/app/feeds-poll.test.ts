import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addFeed } from '../../src/app/feeds-manage.ts';
import { pollDueFeeds, pollFeed } from '../../src/app/feeds-poll.ts';
import { articlePage, paragraphs, send, startServer, type TestServer } from '../ingest/http-fixture.ts';
import { count, makeKit, type Kit } from './ingest-test-kit.ts';

let server: TestServer;
let kit: Kit;
let failNext = true;

const full = (town: string, seed: number): string => paragraphs(town, seed).map((p) => `<p>${p}</p>`).join('');
const rss = (base: string): string => `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Full Wire</title><language>en</language>
<item><title>Siversk holds</title><link>${base}/full/1</link><pubDate>Mon, 01 Dec 2025 10:00:00 GMT</pubDate><content:encoded><![CDATA[${full('Siversk', 31)}]]></content:encoded></item>
<item><title>Siversk holds (again)</title><link>${base}/full/1?utm_source=rss</link><pubDate>Mon, 01 Dec 2025 10:00:00 GMT</pubDate><content:encoded><![CDATA[${full('Siversk', 31)}]]></content:encoded></item>
<item><title>Kupiansk outskirts</title><link>${base}/full/2</link><pubDate>Tue, 02 Dec 2025 10:00:00 GMT</pubDate><content:encoded><![CDATA[${full('Kupiansk', 32)}]]></content:encoded></item>
</channel></rss>`;
const atom = (base: string): string => `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Summary Wire</title>
<entry><title>Pokrovsk teaser</title><link href="${base}/page/p1"/><id>p1</id><published>2025-12-05T08:00:00Z</published><summary>Short teaser only.</summary></entry>
<entry><title>Myrnohrad teaser</title><link href="${base}/page/p2"/><id>p2</id><published>2025-12-06T08:00:00Z</published><summary>Another teaser.</summary></entry>
</feed>`;
const rdf = (base: string): string => `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="${base}/"><title>RDF Wire</title><link>${base}/</link><description>d</description></channel>
<item rdf:about="${base}/page/p3"><title>Vovchansk</title><link>${base}/page/p3</link><description>Teaser.</description><dc:date>2025-12-07</dc:date></item></rdf:RDF>`;
const json = (base: string): string => JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'JSON Wire', items: [{ id: 'j', url: `${base}/page/p4`, title: 'Huliaipole', content_html: full('Huliaipole', 34), date_published: '2025-12-08T00:00:00Z' }] });

beforeAll(async () => {
  server = await startServer();
  const b = server.base;
  server.route('/rss.xml', (req, res) => {
    if (req.headers['if-none-match'] === '"rss-v1"') res.writeHead(304).end();
    else res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"rss-v1"', 'last-modified': 'Mon, 01 Dec 2025 12:00:00 GMT' }).end(rss(b));
  });
  server.route('/atom.xml', send(atom(b), 'application/atom+xml'));
  server.route('/rdf.xml', send(rdf(b), 'application/rdf+xml'));
  server.route('/feed.json', send(json(b), 'application/feed+json'));
  server.route('/flaky.xml', (_req, res) => {
    if (failNext) res.writeHead(503).end('down');
    else res.writeHead(200, { 'content-type': 'application/atom+xml' }).end(atom(b));
  });
  server.route('/teasers.xml', send(`<?xml version="1.0"?><rss version="2.0"><channel><title>Teasers</title>
<item><title>Kupiansk: Russian groups pushed out of two streets</title><link>${b}/page/gone</link><description>Our own teaser about the northern districts.</description></item>
<item><link>${b}/page/gone-too</link></item></channel></rss>`, 'application/rss+xml'));
  server.route('/moved-canonical.xml', send(`<?xml version="1.0"?><rss version="2.0"><channel><title>Moved</title>
<item><title>Lyman note</title><link>${b}/page/p5?utm_source=rss</link><description>Teaser.</description></item></channel></rss>`, 'application/rss+xml'));
  server.route('/page/p5', send(articlePage({ title: 'Lyman note', paragraphs: paragraphs('Lyman', 55), head: '<link rel="canonical" href="https://elsewhere.example/lyman-note">' })));
  server.route('/garbage.xml', send('<rss><channel><item>', 'application/rss+xml'));
  for (const [p, town] of [['p1', 'Pokrovsk'], ['p2', 'Myrnohrad'], ['p3', 'Vovchansk'], ['p4', 'Huliaipole']] as const) {
    server.route(`/page/${p}`, send(articlePage({ title: `${town} full story`, paragraphs: paragraphs(town, p.charCodeAt(1)) })));
  }
});
afterAll(() => server.close());
afterEach(() => kit.cleanup());

const pagesFetched = (): number => server.requests.filter((r) => r.path.startsWith('/page/')).length;

describe('feed polling', () => {
  it('ingests RSS, Atom, RDF and JSON feeds, fetching pages only for summary-only items', async () => {
    kit = makeKit();
    for (const p of ['/rss.xml', '/atom.xml', '/rdf.xml', '/feed.json']) addFeed(kit.ctx.sources, { url: `${server.base}${p}` }, kit.ctx.now());
    const before = pagesFetched();
    const results = await pollDueFeeds(kit.ctx);
    expect(results.map((r) => [r.status, r.summary.added, r.summary.duplicate, r.summary.failed])).toEqual([
      ['ok', 2, 1, 0],
      ['ok', 2, 0, 0],
      ['ok', 1, 0, 0],
      ['ok', 1, 0, 0],
    ]);
    expect(pagesFetched() - before).toBe(3);
    const p1 = kit.db.prepare("SELECT title, published, outlet FROM articles WHERE url LIKE '%/page/p1'").get();
    expect(p1).toEqual({ title: 'Pokrovsk teaser', published: '2025-12-05', outlet: 'Summary Wire' });
    expect(kit.ctx.sources.list('feed')[0]).toMatchObject({ title: 'Full Wire', etag: '"rss-v1"', consecutiveFailures: 0 });
  });

  it('sends the stored validators, takes a 304 as nothing new, and never refetches stored items', async () => {
    kit = makeKit();
    const { source } = addFeed(kit.ctx.sources, { url: `${server.base}/rss.xml` }, kit.ctx.now());
    await pollFeed(kit.ctx, source);
    const second = await pollFeed(kit.ctx, kit.ctx.sources.get(source.id)!);
    expect(second.status).toBe('not-modified');
    const sent = server.requests.filter((r) => r.path === '/rss.xml').at(-1)!.headers;
    expect(sent['if-none-match']).toBe('"rss-v1"');
    expect(sent['if-modified-since']).toBe('Mon, 01 Dec 2025 12:00:00 GMT');

    const atomFeed = addFeed(kit.ctx.sources, { url: `${server.base}/atom.xml` }, kit.ctx.now()).source;
    await pollFeed(kit.ctx, atomFeed);
    const fetched = pagesFetched();
    const again = await pollFeed(kit.ctx, kit.ctx.sources.get(atomFeed.id)!);
    expect(again.summary).toMatchObject({ added: 0, duplicate: 2 });
    expect(pagesFetched()).toBe(fetched);
    expect(count(kit.db, 'articles')).toBe(4);
  });

  it('backs a failing feed off exponentially and resets after a success', async () => {
    kit = makeKit();
    failNext = true;
    const { source } = addFeed(kit.ctx.sources, { url: `${server.base}/flaky.xml` }, kit.ctx.now());
    const first = await pollFeed(kit.ctx, source);
    expect(first).toMatchObject({ status: 'failed', error: { reason: 'http-status' } });
    const after1 = kit.ctx.sources.get(source.id)!;
    expect(after1.consecutiveFailures).toBe(1);
    const delay1 = Date.parse(after1.nextPollAt!) - Date.parse(after1.lastPolledAt!);
    await pollFeed(kit.ctx, after1);
    const after2 = kit.ctx.sources.get(source.id)!;
    expect(Date.parse(after2.nextPollAt!) - Date.parse(after2.lastPolledAt!)).toBe(2 * delay1);
    expect(kit.ctx.sources.dueFeeds(kit.ctx.now().toISOString())).toEqual([]);
    expect(kit.ctx.sources.recentFailures(source.id)).toHaveLength(2);

    failNext = false;
    const ok = await pollDueFeeds(kit.ctx, { all: true });
    expect(ok[0]).toMatchObject({ status: 'ok' });
    expect(kit.ctx.sources.get(source.id)).toMatchObject({ consecutiveFailures: 0, lastError: null, nextPollAt: null });
  });

  it('keeps the feed text of an item whose page cannot be fetched, and fails an item with no text at all', async () => {
    kit = makeKit();
    const { source } = addFeed(kit.ctx.sources, { url: `${server.base}/teasers.xml` }, kit.ctx.now());
    const r = await pollFeed(kit.ctx, source);
    expect(r.status).toBe('ok');
    expect(r.summary).toMatchObject({ added: 1, failed: 1 });
    expect(r.summary.failures[0]).toMatchObject({ reason: 'http-status', target: `${server.base}/page/gone-too` });
    const stored = kit.db.prepare('SELECT title, body FROM articles').get();
    expect(stored).toEqual({ title: 'Kupiansk: Russian groups pushed out of two streets', body: 'Our own teaser about the northern districts.' });
  });

  it('does not refetch an item whose page declared another canonical address', async () => {
    kit = makeKit();
    const { source } = addFeed(kit.ctx.sources, { url: `${server.base}/moved-canonical.xml` }, kit.ctx.now());
    expect((await pollFeed(kit.ctx, source)).summary.added).toBe(1);
    const fetched = server.requests.filter((r) => r.path.startsWith('/page/p5')).length;
    expect((await pollFeed(kit.ctx, kit.ctx.sources.get(source.id)!)).summary).toMatchObject({ added: 0, duplicate: 1 });
    expect(server.requests.filter((r) => r.path.startsWith('/page/p5')).length).toBe(fetched);
  });

  it('records a malformed feed as a failure and skips disabled feeds', async () => {
    kit = makeKit();
    addFeed(kit.ctx.sources, { url: `${server.base}/garbage.xml` }, kit.ctx.now());
    addFeed(kit.ctx.sources, { url: `${server.base}/atom.xml`, enabled: false }, kit.ctx.now());
    const results = await pollDueFeeds(kit.ctx, { all: true });
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ status: 'failed', error: { reason: 'malformed-feed' } });
    expect(count(kit.db, 'articles')).toBe(0);
  });
});

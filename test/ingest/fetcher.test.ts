import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IngestError } from '../../src/ingest/errors.ts';
import { createFetcher, type FetcherOptions } from '../../src/ingest/fetcher.ts';
import { redirect, send, startServer, type TestServer } from './http-fixture.ts';

const config: FetcherOptions['config'] = {
  timeoutMs: 5_000,
  maxBytes: 1024 * 1024,
  maxRedirects: 3,
  userAgent: 'frontline-test',
  concurrency: 4,
  hostDelayMs: 0,
};

let server: TestServer;
let bytesWritten = 0;
let bigBodyFinished = false;

beforeAll(async () => {
  server = await startServer({
    '/ok': send('<p>hello</p>', 'text/html; charset=utf-8', 200, { etag: '"v1"', 'last-modified': 'Wed, 01 Jan 2025 00:00:00 GMT' }),
    '/a': redirect('/b'),
    '/b': redirect('/c', 301),
    '/c': send('arrived'),
    '/loop1': redirect('/loop2'),
    '/loop2': redirect('/loop1'),
    '/r1': redirect('/r2'),
    '/r2': redirect('/r3'),
    '/r3': redirect('/r4'),
    '/r4': redirect('/r5'),
    '/r5': send('too far'),
    '/missing-gone': send('gone', 'text/plain', 410),
    '/broken': send('oops', 'text/plain', 503),
    '/declared-huge': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(10 * 1024 * 1024) });
      res.write('x');
      setTimeout(() => res.destroy(), 50);
    },
    '/conditional': (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') res.writeHead(304).end();
      else res.writeHead(200, { etag: '"v1"', 'content-type': 'text/plain' }).end('fresh');
    },
    '/slow': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('start');
      // Never ends within the client's timeout.
      setTimeout(() => res.end('late'), 10_000).unref();
    },
    '/fifty-mb': async (_req, res) => {
      // Streamed without Content-Length, honouring back-pressure, like a runaway server.
      res.writeHead(200, { 'content-type': 'text/plain' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      const total = 50 * 1024 * 1024;
      res.on('close', () => undefined);
      while (bytesWritten < total && !res.destroyed) {
        bytesWritten += chunk.length;
        if (!res.write(chunk)) await new Promise<void>((resolve) => { res.once('drain', resolve); res.once('close', resolve); });
      }
      if (!res.destroyed) {
        bigBodyFinished = true;
        res.end();
      }
    },
  });
});
afterAll(() => server.close());

async function failure(p: Promise<unknown>): Promise<IngestError> {
  const err = await p.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(IngestError);
  return err as IngestError;
}

describe('createFetcher', () => {
  it('returns the body, type and validators of a 200 and sends the user agent', async () => {
    const res = await createFetcher({ config }).get(`${server.base}/ok`);
    expect(Buffer.from(res.bytes).toString()).toBe('<p>hello</p>');
    expect(res).toMatchObject({ status: 200, contentType: 'text/html; charset=utf-8', etag: '"v1"' });
    expect(server.requests.at(-1)!.headers['user-agent']).toBe('frontline-test');
  });

  it('follows redirects, reports the final URL, and asks allowUrl about every hop', async () => {
    const asked: string[] = [];
    const fetcher = createFetcher({ config, allowUrl: (u) => (asked.push(u), true) });
    const res = await fetcher.get(`${server.base}/a`);
    expect(res.url).toBe(`${server.base}/c`);
    expect(asked).toEqual([`${server.base}/a`, `${server.base}/b`, `${server.base}/c`]);
  });

  it('refuses a hop that allowUrl rejects, before requesting it', async () => {
    const before = server.requests.filter((r) => r.path === '/c').length;
    const fetcher = createFetcher({ config, allowUrl: async (u) => !u.endsWith('/c') });
    expect((await failure(fetcher.get(`${server.base}/a`))).reason).toBe('blocked-url');
    expect(server.requests.filter((r) => r.path === '/c').length).toBe(before);
  });

  it('detects a redirect loop and a chain longer than the limit', async () => {
    const fetcher = createFetcher({ config });
    expect((await failure(fetcher.get(`${server.base}/loop1`))).reason).toBe('redirect-loop');
    expect((await failure(fetcher.get(`${server.base}/r1`))).reason).toBe('too-many-redirects');
  });

  it.each([
    ['/missing-gone', /HTTP 410/],
    ['/broken', /HTTP 503/],
    ['/nowhere', /HTTP 404/],
  ])('reports %s as an http-status failure', async (path, message) => {
    const err = await failure(createFetcher({ config }).get(`${server.base}${path}`));
    expect(err.reason).toBe('http-status');
    expect(err.message).toMatch(message);
  });

  it('sends If-None-Match and If-Modified-Since and passes a 304 through', async () => {
    const res = await createFetcher({ config }).get(`${server.base}/conditional`, { etag: '"v1"', lastModified: 'Wed, 01 Jan 2025 00:00:00 GMT' });
    expect(res.status).toBe(304);
    expect(res.bytes.length).toBe(0);
    const sent = server.requests.at(-1)!.headers;
    expect(sent['if-none-match']).toBe('"v1"');
    expect(sent['if-modified-since']).toBe('Wed, 01 Jan 2025 00:00:00 GMT');
  });

  it('gives up on a server slower than the timeout', async () => {
    const err = await failure(createFetcher({ config: { ...config, timeoutMs: 200 } }).get(`${server.base}/slow`));
    expect(err.reason).toBe('timeout');
  });

  it('refuses a declared Content-Length over the cap without reading it', async () => {
    expect((await failure(createFetcher({ config }).get(`${server.base}/declared-huge`))).reason).toBe('too-large');
  });

  it('cuts a 50 MB streamed body at the cap instead of buffering it all', async () => {
    const err = await failure(createFetcher({ config }).get(`${server.base}/fifty-mb`));
    expect(err.reason).toBe('too-large');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(bigBodyFinished).toBe(false);
    expect(bytesWritten).toBeLessThan(50 * 1024 * 1024);
  });

  it('rejects URLs that are not http(s) and reports unreachable hosts', async () => {
    const fetcher = createFetcher({ config });
    expect((await failure(fetcher.get('ftp://127.0.0.1/x'))).reason).toBe('bad-url');
    expect((await failure(fetcher.get('not a url'))).reason).toBe('bad-url');
    expect((await failure(fetcher.get('http://127.0.0.1:1/x'))).reason).toBe('network');
  });
});

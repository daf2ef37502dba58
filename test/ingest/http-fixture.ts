// A real HTTP server on 127.0.0.1 (port 0) for ingest tests: routes are plain handlers, and
// every request's path and headers are recorded so tests can assert what was sent.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface TestServer {
  readonly base: string;
  readonly requests: { path: string; headers: IncomingMessage['headers'] }[];
  route(path: string, handler: Handler): void;
  close(): Promise<void>;
}

export async function startServer(routes: Record<string, Handler> = {}): Promise<TestServer> {
  const table = new Map(Object.entries(routes));
  const requests: TestServer['requests'] = [];
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ path, headers: req.headers });
    const handler = table.get(path) ?? table.get(path.split('?')[0]!);
    if (!handler) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
      return;
    }
    Promise.resolve(handler(req, res)).catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    requests,
    route: (path, handler) => void table.set(path, handler),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A handler answering with a fixed body. */
export function send(body: string | Uint8Array, contentType = 'text/html; charset=utf-8', status = 200, headers: Record<string, string> = {}): Handler {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': contentType, ...headers }).end(body);
  };
}

/** A handler redirecting to `location`. */
export function redirect(location: string, status = 302): Handler {
  return (_req, res) => {
    res.writeHead(status, { location }).end();
  };
}

/** An article page of our own words, with paragraphs long enough for Readability. */
export function articlePage(opts: { title: string; paragraphs: string[]; head?: string; lang?: string }): string {
  return `<!doctype html><html lang="${opts.lang ?? 'en'}"><head><meta charset="utf-8"><title>${opts.title} | Test Wire</title>${opts.head ?? ''}</head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/about">About</a></nav></header>
<main><article><h1>${opts.title}</h1>${opts.paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></main>
<footer><p>Copyright Test Wire</p></footer></body></html>`;
}

/** Our own filler paragraphs about a town, different for each `seed`. */
export function paragraphs(town: string, seed: number, count = 4): string[] {
  const verbs = ['reported', 'described', 'noted', 'recorded', 'mentioned', 'observed', 'stated', 'outlined'];
  return Array.from({ length: count }, (_, i) => {
    const v = verbs[(seed + i) % verbs.length];
    return `Correspondent ${seed}-${i} ${v} that the situation around ${town} changed again during day ${seed * 7 + i}, with shelling on the outskirts, convoys on the main road and residents queueing for water near the central square, while officials ${v} new figures for evacuations number ${seed * 13 + i}.`;
  });
}

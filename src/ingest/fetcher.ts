/**
 * HTTP GET for feeds and pages with the limits bad servers need: one timeout for the whole
 * exchange, a size cap enforced while streaming (the body is never buffered past it), redirects
 * followed by hand so each hop is counted, checked for loops and offered to `allowUrl` (the
 * bot's SSRF policy), conditional GET, and the politeness of a RequestScheduler.
 */
import type { FetchConfig } from '../config.ts';
import { IngestError } from './errors.ts';
import { createRequestScheduler, type RequestScheduler } from './request-scheduler.ts';

/** Consulted before every request, the first and each redirect hop; false refuses the URL. */
export type AllowUrl = (url: string) => Promise<boolean> | boolean;

/** The fetcher's settings (a subset of FetchConfig) and hooks. */
export interface FetcherOptions {
  readonly config: Pick<FetchConfig, 'timeoutMs' | 'maxBytes' | 'maxRedirects' | 'userAgent' | 'concurrency' | 'hostDelayMs'>;
  readonly allowUrl?: AllowUrl;
  /** Defaults to a scheduler built from `config`. */
  readonly scheduler?: RequestScheduler;
}

/** Request extras: validators for a conditional GET and an Accept header. */
export interface FetchRequest {
  readonly etag?: string | null;
  readonly lastModified?: string | null;
  readonly accept?: string;
}

/** A response that arrived whole. `status` is 200-299 or 304 (then `bytes` is empty). */
export interface FetchResponse {
  /** The URL after redirects. */
  readonly url: string;
  readonly status: number;
  readonly contentType: string | null;
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly bytes: Uint8Array;
}

/** Fetches URLs. */
export interface Fetcher {
  get(url: string, request?: FetchRequest): Promise<FetchResponse>;
}

const REDIRECT = new Set([301, 302, 303, 307, 308]);

async function readCapped(res: Response, url: string, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) {
    await res.body?.cancel().catch(() => undefined);
    throw new IngestError('too-large', url, `body of ${declared} bytes is over the ${maxBytes}-byte limit`);
  }
  if (!res.body) return new Uint8Array(0);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new IngestError('too-large', url, `body is over the ${maxBytes}-byte limit`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function networkError(err: unknown, url: string, timeoutMs: number): IngestError {
  if (err instanceof IngestError) return err;
  const name = (err as { name?: string } | null)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new IngestError('timeout', url, `no complete answer within ${timeoutMs} ms`, { cause: err });
  }
  const cause = (err as { cause?: { code?: string; message?: string } } | null)?.cause;
  const detail = cause?.code ?? cause?.message ?? (err instanceof Error ? err.message : String(err));
  return new IngestError('network', url, `request failed: ${detail}`, { cause: err });
}

function parseTarget(raw: string, base?: string): URL {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    throw new IngestError('bad-url', raw, 'not a valid URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new IngestError('bad-url', raw, `only http and https URLs are fetched, not ${url.protocol}`);
  }
  return url;
}

/** Creates a fetcher over Node's fetch. */
export function createFetcher(opts: FetcherOptions): Fetcher {
  const { timeoutMs, maxBytes, maxRedirects, userAgent } = opts.config;
  const scheduler = opts.scheduler ?? createRequestScheduler(opts.config);

  async function follow(start: URL, request: FetchRequest, signal: AbortSignal): Promise<FetchResponse> {
    const seen = new Set<string>();
    let url = start;
    for (let hops = 0; ; hops++) {
      if (opts.allowUrl && !(await opts.allowUrl(url.href))) {
        throw new IngestError('blocked-url', url.href, 'the URL is not allowed (private or local address)');
      }
      seen.add(url.href);
      const headers: Record<string, string> = { 'user-agent': userAgent, accept: request.accept ?? '*/*' };
      if (request.etag) headers['if-none-match'] = request.etag;
      if (request.lastModified) headers['if-modified-since'] = request.lastModified;
      const res = await fetch(url, { redirect: 'manual', signal, headers });
      const location = res.headers.get('location');
      if (REDIRECT.has(res.status) && location) {
        await res.body?.cancel().catch(() => undefined);
        const next = parseTarget(location, url.href);
        if (seen.has(next.href)) throw new IngestError('redirect-loop', start.href, `redirect loop at ${next.href}`);
        if (hops + 1 > maxRedirects) {
          throw new IngestError('too-many-redirects', start.href, `more than ${maxRedirects} redirects`);
        }
        url = next;
        continue;
      }
      const base = {
        url: url.href,
        status: res.status,
        contentType: res.headers.get('content-type'),
        etag: res.headers.get('etag'),
        lastModified: res.headers.get('last-modified'),
      };
      if (res.status === 304) {
        await res.body?.cancel().catch(() => undefined);
        return { ...base, bytes: new Uint8Array(0) };
      }
      if (res.status < 200 || res.status > 299) {
        await res.body?.cancel().catch(() => undefined);
        throw new IngestError('http-status', url.href, `HTTP ${res.status}`);
      }
      return { ...base, bytes: await readCapped(res, url.href, maxBytes) };
    }
  }

  return {
    async get(raw: string, request: FetchRequest = {}): Promise<FetchResponse> {
      const start = parseTarget(raw);
      return scheduler.run(start.host, async () => {
        const signal = AbortSignal.timeout(timeoutMs);
        try {
          return await follow(start, request, signal);
        } catch (err) {
          throw networkError(err, start.href, timeoutMs);
        }
      });
    },
  };
}

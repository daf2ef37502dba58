/**
 * The SSRF guard for URLs that arrive from chat (/ingest, /addfeed, feeds they add): only
 * http(s) to public unicast addresses, checked after DNS resolution, and consulted again by the
 * fetcher on every redirect hop. Refused: loopback, private, link-local (incl. cloud metadata
 * 169.254.169.254), CGNAT, multicast, broadcast, reserved, unique-local, and the IPv6 forms that
 * embed IPv4 (mapped, NAT64, 6to4, Teredo) unless the embedded address is public.
 * Known gap: the fetcher resolves the name again to connect; a DNS answer that changes between
 * the two lookups (rebinding) is not caught here.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';

export type LookupAll = (host: string) => Promise<readonly { address: string }[]>;

export interface UrlGuardOptions {
  /** DNS lookup returning every address (default node:dns `lookup` with `all: true`). */
  readonly lookup?: LookupAll;
  /**
   * Test-only: allow private and loopback addresses (a local HTTP server in tests). Never read
   * from the environment; only tests pass it.
   */
  readonly allowPrivateForTests?: boolean;
}

/** True for an address the public internet routes to us: unicast and nothing special. */
export function isPublicAddress(text: string): boolean {
  if (!ipaddr.isValid(text)) return false;
  let addr = ipaddr.parse(text);
  if (addr.kind() === 'ipv6') {
    const v6 = addr as ipaddr.IPv6;
    if (v6.isIPv4MappedAddress()) addr = v6.toIPv4Address();
    else if (v6.range() !== 'unicast') return false;
  }
  return addr.range() === 'unicast';
}

/** Whether a URL string is http(s) without credentials. */
export function isHttpUrlWithoutCredentials(url: string): URL | undefined {
  try {
    const u = new URL(url);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.username === '' && u.password === '' ? u : undefined;
  } catch {
    return undefined;
  }
}

/** Builds the per-hop guard: resolves the host and allows the URL only when every address is public. */
export function createPublicUrlGuard(options: UrlGuardOptions = {}): (url: string) => Promise<boolean> {
  const lookup: LookupAll = options.lookup ?? ((host) => dnsLookup(host, { all: true, verbatim: true }));
  return async (url) => {
    const u = isHttpUrlWithoutCredentials(url);
    if (!u) return false;
    if (options.allowPrivateForTests) return true;
    const host = u.hostname.replace(/^\[|\]$/g, '');
    if (ipaddr.isValid(host)) return isPublicAddress(host);
    if (host === 'localhost' || host.endsWith('.localhost') || !host.includes('.')) return false;
    try {
      const addresses = await lookup(host);
      return addresses.length > 0 && addresses.every((a) => isPublicAddress(a.address));
    } catch {
      return false;
    }
  };
}

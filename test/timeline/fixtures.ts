// Builders for timeline tests: a compact way to write a stream of dated claims.
import type { Claim } from '../../src/domain/claim.ts';
import type { SourcedClaim } from '../../src/domain/timeline.ts';

/** `[article, published, 'ru/full/ru', date, extra?]` → a sourced claim about Kupiansk. */
export type Row = readonly [string, string, string, string, Partial<Claim>?];

/**
 * A claim in `state` ('controller/scope/claimant', e.g. 'ru/full/ru') on `date`: about Kupiansk,
 * undisputed and unhedged, unless `over` says otherwise.
 */
export function claimIn(state: string, date: string, over: Partial<Claim> = {}): Claim {
  const [controller, scope, claimant] = state.split('/') as [Claim['controller'], Claim['scope'], Claim['claimant']];
  return {
    url: 'https://example.test/claim',
    place: 'Kupiansk',
    oblast: 'Kharkiv',
    placeId: 'UA-KUP',
    controller,
    scope,
    claimant,
    source: null,
    date,
    historical: false,
    hedged: false,
    disputes: false,
    quote: `Invented sentence about ${state} on ${date}.`,
    ruleIds: [],
    ...over,
  };
}

/** Turns scenario rows into sourced claims (one article per distinct url). */
export function claims(rows: readonly Row[]): SourcedClaim[] {
  return rows.map(([url, published, state, date, extra]) => ({
    claim: claimIn(state, date, { url, ...extra }),
    outlet: `Outlet ${url}`,
    published,
    firstSeenAt: `2026-01-01T00:00:${url.padStart(2, '0').slice(-2)}.000Z`,
  }));
}

/** Deterministic shuffle (so a failure can be replayed). */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

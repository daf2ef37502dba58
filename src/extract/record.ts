/**
 * The CLAIMS.md JSON object of a claim ("What the extractor prints"): exactly its keys, in its
 * order, plus `placeId`, `disputes` and `rules` (allowed extra keys).
 */
import type { Claim } from '../domain/claim.ts';

/** The printed form of a claim. */
export interface ClaimRecord {
  readonly url: string;
  readonly place: string;
  readonly oblast: string;
  readonly controller: Claim['controller'];
  readonly scope: Claim['scope'];
  readonly claimant: Claim['claimant'];
  readonly source: string | null;
  readonly date: string;
  readonly historical: boolean;
  readonly hedged: boolean;
  readonly quote: string;
  readonly placeId: string;
  readonly disputes: boolean;
  readonly rules: readonly string[];
}

/** A claim as the CLAIMS.md JSON object. */
export function toClaimRecord(c: Claim): ClaimRecord {
  return {
    url: c.url,
    place: c.place,
    oblast: c.oblast,
    controller: c.controller,
    scope: c.scope,
    claimant: c.claimant,
    source: c.source,
    date: c.date,
    historical: c.historical,
    hedged: c.hedged,
    quote: c.quote,
    placeId: c.placeId,
    disputes: c.disputes,
    rules: c.ruleIds,
  };
}

import type { Claim } from '../../src/domain/claim.ts';
import type { Place } from '../../src/domain/place.ts';
import type { PlaceTimeline, SourcedClaim } from '../../src/domain/timeline.ts';
import type { TimelineSource } from '../../src/app/ports.ts';
import { buildTimelines } from '../../src/timeline/build.ts';

let seq = 0;

/** A sourced claim about a place with sensible defaults. */
export function sourced(place: Place, over: Partial<Claim> & { outlet?: string; firstSeenAt: string; published?: string }): SourcedClaim {
  seq++;
  const { outlet = 'Example News', firstSeenAt, published, ...claim } = over;
  const date = claim.date ?? published ?? firstSeenAt.slice(0, 10);
  return {
    claim: {
      url: `https://news.example.org/${seq}`, place: place.name, oblast: place.oblast, placeId: place.id,
      controller: 'ru', scope: 'full', claimant: 'ru', source: null, date, historical: false, hedged: false,
      disputes: false, quote: `Statement ${seq} about ${place.name}.`, ruleIds: ['test'], ...claim,
    },
    articleId: seq, claimId: seq, outlet, published: published ?? date, firstSeenAt,
  };
}

/** A TimelineSource over a mutable list of claims, built with the real timeline builder. */
export function memoryTimelines(claims: SourcedClaim[] = []): TimelineSource & { add(...c: SourcedClaim[]): void } {
  let cache: Map<string, PlaceTimeline> | undefined;
  return {
    add: (...c) => {
      claims.push(...c);
      cache = undefined;
    },
    timelineOf: (placeId) => (cache ??= buildTimelines(claims)).get(placeId),
  };
}

import type { ClaimEvent, ClaimRef, Confirmation } from '../domain/timeline.ts';
import { dayNumber } from './dates.ts';
import { areOpposingSides, type TimelineOptions } from './rules.ts';

/** The event's first report as one side of a confirmation. */
export function eventRef(e: ClaimEvent): ClaimRef {
  const r = e.reports.find((x) => !x.restated) ?? e.reports[0]!;
  return {
    url: r.url,
    date: e.firstDate,
    controller: e.controller,
    scope: e.scope,
    claimant: e.claimant,
    eventId: e.id,
    articleId: r.articleId,
    claimId: r.claimId,
    published: r.published,
    outlet: r.outlet,
    hedged: e.hedged,
  };
}

function gapDays(a: ClaimEvent, b: ClaimEvent): number {
  const start = Math.max(dayNumber(a.firstDate), dayNumber(b.firstDate));
  const end = Math.min(dayNumber(a.lastDate), dayNumber(b.lastDate));
  return Math.max(0, start - end);
}

/** Which of two agreeing events is the claim and which the concession: a side claiming its own gain comes first. */
function orient(a: ClaimEvent, b: ClaimEvent): [ClaimEvent, ClaimEvent] {
  if (b.claimant === b.controller && a.claimant !== a.controller) return [b, a];
  if (a.claimant === a.controller && b.claimant !== b.controller) return [a, b];
  return a.firstDate <= b.firstDate ? [a, b] : [b, a];
}

/**
 * Ru and ua events that say the same controller within the window: one side concedes what the
 * other claims (Russia claims Avdiivka, Ukraine says it withdrew), or both say it is fought over.
 * A partial concession does not confirm a full claim.
 */
export function findConfirmations(events: readonly ClaimEvent[], opts: TimelineOptions): Confirmation[] {
  const current = events.filter((e) => !e.historical && e.claimant !== 'independent');
  const out: Confirmation[] = [];
  for (let i = 0; i < current.length; i++) {
    for (let j = i + 1; j < current.length; j++) {
      const a = current[i]!;
      const b = current[j]!;
      if (!areOpposingSides(a.claimant, b.claimant) || a.controller !== b.controller) continue;
      if (gapDays(a, b) > opts.windowDays) continue;
      const [claim, by] = orient(a, b);
      if (claim.scope === 'full' && by.scope === 'partial' && claim.controller !== 'contested') continue;
      out.push({
        placeId: claim.placeId,
        place: claim.place,
        oblast: claim.oblast,
        controller: claim.controller,
        claim: eventRef(claim),
        confirmedBy: eventRef(by),
        firstSeenAt: claim.firstSeenAt > by.firstSeenAt ? claim.firstSeenAt : by.firstSeenAt,
      });
    }
  }
  return out;
}

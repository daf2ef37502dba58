import type { ClaimRef, Contradiction, ContradictionReason, SourcedClaim } from '../domain/timeline.ts';
import { dayNumber } from './dates.ts';
import { areOpposingSides, articleKey, compareArticles, statesConflict, type TimelineOptions } from './rules.ts';

/** A claim that may take part in contradictions, with the event it belongs to. */
export interface PairableClaim {
  readonly sourced: SourcedClaim;
  readonly eventId?: string;
}

/** A claim as one side of a contradiction or confirmation. */
export function refOf(p: PairableClaim): ClaimRef {
  const { claim, articleId, claimId, published, outlet } = p.sourced;
  return {
    url: claim.url,
    date: claim.date,
    controller: claim.controller,
    scope: claim.scope,
    claimant: claim.claimant,
    ...(p.eventId !== undefined && { eventId: p.eventId }),
    ...(articleId !== undefined && { articleId }),
    ...(claimId !== undefined && { claimId }),
    published,
    outlet,
    hedged: claim.hedged,
  };
}

/**
 * The rule of CLAIMS.md for an ordered pair (`a` from the earlier article): different claimants
 * within the window; or `b` explicitly disputes, aimed at the other side (any gap) or involving an
 * independent party (within `untargetedDisputeDays`). The same claimant never contradicts itself:
 * a later claim of its own is a change of control.
 */
export function contradictionReason(
  a: SourcedClaim,
  b: SourcedClaim,
  opts: TimelineOptions,
): ContradictionReason | null {
  const x = a.claim;
  const y = b.claim;
  if (x.historical || y.historical || x.placeId !== y.placeId) return null;
  if (x.claimant === y.claimant || !statesConflict(x, y)) return null;
  const gap = Math.abs(dayNumber(y.date) - dayNumber(x.date));
  if (gap <= opts.windowDays) return 'conflict-within-window';
  if (!y.disputes) return null;
  if (areOpposingSides(x.claimant, y.claimant) || gap <= opts.untargetedDisputeDays) return 'explicit-dispute';
  return null;
}

function fieldKey(p: PairableClaim): string {
  const c = p.sourced.claim;
  return [c.date, c.claimant, c.controller, c.scope, c.quote].join('|');
}

function compareFields(p: PairableClaim, q: PairableClaim): number {
  const a = fieldKey(p);
  const b = fieldKey(q);
  return a < b ? -1 : a > b ? 1 : 0;
}

function laterFirstSeen(a: SourcedClaim, b: SourcedClaim): string {
  return a.firstSeenAt > b.firstSeenAt ? a.firstSeenAt : b.firstSeenAt;
}

/**
 * Every contradicting claim pair of one place. Claims of one article never pair; pairs are
 * (earlier article, later article) in article order, so the result ignores arrival order.
 */
export function findContradictions(claims: readonly PairableClaim[], opts: TimelineOptions): Contradiction[] {
  const sorted = [...claims].sort((p, q) => compareArticles(p.sourced, q.sourced) || compareFields(p, q));
  const out: Contradiction[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j]!;
      if (articleKey(a.sourced) === articleKey(b.sourced)) continue;
      const reason = contradictionReason(a.sourced, b.sourced, opts);
      if (!reason) continue;
      out.push({
        placeId: a.sourced.claim.placeId,
        place: a.sourced.claim.place,
        oblast: a.sourced.claim.oblast,
        earlier: refOf(a),
        later: refOf(b),
        reason,
        firstSeenAt: laterFirstSeen(a.sourced, b.sourced),
      });
    }
  }
  return out;
}

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
    eventId: p.eventId,
    articleId,
    claimId,
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

interface Item {
  readonly p: PairableClaim;
  readonly day: number;
  readonly rank: number;
  readonly article: string;
}

function pairsToCheck(items: readonly Item[], opts: TimelineOptions): [Item, Item][] {
  const byDay = [...items].sort((x, y) => x.day - y.day || x.rank - y.rank);
  const out: [Item, Item][] = [];
  // Within the window any claimant pair may clash; beyond it only a later explicit dispute can.
  for (let i = 0; i < byDay.length; i++) {
    const x = byDay[i]!;
    for (let j = i + 1; j < byDay.length && byDay[j]!.day - x.day <= opts.windowDays; j++) {
      const y = byDay[j]!;
      out.push(x.rank < y.rank ? [x, y] : [y, x]);
    }
  }
  for (const b of items) {
    if (!b.p.sourced.claim.disputes) continue;
    for (const a of items) {
      if (a.rank < b.rank && Math.abs(b.day - a.day) > opts.windowDays) out.push([a, b]);
    }
  }
  return out;
}

/**
 * Every contradicting claim pair of one place. Claims of one article never pair; pairs are
 * (earlier article, later article) in article order, so the result ignores arrival order.
 * Only pairs inside the window, or reaching back from a disputing claim, are examined.
 */
export function findContradictions(claims: readonly PairableClaim[], opts: TimelineOptions): Contradiction[] {
  const sorted = [...claims].sort((p, q) => compareArticles(p.sourced, q.sourced) || compareFields(p, q));
  const items: Item[] = sorted.map((p, rank) => ({
    p,
    rank,
    day: dayNumber(p.sourced.claim.date),
    article: articleKey(p.sourced),
  }));
  const found: { a: Item; b: Item; reason: ContradictionReason }[] = [];
  for (const [a, b] of pairsToCheck(items, opts)) {
    if (a.article === b.article) continue;
    const reason = contradictionReason(a.p.sourced, b.p.sourced, opts);
    if (reason) found.push({ a, b, reason });
  }
  found.sort((x, y) => x.a.rank - y.a.rank || x.b.rank - y.b.rank);
  return found.map(({ a, b, reason }) => ({
    placeId: a.p.sourced.claim.placeId,
    place: a.p.sourced.claim.place,
    oblast: a.p.sourced.claim.oblast,
    earlier: refOf(a.p),
    later: refOf(b.p),
    reason,
    firstSeenAt: laterFirstSeen(a.p.sourced, b.p.sourced),
  }));
}

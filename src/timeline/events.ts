import type { ClaimEvent, ClaimReport, SourcedClaim } from '../domain/timeline.ts';
import { dayNumber } from './dates.ts';
import { compareArticles, type TimelineOptions } from './rules.ts';

/** The events of a place, and for each input claim the event it joined. */
export interface Clustering {
  /** Oldest first. */
  readonly events: readonly ClaimEvent[];
  /** Same length and order as the input: the event id of each claim. */
  readonly eventOf: readonly string[];
  /** Same length and order as the input: whether the claim re-reports an older event. */
  readonly restated: readonly boolean[];
}

interface Draft {
  readonly members: number[];
  lastDay: number;
}

function groupKey(c: SourcedClaim): string {
  const k = c.claim;
  return [k.placeId, k.controller, k.scope, k.claimant, k.historical ? 'h' : 'c'].join('|');
}

function byDateThenArticle(a: SourcedClaim, b: SourcedClaim): number {
  if (a.claim.date !== b.claim.date) return a.claim.date < b.claim.date ? -1 : 1;
  return compareArticles(a, b);
}

/**
 * Background re-report: dated well before its own article (CLAIMS.md `date` vs `published`).
 * A denial is a fresh statement even when it looks back, so it never counts as one.
 */
function isLate(c: SourcedClaim, opts: TimelineOptions): boolean {
  if (c.claim.historical || c.claim.disputes || c.published === null) return false;
  return dayNumber(c.published) - dayNumber(c.claim.date) >= opts.restatedLagDays;
}

function chain(claims: readonly SourcedClaim[], sorted: readonly number[], mergeDays: number): Draft[] {
  const drafts: Draft[] = [];
  for (const i of sorted) {
    const day = dayNumber(claims[i]!.claim.date);
    const open = drafts.at(-1);
    if (open && day - open.lastDay <= mergeDays) {
      open.members.push(i);
      open.lastDay = day;
    } else drafts.push({ members: [i], lastDay: day });
  }
  return drafts;
}

/**
 * Chains same-group claims whose dates are at most `mergeDays` apart. Late claims (dated well
 * before their article) join the latest earlier event of their group within the window instead
 * of opening one, so "Russia claimed at the end of November…" lands on the original claim.
 */
function clusterGroup(claims: readonly SourcedClaim[], idx: number[], opts: TimelineOptions) {
  idx.sort((i, j) => byDateThenArticle(claims[i]!, claims[j]!));
  const late = idx.filter((i) => isLate(claims[i]!, opts));
  const drafts = chain(
    claims,
    idx.filter((i) => !late.includes(i)),
    opts.mergeDays,
  );
  const restated = new Set<number>();
  const unhosted: number[] = [];
  for (const i of late) {
    const day = dayNumber(claims[i]!.claim.date);
    const host = drafts
      .filter((d) => {
        const first = dayNumber(claims[d.members[0]!]!.claim.date);
        return first <= day + opts.mergeDays && day - first <= opts.windowDays;
      })
      .at(-1);
    if (host) {
      host.members.push(i);
      restated.add(i);
    } else unhosted.push(i);
  }
  return { drafts: [...drafts, ...chain(claims, unhosted, opts.mergeDays)], restated };
}

function eventId(anchor: SourcedClaim): string {
  const k = anchor.claim;
  if (anchor.claimId !== undefined) return `ev-${anchor.claimId}`;
  return `ev-${k.url}#${k.placeId}/${k.controller}/${k.scope}/${k.claimant}/${k.date}`;
}

function toReport(c: SourcedClaim, restated: boolean): ClaimReport {
  const k = c.claim;
  return {
    articleId: c.articleId,
    claimId: c.claimId,
    url: k.url,
    outlet: c.outlet,
    published: c.published,
    date: k.date,
    source: k.source,
    quote: k.quote,
    hedged: k.hedged,
    disputes: k.disputes,
    restated,
    firstSeenAt: c.firstSeenAt,
  };
}

function toEvent(claims: readonly SourcedClaim[], members: number[], restated: Set<number>): ClaimEvent {
  const sorted = [...members].sort((i, j) => byDateThenArticle(claims[i]!, claims[j]!));
  const anchorIdx = sorted.find((i) => !restated.has(i)) ?? sorted[0]!;
  const anchor = claims[anchorIdx]!;
  const reports = sorted.map((i) => toReport(claims[i]!, restated.has(i)));
  const seen = reports.map((r) => r.firstSeenAt).sort();
  const dates = reports.map((r) => r.date).sort();
  return {
    id: eventId(anchor),
    placeId: anchor.claim.placeId,
    place: anchor.claim.place,
    oblast: anchor.claim.oblast,
    controller: anchor.claim.controller,
    scope: anchor.claim.scope,
    claimant: anchor.claim.claimant,
    reports,
    firstDate: dates[0]!,
    lastDate: dates.at(-1)!,
    hedged: reports.every((r) => r.hedged),
    historical: anchor.claim.historical,
    firstSeenAt: seen[0]!,
    updatedAt: seen.at(-1)!,
  };
}

function sortKey(e: ClaimEvent): string {
  return [e.firstDate, e.lastDate, e.claimant, e.controller, e.scope, e.historical, e.reports[0]!.url].join('|');
}

/** Collapses reports of the same claim into events. Pure; the result ignores input order. */
export function clusterEvents(claims: readonly SourcedClaim[], opts: TimelineOptions): Clustering {
  const groups = new Map<string, number[]>();
  claims.forEach((c, i) => {
    const key = groupKey(c);
    const list = groups.get(key);
    if (list) list.push(i);
    else groups.set(key, [i]);
  });
  const events: ClaimEvent[] = [];
  const eventOf: string[] = new Array<string>(claims.length).fill('');
  const restatedFlags: boolean[] = new Array<boolean>(claims.length).fill(false);
  for (const idx of groups.values()) {
    const { drafts, restated } = clusterGroup(claims, idx, opts);
    for (const d of drafts) {
      const event = toEvent(claims, d.members, restated);
      events.push(event);
      for (const i of d.members) {
        eventOf[i] = event.id;
        restatedFlags[i] = restated.has(i);
      }
    }
  }
  const keyed = events.map((e) => ({ e, key: sortKey(e) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { events: keyed.map((k) => k.e), eventOf, restated: restatedFlags };
}

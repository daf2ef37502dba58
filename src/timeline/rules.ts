import type { Claimant, Controller, Scope } from '../domain/claim.ts';
import type { SourcedClaim } from '../domain/timeline.ts';

/** A claimed state of a place. */
export interface State {
  readonly controller: Controller;
  readonly scope: Scope;
}

/** Knobs of the timeline rules; every one has a default (TIMELINE_DEFAULTS). */
export interface TimelineOptions {
  /** Claims of different claimants this many days apart (or fewer) contradict when they conflict. */
  readonly windowDays: number;
  /** Reports of the same claim at most this many days apart form one event. */
  readonly mergeDays: number;
  /** A claim dated this many days or more before its article is a candidate restatement. */
  readonly restatedLagDays: number;
  /** An explicit dispute by or against an independent party reaches this many days back. */
  readonly untargetedDisputeDays: number;
}

/** Defaults: the 45-day window of CLAIMS.md, 3 days to merge reports, restatements 7+ days old. */
export const TIMELINE_DEFAULTS: TimelineOptions = {
  windowDays: 45,
  mergeDays: 3,
  restatedLagDays: 7,
  untargetedDisputeDays: 120,
};

function excludes(x: State, y: State): boolean {
  if (x.scope !== 'full' || x.controller === 'contested') return false;
  return y.controller !== x.controller;
}

/**
 * CLAIMS.md: `ru`+`full` conflicts with anything `ua` or `contested`, `ua`+`full` with anything
 * `ru` or `contested`; partial and contested claims are compatible (all say "fought over").
 */
export function statesConflict(a: State, b: State): boolean {
  return excludes(a, b) || excludes(b, a);
}

/** Ru against ua: the two sides of the war (independent parties are neither). */
export function areOpposingSides(a: Claimant, b: Claimant): boolean {
  return (a === 'ru' && b === 'ua') || (a === 'ua' && b === 'ru');
}

/** Key of the article a claim came from: its store id, else its url. */
export function articleKey(c: SourcedClaim): string {
  return c.articleId !== undefined ? `#${c.articleId}` : c.claim.url;
}

/**
 * Article order of CLAIMS.md: by `published` (the claim date when unknown), ties by url, so the
 * order never depends on when an article arrived.
 */
export function compareArticles(a: SourcedClaim, b: SourcedClaim): number {
  const pa = a.published ?? a.claim.date;
  const pb = b.published ?? b.claim.date;
  if (pa !== pb) return pa < pb ? -1 : 1;
  return a.claim.url < b.claim.url ? -1 : a.claim.url > b.claim.url ? 1 : 0;
}

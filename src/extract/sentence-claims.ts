/**
 * Stage: the claims of one analysed sentence. In every clause each claimable place is paired
 * with its nearest cue; the cue's attribution, controller, scope, date and the sentence's hedge
 * and historical markers make the claim.
 */
import type { IsoDate } from '../domain/article.ts';
import type { Controller, Scope } from '../domain/claim.ts';
import type { Place } from '../domain/place.ts';
import type { Hit, SentenceHits } from './analyse.ts';
import type { Attribution, findSpeakers } from './attribution.ts';
import { attributeCue } from './attribution.ts';
import type { Clause } from './clauses.ts';
import type { Side } from './controller.ts';
import { actorOf, controllerOf, isNegated } from './controller.ts';
import type { DateRef } from './dates.ts';
import type { LexItem } from './lexicon.ts';
import type { PlaceRef } from './places.ts';
import { scopeOf } from './scope.ts';

/** A claim before the article-level fields (url) are added. */
export interface SentenceClaim {
  readonly place: Place;
  readonly controller: Controller;
  readonly scope: Scope;
  readonly attribution: Attribution;
  readonly date: IsoDate;
  readonly historical: boolean;
  readonly hedged: boolean;
  readonly disputes: boolean;
  readonly ruleIds: readonly string[];
}

/** What the sentence stage needs besides the hits. */
export interface SentenceContext {
  readonly hits: SentenceHits;
  readonly clauses: readonly Clause[];
  readonly places: readonly PlaceRef[];
  readonly speakers: ReturnType<typeof findSpeakers>;
  readonly dates: readonly DateRef[];
  readonly previous: Attribution | null;
  readonly previousDate: IsoDate | null;
  readonly outlet: Attribution;
  readonly published: IsoDate;
}

type CueHit = Hit<Extract<LexItem, { cat: 'cue' }>> & { readonly attempt: boolean };

const HISTORICAL_DAYS = 90;
const RECENT_DAYS = 60;
const OBJECT_ANAPHOR_GAP = 2;

/** Every claim of the sentence (possibly several per place, from different clauses). */
export function sentenceClaims(ctx: SentenceContext): SentenceClaim[] {
  const hedged = ctx.hits.hedges.length > 0;
  const out: SentenceClaim[] = [];
  for (const clause of ctx.clauses) {
    const cues = ctx.hits.cues.filter((c) => c.start >= clause.start && c.end <= clause.end);
    if (cues.length === 0) continue;
    for (const ref of placesOf(clause, ctx.places, cues)) {
      const cue = nearestCue(ref, cues);
      const claim = claimFor(ref, cue, clause, ctx, hedged);
      if (claim) out.push(claim);
    }
  }
  return out;
}

function placesOf(clause: Clause, places: readonly PlaceRef[], cues: readonly CueHit[]): PlaceRef[] {
  const inside = places.filter((p) => p.start >= clause.start && p.end <= clause.end);
  const named = inside.filter((p) => !p.anaphor);
  if (named.length > 0) return named;
  return inside.filter((p) => !p.objectOnly || cues.some((c) => gap(c, p) <= OBJECT_ANAPHOR_GAP)).slice(0, 1);
}

function gap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0;
}

function nearestCue(ref: PlaceRef, cues: readonly CueHit[]): CueHit {
  return [...cues].sort((a, b) => gap(a, ref) - gap(b, ref) || (a.start < ref.start ? -1 : 1))[0]!;
}

function claimFor(ref: PlaceRef, cue: CueHit, clause: Clause, ctx: SentenceContext, hedged: boolean): SentenceClaim | null {
  const { attribution, denied } = attributeCue(cue.start, ctx.speakers, ctx.previous, ctx.outlet);
  const speaker: Side | null = attribution.claimant === 'independent' ? null : attribution.claimant;
  const actor = actorOf(cue, ctx.hits, clause.start, clause.end, speaker);
  const negated = isNegated(cue, ctx.hits, clause.start);
  const controller = controllerOf(cue, actor, negated, denied);
  if (!controller) return null;
  const scope = scopeOf(cue, ref, clause, ctx.hits, controller);
  const historical = isHistorical(clause, ctx);
  const date = claimDate(cue, clause, attribution, ctx);
  const ruleIds = [cue.item.entry.id, ...attribution.ruleIds];
  if (scope.ruleId && scope.ruleId !== cue.item.entry.id) ruleIds.push(scope.ruleId);
  if (negated) ruleIds.push('negated');
  if (denied) ruleIds.push('denied');
  if (cue.attempt) ruleIds.push('attempt');
  if (ref.anaphor) ruleIds.push('anaphor');
  return {
    place: ref.place,
    controller,
    scope: scope.scope,
    attribution,
    date,
    historical,
    hedged,
    disputes: denied || (cue.item.entry.disputes ?? false),
    ruleIds,
  };
}

function daysBefore(published: IsoDate, date: IsoDate): number {
  return (Date.parse(published) - Date.parse(date)) / 86_400_000;
}

function isHistorical(clause: Clause, ctx: SentenceContext): boolean {
  const inClause = (h: { start: number; end: number }): boolean => h.start >= clause.start && h.end <= clause.end;
  if (ctx.hits.historical.some(inClause)) return true;
  return ctx.dates.some((d) => inClause(d) && d.absolute && !d.since && daysBefore(ctx.published, d.date) > HISTORICAL_DAYS);
}

function claimDate(cue: CueHit, clause: Clause, attribution: Attribution, ctx: SentenceContext): IsoDate {
  const recent = ctx.dates.filter((d) => !d.since && daysBefore(ctx.published, d.date) >= 0 && daysBefore(ctx.published, d.date) <= RECENT_DAYS);
  const inClause = recent.filter((d) => d.start >= clause.start && d.end <= clause.end);
  const anchor = attribution.verb ?? cue.start;
  const pick = (ds: readonly DateRef[], at: number): DateRef | undefined =>
    [...ds].sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0];
  const chosen = (attribution.verb !== null ? pick(recent, anchor) : undefined) ?? pick(inClause, cue.start);
  if (chosen) return chosen.date;
  if (attribution.verb === null && attribution.claimant !== 'independent' && ctx.previousDate) return ctx.previousDate;
  return ctx.published;
}

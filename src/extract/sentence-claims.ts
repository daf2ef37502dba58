/**
 * Stage: the claims of one analysed sentence. In every clause each claimable place is paired
 * with its nearest cue; the cue's attribution, controller, scope, date and the sentence's hedge
 * and historical markers make the claim.
 */
import type { IsoDate } from '../domain/article.ts';
import type { Controller, Scope } from '../domain/claim.ts';
import type { Place } from '../domain/place.ts';
import type { Token } from '../text/tokens.ts';
import type { Hit, SentenceHits } from './analyse.ts';
import type { Attribution, Fallbacks, findSpeakers } from './attribution.ts';
import { attributeCue } from './attribution.ts';
import type { Clause } from './clauses.ts';
import type { Side } from './controller.ts';
import { actorOf, controllerOf, isNegated } from './controller.ts';
import type { DateRef } from './dates.ts';
import type { LexItem } from './lexicon.ts';
import type { PlaceRef } from './places.ts';
import { withCarriedPlace } from './carry-place.ts';
import { pairsOf } from './pairing.ts';
import { negatesWhole, scopeOf } from './scope.ts';

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

/** What a sentence takes from the sentences around it. */
export interface SpeakerMemory extends Fallbacks {
  /** The date of the remembered speaker's claim. */
  previousDate(): IsoDate | null;
}

/** What the sentence stage needs besides the hits. */
export interface SentenceContext {
  readonly hits: SentenceHits;
  readonly tokens: readonly Token[];
  readonly clauses: readonly Clause[];
  readonly places: readonly PlaceRef[];
  readonly speakers: ReturnType<typeof findSpeakers>;
  readonly dates: readonly DateRef[];
  /** The speaker in memory, the date of its claim and the outlet's voice, read only when needed. */
  readonly memory: SpeakerMemory;
  readonly published: IsoDate;
  /** The text between two tokens of the sentence. */
  readonly between: (from: number, to: number) => string;
}

type CueHit = Hit<Extract<LexItem, { cat: 'cue' }>> & { readonly attempt: boolean };
type Speaker = ReturnType<typeof findSpeakers>[number];

/** What every claim of one sentence shares, worked out once per sentence. */
interface SentenceFacts {
  readonly hedged: boolean;
  readonly cueStarts: readonly number[];
  /** Days from each of `ctx.dates` to the article's date (same order). */
  readonly ages: readonly number[];
}

const HISTORICAL_DAYS = 90;
const RECENT_DAYS = 60;
const DENIAL_END = /[:;]/u;
/** Words that open a relative clause describing the noun before them (not "що"/"that"). */
const RELATIVE_OPENERS = new Set(['which', 'where', 'який', 'яка', 'яке', 'які', 'якого', 'якої', 'де', 'который', 'которая', 'которое', 'которые', 'которого', 'которой', 'где']);


/** Every claim of the sentence (possibly several per place, from different cues). */
export function sentenceClaims(ctx: SentenceContext): SentenceClaim[] {
  // A question ("Can Ukraine hold X?") asserts nothing.
  if (ctx.between(ctx.tokens.length, ctx.tokens.length).includes('?')) return [];
  const facts: SentenceFacts = {
    hedged: ctx.hits.hedges.length > 0,
    cueStarts: ctx.hits.cues.map((c) => c.start),
    ages: ctx.dates.map((d) => daysBefore(ctx.published, d.date)),
  };
  const out: SentenceClaim[] = [];
  for (const clause of ctx.clauses) {
    const cues = ctx.hits.cues.filter((c) => c.start >= clause.start && c.end <= clause.end);
    if (cues.length === 0) continue;
    const clauseCtx = withCarriedPlace(clause, ctx);
    for (const [ref, cue] of pairsOf(clause, cues, clauseCtx)) claimsFor(ref, cue, clause, clauseCtx, facts, out);
  }
  return out;
}

/**
 * The claims one cue makes about one place. A denial that names the other side's claim ("rejected
 * the Russian claim that…", "…, a claim Kyiv dismissed") gives two: the claim for its owner and
 * the opposite for the denier.
 */
function claimsFor(ref: PlaceRef, cue: CueHit, clause: Clause, ctx: SentenceContext, facts: SentenceFacts, out: SentenceClaim[]): void {
  // "…звільнили X, яке російське Міноборони оголосило «звільненим»": a speaker inside a later
  // relative clause speaks about the noun it describes, not about the cue before it.
  const relative = ctx.clauses.find((c) => c.start > cue.start && RELATIVE_OPENERS.has(ctx.tokens[c.start]?.norm ?? ''));
  const speakers = ctx.speakers.filter((s) => !ended(s, cue, ctx) && !described(s, relative, ctx) && !inAside(s, cue, ctx));
  const read = attributeCue(cue.start, clause.end, facts.cueStarts, speakers, ctx.memory);
  if (read.denied && read.owner) {
    push(out, claimFor(ref, cue, clause, ctx, facts, read.owner, false, read.owner));
    push(out, claimFor(ref, cue, clause, ctx, facts, read.attribution, true, read.owner));
    return;
  }
  push(out, claimFor(ref, cue, clause, ctx, facts, read.attribution, read.denied, read.attribution));
  if (read.laterDenier) push(out, claimFor(ref, cue, clause, ctx, facts, read.laterDenier, true, read.attribution));
}

function push(out: SentenceClaim[], claim: SentenceClaim | null): void {
  if (claim) out.push(claim);
}

/**
 * "…, що ця інформація не відповідає дійсності: у X тривають бої": a denial (and the report it
 * denies) ends at a colon or semicolon; what follows is the denier's own statement.
 */
function ended(s: Speaker, cue: CueHit, ctx: SentenceContext): boolean {
  return (s.kind === 'denial' || s.kind === 'report-noun') && s.end <= cue.start && DENIAL_END.test(ctx.between(s.end, cue.start));
}

/** A speaker inside the relative clause after the cue; a trailing ", according to X" after it still speaks for the sentence. */
function described(s: Speaker, relative: Clause | undefined, ctx: SentenceContext): boolean {
  return relative !== undefined && s.start >= relative.start && !ctx.between(relative.start + 1, s.start).includes(',');
}

/** "X, which it calls Dimitrov, had been captured": a verb inside a relative aside speaks only there. */
function inAside(s: { start: number; end: number }, cue: { start: number }, ctx: SentenceContext): boolean {
  const opener = ctx.clauses.find(
    (c) => c.start <= s.start && RELATIVE_OPENERS.has(ctx.tokens[c.start]?.norm ?? '') && ctx.between(c.start, c.start).includes(','),
  );
  if (!opener) return false;
  // The aside runs to the next comma after its opener.
  let end = opener.start + 1;
  while (end < ctx.tokens.length && !ctx.between(end, end).includes(',')) end++;
  return s.end <= end && (cue.start < opener.start || cue.start >= end);
}

/** One claim; `voice` is whose words the cue's pronouns ("its forces") belong to. */
function claimFor(
  ref: PlaceRef,
  cue: CueHit,
  clause: Clause,
  ctx: SentenceContext,
  facts: SentenceFacts,
  attribution: Attribution,
  denied: boolean,
  voice: Attribution,
): SentenceClaim | null {
  const actor = actorOf(cue, ctx.hits, clause.start, clause.end, sideOf(voice));
  const negated = isNegated(cue, ctx.hits, clause.start);
  const notWhole = negatesWhole(cue, clause, ctx.hits, negated);
  const controller = notWhole ? actor.side : controllerOf(cue, actor, sideOf(attribution), negated, denied);
  if (!controller) return null;
  const contestedDenied = cue.item.entry.effect === 'contested' && (negated || denied);
  const scope = contestedDenied ? { scope: 'partial' as const, ruleId: null } : scopeOf(cue, ref, clause, ctx.hits, ctx.tokens, controller, notWhole);
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
    date: claimDate(cue, clause, attribution, ctx, facts.ages),
    historical: isHistorical(clause, ctx, facts.ages),
    hedged: facts.hedged,
    disputes: denied || (cue.item.entry.disputes ?? false),
    ruleIds,
  };
}

function sideOf(a: Attribution): Side | null {
  return a.claimant === 'independent' ? null : a.claimant;
}

function daysBefore(published: IsoDate, date: IsoDate): number {
  return (Date.parse(published) - Date.parse(date)) / 86_400_000;
}

/**
 * Background: a historical phrase or a long-past date in the clause, or a long-past date
 * elsewhere in a sentence that names no recent one.
 */
function isHistorical(clause: Clause, ctx: SentenceContext, ages: readonly number[]): boolean {
  for (const h of ctx.hits.historical) if (overlaps(h, clause)) return true;
  const { dates } = ctx;
  let anyOld = false;
  let recent = false;
  for (let k = 0; k < dates.length; k++) {
    const d = dates[k]!;
    if (ages[k]! <= HISTORICAL_DAYS) recent = true;
    if (!d.absolute || !(ages[k]! > HISTORICAL_DAYS)) continue;
    if (overlaps(d, clause) && !d.since) return true;
    if (!d.since) anyOld = true;
  }
  // "since 2014, when X took Y": the clause is the event of the date before it.
  const linked = ctx.hits.context.some((h) => h.item.entry.kind === 'temporal-link' && h.start === clause.start);
  const before = ctx.clauses.filter((c) => c.end <= clause.start).at(-1);
  if (linked && before) {
    for (let k = 0; k < dates.length; k++) {
      const d = dates[k]!;
      if (d.absolute && ages[k]! > HISTORICAL_DAYS && d.start >= before.start && d.end <= before.end) return true;
    }
  }
  return !recent && anyOld;
}

function overlaps(h: { start: number; end: number }, clause: Clause): boolean {
  return h.start < clause.end && h.end > clause.start;
}

function claimDate(cue: CueHit, clause: Clause, attribution: Attribution, ctx: SentenceContext, ages: readonly number[]): IsoDate {
  // The nearest recent date to the speech verb anywhere in the sentence, else to the cue in its clause.
  let near: DateRef | undefined;
  let nearInClause: DateRef | undefined;
  for (let k = 0; k < ctx.dates.length; k++) {
    const d = ctx.dates[k]!;
    if (d.since || !(ages[k]! >= 0 && ages[k]! <= RECENT_DAYS)) continue;
    if (attribution.verb !== null && (!near || distance(d, attribution.verb) < distance(near, attribution.verb))) near = d;
    const inClause = d.start >= clause.start && d.end <= clause.end;
    if (inClause && (!nearInClause || distance(d, cue.start) < distance(nearInClause, cue.start))) nearInClause = d;
  }
  const chosen = near ?? nearInClause;
  if (chosen) return chosen.date;
  if (attribution.verb === null && attribution.claimant !== 'independent') return ctx.memory.previousDate() || ctx.published;
  return ctx.published;
}

function distance(d: DateRef, at: number): number {
  return Math.abs(d.start - at);
}

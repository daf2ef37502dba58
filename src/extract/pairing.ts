/**
 * Stage: which cue speaks about which place inside one clause. Each named place takes its best
 * cue (the nearest; one before the place is preferred; a higher `priority` wins) and each cue its
 * object (the name after it, or an anaphor). A cue cannot reach across another named place
 * unless the names form one list ("X, Y and the villages of Z").
 */
import type { Hit } from './analyse.ts';
import type { Clause } from './clauses.ts';
import type { LexItem } from './lexicon.ts';
import type { PlaceRef } from './places.ts';
import { joinsList } from './places.ts';
import type { SentenceContext } from './sentence-claims.ts';

type CueHit = Hit<Extract<LexItem, { cat: 'cue' }>> & { readonly attempt: boolean };

const OBJECT_ANAPHOR_GAP = 2;
const MAX_GAP = 12;
const CUE_OBJECT_GAP = 6;
const AFTER_PENALTY = 2;
const PRIORITY_WEIGHT = 100;

/**
 * Pairs places and cues of a clause: each named place with its best cue, and each cue with its
 * best place (named or anaphor), so that "holds X but fighting goes on in the town" gives both.
 */
export function pairsOf(clause: Clause, cues: readonly CueHit[], ctx: SentenceContext): [PlaceRef, CueHit][] {
  const inside = ctx.places.filter((p) => p.start >= clause.start && p.end <= clause.end);
  const named = inside.filter((p) => !p.anaphor);
  const anaphors = inside.filter((p) => p.anaphor && (!p.objectOnly || cues.some((c) => objectOf(c, p, ctx))));
  const pairs = new Map<string, [PlaceRef, CueHit]>();
  const topPriority = new Map<PlaceRef, number>();
  for (const ref of named.length > 0 ? named : anaphors.slice(0, 1)) {
    const cue = best(cues, (c) => score(c, ref, named, ctx));
    if (!cue) continue;
    pairs.set(`${ref.start}:${cue.start}`, [ref, cue]);
    topPriority.set(ref, cue.item.entry.priority ?? 0);
  }
  // Each cue also reaches the place it governs: the name after it, or an anaphor.
  for (const cue of cues) {
    const after = [...named, ...anaphors].filter(
      (r) => r.anaphor || (r.start >= cue.end && r.start - cue.end <= CUE_OBJECT_GAP && !predicateBetween(cue.end, r.start, ctx)),
    );
    const ref = best(after, (r) => score(cue, r, named, ctx));
    if (ref && (cue.item.entry.priority ?? 0) >= (topPriority.get(ref) ?? 0)) pairs.set(`${ref.start}:${cue.start}`, [ref, cue]);
  }
  return [...pairs.values()];
}

function best<T>(items: readonly T[], scoreOf: (t: T) => number): T | undefined {
  let top: T | undefined;
  let topScore = Infinity;
  for (const item of items) {
    const s = scoreOf(item);
    if (s < topScore) [top, topScore] = [item, s];
  }
  return top;
}

/** Lower is better; Infinity when the cue cannot reach the place. */
function score(cue: CueHit, ref: PlaceRef, named: readonly PlaceRef[], ctx: SentenceContext): number {
  const g = gap(cue, ref);
  if (g > MAX_GAP || blocked(cue, ref, named, ctx)) return Infinity;
  return g + (cue.start > ref.start ? AFTER_PENALTY : 0) - (cue.item.entry.priority ?? 0) * PRIORITY_WEIGHT;
}

/** Another named place between cue and place blocks the cue, unless they form one list. */
function blocked(cue: CueHit, ref: PlaceRef, named: readonly PlaceRef[], ctx: SentenceContext): boolean {
  const lo = Math.min(cue.end, ref.end);
  const hi = Math.max(cue.start, ref.start);
  const chain = named.filter((p) => p !== ref && p.place.id !== ref.place.id && p.start >= lo && p.end <= hi);
  if (chain.length === 0) return false;
  const all = [...chain, ref].sort((a, b) => a.start - b.start);
  return all.some((p, i) => i > 0 && !joinsList(ctx.hits, all[i - 1]!.end, p.start, ctx.between));
}

/** Verbs that make the subject before a cue its object ("it was retaken", "it had been lost"). */
const PASSIVE = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being']);

/**
 * Whether an object pronoun ("retook it", "fighting there") belongs to the cue: after it, or before
 * it only in the passive ("it was retaken"); "it has cleared", "there is fighting" are no objects.
 */
function objectOf(cue: CueHit, p: PlaceRef, ctx: SentenceContext): boolean {
  if (p.start >= cue.end) return p.start - cue.end <= OBJECT_ANAPHOR_GAP;
  if (p.end > cue.start || cue.start - p.end > OBJECT_ANAPHOR_GAP) return false;
  for (let i = p.end; i < cue.start; i++) if (PASSIVE.has(ctx.tokens[i]!.norm)) return true;
  return false;
}

/** "showed X as held by Russian forces and marked Y as a grey zone": another verb starts another predicate. */
function predicateBetween(from: number, to: number, ctx: SentenceContext): boolean {
  const inside = (h: { start: number; end: number }): boolean => h.start >= from && h.end <= to;
  return ctx.hits.speech.some(inside) || ctx.hits.cues.some(inside);
}

function gap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0;
}


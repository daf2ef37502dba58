/**
 * Stage: whole settlement or part of it. A part word ("northern part of", "districts",
 * "70 percent", "most of", "the plant") next to the place or between the cue and the place
 * makes the claim partial; contested claims are always partial (the scope is ignored for them).
 */
import type { Controller, Scope } from '../domain/claim.ts';
import type { Hit, SentenceHits } from './analyse.ts';
import type { LexItem } from './lexicon.ts';

const WINDOW = 4;

/** The scope of a claim and the rule that decided it (null for the default). */
export function scopeOf(
  cue: Hit<Extract<LexItem, { cat: 'cue' }>>,
  place: { start: number; end: number },
  clause: { start: number; end: number },
  hits: SentenceHits,
  controller: Controller,
): { scope: Scope; ruleId: string | null } {
  if (controller === 'contested') return { scope: 'partial', ruleId: null };
  const lo = Math.max(clause.start, Math.min(place.start - WINDOW, cue.end));
  const hi = Math.min(clause.end, Math.max(place.end + WINDOW, cue.start));
  const near = hits.scopes.filter((s) => s.start >= lo && s.end <= hi && !(s.start >= cue.start && s.end <= cue.end));
  const partial = near.find((s) => s.item.entry.scope === 'partial');
  if (partial) return { scope: 'partial', ruleId: partial.item.entry.id };
  if (cue.item.entry.scope) return { scope: cue.item.entry.scope, ruleId: cue.item.entry.id };
  return { scope: 'full', ruleId: near[0]?.item.entry.id ?? null };
}

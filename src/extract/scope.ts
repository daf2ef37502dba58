/**
 * Stage: whole settlement or part of it. A part word ("northern part of", "districts",
 * "70 percent", "most of", "the plant") makes the claim partial when it belongs to the place:
 * between the cue and the place, just before the place (not across "and": "the plant and the
 * city"), or just after a possessive ("Pokrovsk's southern districts"). "Not fully" / "not as a
 * whole" keeps the claim but makes it partial. Contested claims are always partial.
 */
import type { Controller, Scope } from '../domain/claim.ts';
import type { Token } from '../text/tokens.ts';
import type { Hit, SentenceHits } from './analyse.ts';

import type { LexItem } from './lexicon.ts';

const BEFORE = 4;
const AFTER_POSSESSIVE = 4;
const OBJECT = 3;

type CueHit = Hit<Extract<LexItem, { cat: 'cue' }>>;
type Span = { readonly start: number; readonly end: number };

/** The scope of a claim and the rule that decided it (null for the default). */
export function scopeOf(
  cue: CueHit,
  place: Span & { readonly anaphor?: boolean },
  clause: Span,
  hits: SentenceHits,
  tokens: readonly Token[],
  controller: Controller,
  negatedWhole: boolean,
): { scope: Scope; ruleId: string | null } {
  if (controller === 'contested') return { scope: 'partial', ruleId: null };
  if (negatedWhole) return { scope: 'partial', ruleId: 'not-whole' };
  // "Pokrovsk's southern districts", "its eastern outskirts": the part follows the name.
  const possessive = place.anaphor === true || /'s$|'$/.test(tokens[place.end - 1]?.norm ?? '');
  let partial: (typeof hits.scopes)[number] | undefined;
  for (const s of hits.scopes) {
    if (s.item.entry.scope === 'partial' && belongs(s, cue, place, clause, hits, possessive)) {
      partial = s;
      break;
    }
  }
  if (partial) return { scope: 'partial', ruleId: partial.item.entry.id };
  if (cue.item.entry.scope) return { scope: cue.item.entry.scope, ruleId: cue.item.entry.id };
  return { scope: 'full', ruleId: null };
}

/** Whether a part word `s` belongs to the place (see the file comment). */
function belongs(s: Span, cue: CueHit, place: Span, clause: Span, hits: SentenceHits, possessive: boolean): boolean {
  if (s.start >= clause.end || s.end <= clause.start) return false;
  if (s.start >= cue.start && s.end <= cue.end) return false;
  const between = s.start >= Math.min(cue.end, place.end) && s.end <= Math.max(cue.start, place.start);
  if (between) return !acrossJoin(hits, Math.min(s.end, place.end), Math.max(s.start, place.start));
  if (s.end <= place.start) return place.start - s.end <= BEFORE && !acrossJoin(hits, s.end, place.start);
  // "X …: troops entered its eastern outskirts": the cue's own object names the part.
  if (place.end <= cue.start && s.start >= cue.end && s.start - cue.end <= OBJECT) return !acrossJoin(hits, cue.end, s.start);
  return possessive && s.start >= place.end && s.start - place.end <= AFTER_POSSESSIVE;
}

/** Whether a conjunction ("and") stands within tokens [a, b). */
function acrossJoin(hits: SentenceHits, a: number, b: number): boolean {
  return hits.context.some((j) => j.item.entry.kind === 'conjunction' && j.start >= a && j.end <= b);
}

/** "do not control the town as a whole", "not fully captured": a negated whole-town marker near the cue. */
export function negatesWhole(cue: CueHit, clause: Span, hits: SentenceHits, negated: boolean): boolean {
  if (!negated || cue.item.entry.negated) return false;
  return hits.scopes.some(
    (s) => s.item.entry.scope === 'full' && s.start >= clause.start && s.end <= clause.end && Math.abs(s.start - cue.end) <= 6,
  );
}

/**
 * Stage hook: a contrast or relative clause without a place of its own ("X is under Ukrainian
 * control, while Russian units hold a few buildings on the northern edge"; "fighting goes on in
 * X, where Russian groups hold several blocks") is about the last place named in the clause
 * before it. The opener is a clause-break entry with `carriesPlace`.
 */
import type { Clause } from './clauses.ts';
import type { SentenceContext } from './sentence-claims.ts';

/** The sentence context with the earlier clause's place added to `clause`, when it carries one. */
export function withCarriedPlace(clause: Clause, ctx: SentenceContext): SentenceContext {
  const opener = ctx.hits.context.find((h) => h.item.entry.kind === 'clause-break' && h.start === clause.start && h.item.entry.carriesPlace);
  if (!opener) return ctx;
  if (ctx.places.some((p) => inClause(p, clause))) return ctx;
  // "…, а бои идут под X": a reference point in the clause means it is about somewhere else.
  if (ctx.hits.notClaims.some((n) => n.item.entry.effect === 'vicinity' && inClause(n, clause))) return ctx;
  const before = ctx.places.filter((p) => !p.anaphor && p.end <= clause.start).at(-1);
  if (!before) return ctx;
  const carried = { start: opener.start, end: opener.end, place: before.place, anaphor: true, objectOnly: false };
  return { ...ctx, places: [...ctx.places, carried] };
}

function inClause(h: { start: number; end: number }, clause: Clause): boolean {
  return h.start >= clause.start && h.end <= clause.end;
}

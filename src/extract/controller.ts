/**
 * Stage: who holds the place according to one cue. The cue's effect (take, lose, hold,
 * contested, repel) is applied to its actor: the side named next to it ("Russian troops
 * captured", "fell to Ukrainian forces"), else the speaker's own side ("its forces", or a Russian
 * speaker saying "liberated"), else the cue's default. Negation ("had not been lost", "not
 * surrounded") and denial ("dismissed as false a report that…") turn the statement round.
 */
import type { Controller } from '../domain/claim.ts';
import type { Hit, SentenceHits } from './analyse.ts';
import type { LexItem } from './lexicon.ts';

export type Side = 'ru' | 'ua';
type CueHit = Hit<Extract<LexItem, { cat: 'cue' }>> & { readonly attempt: boolean };

const ACTOR_BEFORE = 14;
const ACTOR_AFTER = 6;
const NEGATION_WINDOW = 3;

/** The other side. */
export function opposite(side: Side): Side {
  return side === 'ru' ? 'ua' : 'ru';
}

/** The actor of a cue within its clause [from, to); `named` when the text names it. */
export interface Actor {
  readonly side: Side | null;
  readonly named: boolean;
}

/** The actor of a cue within its clause [from, to). */
export function actorOf(cue: CueHit, hits: SentenceHits, from: number, to: number, speaker: Side | null): Actor {
  const entry = cue.item.entry;
  if (entry.side) return { side: entry.side, named: true };
  const sides = hits.sides.filter((s) => s.start >= from && s.end <= to);
  // The side after the cue (for `actorAfter` cues) comes first, then the sides before it, nearest
  // first; `actorEitherSide` cues look after the cue only when no side stands before it.
  if (entry.actorAfter) {
    const after = sideAfter(cue, sides, hits, speaker);
    if (after) return { side: after, named: true };
  }
  for (let k = sides.length - 1; k >= 0; k--) {
    const s = sides[k]!;
    if (s.end > cue.start || cue.start - s.end > ACTOR_BEFORE) continue;
    const side = sideOf(s, hits, speaker);
    if (side && side !== 'none') return { side, named: true };
  }
  if (entry.actorEitherSide) {
    const after = sideAfter(cue, sides, hits, speaker);
    if (after) return { side: after, named: true };
  }
  if (entry.attackerIsActor) return { side: speaker ? opposite(speaker) : null, named: false };
  return { side: entry.defaultSide ?? speaker, named: false };
}

type SideHit = SentenceHits['sides'][number];

/** The first side named within reach after the cue, outside a later speech phrase. */
function sideAfter(cue: CueHit, sides: readonly SideHit[], hits: SentenceHits, speaker: Side | null): Side | null {
  for (const s of sides) {
    if (s.start < cue.end || s.start - cue.end > ACTOR_AFTER || spoken(s, cue, hits)) continue;
    const side = sideOf(s, hits, speaker);
    if (side && side !== 'none') return side;
  }
  return null;
}

function sideOf(s: SideHit, hits: SentenceHits, speaker: Side | null): Side | null | 'none' {
  const side = s.item.entry.side;
  if (side === 'none') return 'none';
  if (side === 'previous') return lastNamedSide(hits, s.start);
  if (side === 'speaker') return speaker;
  if (side === 'opponent') return speaker ? opposite(speaker) : null;
  return side;
}

/** "…had fallen, saying Ukrainian units…": a side after a speech word belongs to what is said there. */
function spoken(s: SideHit, cue: CueHit, hits: SentenceHits): boolean {
  return hits.speech.some((v) => v.start >= cue.end && v.end <= s.start);
}

/** The side named last before token `before` in the sentence ("Russian troops …, but they …"). */
function lastNamedSide(hits: SentenceHits, before: number): Side | null {
  const named = hits.sides.filter((s) => s.end <= before && (s.item.entry.side === 'ru' || s.item.entry.side === 'ua'));
  const last = named.at(-1)?.item.entry.side;
  return last === 'ru' || last === 'ua' ? last : null;
}

/** Whether a negation stands right before the cue (or the cue phrase is itself negative). */
export function isNegated(cue: CueHit, hits: SentenceHits, from: number): boolean {
  if (cue.item.entry.negated) return true;
  return hits.context.some(
    (h) =>
      h.item.entry.kind === 'negation' &&
      h.start >= from &&
      h.end <= cue.start &&
      cue.start - h.end <= NEGATION_WINDOW &&
      !hits.cues.some((c) => c !== cue && c.start >= h.end && c.end <= cue.start),
  );
}

/**
 * The controller a cue states, or null when the actor is unknown. A capture denied or negated
 * without a named actor ("had not been taken") is the speaker saying their side still holds it.
 */
export function controllerOf(cue: CueHit, actor: Actor, speaker: Side | null, negated: boolean, denied: boolean): Controller | null {
  const effect = cue.item.entry.effect;
  const flip = negated || denied;
  // "not surrounded", "denied that X was encircled": the side that speaks still holds it.
  if (effect === 'contested' || cue.attempt) return flip ? (speaker ?? actor.side) : 'contested';
  if (flip && effect === 'take' && !actor.named) return speaker;
  if (!actor.side) return null;
  const holder = effect === 'lose' ? opposite(actor.side) : actor.side;
  return flip ? opposite(holder) : holder;
}

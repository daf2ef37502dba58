/**
 * Whose voice a sentence without a speech verb of its own speaks in, when it is not simply the
 * outlet's. Two general cases:
 * - a bulletin goes on from its last named body with a continuation opener ("Кроме того, …",
 *   "Крім того, …", "In addition, …": context kind `continuation`): the previous speaker, still
 *   in memory, goes on speaking;
 * - a partisan channel's first person ("наши штурмовики", "наші захисники": a claimant entry with
 *   `firstPerson`): the channel speaks for the side whose troops are "ours".
 */
import type { SentenceHits } from './analyse.ts';
import { contextOf } from './analyse.ts';
import type { Attribution } from './attribution.ts';

/** The continuation opener must start the sentence (after at most one token: "А кроме того"). */
const OPENING_TOKENS = 2;

/** The sentence's implicit speaker, or null when it is the outlet's own voice. */
export function implicitVoice(hits: SentenceHits, previous: Attribution | null): Attribution | null {
  const opens = contextOf(hits, 'continuation').some((h) => h.start < OPENING_TOKENS);
  if (opens && previous) return { ...previous, verb: null, ruleIds: [...previous.ruleIds, 'continuation'] };
  const ours = hits.claimants.find((c) => c.item.entry.firstPerson && c.item.entry.claimant !== 'inherit');
  const side = ours?.item.entry.claimant;
  if (!ours || (side !== 'ru' && side !== 'ua')) return null;
  return { claimant: side, source: ours.item.entry.source ?? null, ruleIds: [ours.item.entry.id], verb: null };
}

/**
 * Lexicon categories as small integers, so that a sentence's hits are bucketed into arrays
 * rather than a map of strings; each loaded lexicon's payload → category table is built once.
 */
import type { LexCategory, LexItem } from './lexicon.ts';

/** Every category, in a fixed order (the index is the category's number). */
export const CATS = ['cue', 'not-claim', 'scope', 'side', 'claimant', 'speech', 'hedge', 'historical', 'context', 'date'] as const satisfies readonly LexCategory[];

/** Category → number. */
export const CAT = Object.fromEntries(CATS.map((c, i) => [c, i])) as { readonly [C in LexCategory]: number };

const tables = new WeakMap<readonly LexItem[], Uint8Array>();

/** Payload index → category number, for one lexicon's items. */
export function categoriesOf(items: readonly LexItem[]): Uint8Array {
  let table = tables.get(items);
  if (!table) tables.set(items, (table = Uint8Array.from(items, (item) => CAT[item.cat])));
  return table;
}

/**
 * Lexicon categories as small integers, so that a sentence's hits are bucketed into arrays
 * rather than a map of strings; each loaded lexicon's payload → category table is built once.
 */
import type { LexCategory, LexItem } from './lexicon.ts';

/** Every category, in a fixed order (the index is the category's number). */
export const CATS = ['cue', 'not-claim', 'scope', 'side', 'claimant', 'speech', 'hedge', 'historical', 'context', 'date'] as const satisfies readonly LexCategory[];

/** Category → number. */
export const CAT = Object.fromEntries(CATS.map((c, i) => [c, i])) as { readonly [C in LexCategory]: number };

/** The number of dates, which keep every match. */
export const DATE = CAT.date;

const tables = new WeakMap<readonly LexItem[], Uint8Array>();
// The table of the last call: most calls in a row are for one language.
let lastItems: readonly LexItem[] | null = null;
let lastTable: Uint8Array = new Uint8Array(0);

/** Payload index → category number, for one lexicon's items. */
export function categoriesOf(items: readonly LexItem[]): Uint8Array {
  if (items === lastItems) return lastTable;
  let table = tables.get(items);
  if (!table) tables.set(items, (table = Uint8Array.from(items, (item) => CAT[item.cat])));
  lastItems = items;
  lastTable = table;
  return table;
}

/**
 * Finding the place a person means and following it. Any spelling or script goes through the
 * gazetteer; one clear match is taken, several equally good ones are offered as a choice, and
 * an unknown name gets the closest suggestions.
 */
import type { Place } from '../domain/place.ts';
import type { PlaceMatch, PlaceLookup } from './ports.ts';

/** What a typed place name resolved to. */
export type PlaceResolution =
  | { readonly kind: 'one'; readonly place: Place }
  | { readonly kind: 'many'; readonly places: readonly Place[] }
  | { readonly kind: 'none'; readonly suggestions: readonly Place[] };

/** A match this good is "the name itself" (gazetteer scores: 1 = exact name or alias). */
export const EXACT_SCORE = 0.95;
/** Below this a match is only a suggestion. */
export const GOOD_SCORE = 0.8;

/** Resolves free text to a place, several candidates, or suggestions. */
export function resolvePlace(gazetteer: PlaceLookup, query: string, limit = 6): PlaceResolution {
  const text = query.trim().slice(0, 100);
  if (text === '') return { kind: 'none', suggestions: [] };
  const matches = dedupe(gazetteer.resolve(text, { limit }));
  const top = matches[0];
  if (!top || top.score < GOOD_SCORE) return { kind: 'none', suggestions: matches.slice(0, 3).map((m) => m.place) };
  const exact = matches.filter((m) => m.score >= EXACT_SCORE);
  const best = exact.length > 0 ? exact : matches.filter((m) => top.score - m.score < 0.02);
  if (best.length === 1) return { kind: 'one', place: best[0]!.place };
  return { kind: 'many', places: best.slice(0, limit).map((m) => m.place) };
}

function dedupe(matches: readonly PlaceMatch[]): PlaceMatch[] {
  const seen = new Set<string>();
  return [...matches]
    .sort((a, b) => b.score - a.score || (b.place.population ?? 0) - (a.place.population ?? 0))
    .filter((m) => !seen.has(m.place.id) && seen.add(m.place.id));
}

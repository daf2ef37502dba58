import type { Place } from '../domain/place.ts';

/** A candidate place for a mention, with its disambiguation score (higher is better). */
export interface Candidate {
  readonly place: Place;
  readonly score: number;
}

/**
 * One settlement mention found in a text. Offsets are UTF-16 code-unit offsets into the exact
 * string given to `findMentions` (pass a sentence and they are relative to that sentence).
 */
export interface Mention {
  readonly start: number;
  readonly end: number;
  /** The text as written (`text.slice(start, end)`). */
  readonly surface: string;
  /** Best candidate. */
  readonly place: Place;
  /** 0..1: how sure we are that this is a settlement and that `place` is the right one. */
  readonly confidence: number;
  /** Several same-name settlements and the context did not separate them clearly. */
  readonly ambiguous: boolean;
  /** Every candidate, best first (length 1 when the name is unique). */
  readonly candidates: readonly Candidate[];
}

/** An oblast/region name in the text ("Kharkiv region", "Донецкой области"): context, not a settlement. */
export interface RegionMention {
  start: number;
  end: number;
  surface: string;
  /** `oblast_en` of the region (e.g. `Kharkiv`, `Kursk`). */
  oblast: string;
}

/** One answer of `resolve`. `matched` is the name (alias) that matched the query. */
export interface ResolveResult {
  readonly place: Place;
  readonly score: number;
  readonly matched: string;
}

/** Options of `findMentions`. */
export interface FindOptions {
  /** `en`, `uk` or `ru`: a hint for Cyrillic case forms (detected from the letters when absent). */
  readonly lang?: string;
  /**
   * Text used only as context for disambiguation (oblasts, raions and places it names), e.g.
   * the whole article when `text` is one sentence. Offsets still refer to `text`.
   */
  readonly context?: string;
}

/** The loaded gazetteer: settlements of Ukraine and of the Russian border oblasts. */
export interface Gazetteer {
  readonly size: number;
  get(id: string): Place | undefined;
  /** Every settlement mention in one pass over `text` (offsets relative to `text`). */
  findMentions(text: string, options?: FindOptions): Mention[];
  /** Oblast/region names in `text`. */
  findRegions(text: string): RegionMention[];
  /** Typo-tolerant lookup of a user query in any script, best first. */
  resolve(query: string, options?: { limit?: number }): ResolveResult[];
}

import type { IsoDate } from './article.ts';

/** Who the statement says holds the place (CLAIMS.md). */
export type Controller = 'ru' | 'ua' | 'contested';
/** The whole settlement, or part of it (CLAIMS.md); ignored for `contested`. */
export type Scope = 'full' | 'partial';
/** Whose statement it is (CLAIMS.md). */
export type Claimant = 'ru' | 'ua' | 'independent';

export const CONTROLLERS: readonly Controller[] = ['ru', 'ua', 'contested'];
export const SCOPES: readonly Scope[] = ['full', 'partial'];
export const CLAIMANTS: readonly Claimant[] = ['ru', 'ua', 'independent'];

/** One control claim, exactly the fields of CLAIMS.md plus provenance. */
export interface Claim {
  readonly url: string;
  /** Canonical English name (KMU 2010 for Ukraine, usual English name for Russia). */
  readonly place: string;
  readonly oblast: string;
  /** Gazetteer id of the settlement (KATOTTG code or `ru:` id), to tell same-name places apart. */
  readonly placeId: string;
  readonly controller: Controller;
  readonly scope: Scope;
  readonly claimant: Claimant;
  /** The named speaker or body, when given. */
  readonly source: string | null;
  readonly date: IsoDate;
  readonly historical: boolean;
  readonly hedged: boolean;
  /** The claim explicitly rejects an earlier claim ("denied", "still holds", "фейк"). */
  readonly disputes: boolean;
  /** The sentence that carries the claim, in the article's language. */
  readonly quote: string;
  /** Ids of the lexicon entries that produced the claim, so a wrong claim leads to one entry. */
  readonly ruleIds: readonly string[];
}

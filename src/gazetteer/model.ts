import type { InflectionRules } from '../text/inflect.ts';
import type { CandidateList } from './candidates.ts';
import type { Lexicons } from './lexicons.ts';
import type { PlaceTable } from './places.ts';
import type { Trie } from './trie.ts';

/** The loaded, compiled gazetteer that the matcher functions share. */
export interface GazetteerModel {
  readonly table: PlaceTable;
  readonly rules: InflectionRules;
  /** Name keys → key index. */
  readonly names: Trie;
  /** Raion names (Kupiansk, Kupianskyi, Купʼянський) → raion indexes, for "X district". */
  readonly raionNames: Trie<number[]>;
  readonly lex: Lexicons;
  /** First words of every oblast and raion name (a cheap test before the region walks). */
  readonly areaStarts: ReadonlySet<string>;
  readonly oblasts: readonly string[];
  readonly keys: readonly string[];
  readonly display: readonly string[];
  /** Postings of key `i`: `placeIndex * 8 + aliasKind`. */
  postings(i: number): readonly number[];
  /** Distinct candidate places of a match on `keys` (key indexes), with their best alias kind. */
  candidates(hit: { readonly keys: readonly number[] }): CandidateList;
  /** Index of the first Cyrillic key (keys are sorted, Latin first). */
  readonly firstCyrillicKey: number;
  /** Oblast indexes of the front-line and border oblasts (a small prior). */
  readonly frontline: ReadonlySet<number>;
}

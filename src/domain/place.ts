/** A settlement of the gazetteer. */
export interface Place {
  /** Stable id: the KATOTTG code for Ukraine (`UA…`), `ru:<id>` for Russian border oblasts. */
  readonly id: string;
  /** Canonical English name (CLAIMS.md `place`). */
  readonly name: string;
  /** Official name in the local language (Ukrainian, or Russian for Russia). */
  readonly nameLocal: string;
  readonly oblast: string;
  readonly raion: string | null;
  readonly country: 'UA' | 'RU';
  readonly type: 'city' | 'town' | 'village' | 'other';
  readonly lat: number | null;
  readonly lon: number | null;
  readonly population: number | null;
}

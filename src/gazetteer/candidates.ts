/** The distinct candidate places of a name match, each with its most trustworthy alias kind. */

/** Parallel arrays: place index and best (lowest) alias kind, in first-posting order. */
export interface CandidateList {
  readonly idx: Int32Array;
  readonly kind: Uint8Array;
}

/** Deduplicates postings (`placeIndex * 8 + aliasKind`) by place, keeping the lowest kind. */
export function candidateList(postings: readonly number[]): CandidateList {
  const kinds = new Map<number, number>();
  for (const p of postings) {
    const idx = p >> 3;
    const kind = p & 7;
    const prev = kinds.get(idx);
    if (prev === undefined || kind < prev) kinds.set(idx, kind);
  }
  const idx = new Int32Array(kinds.size);
  const kind = new Uint8Array(kinds.size);
  let c = 0;
  for (const [i, k] of kinds) {
    idx[c] = i;
    kind[c++] = k;
  }
  return { idx, kind };
}

/**
 * The candidates of a match on one or more keys; single keys (nearly all matches) are decoded
 * once per loaded gazetteer and then shared.
 */
export function candidatesCache(postings: (key: number) => readonly number[]): (keys: readonly number[]) => CandidateList {
  const cache = new Map<number, CandidateList>();
  return (keys) => {
    if (keys.length === 1) {
      let list = cache.get(keys[0]!);
      if (!list) {
        list = candidateList(postings(keys[0]!));
        cache.set(keys[0]!, list);
      }
      return list;
    }
    let all: readonly number[] = [];
    for (const k of keys) all = all.concat(postings(k));
    return candidateList(all);
  };
}

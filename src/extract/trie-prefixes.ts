/**
 * Finding the `word*` prefixes a token starts with. Prefixes are bucketed by a hash of their
 * first few letters (Slavic prefixes share their first two letters by the dozen: "при", "про",
 * "пов"…), and a small bitmap of the hashes in use lets most tokens skip the bucket maps.
 */

/** Prefixes are keyed by their first KEY_LENGTH units (all of a shorter prefix). */
const KEY_LENGTH = 4;
const SEEN_SIZE = 1024;

/** Prefixes by key. */
export interface PrefixIndex {
  /** Prefix id → prefix. */
  readonly prefixes: readonly string[];
  /** Key length → key hash → ids of the prefixes with that key (null: no prefix that short). */
  readonly buckets: readonly (ReadonlyMap<number, Int32Array> | null)[];
  /** Set at seenAt(length, hash) for every bucket. */
  readonly seen: Uint8Array;
}

/** The index of `prefixes` (id = position). */
export function buildPrefixIndex(prefixes: readonly string[]): PrefixIndex {
  const lists: Map<number, number[]>[] = [];
  const seen = new Uint8Array(SEEN_SIZE);
  prefixes.forEach((p, id) => {
    const length = Math.min(p.length, KEY_LENGTH);
    const hash = keyHash(p, length);
    const bucket = (lists[length] ??= new Map());
    bucket.set(hash, [...(bucket.get(hash) ?? []), id]);
    seen[seenAt(length, hash)] = 1;
  });
  const buckets: (Map<number, Int32Array> | null)[] = [];
  for (let length = 0; length <= KEY_LENGTH; length++) {
    const bucket = lists[length];
    buckets.push(bucket ? new Map([...bucket].map(([hash, ids]) => [hash, Int32Array.from(ids)])) : null);
  }
  return { prefixes, buckets, seen };
}

function keyHash(s: string, length: number): number {
  let hash = 0;
  for (let j = 0; j < length; j++) hash = step(hash, s.charCodeAt(j));
  return hash;
}

/** The key hash one unit longer (kept a small integer). */
function step(hash: number, c: number): number {
  return (hash * 31 + c) & 0xfffffff;
}

function seenAt(length: number, hash: number): number {
  return (hash + length * 257) & (SEEN_SIZE - 1);
}

/** Calls `add` with the id of every prefix `norm` starts with. */
export function eachPrefix(index: PrefixIndex, norm: string, add: (id: number) => void): void {
  const longest = Math.min(norm.length, KEY_LENGTH);
  let hash = 0;
  for (let length = 1; length <= longest; length++) {
    hash = step(hash, norm.charCodeAt(length - 1));
    const bucket = index.buckets[length];
    if (bucket === null || index.seen[seenAt(length, hash)] === 0) continue;
    const ids = bucket!.get(hash);
    // A hash is not a key: check that the token really starts with the prefix.
    if (ids !== undefined) for (let j = 0; j < ids.length; j++) if (norm.startsWith(index.prefixes[ids[j]!]!)) add(ids[j]!);
  }
}

/**
 * A word-level name index: the full key of every name (`velik novosilk`) plus the set of its
 * proper prefixes (`velik`), so a text is walked word by word with one Map lookup per word and
 * no per-name regexes.
 */

/** Full keys → payload, and the proper prefixes of multi-word keys. */
export interface Trie<T = number> {
  readonly full: Map<string, T>;
  readonly prefixes: Set<string>;
}

/** An empty index. */
export function emptyTrie<T>(): Trie<T> {
  return { full: new Map(), prefixes: new Set() };
}

function addPrefixes(trie: Trie<unknown>, key: string): void {
  for (let i = key.indexOf(' '); i !== -1; i = key.indexOf(' ', i + 1)) trie.prefixes.add(key.slice(0, i));
}

/** Adds one space-separated key with its payload (first insertion wins). */
export function insertKey<T>(trie: Trie<T>, key: string, payload: T): void {
  if (!trie.full.has(key)) trie.full.set(key, payload);
  addPrefixes(trie, key);
}

/** Adds a value to the list stored under a key. */
export function insertInList<T>(trie: Trie<T[]>, key: string, value: T): void {
  const list = trie.full.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else trie.full.set(key, [value]);
  addPrefixes(trie, key);
}

/** Builds the index of the gazetteer keys; the payload is the key's index. */
export function buildTrie(keys: readonly string[]): Trie {
  const trie = emptyTrie<number>();
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    trie.full.set(key, i);
    if (key.includes(' ')) addPrefixes(trie, key);
  }
  return trie;
}

/**
 * The phrase trie compiled for matching: every trie word interned to an integer id, every `word*`
 * prefix too, and each node's empty parts left null so that the walk skips them. A token is
 * looked up once per sentence (trie-scan.ts); the walk then compares integers only.
 */
import type { PhraseTrie, TrieNode } from './phrase-trie.ts';
import type { PrefixIndex } from './trie-prefixes.ts';
import { buildPrefixIndex } from './trie-prefixes.ts';

/** Nodes with more word children than this find them in an array indexed by word id. */
const SCAN_CHILDREN = 6;

/** A compiled node. Children keep the walk order of the source node (see trie-scan.ts). */
export class CompiledNode {
  payloads: Int32Array | null = null;
  /** Nothing below the node: the walk only emits its payloads. */
  leaf = false;
  /** Only word children below (no gaps, prefixes or wildcard). */
  wordsOnly = false;
  gapMin: Int32Array | null = null;
  gapMax: Int32Array | null = null;
  gapNodes: CompiledNode[] | null = null;
  /** Word children: ids and nodes side by side (few children) or `byWord` (many). */
  nextIds: Int32Array | null = null;
  nextNodes: CompiledNode[] | null = null;
  /** Word id → child or null, over the whole vocabulary. */
  byWord: (CompiledNode | null)[] | null = null;
  /** `word*` children: prefix id → child rank (the order the source node tries them in). */
  prefixRank: Map<number, number> | null = null;
  /** Children by rank. */
  prefixNodes: CompiledNode[] | null = null;
  wild: CompiledNode | null = null;
}

/** A trie with integer word and prefix ids. */
export interface CompiledTrie {
  readonly root: CompiledNode;
  /** Normalised trie word → id. */
  readonly words: ReadonlyMap<string, number>;
  /** Prefix id → prefix. */
  readonly prefixes: readonly string[];
  /** The prefixes by their first letters, for tokens the trie does not know. */
  readonly prefixIndex: PrefixIndex;
  /** Word id → the ids of the prefixes the word starts with (null: none), precomputed for known words. */
  readonly wordPrefixes: readonly (Int32Array | null)[];
}

// Keyed by the source root, so that adding a phrase (which changes the root's subtree) can drop it.
const compiledByRoot = new WeakMap<TrieNode, CompiledTrie>();

// The trie of the last call: most calls in a row are for one language.
let lastRoot: TrieNode | null = null;
let lastCompiled: CompiledTrie | null = null;

/** The compiled form of `trie`, built on first use. */
export function compiledTrie(trie: PhraseTrie): CompiledTrie {
  if (trie.root === lastRoot) return lastCompiled!;
  let compiled = compiledByRoot.get(trie.root);
  if (!compiled) compiledByRoot.set(trie.root, (compiled = compile(trie.root)));
  lastRoot = trie.root;
  lastCompiled = compiled;
  return compiled;
}

/** Forgets the compiled form after the source trie changed. */
export function forgetCompiled(trie: PhraseTrie): void {
  compiledByRoot.delete(trie.root);
  if (lastRoot === trie.root) lastRoot = lastCompiled = null;
}

interface Interner {
  readonly words: Map<string, number>;
  readonly prefixIds: Map<string, number>;
}

function compile(source: TrieNode): CompiledTrie {
  const interner: Interner = { words: new Map(), prefixIds: new Map() };
  // Words first, so that nodes with many children can have arrays over the whole vocabulary.
  internWords(source, interner.words);
  const root = compileNode(source, interner);
  const prefixes = [...interner.prefixIds.keys()];
  // Known words have their prefixes ready; other tokens look theirs up in the index.
  const wordPrefixes: (Int32Array | null)[] = [];
  const ids: number[] = [];
  for (const [word, id] of interner.words) {
    ids.length = 0;
    for (let p = 0; p < prefixes.length; p++) if (word.startsWith(prefixes[p]!)) ids.push(p);
    wordPrefixes[id] = ids.length > 0 ? Int32Array.from(ids) : null;
  }
  return { root, words: interner.words, prefixes, prefixIndex: buildPrefixIndex(prefixes), wordPrefixes };
}

function compileNode(source: TrieNode, interner: Interner): CompiledNode {
  const node = new CompiledNode();
  if (source.payloads.length > 0) node.payloads = Int32Array.from(source.payloads);
  if (source.gaps.length > 0) {
    node.gapMin = Int32Array.from(source.gaps, (g) => g.min);
    node.gapMax = Int32Array.from(source.gaps, (g) => g.max);
    node.gapNodes = source.gaps.map((g) => compileNode(g.node, interner));
  }
  compileNext(node, source, interner);
  compilePrefixes(node, source, interner);
  if (source.wild) node.wild = compileNode(source.wild, interner);
  node.wordsOnly = node.gapNodes === null && node.prefixRank === null && node.wild === null;
  node.leaf = node.wordsOnly && node.nextIds === null && node.byWord === null;
  return node;
}

function internWords(source: TrieNode, words: Map<string, number>): void {
  for (const [word, child] of source.next) {
    intern(words, word);
    internWords(child, words);
  }
  for (const g of source.gaps) internWords(g.node, words);
  for (const bucket of source.prefixes.values()) for (const p of bucket) internWords(p.node, words);
  if (source.wild) internWords(source.wild, words);
}

function compileNext(node: CompiledNode, source: TrieNode, interner: Interner): void {
  if (source.next.size === 0) return;
  const children = [...source.next].map(([word, child]) => [interner.words.get(word)!, compileNode(child, interner)] as const);
  if (children.length > SCAN_CHILDREN) {
    node.byWord = new Array<CompiledNode | null>(interner.words.size).fill(null);
    for (const [id, child] of children) node.byWord[id] = child;
    return;
  }
  node.nextIds = Int32Array.from(children, ([id]) => id);
  node.nextNodes = children.map(([, child]) => child);
}

/**
 * A token tries the prefixes of its two-unit bucket, then those of its one-unit bucket, each in
 * insertion order; only prefixes of one bucket pair can match one token, so ranking all two-unit
 * prefixes before all one-unit ones (insertion order within) keeps that order.
 */
function compilePrefixes(node: CompiledNode, source: TrieNode, interner: Interner): void {
  if (source.prefixes.size === 0) return;
  const entries = [...source.prefixes.values()].flat();
  const ranked = [...entries.filter((p) => p.prefix.length >= 2), ...entries.filter((p) => p.prefix.length < 2)];
  node.prefixRank = new Map();
  node.prefixNodes = [];
  for (const [rank, p] of ranked.entries()) {
    node.prefixRank.set(intern(interner.prefixIds, p.prefix), rank);
    node.prefixNodes.push(compileNode(p.node, interner));
  }
}

function intern(ids: Map<string, number>, key: string): number {
  let id = ids.get(key);
  if (id === undefined) ids.set(key, (id = ids.size));
  return id;
}

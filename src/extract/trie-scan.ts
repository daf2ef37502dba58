/**
 * One pass of a compiled phrase trie over a sentence's tokens. Each token is looked up once
 * (word id, possessive-stem id, matching `word*` prefixes); the walk then compares integers.
 * Matches come out as flat (start, end, payload) triples, in exactly the order of a depth-first
 * walk from each start token: at a node its payloads, then gaps, the word, its stem, prefixes
 * (in the node's order) and the wildcard.
 */
import type { Token } from '../text/tokens.ts';
import type { CompiledNode, CompiledTrie } from './trie-compiled.ts';
import { eachPrefix } from './trie-prefixes.ts';

/** Matches as flat triples start, end, payload; `length` counts numbers, not matches. */
export class MatchList {
  data = new Int32Array(96);
  length = 0;

  push(start: number, end: number, payload: number): void {
    if (this.length + 3 > this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = start;
    this.data[this.length++] = end;
    this.data[this.length++] = payload;
  }
}

/** A sentence's tokens as ids (indexed by position minus `from`), and where matches go. */
class Scan {
  ids = new Int32Array(64);
  stems = new Int32Array(64);
  /** Token k's prefix ids are prefixIds[prefixFrom[k], prefixFrom[k + 1]). */
  prefixFrom = new Int32Array(65);
  prefixIds = new Int32Array(64);
  prefixCount = 0;
  to = 0;
  out = new MatchList();
}

const NONE = -1;

// One scratch scan reused by every call: a scan runs to completion and calls nothing outside.
const scan = new Scan();

/** Every match in `tokens[from, to)`, appended to `out` (positions as in `tokens`). */
export function scanPhrases(trie: CompiledTrie, tokens: readonly Token[], from: number, to: number, out: MatchList): void {
  const n = Math.max(to - from, 0);
  prepare(trie, tokens, from, n);
  const mark = out.length;
  scan.out = out;
  const root = trie.root;
  for (let i = 0; i < n; i++) walkRoot(root, i);
  if (from === 0) return;
  for (let k = mark; k < out.length; k += 3) {
    out.data[k]! += from;
    out.data[k + 1]! += from;
  }
}

function prepare(trie: CompiledTrie, tokens: readonly Token[], from: number, n: number): void {
  if (scan.ids.length < n) {
    scan.ids = new Int32Array(n * 2);
    scan.stems = new Int32Array(n * 2);
    scan.prefixFrom = new Int32Array(n * 2 + 1);
  }
  scan.to = n;
  scan.prefixCount = 0;
  const hasPrefixes = trie.prefixes.length > 0;
  for (let k = 0; k < n; k++) {
    const norm = tokens[from + k]!.norm;
    const id = trie.words.get(norm) ?? NONE;
    scan.ids[k] = id;
    scan.stems[k] = isPossessive(norm) ? (trie.words.get(norm.slice(0, -2)) ?? NONE) : NONE;
    scan.prefixFrom[k] = scan.prefixCount;
    if (hasPrefixes) addPrefixes(trie, norm, id);
  }
  scan.prefixFrom[n] = scan.prefixCount;
}

/** "ministry's" → "ministry": a possessive also matches its noun. */
function isPossessive(norm: string): boolean {
  const n = norm.length;
  return n >= 2 && norm.charCodeAt(n - 1) === 115 && norm.charCodeAt(n - 2) === 39;
}

/** Appends the ids of the prefixes `norm` starts with (known words have them precomputed). */
function addPrefixes(trie: CompiledTrie, norm: string, id: number): void {
  if (id !== NONE) {
    const known = trie.wordPrefixes[id];
    if (known !== null) for (let j = 0; j < known!.length; j++) pushPrefix(known![j]!);
    return;
  }
  eachPrefix(trie.prefixIndex, norm, pushPrefix);
}

function pushPrefix(id: number): void {
  if (scan.prefixCount === scan.prefixIds.length) {
    const grown = new Int32Array(scan.prefixIds.length * 2);
    grown.set(scan.prefixIds);
    scan.prefixIds = grown;
  }
  scan.prefixIds[scan.prefixCount++] = id;
}

/** walk(root, i, i) without the call and the checks that cannot apply at the root. */
function walkRoot(root: CompiledNode, i: number): void {
  if (root.gapNodes !== null) walkGaps(root, i, i);
  followWords(root, i, i);
  if (root.prefixRank !== null && scan.prefixFrom[i]! < scan.prefixFrom[i + 1]!) walkPrefixes(root, i, i);
  if (root.wild !== null) visit(root.wild, i, i + 1);
}

function walk(node: CompiledNode, start: number, i: number): void {
  if (node.payloads !== null && i > start) emit(node.payloads, start, i);
  walkChildren(node, start, i);
}

/** walk(node, start, i) for i > start, with fewer calls for nodes that have only words below. */
function visit(node: CompiledNode, start: number, i: number): void {
  if (node.payloads !== null) emit(node.payloads, start, i);
  if (node.leaf) return;
  if (!node.wordsOnly) walkChildren(node, start, i);
  else if (i < scan.to) followWords(node, start, i);
}

/** Everything of walk after the node's own payloads. */
function walkChildren(node: CompiledNode, start: number, i: number): void {
  if (node.gapNodes !== null) walkGaps(node, start, i);
  if (i >= scan.to) return;
  followWords(node, start, i);
  if (node.prefixRank !== null && scan.prefixFrom[i]! < scan.prefixFrom[i + 1]!) walkPrefixes(node, start, i);
  if (node.wild !== null) visit(node.wild, start, i + 1);
}

/** The word children that token i (as itself, then as its stem) goes on to. */
function followWords(node: CompiledNode, start: number, i: number): void {
  const id = scan.ids[i]!;
  if (id !== NONE) {
    const child = childOf(node, id);
    if (child !== null) visit(child, start, i + 1);
  }
  const stem = scan.stems[i]!;
  if (stem !== NONE) {
    const child = childOf(node, stem);
    if (child !== null) visit(child, start, i + 1);
  }
}

function emit(payloads: Int32Array, start: number, end: number): void {
  for (let j = 0; j < payloads.length; j++) scan.out.push(start, end, payloads[j]!);
}

function childOf(node: CompiledNode, id: number): CompiledNode | null {
  if (node.byWord !== null) return node.byWord[id]!;
  const ids = node.nextIds;
  if (ids !== null) for (let j = 0; j < ids.length; j++) if (ids[j] === id) return node.nextNodes![j]!;
  return null;
}

function walkGaps(node: CompiledNode, start: number, i: number): void {
  const nodes = node.gapNodes!;
  for (let g = 0; g < nodes.length; g++) {
    const max = node.gapMax![g]!;
    for (let k = node.gapMin![g]!; k <= max && i + k <= scan.to; k++) walk(nodes[g]!, start, i + k);
  }
}

/** The token's prefixes that are children here, in the node's order (usually one or none). */
function walkPrefixes(node: CompiledNode, start: number, i: number): void {
  const rankOf = node.prefixRank!;
  const from = scan.prefixFrom[i]!;
  const to = scan.prefixFrom[i + 1]!;
  if (to - from === 1) {
    const rank = rankOf.get(scan.prefixIds[from]!);
    if (rank !== undefined) visit(node.prefixNodes![rank]!, start, i + 1);
    return;
  }
  const ranks: number[] = [];
  for (let j = from; j < to; j++) {
    const rank = rankOf.get(scan.prefixIds[j]!);
    if (rank !== undefined) ranks.push(rank);
  }
  ranks.sort((a, b) => a - b);
  for (const rank of ranks) visit(node.prefixNodes![rank]!, start, i + 1);
}

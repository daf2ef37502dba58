/**
 * Phrase lists compiled into one token trie, so that every lexicon phrase is found in a single
 * pass over a sentence's tokens (no regex per entry). Phrase syntax, per token:
 * `word`, `(a|b c)` alternatives, `[optional words]`, `*` any one token, `word*` any token that
 * starts with `word`, `{m,n}` any m to n tokens (a gap, without expanding the phrase).
 */
import type { Token } from '../text/tokens.ts';
import { normalizeWord } from '../text/tokens.ts';
import { compiledTrie, forgetCompiled } from './trie-compiled.ts';
import { MatchList, scanPhrases } from './trie-scan.ts';

/** A node of the phrase trie as built (compiled for matching by trie-compiled.ts). */
export interface TrieNode {
  readonly next: Map<string, TrieNode>;
  /** `word*` children, indexed by their first two letters (a token only checks its own bucket). */
  prefixes: Map<string, { prefix: string; node: TrieNode }[]>;
  gaps: { min: number; max: number; node: TrieNode }[];
  wild: TrieNode | null;
  payloads: number[];
}

/** A phrase found in the tokens: token range [start, end) and the payload index it carries. */
export interface PhraseMatch {
  readonly start: number;
  readonly end: number;
  readonly payload: number;
}

/** A compiled phrase set. Payloads are indexes into the caller's own table. */
export interface PhraseTrie {
  readonly root: TrieNode;
}

const MAX_EXPANSIONS = 100_000;

/** Thrown for a phrase that cannot be parsed; the lexicon loader adds the file and entry. */
export class PhraseSyntaxError extends Error {
  override name = 'PhraseSyntaxError';
}

function newNode(): TrieNode {
  return { next: new Map(), prefixes: new Map(), gaps: [], wild: null, payloads: [] };
}

/** An empty trie. */
export function createTrie(): PhraseTrie {
  return { root: newNode() };
}

/** Adds one phrase (with the syntax above) for `payload`. */
export function addPhrase(trie: PhraseTrie, phrase: string, payload: number): void {
  forgetCompiled(trie);
  for (const seq of expand(phrase)) {
    if (seq.length === 0) throw new PhraseSyntaxError(`phrase "${phrase}" can match nothing`);
    let node = trie.root;
    for (const word of seq) node = child(node, word);
    if (!node.payloads.includes(payload)) node.payloads.push(payload);
  }
}

const GAP = /^\{(\d+),(\d+)\}$/;

function child(node: TrieNode, word: string): TrieNode {
  if (word === '*') return (node.wild ??= newNode());
  const gap = GAP.exec(word);
  if (gap) {
    const [min, max] = [Number(gap[1]), Number(gap[2])];
    if (min > max) throw new PhraseSyntaxError(`bad gap ${word}`);
    let entry = node.gaps.find((g) => g.min === min && g.max === max);
    if (!entry) node.gaps.push((entry = { min, max, node: newNode() }));
    return entry.node;
  }
  if (word.length > 1 && word.endsWith('*')) {
    const prefix = normalizeWord(word.slice(0, -1));
    const bucket = node.prefixes.get(prefix.slice(0, 2)) ?? [];
    node.prefixes.set(prefix.slice(0, 2), bucket);
    let entry = bucket.find((p) => p.prefix === prefix);
    if (!entry) bucket.push((entry = { prefix, node: newNode() }));
    return entry.node;
  }
  const key = normalizeWord(word);
  let next = node.next.get(key);
  if (!next) node.next.set(key, (next = newNode()));
  return next;
}

// Reused by every call (a call runs to completion).
const findScratch = new MatchList();

/** Every phrase match in `tokens[from, to)`, in order of start then length. */
export function findPhrases(trie: PhraseTrie, tokens: readonly Token[], from = 0, to = tokens.length): PhraseMatch[] {
  const triples = findScratch;
  triples.length = 0;
  scanPhrases(compiledTrie(trie), tokens, from, to, triples);
  const out: PhraseMatch[] = [];
  const data = triples.data;
  for (let k = 0; k < triples.length; k += 3) out.push({ start: data[k]!, end: data[k + 1]!, payload: data[k + 2]! });
  return out;
}

type Item = { kind: 'word'; word: string } | { kind: 'alt'; options: Item[][]; optional: boolean };

/** All token sequences a phrase stands for. */
export function expand(phrase: string): string[][] {
  const items = parseSeq(phrase.trim(), { pos: 0 }, '');
  let seqs: string[][] = [[]];
  for (const item of items) {
    if (item.kind === 'word') {
      for (const word of splitWord(item.word)) seqs = seqs.map((s) => [...s, word]);
      continue;
    }
    const options = item.options.flatMap((opt) => expandItems(opt));
    if (item.optional) options.push([]);
    seqs = seqs.flatMap((s) => options.map((o) => [...s, ...o]));
    if (seqs.length > MAX_EXPANSIONS) throw new PhraseSyntaxError(`phrase "${phrase}" expands to too many forms`);
  }
  return seqs;
}

function expandItems(items: Item[]): string[][] {
  let seqs: string[][] = [[]];
  for (const item of items) {
    const opts = item.kind === 'word' ? [splitWord(item.word)] : item.options.flatMap(expandItems);
    if (item.kind === 'alt' && item.optional) opts.push([]);
    seqs = seqs.flatMap((s) => opts.map((o) => [...s, ...o]));
  }
  return seqs;
}

/** Phrase words follow the tokeniser: hyphens split, a lone apostrophe-s stays attached. */
function splitWord(word: string): string[] {
  if (word === '*' || word === '%' || GAP.test(word)) return [word];
  return word.split('-').filter((w) => w !== '');
}

function parseSeq(src: string, st: { pos: number }, close: string): Item[] {
  const items: Item[] = [];
  let word = '';
  const flush = (): void => {
    if (word !== '') items.push({ kind: 'word', word });
    word = '';
  };
  while (st.pos < src.length) {
    const c = src[st.pos]!;
    if (c === ' ') {
      flush();
      st.pos++;
    } else if (c === '(' || c === '[') {
      flush();
      st.pos++;
      items.push({ kind: 'alt', options: parseAlts(src, st, c === '(' ? ')' : ']'), optional: c === '[' });
    } else if (close !== '' && (c === close || c === '|')) {
      flush();
      return items;
    } else if (c === ')' || c === ']' || c === '|') {
      throw new PhraseSyntaxError(`unexpected "${c}" in "${src}"`);
    } else {
      word += c;
      st.pos++;
    }
  }
  if (close !== '') throw new PhraseSyntaxError(`missing "${close}" in "${src}"`);
  flush();
  return items;
}

function parseAlts(src: string, st: { pos: number }, close: string): Item[][] {
  const options: Item[][] = [];
  for (;;) {
    options.push(parseSeq(src, st, close));
    const c = src[st.pos];
    st.pos++;
    if (c === close) return options;
  }
}

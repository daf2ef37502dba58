/**
 * Facts about what a pattern's matches look like (see pattern-shape.ts for the reader), used as
 * preconditions that are cheaper than the regex: a line that fails one cannot match.
 */
import type { PatternNode } from './pattern-shape.ts';

type Seq = readonly PatternNode[];

/** Sources of one-character patterns (literal, class or escape), or null for "any character". */
interface Edge {
  readonly frags: string[] | null;
  /** The sequence can match without consuming a character. */
  readonly nullable: boolean;
}

/**
 * One-character pattern sources, one of which the first character of every match satisfies; null
 * unless every match starts at the start of the input (`^`) and consumes at least one character.
 */
export function firstChars(alts: readonly Seq[]): string[] | null {
  if (!alts.every((seq) => anchored(seq, false))) return null;
  const edge = unionEdge(alts, false);
  return edge.nullable ? null : edge.frags;
}

/** Like firstChars for the last character, for patterns anchored with `$` (no `m` flag). */
export function lastChars(alts: readonly Seq[]): string[] | null {
  if (!alts.every((seq) => anchored(seq, true))) return null;
  const edge = unionEdge(alts, true);
  return edge.nullable ? null : edge.frags;
}

/** Whether every match of `seq` touches the start (end) of the input. */
function anchored(seq: Seq, atEnd: boolean): boolean {
  for (const node of atEnd ? [...seq].reverse() : seq) {
    if (node.kind === 'assert') {
      if (node.src === (atEnd ? '$' : '^')) return true;
      if (node.src === '^' || node.src === '$') return false;
      continue; // \b, \B and lookarounds consume nothing
    }
    if (node.kind === 'group' && node.min >= 1) return node.alts.every((alt) => anchored(alt, atEnd));
    return false;
  }
  return false;
}

function unionEdge(alts: readonly Seq[], atEnd: boolean): Edge {
  const frags: string[] = [];
  let nullable = false;
  for (const seq of alts) {
    const edge = seqEdge(seq, atEnd);
    if (edge.frags === null) return { frags: null, nullable: true };
    frags.push(...edge.frags);
    nullable ||= edge.nullable;
  }
  return { frags, nullable };
}

function seqEdge(seq: Seq, atEnd: boolean): Edge {
  const frags: string[] = [];
  for (const node of atEnd ? [...seq].reverse() : seq) {
    if (node.kind === 'assert') continue;
    const edge = nodeEdge(node, atEnd);
    if (edge.frags === null) return edge;
    frags.push(...edge.frags);
    if (!edge.nullable) return { frags, nullable: false };
  }
  return { frags, nullable: true };
}

function nodeEdge(node: Exclude<PatternNode, { kind: 'assert' }>, atEnd: boolean): Edge {
  if (node.kind === 'group') {
    const inner = unionEdge(node.alts, atEnd);
    return { frags: inner.frags, nullable: inner.nullable || node.min === 0 };
  }
  if (node.src === '.') return { frags: null, nullable: true };
  return { frags: [node.src], nullable: node.min === 0 };
}

/**
 * Strings one of which every match contains, or null. Of the candidates a sequence offers (runs
 * of required literal characters, required groups), the most telling one (see `literalScore`).
 */
export function literalSet(alts: readonly Seq[]): string[] | null {
  const out: string[] = [];
  for (const seq of alts) {
    const best = seqLiterals(seq);
    if (!best) return null;
    out.push(...best);
  }
  return out;
}

function seqLiterals(seq: Seq): string[] | null {
  const candidates: string[][] = [];
  let run = '';
  const endRun = (): void => {
    if (run !== '') candidates.push([run]);
    run = '';
  };
  for (const node of seq) {
    if (node.kind === 'char' && node.min >= 1) {
      run += node.ch;
      // A repeated character is there once; what follows need not be next to that one.
      if (node.max !== 1) endRun();
      continue;
    }
    endRun();
    if (node.kind === 'group' && node.min >= 1) {
      const inner = literalSet(node.alts);
      if (inner) candidates.push(inner);
    }
  }
  endRun();
  let best: string[] | null = null;
  for (const c of candidates) if (!best || literalScore(c) > literalScore(best)) best = c;
  return best;
}

/**
 * How telling a set of literals is: its weakest member's longest word ("read " beats "on the ":
 * short words are everywhere in prose).
 */
export function literalScore(set: readonly string[]): number {
  let min = Infinity;
  for (const s of set) {
    let longest = 0;
    for (const word of s.split(' ')) longest = Math.max(longest, word.length);
    min = Math.min(min, longest);
  }
  return min;
}

/** Longest stretch of a pattern's end that an ending test looks back over. */
const TAIL_REACH = 40;

/**
 * For a pattern anchored with `$` (no `m` flag): the source of its last items, as far back as
 * they match a bounded stretch (2 to TAIL_REACH characters, plus white-space runs), or null.
 * Whatever matches the pattern ends with something this matches, so a sticky lookbehind
 * `(?<=tail)` at the end of a line is a necessary condition that costs a few steps.
 */
export function boundedTail(alts: readonly Seq[]): string | null {
  const tails: string[] = [];
  for (const seq of alts) {
    const last = seq[seq.length - 1];
    if (!last || last.kind !== 'assert' || last.src !== '$') return null;
    let tail = '';
    let reach = 0;
    for (let i = seq.length - 2; i >= 0; i--) {
      const node = seq[i]!;
      if (node.kind === 'assert') break;
      const len = node.kind === 'set' && node.src === '\\s' ? 0 : maxLength(node);
      if (reach + len > TAIL_REACH) break;
      reach += len;
      tail = node.raw + tail;
    }
    // One character is no more than the last-character fact already says.
    if (reach < 2) return null;
    tails.push(tail);
  }
  return tails.length === 1 ? tails[0]! : `(?:${tails.join('|')})`;
}

/** Most characters a node can match (Infinity when unbounded). */
function maxLength(node: Exclude<PatternNode, { kind: 'assert' }>): number {
  if (node.kind !== 'group') return node.max;
  let longest = 0;
  for (const alt of node.alts) {
    let sum = 0;
    for (const n of alt) if (n.kind !== 'assert') sum += maxLength(n);
    longest = Math.max(longest, sum);
  }
  return longest * node.max;
}

/** Pairs of one-character pattern sources: what the first two characters of a match can be. */
export type HeadPair = readonly [string, string];

/** Expansion budget: patterns whose first two characters branch more widely get no pair fact. */
const MAX_PAIRS = 64;

/**
 * For a pattern anchored with `^` whose every match is at least two characters long: the pairs
 * [first, second] one of which every match starts with; null when that is not known.
 */
export function headPairs(alts: readonly Seq[]): HeadPair[] | null {
  if (!alts.every((seq) => anchored(seq, false))) return null;
  const out: HeadPair[] = [];
  for (const seq of alts) if (!expand(seq, [], out)) return null;
  const seen = new Set<string>();
  return out.filter((p) => !seen.has(p.join('\u0000')) && seen.add(p.join('\u0000')));
}

/** Adds the first-two-character paths of `items` after `taken`; false when a match can be shorter. */
function expand(items: Seq, taken: readonly string[], out: HeadPair[]): boolean {
  if (taken.length === 2) {
    out.push([taken[0]!, taken[1]!]);
    return out.length <= MAX_PAIRS;
  }
  const [node, ...rest] = items;
  if (!node) return false;
  if (node.kind === 'assert') return expand(rest, taken, out);
  if (node.min === 0 && !expand(rest, taken, out)) return false;
  if (node.max === 0) return true;
  // One more repetition of the node, then what is left of its repeats, then the rest.
  const left: PatternNode[] = node.max > 1 ? [{ ...node, min: Math.max(0, node.min - 1), max: node.max - 1 }] : [];
  if (node.kind !== 'group') return expand([...left, ...rest], [...taken, node.src], out);
  for (const alt of node.alts) if (!expand([...alt, ...left, ...rest], taken, out)) return false;
  return true;
}

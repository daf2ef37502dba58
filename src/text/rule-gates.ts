/**
 * Cheap preconditions ("gates") for the boilerplate rules, derived from each pattern
 * (pattern-facts.ts), so the regex runs only on the few lines that could match it:
 * - a literal bit: one of the pattern's required literals is in the line (one scan per body);
 * - first two characters (or the first) / last character: for `^` / `$` anchored patterns, what
 *   the line must start / end with;
 * - a required ending: for `$` anchored patterns, the pattern's own last items (", 2025.", "/ TASS")
 *   tested as a lookbehind at the end of the line.
 * Every gate is a necessary condition of a match, so skipping a failing rule changes nothing.
 */
import { CharGate, PairGate } from './char-gate.ts';
import { type TaggedLiteral, LiteralScanner } from './literal-scan.ts';
import { boundedTail, firstChars, headPairs, lastChars, literalScore, literalSet } from './pattern-facts.ts';
import { parsePattern } from './pattern-shape.ts';

/** A rule's pattern and flags as compiled. */
export interface RuleSource {
  readonly pattern: string;
  readonly flags: string;
}

/** The gates of one rule; null / 0: no such gate. */
export interface Gate {
  readonly literalBit: number;
  readonly first: CharGate | null;
  /** The first two characters (used instead of `first` where the pattern tells them). */
  readonly head: PairGate | null;
  readonly last: CharGate | null;
  /** Sticky lookbehind over the pattern's bounded tail, tested at the end of the line. */
  readonly ending: RegExp | null;
}

/** What one scan of a body found: literal bits per line (split at "\n") and over the whole body. */
export interface LiteralsSeen {
  readonly lines: Int32Array;
  readonly any: number;
}

/** The gates of every rule, in the rules' order. */
export interface RuleGates {
  readonly lines: readonly Gate[];
  readonly tails: readonly Gate[];
  readonly prefixes: readonly Gate[];
  scan(body: string): LiteralsSeen;
  /**
   * Bit k set: line rule k (k < 31) may match a line with these literal bits; rules from 31 on
   * are not in the mask and are always to be tried.
   */
  candidates(seen: number): number;
}

/** Literal sets weaker than this (short words such as "ap", single characters) are not worth a bit. */
const MIN_LITERAL_SCORE = 3;
/** Bits of an Int32. */
const MAX_BITS = 31;

/** Derives the gates of all rules. Multi-line (`m`) patterns get only a literal gate. */
export function buildGates(rules: { lines: readonly RuleSource[]; tails: readonly RuleSource[]; prefixes: readonly RuleSource[] }): RuleGates {
  const literals: TaggedLiteral[] = [];
  const wanted: TaggedLiteral[][] = [];
  // Line rule k gets bit k (so a line's bits also say which rules to try), tail rule k bit
  // lines + k; rules past the 31 bits of an Int32 get no literal gate.
  const literalBitOf = (rule: RuleSource, position: number): number => {
    const alts = parsePattern(rule.pattern);
    const set = alts && literalSet(alts);
    if (!set || literalScore(set) < MIN_LITERAL_SCORE || position >= MAX_BITS) return 0;
    const bit = 1 << position;
    const tagged = set.map((text) => ({ text, bit }));
    wanted.push(tagged);
    literals.push(...tagged);
    return bit;
  };
  const lineBits = rules.lines.map((r, k) => literalBitOf(r, k));
  const tailBits = rules.tails.map((r, k) => literalBitOf(r, rules.lines.length + k));
  const scanner = literals.length > 0 ? new LiteralScanner(literals) : null;
  // A set with a literal the scanner could not take gives no gate (its absence would prove nothing).
  const usable = (bit: number): number => (bit !== 0 && scanner && wanted.some((w) => w[0]!.bit === bit && w.every((l) => scanner.accepts(l))) ? bit : 0);
  const lines = rules.lines.map((r, k) => lineGate(r, usable(lineBits[k]!)));
  const tails = rules.tails.map((_r, k) => ({ ...NO_GATES, literalBit: usable(tailBits[k]!) }));
  const prefixes = rules.prefixes.map((r) => lineGate(r, 0));
  // Line rules among the first 31 that have no literal gate: always worth trying.
  let ungated = 0;
  lines.forEach((g, k) => {
    if (k < MAX_BITS && g.literalBit === 0) ungated |= 1 << k;
  });
  const gated = lines.reduce((mask, g) => mask | g.literalBit, 0);
  return {
    lines,
    tails,
    prefixes,
    candidates: (seen: number): number => (seen & gated) | ungated,
    scan(body: string): LiteralsSeen {
      const count = lineCount(body);
      if (!scanner) return { lines: new Int32Array(count).fill(-1), any: -1 };
      const seen = scanner.lineBits(body, count);
      let any = 0;
      for (let k = 0; k < seen.length; k++) any |= seen[k]!;
      return { lines: seen, any };
    },
  };
}

const NO_GATES: Gate = { literalBit: 0, first: null, head: null, last: null, ending: null };

function lineGate(rule: RuleSource, literalBit: number): Gate {
  const alts = parsePattern(rule.pattern);
  if (!alts || rule.flags.includes('m')) return { ...NO_GATES, literalBit };
  const pairs = headPairs(alts);
  // A pair that starts with "any character" tells little: keep the first-character test then.
  const head = pairs && !pairs.some((p) => p[0] === '.') ? new PairGate(pairs, rule.flags) : null;
  const first = head ? null : firstChars(alts);
  const last = lastChars(alts);
  const tail = boundedTail(alts);
  return {
    literalBit,
    first: first && new CharGate(first, rule.flags),
    head,
    last: last && new CharGate(last, rule.flags),
    ending: tail === null ? null : new RegExp(`(?<=${tail})`, `${rule.flags}y`),
  };
}

/**
 * Whether `line` (trimmed, non-empty, for line rules) passes every gate of a rule; `seen` holds
 * the literal bits found in the line (-1: unknown, every literal gate passes).
 */
export function passesGates(gate: Gate, line: string, seen: number): boolean {
  if (gate.literalBit !== 0 && (seen & gate.literalBit) === 0) return false;
  if (gate.first && !gate.first.passesAt(line, 0)) return false;
  if (gate.head && !gate.head.passes(line)) return false;
  if (gate.last && !gate.last.passesLast(line)) return false;
  if (gate.ending) {
    gate.ending.lastIndex = line.length;
    if (!gate.ending.test(line)) return false;
  }
  return true;
}

function lineCount(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * Boilerplate removal: donation appeals, newsletter and app sign-ups, "Read more" teasers,
 * author bios, share widgets and photo captions are not the article and never carry claims
 * (CLAIMS.md). The rules are data (data/lexicon/boilerplate.json); this file only applies them.
 */
import { z } from 'zod';
import { EntryBase, compilePattern, parseLexiconEntries, readLexiconFile } from './lexicon-file.ts';
import { type Gate, type RuleGates, type RuleSource, buildGates, passesGates } from './rule-gates.ts';

/**
 * One rule. `line`: a line that matches is dropped (only lines up to `maxLength` characters, so a
 * whole article squeezed onto one line is never lost). `tail`: everything from the match to the
 * end of the body is dropped (the appeal block that closes a page). `prefix`: the match is cut
 * from the start of a line (datelines: "KHARKIV, Ukraine (AP) —").
 */
export const BoilerplateEntry = EntryBase.extend({
  kind: z.enum(['line', 'tail', 'prefix']),
  pattern: z.string().min(1),
  caseSensitive: z.boolean().optional(),
  maxLength: z.number().int().positive().optional(),
});
export type BoilerplateEntry = z.infer<typeof BoilerplateEntry>;

interface LineRule {
  readonly id: string;
  readonly re: RegExp;
  readonly maxLength: number;
}

/** Compiled boilerplate rules. */
export interface BoilerplateRules {
  readonly lineRules: readonly LineRule[];
  readonly tails: readonly { readonly id: string; readonly re: RegExp }[];
  readonly prefixes: readonly { readonly id: string; readonly re: RegExp }[];
  /** Cheap preconditions derived from the patterns (rule-gates.ts), one per rule above in order. */
  readonly gates: RuleGates;
}

/** A piece of text the rules removed, and the rule that removed it. */
export interface DroppedText {
  readonly ruleId: string;
  readonly text: string;
}

const DEFAULT_MAX_LINE = 400;
const FILE = 'boilerplate.json';

/** Validates and compiles boilerplate entries (already parsed JSON). */
export function compileBoilerplate(raw: unknown, file = FILE): BoilerplateRules {
  const entries = parseLexiconEntries(file, raw, BoilerplateEntry);
  const flags = (e: BoilerplateEntry): string => (e.caseSensitive ? 'u' : 'iu');
  const source = (e: BoilerplateEntry, pattern: string, extra = ''): RuleSource & { id: string; re: RegExp } => ({
    id: e.id,
    pattern,
    flags: flags(e) + extra,
    re: compilePattern(file, e.id, pattern, flags(e) + extra),
  });
  const lineRules = entries
    .filter((e) => e.kind === 'line')
    .map((e) => ({ ...source(e, e.pattern), maxLength: e.maxLength ?? DEFAULT_MAX_LINE }));
  const tails = entries.filter((e) => e.kind === 'tail').map((e) => source(e, e.pattern, 'm'));
  const prefixes = entries
    .filter((e) => e.kind === 'prefix')
    .map((e) => source(e, e.pattern.startsWith('^') ? e.pattern : `^${e.pattern}`));
  return { lineRules, tails, prefixes, gates: buildGates({ lines: lineRules, tails, prefixes }) };
}

/** Reads data/lexicon/boilerplate.json (or another file of the same shape). */
export function loadBoilerplateRules(path: string): BoilerplateRules {
  return compileBoilerplate(readLexiconFile(path, z.unknown()), FILE);
}

/** The body without boilerplate; paragraph breaks are kept. */
export function dropBoilerplate(body: string, rules: BoilerplateRules): string {
  return splitBoilerplate(body, rules).kept;
}

/** The body without boilerplate, plus what was dropped and why (for `--errors` style debugging). */
export function splitBoilerplate(body: string, rules: BoilerplateRules): { kept: string; dropped: DroppedText[] } {
  const dropped: DroppedText[] = [];
  let text = body;
  // Literals are looked up once in the whole body; the lines after a tail cut are a prefix of its
  // lines (the last one perhaps shortened), so a literal missing here is missing there too.
  const seen = rules.gates.scan(body);
  const tail = earliestTail(text, rules, seen.any);
  if (tail) {
    dropped.push({ ruleId: tail.id, text: text.slice(tail.index) });
    text = text.slice(0, tail.index);
  }
  const kept: string[] = [];
  const lines = text.split('\n');
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    const ruleId = lineRuleFor(line.trim(), rules, seen.lines[k]!);
    if (ruleId) dropped.push({ ruleId, text: line });
    else kept.push(cutPrefixes(line, rules, dropped));
  }
  return { kept: kept.join('\n').replace(/\n{3,}/g, '\n\n').trim(), dropped };
}

function cutPrefixes(line: string, rules: BoilerplateRules, dropped: DroppedText[]): string {
  if (line === '') return line;
  for (let r = 0; r < rules.prefixes.length; r++) {
    const { id, re } = rules.prefixes[r]!;
    if (!passesGates(rules.gates.prefixes[r]!, line, -1)) continue;
    const m = re.exec(line);
    if (m && m[0].length < line.length) {
      dropped.push({ ruleId: id, text: m[0] });
      return line.slice(m[0].length);
    }
  }
  return line;
}

function earliestTail(text: string, rules: BoilerplateRules, seen: number): { id: string; index: number } | null {
  let best: { id: string; index: number } | null = null;
  for (let r = 0; r < rules.tails.length; r++) {
    const { id, re } = rules.tails[r]!;
    const bit = rules.gates.tails[r]!.literalBit;
    if (bit !== 0 && (seen & bit) === 0) continue;
    const m = re.exec(text);
    if (m && (!best || m.index < best.index)) best = { id, index: m.index };
  }
  return best;
}

function lineRuleFor(line: string, rules: BoilerplateRules, seen: number): string | null {
  if (line === '') return null;
  // One regex per rule is faster than one big alternation; the gates (required literals, first
  // and last characters, required ending) skip the regex on lines it cannot match. Rules whose
  // literals the line lacks are not even visited: the set bits of `candidates`, in rule order.
  const { lineRules } = rules;
  const gates = rules.gates.lines;
  for (let mask = rules.gates.candidates(seen); mask !== 0; mask &= mask - 1) {
    const r = 31 - Math.clz32(mask & -mask);
    if (tryRule(line, lineRules[r]!, gates[r]!, seen)) return lineRules[r]!.id;
  }
  for (let r = MASKED_RULES; r < lineRules.length; r++) if (tryRule(line, lineRules[r]!, gates[r]!, seen)) return lineRules[r]!.id;
  return null;
}

/** Line rules beyond this many are not in the candidate mask (an Int32 has 31 usable bits). */
const MASKED_RULES = 31;

function tryRule(line: string, rule: LineRule, gate: Gate, seen: number): boolean {
  return line.length <= rule.maxLength && passesGates(gate, line, seen) && rule.re.test(line);
}

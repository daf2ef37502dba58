/**
 * Boilerplate removal: donation appeals, newsletter and app sign-ups, "Read more" teasers,
 * author bios, share widgets and photo captions are not the article and never carry claims
 * (CLAIMS.md). The rules are data (data/lexicon/boilerplate.json); this file only applies them.
 */
import { z } from 'zod';
import { EntryBase, compilePattern, parseLexiconEntries, readLexiconFile } from './lexicon-file.ts';
import { literalView, requiredLiterals } from './required-literals.ts';

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
  /** One of these (lower-cased) is in every line the rule matches; null: no prefilter. */
  readonly literals: readonly string[] | null;
}

/** Compiled boilerplate rules. */
export interface BoilerplateRules {
  readonly lineRules: readonly LineRule[];
  readonly tails: readonly { readonly id: string; readonly re: RegExp }[];
  readonly prefixes: readonly { readonly id: string; readonly re: RegExp }[];
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
  const lines = entries.filter((e) => e.kind === 'line');
  const lineRules = lines.map((e) => ({
    id: e.id,
    re: compilePattern(file, e.id, e.pattern, flags(e)),
    maxLength: e.maxLength ?? DEFAULT_MAX_LINE,
    literals: requiredLiterals(e.pattern),
  }));
  const tails = entries
    .filter((e) => e.kind === 'tail')
    .map((e) => ({ id: e.id, re: compilePattern(file, e.id, e.pattern, `${flags(e)}m`) }));
  const prefixes = entries
    .filter((e) => e.kind === 'prefix')
    .map((e) => ({ id: e.id, re: compilePattern(file, e.id, e.pattern.startsWith('^') ? e.pattern : `^${e.pattern}`, flags(e)) }));
  return { lineRules, tails, prefixes };
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
  const tail = earliestTail(text, rules);
  if (tail) {
    dropped.push({ ruleId: tail.id, text: text.slice(tail.index) });
    text = text.slice(0, tail.index);
  }
  const kept: string[] = [];
  for (const line of text.split('\n')) {
    const ruleId = lineRuleFor(line.trim(), rules);
    if (ruleId) dropped.push({ ruleId, text: line });
    else kept.push(cutPrefixes(line, rules, dropped));
  }
  return { kept: kept.join('\n').replace(/\n{3,}/g, '\n\n').trim(), dropped };
}

function cutPrefixes(line: string, rules: BoilerplateRules, dropped: DroppedText[]): string {
  for (const { id, re } of rules.prefixes) {
    const m = re.exec(line);
    if (m && m[0].length < line.length) {
      dropped.push({ ruleId: id, text: m[0] });
      return line.slice(m[0].length);
    }
  }
  return line;
}

function earliestTail(text: string, rules: BoilerplateRules): { id: string; index: number } | null {
  let best: { id: string; index: number } | null = null;
  for (const { id, re } of rules.tails) {
    const m = re.exec(text);
    if (m && (!best || m.index < best.index)) best = { id, index: m.index };
  }
  return best;
}

function lineRuleFor(line: string, rules: BoilerplateRules): string | null {
  if (line === '') return null;
  // One regex per rule is faster than one big alternation: each has its own literal prefix scan.
  // A rule whose required words are all absent is not run (unanchored alternations are slow).
  let view: string | null = null;
  for (const rule of rules.lineRules) {
    if (line.length > rule.maxLength) continue;
    if (rule.literals && !containsAny((view ??= literalView(line)), rule.literals)) continue;
    if (rule.re.test(line)) return rule.id;
  }
  return null;
}

function containsAny(text: string, words: readonly string[]): boolean {
  for (const w of words) if (text.includes(w)) return true;
  return false;
}

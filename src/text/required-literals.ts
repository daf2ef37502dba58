/**
 * A cheap prefilter for a regex: lower-case ASCII strings at least one of which every match of the
 * pattern contains. A line that contains none of them cannot match, so the regex is never run on
 * it (most lines of an article are not boilerplate). The analysis is conservative: any construct
 * it does not understand gives null (no prefilter), never a wrong answer.
 */

/** Characters taken as literals (the same under `i`/`iu` once the text is lower-cased). */
const LITERAL = /[a-z0-9 ,'&:-]/i;
const MAX_DEPTH = 4;

/** The literals, or null when the pattern has no usable ones. */
export function requiredLiterals(pattern: string): string[] | null {
  const found = sequenceLiterals(pattern, 0, pattern.length, 0);
  return found && found.length > 0 ? found : null;
}

/**
 * The text a literal test runs on: lower-cased, with the one non-ASCII letter whose simple case
 * folding (the `iu` flags) is an ASCII letter that lower-casing does not map ('ſ' → s; the Kelvin
 * sign already lower-cases to k).
 */
export function literalView(line: string): string {
  const lower = line.toLowerCase();
  return lower.includes('ſ') ? lower.replaceAll('ſ', 's') : lower;
}

function sequenceLiterals(src: string, from: number, to: number, depth: number): string[] | null {
  const alts = splitTopLevel(src, from, to);
  if (!alts || depth > MAX_DEPTH) return null;
  const out: string[] = [];
  for (const [a, b] of alts) {
    const lits = alternativeLiterals(src, a, b, depth);
    if (!lits) return null;
    out.push(...lits);
  }
  return out;
}

function alternativeLiterals(src: string, from: number, to: number, depth: number): string[] | null {
  let pos = from;
  for (;;) {
    if (src[pos] === '^') pos++;
    else if (src.startsWith('\\b', pos)) pos += 2;
    else break;
  }
  if (pos >= to) return null;
  if (src[pos] === '(') {
    if (src[pos + 1] === '?' && src[pos + 2] !== ':') return null;
    const end = closingParen(src, pos);
    if (end < 0 || end >= to || isQuantifier(src[end + 1])) return null;
    return sequenceLiterals(src, src[pos + 1] === '?' ? pos + 3 : pos + 1, end, depth + 1);
  }
  let lit = '';
  while (pos < to && LITERAL.test(src[pos]!)) {
    if (isQuantifier(src[pos + 1])) break;
    lit += src[pos];
    pos++;
  }
  return lit === '' ? null : [lit.toLowerCase()];
}

/** `?`, `*` and `{m,n}` can make what they follow absent. */
function isQuantifier(c: string | undefined): boolean {
  return c === '?' || c === '*' || c === '{';
}

/** [start, end) of each top-level alternative, or null on a syntax it does not follow. */
function splitTopLevel(src: string, from: number, to: number): [number, number][] | null {
  const out: [number, number][] = [];
  let start = from;
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') {
      i = classEnd(src, i);
      if (i < 0) return null;
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push([start, i]);
      start = i + 1;
    }
  }
  if (depth !== 0) return null;
  out.push([start, to]);
  return out;
}

function classEnd(src: string, open: number): number {
  for (let i = open + 1; i < src.length; i++) {
    if (src[i] === '\\') i++;
    else if (src[i] === ']') return i;
  }
  return -1;
}

function closingParen(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') {
      i = classEnd(src, i);
      if (i < 0) return -1;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

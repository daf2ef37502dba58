/**
 * A small reader for the regular expressions in data/lexicon (JavaScript `u` syntax, the subset
 * those files use) and three facts derived from one, all conservative (a construct it does not
 * follow gives "no fact", never a wrong one):
 * - `firstChars` / `lastChars`: for a pattern anchored with `^` (`$`), a one-character pattern
 *   that the first (last) character of every match satisfies;
 * - `literalSet`: strings one of which every match contains.
 * The boilerplate rules use them as cheap per-line preconditions before running the regex.
 */

/** Repeat bounds and the node's source with its quantifier. */
interface Repeated {
  readonly min: number;
  readonly max: number;
  readonly raw: string;
}

/** One element of a sequence (`src`: the atom's source without its quantifier). */
export type PatternNode =
  | ({ readonly kind: 'char'; readonly src: string; readonly ch: string } & Repeated)
  | ({ readonly kind: 'set'; readonly src: string } & Repeated)
  | ({ readonly kind: 'group'; readonly alts: PatternNode[][] } & Repeated)
  | { readonly kind: 'assert'; readonly src: string };

type Parsed = { kind: 'char'; src: string; ch: string } | { kind: 'set'; src: string } | { kind: 'group'; alts: PatternNode[][] } | { kind: 'assert'; src: string };

/** Group openings after "(" this reader follows: non-capturing, lookahead, lookbehind. */
const GROUP_HEADS = ['?:', '?=', '?!', '?<=', '?<!'];
/** Escapes that stand for a class of characters. */
const CLASS_ESCAPES = 'dDwWsS';
/** Escapes that stand for one control character. */
const CONTROL_ESCAPES: Readonly<Record<string, string>> = { t: '\t', n: '\n', r: '\r', f: '\f', v: '\v' };

/** The alternatives of `source`, or null when it uses syntax this reader does not follow. */
export function parsePattern(source: string): PatternNode[][] | null {
  const reader = { src: source, pos: 0 };
  try {
    const alts = readAlternatives(reader);
    return reader.pos === source.length ? alts : null;
  } catch {
    return null;
  }
}

function readAlternatives(r: { src: string; pos: number }): PatternNode[][] {
  const alts: PatternNode[][] = [[]];
  while (r.pos < r.src.length && r.src[r.pos] !== ')') {
    if (r.src[r.pos] === '|') {
      r.pos++;
      alts.push([]);
      continue;
    }
    const start = r.pos;
    const atom = readAtom(r);
    const node = atom.kind === 'assert' ? atom : { ...atom, ...readQuantifier(r), raw: '' };
    if (node.kind !== 'assert') node.raw = r.src.slice(start, r.pos);
    alts[alts.length - 1]!.push(node);
  }
  return alts;
}

function readAtom(r: { src: string; pos: number }): Parsed {
  const start = r.pos;
  const c = String.fromCodePoint(r.src.codePointAt(r.pos)!);
  if (c === '^' || c === '$' || c === '.') {
    r.pos++;
    return c === '.' ? { kind: 'set', src: c } : { kind: 'assert', src: c };
  }
  if (c === '[') {
    r.pos = classEnd(r.src, r.pos) + 1;
    return { kind: 'set', src: r.src.slice(start, r.pos) };
  }
  if (c === '(') return readGroup(r);
  if (c === '\\') return readEscape(r);
  if ('*+?{}|)]'.includes(c)) throw new Error(`unexpected ${c}`);
  r.pos += c.length;
  return { kind: 'char', src: c, ch: c };
}

function readGroup(r: { src: string; pos: number }): Parsed {
  const start = r.pos;
  r.pos++;
  const head = r.src[r.pos] === '?' ? (GROUP_HEADS.find((h) => r.src.startsWith(h, r.pos)) ?? null) : '';
  if (head === null) throw new Error('unsupported group');
  r.pos += head.length;
  const lookaround = head !== '' && head !== '?:';
  const alts = readAlternatives(r);
  if (r.src[r.pos] !== ')') throw new Error('unclosed group');
  r.pos++;
  return lookaround ? { kind: 'assert', src: r.src.slice(start, r.pos) } : { kind: 'group', alts };
}

function readEscape(r: { src: string; pos: number }): Parsed {
  const e = r.src[r.pos + 1];
  if (e === undefined) throw new Error('trailing backslash');
  if (e === 'p' || e === 'P') {
    const close = r.src.indexOf('}', r.pos);
    if (r.src[r.pos + 2] !== '{' || close < 0) throw new Error('bad property escape');
    const src = r.src.slice(r.pos, close + 1);
    r.pos = close + 1;
    return { kind: 'set', src };
  }
  const src = `\\${e}`;
  r.pos += 2;
  if (e === 'b' || e === 'B') return { kind: 'assert', src };
  if (CLASS_ESCAPES.includes(e)) return { kind: 'set', src };
  const control = CONTROL_ESCAPES[e];
  if (control !== undefined) return { kind: 'char', src, ch: control };
  // Identity escapes of syntax characters ("\.", "\/", "\-"); anything else (\u, \x, \c, \0,
  // back references) is not needed by the data and not followed.
  if (/[\^$\\.*+?()[\]{}|/-]/.test(e)) return { kind: 'char', src, ch: e };
  throw new Error(`unsupported escape ${src}`);
}

function readQuantifier(r: { src: string; pos: number }): { min: number; max: number } {
  const c = r.src[r.pos];
  let bounds = { min: 1, max: 1 };
  if (c === '?' || c === '*' || c === '+') {
    r.pos++;
    bounds = { min: c === '+' ? 1 : 0, max: c === '?' ? 1 : Infinity };
  } else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(r.src.slice(r.pos));
    if (!m) throw new Error('bad quantifier');
    r.pos += m[0].length;
    const min = Number(m[1]);
    bounds = { min, max: m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]) };
  } else return bounds;
  if (r.src[r.pos] === '?') r.pos++;
  return bounds;
}

function classEnd(src: string, open: number): number {
  for (let i = open + 1; i < src.length; i++) {
    if (src[i] === '\\') i++;
    else if (src[i] === ']') return i;
  }
  throw new Error('unclosed class');
}

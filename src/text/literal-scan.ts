/**
 * Finds, in one pass over a text, which lines contain which required literals (an Aho–Corasick
 * automaton over case-folded characters). Characters are compared the way a case-insensitive
 * Unicode regex (`iu`) compares them, so for a rule compiled with `iu` "the line has none of the
 * literals" is exact and for a case-sensitive rule it errs only towards running the regex.
 */

/** Class ids must fit the Uint8Array cache (with 0 and 1 reserved). */
const MAX_CLASSES = 250;

/** Literal characters in fold classes: the class of a text character is the literal character it matches. */
export class FoldClasses {
  /**
   * Per BMP code unit: 0 not yet known, else class + 1 (class 0: matches no literal character).
   * "\n" stays 0 so that a scanner's slow path sees it.
   */
  readonly table = new Uint8Array(0x10000);
  private readonly tests: RegExp[] = [];

  /** Adds the characters of `literal` and returns their class ids; null if one is outside the BMP. */
  classesOf(literal: string): number[] | null {
    const ids: number[] = [];
    for (const ch of literal) {
      let id = this.tests.findIndex((re) => re.test(ch));
      if (id < 0) {
        if (this.tests.length >= MAX_CLASSES || ch.length > 1) return null;
        id = this.tests.length;
        this.tests.push(new RegExp(`^\\u{${ch.codePointAt(0)!.toString(16)}}$`, 'iu'));
      }
      ids.push(id + 1);
    }
    this.table.fill(0);
    return ids;
  }

  /** Number of classes plus one (class 0: no literal character). */
  get size(): number {
    return this.tests.length + 1;
  }

  /** The class of the code unit `c`, cached. Surrogates are no literal character. */
  classOf(c: number): number {
    const known = this.table[c]!;
    if (known !== 0) return known - 1;
    let id = 0;
    if (c < 0xd800 || c > 0xdfff) {
      const ch = String.fromCharCode(c);
      id = this.tests.findIndex((re) => re.test(ch)) + 1;
    }
    if (c !== 10) this.table[c] = id + 1;
    return id;
  }
}

/** A literal to look for and the bit its presence sets. */
export interface TaggedLiteral {
  readonly text: string;
  readonly bit: number;
}

/**
 * An automaton over literals, each tagged with a bit. Literals the folding cannot take (a
 * character outside the BMP) are refused: `accepts` says which were taken.
 */
export class LiteralScanner {
  private readonly folds = new FoldClasses();
  private readonly next: Int32Array;
  private readonly ascii: Int32Array;
  private readonly width: number;
  private readonly out: Int32Array;
  private readonly accepted: ReadonlySet<TaggedLiteral>;

  /** Whether the automaton looks for `literal`. */
  accepts(literal: TaggedLiteral): boolean {
    return this.accepted.has(literal);
  }

  constructor(candidates: readonly TaggedLiteral[]) {
    const literals: TaggedLiteral[] = [];
    const paths: number[][] = [];
    for (const l of candidates) {
      // The scan restarts at every "\n", so a literal holding one could never be found.
      const path = l.text === '' || l.text.includes('\n') ? null : this.folds.classesOf(l.text);
      if (!path) continue;
      literals.push(l);
      paths.push(path);
    }
    this.accepted = new Set(literals);
    const width = this.folds.size;
    // Trie first (goto), then breadth-first failure links folded into a full transition table.
    const gotoRows: Int32Array[] = [new Int32Array(width).fill(-1)];
    const outs: number[] = [0];
    paths.forEach((path, k) => {
      let s = 0;
      for (const cls of path) {
        if (gotoRows[s]![cls]! < 0) {
          gotoRows[s]![cls] = gotoRows.length;
          gotoRows.push(new Int32Array(width).fill(-1));
          outs.push(0);
        }
        s = gotoRows[s]![cls]!;
      }
      outs[s]! |= literals[k]!.bit;
    });
    const next = new Int32Array(gotoRows.length * width);
    const fail = new Int32Array(gotoRows.length);
    const queue: number[] = [];
    for (let cls = 0; cls < width; cls++) {
      const t = gotoRows[0]![cls]!;
      next[cls] = t < 0 ? 0 : t;
      if (t > 0) queue.push(t);
    }
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q]!;
      outs[s]! |= outs[fail[s]!]!;
      for (let cls = 0; cls < width; cls++) {
        const t = gotoRows[s]![cls]!;
        if (t < 0) next[s * width + cls] = next[fail[s]! * width + cls]!;
        else {
          next[s * width + cls] = t;
          fail[t] = next[fail[s]! * width + cls]!;
          queue.push(t);
        }
      }
    }
    // Scan tables: a target with output is stored complemented (negative), so the scan tests one
    // sign instead of loading the output; ASCII characters get a column each (no class lookup).
    const flagged = (t: number): number => (outs[t]! !== 0 ? ~t : t);
    const states = gotoRows.length;
    this.ascii = new Int32Array(states * 128);
    this.next = new Int32Array(states * width);
    for (let st = 0; st < states; st++) {
      for (let cls = 0; cls < width; cls++) this.next[st * width + cls] = flagged(next[st * width + cls]!);
      for (let c = 0; c < 128; c++) {
        const cls = c === 10 ? 0 : this.folds.classOf(c);
        this.ascii[st * 128 + c] = flagged(next[st * width + cls]!);
      }
    }
    this.width = width;
    this.out = Int32Array.from(outs);
  }

  /** Per line of `text` (split at "\n"), the OR of the bits of the literals it contains. */
  lineBits(text: string, lineCount: number): Int32Array {
    const bits = new Int32Array(lineCount);
    const { next, ascii, width, out, folds } = this;
    let state = 0;
    let line = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let t: number;
      if (c < 128) {
        if (c === 10) {
          line++;
          state = 0;
          continue;
        }
        t = ascii[(state << 7) | c]!;
      } else t = next[state * width + folds.classOf(c)]!;
      if (t < 0) {
        t = ~t;
        bits[line]! |= out[t]!;
      }
      state = t;
    }
    return bits;
  }
}

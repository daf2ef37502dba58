/**
 * Per-scan facts about the tokens of one text, each computed on first use and kept for the
 * scan: the index keys of a word, its folded form, its cue class, and the longest index match
 * starting at a token.
 */
import { foldCyrillicWord, foldLatinWord } from '../text/fold.ts';
import { cueOf, inWordSet, type Cue, type WordSet } from './lexicons.ts';
import { isPossessive, keysOf } from './keys.ts';
import type { GazetteerModel } from './model.ts';
import { CAP, COMMA_BEFORE, CYRILLIC, JOINS_PREV, POSITIONAL_CAP, type TokenList } from './tokens.ts';
import type { Trie } from './trie.ts';

/** The longest match of an index at a token: its last token and every payload of that length. */
export interface Match<T> {
  end: number;
  payloads: T[];
}

/** Token facts for the scanner; `m` is the model, `t` the tokens. */
export class ScanWords {
  // Sized up front: filled sparsely, a growing array would fall back to slow dictionary elements.
  private readonly keyCache: (string[] | undefined)[];
  private readonly foldCache: (string | undefined)[];
  private readonly cueCache: (Cue | null | undefined)[];
  readonly n: number;

  constructor(
    readonly m: GazetteerModel,
    readonly t: TokenList,
  ) {
    this.n = t.count;
    this.keyCache = new Array<string[] | undefined>(t.count);
    this.foldCache = new Array<string | undefined>(t.count);
    this.cueCache = new Array<Cue | null | undefined>(t.count);
  }

  /** Whether token i is a Cyrillic word (`isCyrillic`, recorded by the tokenizer). */
  cyrillic(i: number): boolean {
    return (this.t.flags[i]! & CYRILLIC) !== 0;
  }

  /** `wordKeys` of token i; the folded word is its first key (unless a Latin possessive), so it is kept too. */
  keys(i: number): string[] {
    let keys = this.keyCache[i];
    if (keys === undefined) {
      const word = this.t.word(i);
      const cyrillic = this.cyrillic(i);
      keys = keysOf(word, cyrillic, this.m.rules);
      if (cyrillic || !isPossessive(word)) this.foldCache[i] = keys[0]!;
      this.keyCache[i] = keys;
    }
    return keys;
  }

  /** `foldWord` of token i. */
  folded(i: number): string {
    let f = this.foldCache[i];
    if (f === undefined) {
      const word = this.t.word(i);
      f = this.cyrillic(i) ? foldCyrillicWord(word) : foldLatinWord(word);
      this.foldCache[i] = f;
    }
    return f;
  }

  cap(i: number): boolean {
    return (this.t.flags[i]! & CAP) !== 0;
  }

  joinsPrev(i: number): boolean {
    return (this.t.flags[i]! & JOINS_PREV) !== 0;
  }

  commaBefore(i: number): boolean {
    return (this.t.flags[i]! & COMMA_BEFORE) !== 0;
  }

  positionalCap(i: number): boolean {
    return (this.t.flags[i]! & POSITIONAL_CAP) !== 0;
  }

  /** Longest key of the index starting at token i; every payload of that length is returned. */
  longest<T>(trie: Trie<T>, i: number): Match<T> | undefined {
    return this.walk(trie, '', i, undefined);
  }

  private walk<T>(trie: Trie<T>, prefix: string, j: number, best: Match<T> | undefined): Match<T> | undefined {
    for (const k of this.keys(j)) {
      const key = prefix === '' ? k : `${prefix} ${k}`;
      const payload = trie.full.get(key);
      if (payload !== undefined) {
        if (!best || j > best.end) best = { end: j, payloads: [payload] };
        else if (j === best.end && !best.payloads.includes(payload)) best.payloads.push(payload);
      }
      if (j + 1 < this.n && this.joinsPrev(j + 1) && trie.prefixes.has(key)) {
        best = this.walk(trie, key, j + 1, best);
      }
    }
    return best;
  }

  /** Whether some key of token i begins a multi-word key of the index (else a match ends at i). */
  mayContinue(trie: Trie<unknown>, i: number): boolean {
    if (i + 1 >= this.n || !this.joinsPrev(i + 1)) return false;
    for (const k of this.keys(i)) if (trie.prefixes.has(k)) return true;
    return false;
  }

  isWord(i: number, set: WordSet): boolean {
    return i < this.n && inWordSet(set, this.folded(i));
  }

  sameSentence(a: number, b: number): boolean {
    return b < this.n && this.t.sentence[a] === this.t.sentence[b];
  }

  span(a: number, b: number): { start: number; end: number; surface: string } {
    const start = this.t.start[a]!;
    const end = this.t.end[b]!;
    return { start, end, surface: this.t.text.slice(start, end) };
  }

  /** The strongest cue word up to three words back in the same sentence. */
  cue(i: number): Cue | undefined {
    let best: Cue | undefined;
    const { sentence, start, end } = this.t;
    for (let j = i - 1; j >= Math.max(0, i - 3) && sentence[j] === sentence[i]; j--) {
      if (this.cap(j) && !this.positionalCap(j) && end[j]! - start[j]! > 3) break;
      const here = this.cueAt(j);
      if (here && (!best || (here.strong && !best.strong))) best = here;
      if (best?.strong) break;
    }
    return best;
  }

  /** The cue class of token j (the most specific match), cached per token. */
  private cueAt(j: number): Cue | undefined {
    const cached = this.cueCache[j];
    if (cached !== undefined) return cached === null ? undefined : cached;
    const here = cueOf(this.m.lex.cues, this.folded(j));
    this.cueCache[j] = here ?? null;
    return here;
  }
}

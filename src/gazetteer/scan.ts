/**
 * One pass over a text: tokens → region phrases, raion phrases and settlement-name hits (longest
 * match in the token trie). No scoring here; see score.ts.
 */
import { foldWord } from '../text/fold.ts';
import { cueOf, inWordSet, type Cue } from './lexicons.ts';
import { wordKeys } from './keys.ts';
import type { GazetteerModel } from './model.ts';
import { tokenize, type Token } from './tokens.ts';
import type { Trie } from './trie.ts';
import type { RegionMention } from './types.ts';

/** A name found in the text, before disambiguation. */
export interface Hit {
  readonly start: number;
  readonly end: number;
  readonly surface: string;
  /** Folded surface, words joined by spaces. */
  readonly folded: string;
  /** Indexes of the matched keys (several when stems of different keys coincide). */
  readonly keys: readonly number[];
  /** Letters of `folded` (spaces not counted). */
  readonly letters: number;
  readonly positional: boolean;
  readonly stop: 'always' | 'sentence-start' | undefined;
  readonly cue: Cue | undefined;
  /** Sentence number within the scanned text (1-based, in order). */
  readonly sentence: number;
}

/** What one scan finds. */
export interface ScanResult {
  readonly hits: Hit[];
  readonly regions: RegionMention[];
  readonly oblasts: Set<number>;
  readonly raions: Set<number>;
  /** Where each oblast or raion is named: a name right next to a settlement places it. */
  readonly areas: AreaSpan[];
}

/** An oblast or raion phrase with its position. */
export interface AreaSpan {
  readonly start: number;
  readonly end: number;
  readonly oblast: number;
  readonly raions: readonly number[];
  /** Sentence number of the phrase (see `Hit.sentence`). */
  readonly sentence: number;
}

interface Match<T> {
  end: number;
  payloads: T[];
}

// Hot paths avoid inline arrow functions: under tsx every arrow created in a call is renamed
// (esbuild keepNames), which costs more than the work itself.
function endsWithAny(word: string, endings: readonly string[]): boolean {
  for (const e of endings) if (word.endsWith(e)) return true;
  return false;
}

class Scanner {
  private readonly keyCache: (string[] | undefined)[];
  private readonly foldCache: (string | undefined)[];
  private readonly cueCache: (Cue | null | undefined)[];

  constructor(
    private readonly m: GazetteerModel,
    private readonly text: string,
    private readonly tokens: Token[],
  ) {
    this.keyCache = new Array(tokens.length);
    this.foldCache = new Array(tokens.length);
    this.cueCache = new Array(tokens.length);
  }

  keys(i: number): string[] {
    return (this.keyCache[i] ??= wordKeys(this.tokens[i]!.word, this.m.rules));
  }

  folded(i: number): string {
    return (this.foldCache[i] ??= foldWord(this.tokens[i]!.word));
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
      if (j + 1 < this.tokens.length && this.tokens[j + 1]!.joinsPrev && trie.prefixes.has(key)) {
        best = this.walk(trie, key, j + 1, best);
      }
    }
    return best;
  }

  isWord(i: number, set: Parameters<typeof inWordSet>[0]): boolean {
    return i < this.tokens.length && inWordSet(set, this.folded(i));
  }

  sameSentence(a: number, b: number): boolean {
    return b < this.tokens.length && this.tokens[a]!.sentence === this.tokens[b]!.sentence;
  }

  span(a: number, b: number): { start: number; end: number; surface: string } {
    const start = this.tokens[a]!.start;
    const end = this.tokens[b]!.end;
    return { start, end, surface: this.text.slice(start, end) };
  }

  /** Whether token i can begin an oblast or raion phrase (one Set lookup per key instead of three walks). */
  private mayStartArea(i: number): boolean {
    for (const k of this.keys(i)) if (this.m.areaStarts.has(k)) return true;
    return false;
  }

  /** "Kharkiv region", "Kharkiv and Donetsk regions", "Харківщина": returns the last token used. */
  region(i: number, out: ScanResult): number {
    const alone = this.longest(this.m.lex.regionStandalone, i);
    if (alone) {
      out.regions.push({ ...this.span(i, alone.end), oblast: this.m.oblasts[alone.payloads[0]!]! });
      out.oblasts.add(alone.payloads[0]!);
      out.areas.push({ ...this.span(i, alone.end), oblast: alone.payloads[0]!, raions: [], sentence: this.tokens[i]!.sentence });
      return alone.end;
    }
    const chain: { from: number; match: Match<number> }[] = [];
    let k = i;
    for (let guard = 0; guard < 6; guard++) {
      const match = this.tokens[k]?.cap ? this.longest(this.m.lex.regionNames, k) : undefined;
      if (!match) return -1;
      chain.push({ from: k, match });
      const next = match.end + 1;
      if (!this.sameSentence(i, next)) return -1;
      if (this.isWord(next, this.m.lex.regionWords)) {
        let last = next;
        while (this.sameSentence(i, last + 1) && this.tokens[last + 1]!.joinsPrev && this.isWord(last + 1, this.m.lex.regionWords)) {
          last++;
        }
        for (const c of chain) {
          const oblast = c.match.payloads[0]!;
          out.regions.push({ ...this.span(c.from, c.match.end), oblast: this.m.oblasts[oblast]! });
          out.oblasts.add(oblast);
          out.areas.push({ ...this.span(c.from, last), oblast, raions: [], sentence: this.tokens[i]!.sentence });
        }
        return last;
      }
      if (this.isWord(next, this.m.lex.conjunctions)) k = next + 1;
      else if (this.tokens[next]!.commaBefore) k = next;
      else return -1;
    }
    return -1;
  }

  /** "Kupiansk district", "Покровського району": raion context; returns the last token used. */
  raion(i: number, out: ScanResult): number {
    const match = this.longest(this.m.raionNames, i);
    if (!match || !this.sameSentence(i, match.end + 1) || !this.isWord(match.end + 1, this.m.lex.raionWords)) return -1;
    for (const list of match.payloads) for (const r of list) out.raions.add(r);
    out.areas.push({
      ...this.span(i, match.end + 1),
      oblast: -1,
      raions: match.payloads.flat(),
      sentence: this.tokens[i]!.sentence,
    });
    return match.end + 1;
  }

  /** The strongest cue word up to three words back in the same sentence. */
  cue(i: number): Cue | undefined {
    let best: Cue | undefined;
    for (let j = i - 1; j >= Math.max(0, i - 3) && this.tokens[j]!.sentence === this.tokens[i]!.sentence; j--) {
      const t = this.tokens[j]!;
      if (t.cap && !t.positionalCap && t.word.length > 3) break;
      const here = this.cueAt(j);
      if (here && (!best || (here.strong && !best.strong))) best = here;
      if (best?.strong) break;
    }
    return best;
  }

  /** "берегу Днепра", "the left bank of the Dnipro": a river word right before the name. */
  private riverBefore(i: number): boolean {
    const { lex } = this.m;
    for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
      if (!this.tokens[j + 1]!.joinsPrev) return false;
      if (this.isWord(j, lex.notAfter)) return true;
      if (!this.isWord(j, lex.notAfterSkip)) return false;
    }
    return false;
  }

  /** A title before (General, мэр) or a patronymic after (Владимирович) makes the words a person's name. */
  private personName(i: number, end: number): boolean {
    const { lex } = this.m;
    if (i > 0 && this.tokens[i]!.joinsPrev) {
      if (this.isWord(i - 1, lex.personBefore)) return true;
      if (this.tokens[i - 1]!.cap && lex.firstNames.has(this.folded(i - 1))) return true;
    }
    if (i === end && !this.cue(i)?.strong) {
      const w = this.tokens[i]!.word.toLowerCase();
      if (endsWithAny(w, lex.surnameEndings)) return true;
    }
    const next = this.tokens[end + 1];
    if (!next?.joinsPrev || !next.cap) return false;
    const w = next.word.toLowerCase();
    return endsWithAny(w, lex.patronymicEndings);
  }

  /** The cue class of token j (the most specific match), cached per token. */
  private cueAt(j: number): Cue | undefined {
    const cached = this.cueCache[j];
    if (cached !== undefined) return cached === null ? undefined : cached;
    const here = cueOf(this.m.lex.cues, this.folded(j));
    this.cueCache[j] = here ?? null;
    return here;
  }

  hit(i: number, match: Match<number>): Hit | undefined {
    const { lex } = this.m;
    const after = match.end + 1;
    if (after < this.tokens.length && this.tokens[after]!.joinsPrev && this.isWord(after, lex.notBefore)) return undefined;
    if (this.riverBefore(i)) return undefined;
    if (this.personName(i, match.end)) return undefined;
    let stop: Hit['stop'];
    for (const k of match.payloads) {
      const s = lex.stop.get(this.m.keys[k]!);
      if (s === 'always' || (s && !stop)) stop = s;
    }
    const words: string[] = [];
    let letters = 0;
    for (let j = i; j <= match.end; j++) {
      words.push(this.folded(j));
      letters += this.folded(j).length;
    }
    const start = this.tokens[i]!.start;
    const end = this.tokens[match.end]!.end;
    return {
      start,
      end,
      surface: this.text.slice(start, end),
      folded: words.join(' '),
      keys: match.payloads,
      letters,
      positional: this.tokens[i]!.positionalCap,
      stop,
      cue: this.cue(i),
      sentence: this.tokens[i]!.sentence,
    };
  }

  run(): ScanResult {
    const out: ScanResult = { hits: [], regions: [], oblasts: new Set(), raions: new Set(), areas: [] };
    const n = this.tokens.length;
    for (let i = 0; i < n; i++) {
      if (!this.tokens[i]!.cap) continue;
      if (this.mayStartArea(i)) {
        const regionEnd = this.region(i, out);
        if (regionEnd >= 0) {
          i = regionEnd;
          continue;
        }
        const raionEnd = this.raion(i, out);
        if (raionEnd >= 0) {
          i = raionEnd;
          continue;
        }
      }
      const match = this.longest(this.m.names, i);
      if (!match) continue;
      const hit = this.hit(i, match);
      if (hit) out.hits.push(hit);
      i = match.end;
    }
    return out;
  }
}

/** Scans `text` once. Offsets in the result are relative to `text`. */
export function scanText(m: GazetteerModel, text: string): ScanResult {
  return new Scanner(m, text, tokenize(text)).run();
}

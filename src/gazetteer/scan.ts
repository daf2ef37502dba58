/**
 * One pass over a text: tokens → region phrases, raion phrases and settlement-name hits (longest
 * match in the token trie). No scoring here; see score.ts.
 */
import type { Cue } from './lexicons.ts';
import type { GazetteerModel } from './model.ts';
import { ScanWords, type Match } from './scan-words.ts';
import { tokenize } from './tokens.ts';
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

// Hot paths avoid inline arrow functions: under tsx every arrow created in a call is renamed
// (esbuild keepNames), which costs more than the work itself.
function endsWithAny(word: string, endings: readonly string[]): boolean {
  for (const e of endings) if (word.endsWith(e)) return true;
  return false;
}

class Scanner extends ScanWords {
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
      out.areas.push({ ...this.span(i, alone.end), oblast: alone.payloads[0]!, raions: [], sentence: this.t.sentence[i]! });
      return alone.end;
    }
    const chain: { from: number; match: Match<number> }[] = [];
    let k = i;
    for (let guard = 0; guard < 6; guard++) {
      const match = k < this.n && this.cap(k) ? this.longest(this.m.lex.regionNames, k) : undefined;
      if (!match) return -1;
      chain.push({ from: k, match });
      const next = match.end + 1;
      if (!this.sameSentence(i, next)) return -1;
      if (this.isWord(next, this.m.lex.regionWords)) {
        let last = next;
        while (this.sameSentence(i, last + 1) && this.joinsPrev(last + 1) && this.isWord(last + 1, this.m.lex.regionWords)) {
          last++;
        }
        for (const c of chain) {
          const oblast = c.match.payloads[0]!;
          out.regions.push({ ...this.span(c.from, c.match.end), oblast: this.m.oblasts[oblast]! });
          out.oblasts.add(oblast);
          out.areas.push({ ...this.span(c.from, last), oblast, raions: [], sentence: this.t.sentence[i]! });
        }
        return last;
      }
      if (this.isWord(next, this.m.lex.conjunctions)) k = next + 1;
      else if (this.commaBefore(next)) k = next;
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
      sentence: this.t.sentence[i]!,
    });
    return match.end + 1;
  }

  /** "берегу Днепра", "the left bank of the Dnipro": a river word right before the name. */
  private riverBefore(i: number): boolean {
    const { lex } = this.m;
    for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
      if (!this.joinsPrev(j + 1)) return false;
      if (this.isWord(j, lex.notAfter)) return true;
      if (!this.isWord(j, lex.notAfterSkip)) return false;
    }
    return false;
  }

  /** A title before (General, мэр) or a patronymic after (Владимирович) makes the words a person's name. */
  private personName(i: number, end: number): boolean {
    const { lex } = this.m;
    if (i > 0 && this.joinsPrev(i)) {
      if (this.isWord(i - 1, lex.personBefore)) return true;
      if (this.cap(i - 1) && lex.firstNames.has(this.folded(i - 1))) return true;
    }
    if (i === end && !this.cue(i)?.strong) {
      const w = this.t.word(i).toLowerCase();
      if (endsWithAny(w, lex.surnameEndings)) return true;
    }
    const next = end + 1;
    if (next >= this.n || !this.joinsPrev(next) || !this.cap(next)) return false;
    const w = this.t.word(next).toLowerCase();
    return endsWithAny(w, lex.patronymicEndings);
  }

  hit(i: number, match: Match<number>): Hit | undefined {
    const { lex } = this.m;
    const after = match.end + 1;
    if (after < this.n && this.joinsPrev(after) && this.isWord(after, lex.notBefore)) return undefined;
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
    const start = this.t.start[i]!;
    const end = this.t.end[match.end]!;
    return {
      start,
      end,
      surface: this.t.text.slice(start, end),
      folded: words.join(' '),
      keys: match.payloads,
      letters,
      positional: this.positionalCap(i),
      stop,
      cue: this.cue(i),
      sentence: this.t.sentence[i]!,
    };
  }

  /** The whole scan; with `withHits` false, settlement names are only skipped over (for `findRegions`). */
  run(withHits: boolean): ScanResult {
    const out: ScanResult = { hits: [], regions: [], oblasts: new Set(), raions: new Set(), areas: [] };
    const n = this.n;
    for (let i = 0; i < n; i++) {
      if (!this.cap(i)) continue;
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
      // Without hits only a multi-word name matters: it hides the words it covers from the region walks.
      if (!withHits && !this.mayContinue(this.m.names, i)) continue;
      const match = this.longest(this.m.names, i);
      if (!match) continue;
      const hit = withHits ? this.hit(i, match) : undefined;
      if (hit) out.hits.push(hit);
      i = match.end;
    }
    return out;
  }
}

/** Scans `text` once. Offsets in the result are relative to `text`. */
export function scanText(m: GazetteerModel, text: string): ScanResult {
  return new Scanner(m, tokenize(text)).run(true);
}

/** The region phrases of `text` (the `regions` of `scanText`, without the work of settlement hits). */
export function scanRegions(m: GazetteerModel, text: string): RegionMention[] {
  return new Scanner(m, tokenize(text)).run(false).regions;
}

/**
 * Stage: one pass of the language's phrase trie over a sentence's tokens, sorted into the
 * categories the later stages need, with overlaps resolved (the longest phrase of a category
 * wins; a goal/forecast phrase swallows the cue it introduces).
 */
import type { Token } from '../text/tokens.ts';
import type { LanguageLexicon, LexItem } from './lexicon.ts';
import type { ContextEntry } from './lexicon-schema.ts';
import { CAT, CATS, DATE, categoriesOf } from './trie-categories.ts';
import { compiledTrie } from './trie-compiled.ts';
import { MatchList, scanPhrases } from './trie-scan.ts';

/** A lexicon phrase found in a sentence: token range [start, end). */
export interface Hit<I extends LexItem = LexItem> {
  readonly start: number;
  readonly end: number;
  readonly item: I;
}

type Of<C extends LexItem['cat']> = Extract<LexItem, { cat: C }>;

/** Everything the lexicon found in one sentence. */
export interface SentenceHits {
  readonly cues: readonly (Hit<Of<'cue'>> & { readonly attempt: boolean })[];
  readonly notClaims: readonly Hit<Of<'not-claim'>>[];
  readonly scopes: readonly Hit<Of<'scope'>>[];
  readonly sides: readonly Hit<Of<'side'>>[];
  readonly claimants: readonly Hit<Of<'claimant'>>[];
  readonly speech: readonly Hit<Of<'speech'>>[];
  readonly hedges: readonly Hit<Of<'hedge'>>[];
  readonly historical: readonly Hit<Of<'historical'>>[];
  readonly context: readonly Hit<Of<'context'>>[];
  readonly dates: readonly Hit<Of<'date'>>[];
}

/** How many tokens after a goal or attempt phrase the cue it governs may start. */
const GOVERNS_WITHIN = 3;
/** How far after a nominal cue ("the capture of X, Y and Z") a modal still governs it. */
const NOMINAL_REACH = 12;

/** Runs the trie over `tokens` and sorts the hits. */
export function analyseTokens(lex: LanguageLexicon, tokens: readonly Token[]): SentenceHits {
  matches.length = 0;
  scanPhrases(compiledTrie(lex.trie), tokens, 0, tokens.length, matches);
  const byCat = bucketHits(lex, matches);
  const notClaims = byCat[CAT['not-claim']] as Hit<Of<'not-claim'>>[];
  return {
    cues: governCues(longestOverlapping(byCat[CAT.cue] as Hit<Of<'cue'>>[]), notClaims),
    notClaims,
    scopes: byCat[CAT.scope] as Hit<Of<'scope'>>[],
    sides: byCat[CAT.side] as Hit<Of<'side'>>[],
    claimants: byCat[CAT.claimant] as Hit<Of<'claimant'>>[],
    speech: byCat[CAT.speech] as Hit<Of<'speech'>>[],
    hedges: byCat[CAT.hedge] as Hit<Of<'hedge'>>[],
    historical: byCat[CAT.historical] as Hit<Of<'historical'>>[],
    context: byCat[CAT.context] as Hit<Of<'context'>>[],
    dates: byCat[CAT.date] as Hit<Of<'date'>>[],
  };
}

// Reused by every call (a call runs to completion): the trie's matches of one sentence.
const matches = new MatchList();

/**
 * The hits of each category (indexed by CAT). Dates keep every match in trie order. The other
 * categories keep, of hits strictly inside a longer hit of the same category, only the longer
 * one (the first of equal spans): trie matches come in order of start, so per category and start
 * only the first of the longest survives, and only if it reaches past every earlier kept hit.
 */
function bucketHits(lex: LanguageLexicon, found: MatchList): Hit[][] {
  const catOf = categoriesOf(lex.items);
  // One list per entry of CATS.
  const byCat: Hit[][] = [[], [], [], [], [], [], [], [], [], []];
  // Per category: the best hit of the current start (run), and the end of the last kept hit.
  runStart.fill(-1);
  keptEnd.fill(-1);
  const data = found.data;
  for (let k = 0; k < found.length; k += 3) {
    const start = data[k]!;
    const end = data[k + 1]!;
    const payload = data[k + 2]!;
    const c = catOf[payload]!;
    if (c === DATE) byCat[c]!.push({ start, end, item: lex.items[payload]! });
    else if (runStart[c] !== start) {
      keepRun(lex, byCat, c);
      runStart[c] = start;
      runEnd[c] = end;
      runPayload[c] = payload;
    } else if (end > runEnd[c]!) {
      runEnd[c] = end;
      runPayload[c] = payload;
    }
  }
  for (let c = 0; c < CATS.length; c++) keepRun(lex, byCat, c);
  return byCat;
}

const runStart = new Int32Array(CATS.length);
const runEnd = new Int32Array(CATS.length);
const runPayload = new Int32Array(CATS.length);
const keptEnd = new Int32Array(CATS.length);

function keepRun(lex: LanguageLexicon, byCat: Hit[][], c: number): void {
  const start = runStart[c]!;
  if (start < 0 || runEnd[c]! <= keptEnd[c]!) return;
  byCat[c]!.push({ start, end: runEnd[c]!, item: lex.items[runPayload[c]!]! });
  keptEnd[c] = runEnd[c]!;
}

/**
 * Of cues that overlap, the longer wins ("remain in control of" over "forces remain in"). The
 * cues come from bucketHits: none inside another, so starts and ends both strictly increase and
 * the cues a cue overlaps are its neighbours.
 */
function longestOverlapping<H extends Hit>(hits: readonly H[]): H[] {
  const out: H[] = [];
  for (let j = 0; j < hits.length; j++) {
    const h = hits[j]!;
    const length = h.end - h.start;
    let beaten = false;
    for (let o = j - 1; o >= 0 && !beaten && hits[o]!.end > h.start; o--) beaten = hits[o]!.end - hits[o]!.start > length;
    for (let o = j + 1; o < hits.length && !beaten && hits[o]!.start < h.end; o++) beaten = hits[o]!.end - hits[o]!.start > length;
    if (!beaten) out.push(h);
  }
  return out;
}

type Effect = 'drop' | 'attempt' | 'keep';
const RANK: Record<Effect, number> = { drop: 0, attempt: 1, keep: 2 };

/** Applies goal/forecast/attempt phrases to the one cue each introduces (the next one). */
function governCues(cues: readonly Hit<Of<'cue'>>[], notClaims: readonly Hit<Of<'not-claim'>>[]): (Hit<Of<'cue'>> & { attempt: boolean })[] {
  // Cues are in order of start (see bucketHits).
  const effectOn: (Effect | undefined)[] = [];
  for (const n of notClaims) {
    const effect = n.item.entry.effect;
    if (effect !== 'drop-cue' && effect !== 'attempt' && effect !== 'keep') continue;
    let next = 0;
    while (next < cues.length && cues[next]!.start < n.start) next++;
    if (next === cues.length || !governs(n, cues[next]!)) continue;
    const e = effect === 'drop-cue' ? 'drop' : effect;
    const seen = effectOn[next];
    // Phrases come in order of start: an attempt nearer the cue than a "keep" phrase is what
    // the keep phrase continues ("продовжує намагання оточити", "continued trying to encircle").
    if (seen === undefined || RANK[e] > RANK[seen] || (e === 'attempt' && seen === 'keep')) effectOn[next] = e;
  }
  // "the fall of X would open the way": a modal after a nominal cue makes it hypothetical.
  for (const n of notClaims) {
    if (n.item.entry.effect !== 'drop-before') continue;
    for (let j = cues.length - 1; j >= 0; j--) {
      const c = cues[j]!;
      if (c.item.entry.nominal && c.end <= n.start && n.start - c.end <= NOMINAL_REACH) {
        effectOn[j] = 'drop';
        break;
      }
    }
  }
  const out: (Hit<Of<'cue'>> & { attempt: boolean })[] = [];
  for (let j = 0; j < cues.length; j++) {
    const { start, end, item } = cues[j]!;
    const effect = effectOn[j];
    if (effect === undefined || effect === 'keep') out.push({ start, end, item, attempt: false });
    else if (effect === 'attempt' && item.entry.attempt === 'contested') out.push({ start, end, item, attempt: true });
  }
  return out;
}

function governs(n: Hit<Of<'not-claim'>>, cue: Hit): boolean {
  const overlaps = n.start <= cue.start && cue.start < n.end;
  return overlaps || (cue.start >= n.end && cue.start - n.end <= (n.item.entry.within ?? GOVERNS_WITHIN));
}

/** Context hits of one kind. */
export function contextOf(hits: SentenceHits, kind: ContextEntry['kind']): Hit<Of<'context'>>[] {
  return hits.context.filter((h) => h.item.entry.kind === kind);
}

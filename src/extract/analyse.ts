/**
 * Stage: one pass of the language's phrase trie over a sentence's tokens, sorted into the
 * categories the later stages need, with overlaps resolved (the longest phrase of a category
 * wins; a goal/forecast phrase swallows the cue it introduces).
 */
import type { Token } from '../text/tokens.ts';
import type { LanguageLexicon, LexItem } from './lexicon.ts';
import type { ContextEntry, CueEntry } from './lexicon-schema.ts';
import { findPhrases } from './phrase-trie.ts';

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
  const byCat = new Map<string, Hit[]>();
  for (const m of findPhrases(lex.trie, tokens)) {
    const item = lex.items[m.payload]!;
    const list = byCat.get(item.cat) ?? [];
    list.push({ start: m.start, end: m.end, item });
    byCat.set(item.cat, list);
  }
  const get = <C extends LexItem['cat']>(cat: C): Hit<Of<C>>[] => longest((byCat.get(cat) ?? []) as Hit<Of<C>>[]);
  const notClaims = get('not-claim');
  return {
    cues: governCues(longestOverlapping(get('cue')), notClaims),
    notClaims,
    scopes: get('scope'),
    sides: get('side'),
    claimants: get('claimant'),
    speech: get('speech'),
    hedges: get('hedge'),
    historical: get('historical'),
    context: get('context'),
    dates: byCat.get('date') as Hit<Of<'date'>>[] ?? [],
  };
}

/** Drops hits strictly inside a longer hit of the same category; the first of equal spans wins. */
function longest<H extends Hit>(hits: H[]): H[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: H[] = [];
  for (const h of sorted) {
    const inside = out.some((o) => o.start <= h.start && o.end >= h.end);
    if (!inside) out.push(h);
  }
  return out;
}

/** Of cues that overlap, the longer wins ("remain in control of" over "forces remain in"). */
function longestOverlapping<H extends Hit>(hits: readonly H[]): H[] {
  return hits.filter((h) => !hits.some((o) => o !== h && o.start < h.end && h.start < o.end && o.end - o.start > h.end - h.start));
}

/** Applies goal/forecast/attempt phrases to the one cue each introduces (the next one). */
function governCues(cues: Hit<Of<'cue'>>[], notClaims: readonly Hit<Of<'not-claim'>>[]) {
  const sorted = [...cues].sort((a, b) => a.start - b.start);
  const effectOn = new Map<Hit<Of<'cue'>>, 'drop' | 'attempt' | 'keep'>();
  const rank = { drop: 0, attempt: 1, keep: 2 } as const;
  for (const n of notClaims) {
    const effect = n.item.entry.effect;
    if (effect !== 'drop-cue' && effect !== 'attempt' && effect !== 'keep') continue;
    const cue = sorted.find((c) => c.start >= n.start);
    if (!cue || !governs(n, cue)) continue;
    const e = effect === 'drop-cue' ? 'drop' : effect;
    const seen = effectOn.get(cue);
    if (!seen || rank[e] > rank[seen]) effectOn.set(cue, e);
  }
  // "the fall of X would open the way": a modal after a nominal cue makes it hypothetical.
  for (const n of notClaims) {
    if (n.item.entry.effect !== 'drop-before') continue;
    const cue = sorted.filter((c) => (c.item.entry as CueEntry).nominal && c.end <= n.start && n.start - c.end <= NOMINAL_REACH).at(-1);
    if (cue) effectOn.set(cue, 'drop');
  }
  const out: (Hit<Of<'cue'>> & { attempt: boolean })[] = [];
  for (const cue of sorted) {
    const effect = effectOn.get(cue);
    if (!effect || effect === 'keep') out.push({ ...cue, attempt: false });
    else if (effect === 'attempt' && (cue.item.entry as CueEntry).attempt === 'contested') out.push({ ...cue, attempt: true });
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

/**
 * Cheap necessary conditions for lexicon hits, so that most sentences of an article need no trie
 * pass. For a group of lexicon entries (the cues, the main speech verbs, …) an anchor set holds one
 * word of every token sequence their phrases expand to: a sentence none of whose tokens is an
 * anchor cannot contain any of those phrases. Words match the way the phrase trie matches them:
 * exactly, as `word*` prefixes, and "ministry's" also as "ministry".
 */
import type { Token } from '../text/tokens.ts';
import { normalizeWord } from '../text/tokens.ts';
import type { LanguageLexicon, LexItem } from './lexicon.ts';
import { expand } from './phrase-trie.ts';

/** One anchor set: a sentence may hold a phrase of its group only if `mayHold` says so. */
export interface AnchorSet {
  /** Anchor words matched exactly (or by a possessive "word's"). */
  readonly words: ReadonlySet<string>;
  /** Anchor prefixes from `word*`: any token starting with one matches. */
  readonly prefixes: readonly string[];
  /** Some phrase has no word to anchor on (only `*` and gaps): every sentence may hold it. */
  readonly always: boolean;
}

/** The anchor sets of one language lexicon. */
export interface LexiconAnchors {
  /** Controller cues (category `cue`): only sentences with a cue can make a claim. */
  readonly cues: AnchorSet;
  /** Speech entries that can make a sentence's main speaker (kinds `verb` and `denial`). */
  readonly mainSpeech: AnchorSet;
  /** Context entries of kind `summary-source` (the lead of a summary article). */
  readonly summary: AnchorSet;
  /** Context entries of kind `back-reference` ("Про це повідомили…"). */
  readonly backReference: AnchorSet;
}

const GAP = /^\{\d+,\d+\}$/;

const compiled = new WeakMap<LanguageLexicon, LexiconAnchors>();

/** The anchor sets of `lex`, built once per loaded lexicon. */
export function lexiconAnchors(lex: LanguageLexicon): LexiconAnchors {
  let anchors = compiled.get(lex);
  if (!anchors) {
    anchors = {
      cues: anchorSet(lex.items, (item) => item.cat === 'cue'),
      mainSpeech: anchorSet(lex.items, (item) => item.cat === 'speech' && (item.entry.kind === 'verb' || item.entry.kind === 'denial')),
      summary: anchorSet(lex.items, (item) => item.cat === 'context' && item.entry.kind === 'summary-source'),
      backReference: anchorSet(lex.items, (item) => item.cat === 'context' && item.entry.kind === 'back-reference'),
    };
    compiled.set(lex, anchors);
  }
  return anchors;
}

/** The anchor set of the items `inGroup` selects (abbreviations are no phrases and never match). */
export function anchorSet(items: readonly LexItem[], inGroup: (item: LexItem) => boolean): AnchorSet {
  const words = new Set<string>();
  const prefixes = new Set<string>();
  let always = false;
  for (const item of items) {
    if (!inGroup(item) || (item.cat === 'context' && item.entry.kind === 'abbreviation')) continue;
    for (const phrase of item.entry.phrases) {
      for (const seq of expand(phrase)) {
        const anchor = pickAnchor(seq);
        if (anchor === null) always = true;
        else if (anchor.prefix) prefixes.add(anchor.key);
        else words.add(anchor.key);
      }
    }
  }
  // A prefix makes every longer prefix and word it starts redundant.
  const shortest = [...prefixes].filter((p) => ![...prefixes].some((q) => q !== p && p.startsWith(q)));
  for (const w of [...words]) if (shortest.some((p) => w.startsWith(p))) words.delete(w);
  return { words, prefixes: shortest, always };
}

/**
 * The word of one token sequence to anchor on, keyed as the trie keys it. The longest exact word
 * is taken (long words are rare in running text), a prefix only when the sequence has no word.
 */
function pickAnchor(seq: readonly string[]): { key: string; prefix: boolean } | null {
  let best: { key: string; prefix: boolean } | null = null;
  for (const word of seq) {
    if (word === '*' || GAP.test(word)) continue;
    const prefix = word.length > 1 && word.endsWith('*');
    const key = normalizeWord(prefix ? word.slice(0, -1) : word);
    // An empty prefix cannot be looked up by the trie's buckets; an empty word never matches.
    if (key === '') continue;
    if (!best || rank(key, prefix) > rank(best.key, best.prefix)) best = { key, prefix };
  }
  return best;
}

function rank(key: string, prefix: boolean): number {
  return prefix ? key.length - 100 : key.length;
}

/** Whether one token's normal form matches an anchor of `set`. */
export function isAnchor(set: AnchorSet, norm: string): boolean {
  if (set.words.has(norm)) return true;
  if (norm.endsWith("'s") && set.words.has(norm.slice(0, -2))) return true;
  for (const p of set.prefixes) if (norm.startsWith(p)) return true;
  return false;
}

/** Whether tokens [from, to) may hold a phrase of the anchor set's group. */
export function mayHold(set: AnchorSet, tokens: readonly Token[], from = 0, to = tokens.length): boolean {
  if (set.always) return true;
  for (let i = from; i < to; i++) if (isAnchor(set, tokens[i]!.norm)) return true;
  return false;
}

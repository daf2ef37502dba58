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

/**
 * A word of a phrase as the trie matches it: exactly (a possessive "word's" also matches "word")
 * or, for `word*`, as a prefix.
 */
interface WordMatch {
  readonly key: string;
  readonly prefix: boolean;
}

/**
 * One anchor set: a sentence may hold a phrase of its group only if `mayHold` says so. Every
 * token sequence of the group's phrases is filed under its anchor (its rarest-looking word) with
 * one more word it needs (`null` when it has no other word): both must occur in the sentence.
 */
export interface AnchorSet {
  /** Exact anchor words → the other words their sequences need. */
  readonly words: ReadonlyMap<string, readonly (WordMatch | null)[]>;
  /** Prefix anchors by their first character. */
  readonly prefixesByHead: ReadonlyMap<string, readonly { readonly prefix: string; readonly needs: readonly (WordMatch | null)[] }[]>;
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
  const words = new Map<string, Map<string, WordMatch | null>>();
  const prefixes = new Map<string, Map<string, WordMatch | null>>();
  let always = false;
  for (const item of items) {
    if (!inGroup(item) || (item.cat === 'context' && item.entry.kind === 'abbreviation')) continue;
    for (const phrase of item.entry.phrases) {
      for (const seq of expand(phrase)) {
        const [anchor, second] = pickAnchors(seq);
        if (!anchor) {
          always = true;
          continue;
        }
        const table = anchor.prefix ? prefixes : words;
        const needs = table.get(anchor.key) ?? new Map<string, WordMatch | null>();
        table.set(anchor.key, needs);
        needs.set(second ? `${second.prefix ? '*' : ''}${second.key}` : '', second ?? null);
      }
    }
  }
  const prefixesByHead = new Map<string, { prefix: string; needs: (WordMatch | null)[] }[]>();
  for (const [prefix, needs] of prefixes) {
    const bucket = prefixesByHead.get(prefix[0]!) ?? [];
    bucket.push({ prefix, needs: simplest(needs) });
    prefixesByHead.set(prefix[0]!, bucket);
  }
  return { words: new Map([...words].map(([w, needs]) => [w, simplest(needs)])), prefixesByHead, always };
}

/** An anchor that needs nothing more makes its other needs redundant. */
function simplest(needs: ReadonlyMap<string, WordMatch | null>): (WordMatch | null)[] {
  return needs.has('') ? [null] : [...needs.values()];
}

/**
 * The two words of one token sequence to check, keyed as the trie keys them: the longest exact
 * words (long words are rare in running text), prefixes only after words.
 */
function pickAnchors(seq: readonly string[]): [WordMatch | null, WordMatch | null] {
  const candidates: WordMatch[] = [];
  for (const word of seq) {
    if (word === '*' || GAP.test(word)) continue;
    const prefix = word.length > 1 && word.endsWith('*');
    const key = normalizeWord(prefix ? word.slice(0, -1) : word);
    // An empty prefix cannot be looked up by the trie's buckets; an empty word never matches.
    if (key !== '') candidates.push({ key, prefix });
  }
  candidates.sort((a, b) => rank(b) - rank(a));
  return [candidates[0] ?? null, candidates[1] ?? null];
}

function rank(w: WordMatch): number {
  return w.prefix ? w.key.length - 100 : w.key.length;
}

/** The other words that a token, as an anchor, needs (undefined: the token is no anchor). */
function needsOf(set: AnchorSet, norm: string): readonly (WordMatch | null)[] | undefined {
  let needs = set.words.get(norm);
  if (norm.endsWith("'s")) {
    const stem = set.words.get(norm.slice(0, -2));
    if (stem) needs = needs ? [...needs, ...stem] : stem;
  }
  const bucket = set.prefixesByHead.get(norm.charAt(0));
  if (bucket) {
    for (const p of bucket) {
      if (!norm.startsWith(p.prefix)) continue;
      if (!needs) needs = p.needs;
      else needs = [...needs, ...p.needs];
    }
  }
  return needs;
}

/** Whether one token's normal form is an anchor of `set` (ignoring what else its phrases need). */
export function isAnchor(set: AnchorSet, norm: string): boolean {
  return needsOf(set, norm) !== undefined;
}

/** Whether tokens [from, to) may hold a phrase of the anchor set's group. */
export function mayHold(set: AnchorSet, tokens: readonly Token[], from = 0, to = tokens.length): boolean {
  if (set.always) return true;
  // The sentence's words (and the nouns of its possessives), gathered at the first anchor.
  let present: Set<string> | null = null;
  for (let i = from; i < to; i++) {
    const needs = needsOf(set, tokens[i]!.norm);
    if (!needs) continue;
    for (const need of needs) {
      if (need === null) return true;
      if (need.prefix) {
        for (let j = from; j < to; j++) if (tokens[j]!.norm.startsWith(need.key)) return true;
        continue;
      }
      present ??= wordsOf(tokens, from, to);
      if (present.has(need.key)) return true;
    }
  }
  return false;
}

function wordsOf(tokens: readonly Token[], from: number, to: number): Set<string> {
  const words = new Set<string>();
  for (let i = from; i < to; i++) {
    const norm = tokens[i]!.norm;
    words.add(norm);
    if (norm.endsWith("'s")) words.add(norm.slice(0, -2));
  }
  return words;
}

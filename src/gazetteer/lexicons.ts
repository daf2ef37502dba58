/**
 * The hand-edited word lists of data/gazetteer/ compiled once at load: region names, stop-list,
 * cues. Words are folded with the same functions as names, Cyrillic ones stemmed.
 */
import { resolve } from 'node:path';
import { foldWord } from '../text/fold.ts';
import type { InflectionRules } from '../text/inflect.ts';
import { cuesSchema, readJsonFile, regionsSchema, stoplistSchema } from './data-files.ts';
import { aliasKeys } from './keys.ts';
import { emptyTrie, insertKey, type Trie } from './trie.ts';

/** Exact folded words plus folded prefixes (a word ending in `*` in the data is a prefix). */
export interface WordSet {
  readonly exact: ReadonlySet<string>;
  readonly prefixes: ReadonlySet<string>;
  /** Distinct prefix lengths, longest first. */
  readonly prefixLengths: readonly number[];
  /** The non-empty prefixes by their first char code, longest first (a word is tried only against its own). */
  readonly prefixesByFirst: ReadonlyMap<number, readonly string[]>;
}

/** Whether the folded word is in the set. */
export function inWordSet(set: WordSet, folded: string): boolean {
  return matchLength(set, folded) > 0;
}

/** How specifically the word matches: its length + 1 for an exact word, the prefix length, or 0. */
export function matchLength(set: WordSet, folded: string): number {
  if (set.exact.has(folded)) return folded.length + 1;
  // The longest prefix that starts the word (an empty prefix would give 0, the same as none).
  const candidates = set.prefixesByFirst.get(folded.charCodeAt(0));
  if (candidates) for (const p of candidates) if (folded.startsWith(p)) return p.length;
  return 0;
}

/** Non-empty strings grouped by their first char code, each group longest first. */
function byFirstChar<T extends string>(strings: Iterable<T>): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const p of strings) {
    if (p.length === 0) continue;
    const c = p.charCodeAt(0);
    const group = out.get(c);
    if (group) group.push(p);
    else out.set(c, [p]);
  }
  for (const group of out.values()) group.sort(longestFirst);
  return out;
}

function longestFirst(a: string, b: string): number {
  return b.length - a.length;
}

function wordSet(words: readonly string[], prefixes: readonly string[] = []): WordSet {
  const exact = new Set<string>();
  const pre = new Set(prefixes.map((p) => foldWord(p)));
  for (const w of words) {
    if (w.endsWith('*')) pre.add(foldWord(w.slice(0, -1)));
    else exact.add(foldWord(w));
  }
  const prefixLengths = [...new Set([...pre].map((p) => p.length))].sort((a, b) => b - a);
  return { exact, prefixes: pre, prefixLengths, prefixesByFirst: byFirstChar(pre) };
}

export type CueType = 'village' | 'town' | 'city';

/** One cue class. */
export interface Cue {
  readonly strong: boolean;
  readonly placeType: CueType | undefined;
  readonly words: WordSet;
}

/** Everything compiled from the JSON lexicons. */
export interface Lexicons {
  /** Oblast names that are regions before a region word; postings = oblast indexes. */
  readonly regionNames: Trie;
  /** Names that are always a region. */
  readonly regionStandalone: Trie;
  readonly regionWords: WordSet;
  readonly raionWords: WordSet;
  readonly conjunctions: WordSet;
  /** Stop-listed keys: value `always` or `sentence-start`. */
  readonly stop: ReadonlyMap<string, 'always' | 'sentence-start'>;
  readonly notBefore: WordSet;
  readonly notAfter: WordSet;
  readonly notAfterSkip: WordSet;
  readonly personBefore: WordSet;
  /** Lower-case patronymic endings (Владимирович, Ivanivna). */
  readonly patronymicEndings: readonly string[];
  /** Lower-case surname endings (Петренко): such a word needs a settlement noun. */
  readonly surnameEndings: readonly string[];
  /** Folded first names: a capitalised word right after one is a surname. */
  readonly firstNames: ReadonlySet<string>;
  readonly cues: CueIndex;
}

/** All cue words in one lookup: exact words, then prefixes longest first. */
export interface CueIndex {
  readonly exact: ReadonlyMap<string, Cue>;
  readonly prefixes: ReadonlyMap<string, Cue>;
  readonly prefixLengths: readonly number[];
  /** The non-empty prefixes by their first char code, longest first. */
  readonly prefixesByFirst: ReadonlyMap<number, readonly string[]>;
}

/** The most specific cue for a folded word. */
export function cueOf(index: CueIndex, folded: string): Cue | undefined {
  const exact = index.exact.get(folded);
  if (exact) return exact;
  const candidates = index.prefixesByFirst.get(folded.charCodeAt(0));
  if (candidates) for (const p of candidates) if (folded.startsWith(p)) return index.prefixes.get(p);
  // An empty prefix (a lone `*` in the data) fits every word.
  return index.prefixes.get('');
}

function cueIndex(cues: readonly Cue[]): CueIndex {
  const exact = new Map<string, Cue>();
  const prefixes = new Map<string, Cue>();
  for (const c of cues) {
    for (const w of c.words.exact) if (!exact.has(w) || c.strong) exact.set(w, c);
    for (const p of c.words.prefixes) if (!prefixes.has(p) || c.strong) prefixes.set(p, c);
  }
  const prefixLengths = [...new Set([...prefixes.keys()].map((p) => p.length))].sort((a, b) => b - a);
  return { exact, prefixes, prefixLengths, prefixesByFirst: byFirstChar(prefixes.keys()) };
}

function mergeLists(lists: readonly { words: string[]; prefixes: string[] }[]): WordSet {
  return wordSet(
    lists.flatMap((l) => l.words),
    lists.flatMap((l) => l.prefixes),
  );
}

/** Reads and compiles the lexicons in `dir` (data/gazetteer). `oblasts` fixes the oblast indexes. */
export function loadLexicons(dir: string, rules: InflectionRules, oblasts: readonly string[]): Lexicons {
  const regionsFile = resolve(dir, 'regions.json');
  const regions = readJsonFile(regionsFile, regionsSchema);
  const stoplist = readJsonFile(resolve(dir, 'stoplist.json'), stoplistSchema);
  const cues = readJsonFile(resolve(dir, 'cues.json'), cuesSchema);
  const regionNames = emptyTrie<number>();
  const regionStandalone = emptyTrie<number>();
  for (const e of regions.entries) {
    const idx = oblasts.indexOf(e.oblast);
    if (idx === -1) throw new Error(`${regionsFile}: entry "${e.id}": unknown oblast ${e.oblast}`);
    for (const n of e.names) for (const k of aliasKeys(n, rules)) insertKey(regionNames, k, idx);
    for (const n of e.standalone) for (const k of aliasKeys(n, rules)) insertKey(regionStandalone, k, idx);
  }
  const stop = new Map<string, 'always' | 'sentence-start'>();
  for (const e of stoplist.entries) for (const w of e.words) for (const k of aliasKeys(w, rules)) stop.set(k, e.when);
  return {
    regionNames,
    regionStandalone,
    regionWords: wordSet(regions.regionWords),
    raionWords: wordSet(regions.raionWords),
    conjunctions: wordSet(regions.conjunctions),
    stop,
    notBefore: mergeLists(stoplist.notBefore),
    notAfter: mergeLists(stoplist.notAfter),
    notAfterSkip: mergeLists([stoplist.notAfterSkip]),
    personBefore: mergeLists([stoplist.personBefore]),
    patronymicEndings: stoplist.patronymicEndings.endings.map((e) => e.toLowerCase()),
    surnameEndings: stoplist.surnameEndings.endings.map((e) => e.toLowerCase()),
    firstNames: new Set(stoplist.entries.filter((e) => e.person).flatMap((e) => e.words.map((w) => foldWord(w)))),
    cues: cueIndex(
      cues.entries.map((e) => ({
        strong: e.strength === 'strong',
        placeType: e.placeType,
        words: wordSet(e.words, e.prefixes),
      })),
    ),
  };
}

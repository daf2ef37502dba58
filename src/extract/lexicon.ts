/**
 * Loading the extraction lexicon: data/lexicon/boilerplate.json plus one folder per language
 * (data/lexicon/en, later uk and ru) with the files of lexicon-schema.ts. All phrases of a
 * language are compiled once into one token trie; the engine itself knows no words.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { z } from 'zod';
import type { BoilerplateRules } from '../text/boilerplate.ts';
import { loadBoilerplateRules } from '../text/boilerplate.ts';
import { LexiconError, readLexiconFile } from '../text/lexicon-file.ts';
import type { OutletRegistry } from './outlet-voice.ts';
import { loadOutlets } from './outlet-voice.ts';
import type { PhraseTrie } from './phrase-trie.ts';
import { PhraseSyntaxError, addPhrase, createTrie } from './phrase-trie.ts';
import {
  ClaimantEntry,
  ContextEntry,
  CueEntry,
  DateEntry,
  NotClaimEntry,
  PlainEntry,
  ScopeEntry,
  SideEntry,
  SpeechEntry,
} from './lexicon-schema.ts';

/** What a trie payload stands for: the category and the entry. */
export type LexItem =
  | { readonly cat: 'cue'; readonly entry: CueEntry }
  | { readonly cat: 'not-claim'; readonly entry: NotClaimEntry }
  | { readonly cat: 'scope'; readonly entry: ScopeEntry }
  | { readonly cat: 'side'; readonly entry: SideEntry }
  | { readonly cat: 'claimant'; readonly entry: ClaimantEntry }
  | { readonly cat: 'speech'; readonly entry: SpeechEntry }
  | { readonly cat: 'hedge'; readonly entry: PlainEntry }
  | { readonly cat: 'historical'; readonly entry: PlainEntry }
  | { readonly cat: 'context'; readonly entry: ContextEntry }
  | { readonly cat: 'date'; readonly entry: DateEntry };

export type LexCategory = LexItem['cat'];

/** One language's compiled lexicon. */
export interface LanguageLexicon {
  readonly lang: string;
  readonly trie: PhraseTrie;
  /** Payload index → item. */
  readonly items: readonly LexItem[];
  readonly abbreviations: readonly string[];
}

/** The whole compiled lexicon, passed to extractClaims (no module-level caches). */
export interface Lexicon {
  readonly boilerplate: BoilerplateRules;
  readonly languages: ReadonlyMap<string, LanguageLexicon>;
  /** Outlets that are a party (data/lexicon/outlets.json); absent: every outlet is independent. */
  readonly outlets?: OutletRegistry;
}

const FILES: readonly { file: string; cat: LexCategory; schema: z.ZodType }[] = [
  { file: 'cues.json', cat: 'cue', schema: CueEntry },
  { file: 'not-claims.json', cat: 'not-claim', schema: NotClaimEntry },
  { file: 'scope.json', cat: 'scope', schema: ScopeEntry },
  { file: 'sides.json', cat: 'side', schema: SideEntry },
  { file: 'claimants.json', cat: 'claimant', schema: ClaimantEntry },
  { file: 'speech.json', cat: 'speech', schema: SpeechEntry },
  { file: 'hedges.json', cat: 'hedge', schema: PlainEntry },
  { file: 'historical.json', cat: 'historical', schema: PlainEntry },
  { file: 'context.json', cat: 'context', schema: ContextEntry },
  { file: 'dates.json', cat: 'date', schema: DateEntry },
];

/** Loads and compiles data/lexicon (or `dir`). Throws LexiconError naming the file and entry. */
export function loadLexicon(dir = resolve('data', 'lexicon')): Lexicon {
  const boilerplate = loadBoilerplateRules(join(dir, 'boilerplate.json'));
  const languages = new Map<string, LanguageLexicon>();
  for (const name of readdirSync(dir).sort()) {
    const sub = join(dir, name);
    if (statSync(sub).isDirectory()) languages.set(name, loadLanguage(name, sub));
  }
  if (languages.size === 0) throw new LexiconError(dir, null, 'no language folders (expected e.g. en/)');
  const outletsFile = join(dir, 'outlets.json');
  return existsSync(outletsFile) ? { boilerplate, languages, outlets: loadOutlets(outletsFile) } : { boilerplate, languages };
}

/** Compiles one language folder. */
export function loadLanguage(lang: string, dir: string): LanguageLexicon {
  const groups = FILES.filter(({ file }) => existsSync(join(dir, file))).map(({ file, cat, schema }) => ({
    file: `${lang}/${file}`,
    cat,
    entries: readLexiconFile(join(dir, file), schema) as { id: string; phrases: string[] }[],
  }));
  return compileLanguage(lang, groups);
}

/** Compiles already-validated entries (used by loadLanguage and by tests). */
export function compileLanguage(
  lang: string,
  groups: readonly { file: string; cat: LexCategory; entries: readonly { id: string; phrases: readonly string[] }[] }[],
): LanguageLexicon {
  const trie = createTrie();
  const items: LexItem[] = [];
  const abbreviations: string[] = [];
  for (const { file, cat, entries } of groups) {
    for (const entry of entries) {
      const index = items.push({ cat, entry } as LexItem) - 1;
      if (cat === 'context' && (entry as ContextEntry).kind === 'abbreviation') {
        abbreviations.push(...entry.phrases.map((p) => p.toLowerCase().replace(/\.$/, '')));
        continue;
      }
      for (const phrase of entry.phrases) {
        try {
          addPhrase(trie, phrase, index);
        } catch (err) {
          if (err instanceof PhraseSyntaxError) throw new LexiconError(file, entry.id, err.message);
          throw err;
        }
      }
    }
  }
  return { lang, trie, items, abbreviations };
}

/** The lexicon for an article language; English when the language has no lexicon yet. */
export function languageLexicon(lexicon: Lexicon, lang: string): LanguageLexicon {
  return lexicon.languages.get(lang) ?? lexicon.languages.get('en') ?? [...lexicon.languages.values()][0]!;
}

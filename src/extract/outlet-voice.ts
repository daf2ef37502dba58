/**
 * Whose voice an outlet's own unattributed sentences are. Most outlets report (independent), but
 * some are a party: Russian state media, the Russian Defence Ministry and pro-Kremlin military
 * bloggers speak for Russia; Ukraine's General Staff, Defence Ministry and unit channels for
 * Ukraine (CLAIMS.md, claimant). The list is data (data/lexicon/outlets.json), matched against the
 * article's outlet name and its URL's host.
 */
import { z } from 'zod';
import type { Article } from '../domain/article.ts';
import { EntryBase, parseLexiconEntries, readLexiconFile } from '../text/lexicon-file.ts';

/** One outlet family and the side its own statements speak for. */
export const OutletEntry = EntryBase.extend({
  claimant: z.enum(['ru', 'ua']),
  /** Lower-case names; a name matches as whole words inside the outlet's name ("ТАСС (стиль)"). */
  names: z.array(z.string().min(1)),
  /** Hosts; a URL matches on the host itself or any subdomain. */
  hosts: z.array(z.string().min(1)),
});
export type OutletEntry = z.infer<typeof OutletEntry>;

/** A compiled outlet list. */
export interface OutletRegistry {
  readonly entries: readonly { readonly entry: OutletEntry; readonly name: RegExp | null }[];
}

const FILE = 'outlets.json';

/** Validates and compiles outlet entries (already parsed JSON). */
export function compileOutlets(raw: unknown, file = FILE): OutletRegistry {
  const entries = parseLexiconEntries(file, raw, OutletEntry).map((entry) => ({ entry, name: namePattern(entry.names) }));
  return { entries };
}

/** Reads data/lexicon/outlets.json (or another file of the same shape). */
export function loadOutlets(path: string): OutletRegistry {
  return compileOutlets(readLexiconFile(path, z.unknown()), FILE);
}

/** An empty registry: every outlet reports in its own, independent voice. */
export const NO_OUTLETS: OutletRegistry = { entries: [] };

/** The side whose voice the article's own sentences are, with the rule that says so, or null. */
export function outletSide(article: Pick<Article, 'outlet' | 'url'>, registry: OutletRegistry): { claimant: 'ru' | 'ua'; ruleId: string } | null {
  const outlet = article.outlet?.toLowerCase() ?? '';
  const host = hostOf(article.url);
  for (const { entry, name } of registry.entries) {
    const byName = name !== null && outlet !== '' && name.test(outlet);
    const byHost = host !== null && entry.hosts.some((h) => host === h || host.endsWith(`.${h}`));
    if (byName || byHost) return { claimant: entry.claimant, ruleId: entry.id };
  }
  return null;
}

function namePattern(names: readonly string[]): RegExp | null {
  if (names.length === 0) return null;
  const escaped = names.map((n) => n.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  // Whole words in any script: "rt" must not match "report", "риа" not "мариамполь".
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'u');
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

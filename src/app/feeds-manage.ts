/**
 * Managing feed sources: add, find by id or URL, remove, enable/disable, and import the curated
 * default list (data/feeds.json, every entry disabled until someone enables it).
 */
import { z } from 'zod';
import { isHttpUrl } from '../ingest/canonical-url.ts';
import type { Source, SourceRepo } from '../store/source-repo.ts';
import { EntryBase, readLexiconFile } from '../text/lexicon-file.ts';
import { UserFacingError } from '../domain/errors.ts';

/** One curated feed of data/feeds.json. */
export const DefaultFeed = EntryBase.extend({
  url: z.url(),
  outlet: z.string().min(1),
  lang: z.string().regex(/^[a-z]{2}$/, 'ISO 639-1 code'),
  side: z.enum(['ua', 'ru', 'independent']),
});
export type DefaultFeed = z.infer<typeof DefaultFeed>;

/** Reads and validates the curated feed list (errors name the file and the entry). */
export function loadDefaultFeeds(path: string): DefaultFeed[] {
  return readLexiconFile(path, DefaultFeed);
}

/** Adds a feed (enabled unless said otherwise); an existing URL returns the stored one. */
export function addFeed(
  sources: SourceRepo,
  feed: { url: string; outlet?: string | null; lang?: string | null; enabled?: boolean },
  now: Date,
): { source: Source; created: boolean } {
  if (!isHttpUrl(feed.url)) throw new UserFacingError(`not an http(s) URL: ${feed.url}`);
  return sources.add({ kind: 'feed', url: feed.url, outlet: feed.outlet ?? null, lang: feed.lang ?? null, enabled: feed.enabled ?? true }, now.toISOString());
}

/** The feed named by its numeric id or its exact URL. */
export function findFeed(sources: SourceRepo, ref: string): Source | undefined {
  const byId = /^\d+$/.test(ref) ? sources.get(Number(ref)) : undefined;
  if (byId?.kind === 'feed') return byId;
  return sources.find('feed', ref);
}

/** Adds every curated feed not stored yet, disabled. Returns how many were added. */
export function importDefaultFeeds(sources: SourceRepo, feeds: readonly DefaultFeed[], now: Date): { added: number; existing: number } {
  let added = 0;
  for (const f of feeds) {
    const r = sources.add({ kind: 'feed', url: f.url, outlet: f.outlet, lang: f.lang, enabled: false }, now.toISOString());
    if (r.created) added++;
  }
  return { added, existing: feeds.length - added };
}

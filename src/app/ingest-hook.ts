/**
 * The `onArticleStored` hook the ingesting commands use: the claim analyser once the extractor
 * is wired in; until then none (articles are stored, claims come later).
 */
import type { Db } from '../store/open-database.ts';
import type { ArticleStoredHook } from './ingest-articles.ts';

/** Builds the hook for an open store, or undefined when there is nothing to run. */
export function articleHookFor(_db: Db): ArticleStoredHook | undefined {
  return undefined;
}

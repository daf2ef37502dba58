/**
 * The `onArticleStored` hook of the commands and the bot process: the claim analyser (extract
 * the claims, store them, refresh the timelines of their places), run inside each article's
 * write transaction. Without the lexicon or the gazetteer the hook is left out and articles
 * are still stored (claims can be re-derived later by re-ingesting into a fresh store).
 */
import type { Logger } from '../logger.ts';
import { extractClaims, loadLexicon } from '../extract/index.ts';
import { loadGazetteer } from '../gazetteer/gazetteer.ts';
import { localIsoDate } from '../ingest/front-matter.ts';
import type { Db } from '../store/open-database.ts';
import { createArticleAnalyser } from './analyse-article.ts';
import type { ArticleStoredHook } from './ingest-articles.ts';
import { timelineStoreOn } from './timeline-store.ts';

/** Options of articleHookFor; `windowDays` is CONTRADICTION_WINDOW_DAYS (default 45). */
export interface ArticleHookOptions {
  readonly windowDays?: number;
  readonly logger?: Logger;
  readonly now?: () => Date;
}

/** Builds the claim hook for an open, migrated store, or undefined when the extractor cannot load. */
export function articleHookFor(db: Db, opts: ArticleHookOptions = {}): ArticleStoredHook | undefined {
  const now = opts.now ?? (() => new Date());
  let deps: { lexicon: ReturnType<typeof loadLexicon>; gazetteer: ReturnType<typeof loadGazetteer> };
  try {
    deps = { lexicon: loadLexicon(), gazetteer: loadGazetteer() };
  } catch (err) {
    opts.logger?.warn({ err }, 'claim extractor unavailable; articles are stored without claims');
    return undefined;
  }
  const store = timelineStoreOn(db, opts.windowDays ?? 45);
  const analyse = createArticleAnalyser({
    // An article without a date is dated the day the store first saw it (the local day).
    extract: (article) => extractClaims(article, { ...deps, fallbackDate: localIsoDate(now()) }),
    claims: store.claims,
    timeline: store.service,
    now,
  });
  return (stored) => void analyse(stored);
}

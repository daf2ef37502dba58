/**
 * Feed item → Article. Feeds that carry the full text (content:encoded, Atom content, JSON
 * content) are used as is; items with only a summary get their page fetched.
 */
import type { Article } from '../domain/article.ts';
import { canonicalUrl } from './canonical-url.ts';
import { IngestError } from './errors.ts';
import type { FeedItem, ParsedFeed } from './feed.ts';
import type { Fetcher } from './fetcher.ts';
import { fetchArticlePage } from './page.ts';

/** Feed text shorter than this is a summary: the page is fetched for the full text. */
export const FULL_TEXT_MIN_CHARS = 500;

/** What the source row knows better than the feed (the outlet's name, its language). */
export interface FeedHints {
  readonly outlet?: string | null;
  readonly lang?: string | null;
}

/** Whether the item's own text is enough, so no page fetch is needed. */
export function hasFullText(item: FeedItem): boolean {
  return item.content.length >= FULL_TEXT_MIN_CHARS;
}

/** Identity of an item for the "already stored?" check before any fetch, or null. */
export function itemCanonicalUrl(item: FeedItem): string | null {
  return item.url ? canonicalUrl(item.url) : null;
}

/** Builds the article of one item, fetching its page when the feed has only a summary. */
export async function feedItemArticle(item: FeedItem, feed: ParsedFeed, feedUrl: string, fetcher: Fetcher, hints: FeedHints = {}): Promise<Article> {
  const outlet = hints.outlet ?? feed.title;
  const lang = hints.lang ?? feed.lang;
  const target = item.url ?? feedUrl;
  if (!hasFullText(item) && item.url) {
    let page: Article;
    try {
      page = await fetchArticlePage(fetcher, item.url, { outlet, lang, published: item.published, title: item.title });
    } catch (err) {
      // A paywalled or broken page still has the feed's own words, which often carry the claim
      // (headlines do); without any, the page's failure is the item's.
      const own = item.content || item.summary || item.title || '';
      if (!own.trim() || !(err instanceof IngestError) || err.reason === 'blocked-url') throw err;
      return { url: item.url, canonicalUrl: canonicalUrl(item.url), outlet, title: item.title, lang, published: item.published, byline: item.byline, body: own.trim() };
    }
    // The feed's date and title are the outlet's own; a page's meta tags are sometimes missing or stale.
    return {
      ...page,
      url: item.url,
      title: item.title ?? page.title,
      published: item.published ?? page.published,
      outlet: hints.outlet ?? page.outlet ?? outlet,
      byline: page.byline ?? item.byline,
    };
  }
  const body = item.content || item.summary;
  if (!body.trim()) throw new IngestError('empty', target, 'the feed item has no text and no link');
  const url = item.url ?? `${feedUrl}#${encodeURIComponent(item.title ?? body.slice(0, 40))}`;
  return {
    url,
    canonicalUrl: canonicalUrl(url),
    outlet,
    title: item.title,
    lang,
    published: item.published,
    byline: item.byline,
    body: body.trim(),
  };
}

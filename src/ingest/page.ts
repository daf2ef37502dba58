/**
 * A URL → an article page or a feed. `ingest URL` accepts both: a feed's items are ingested
 * like a polled feed's (without registering the feed).
 */
import type { Article } from '../domain/article.ts';
import { decodeText } from './decode.ts';
import { looksLikeFeed, parseFeedDocument, type ParsedFeed } from './feed.ts';
import type { Fetcher } from './fetcher.ts';
import { articleFromHtml, type HtmlArticleHints } from './html-article.ts';

/** What a URL turned out to be. */
export type FetchedDocument =
  | { readonly kind: 'page'; readonly article: Article }
  | { readonly kind: 'feed'; readonly url: string; readonly feed: ParsedFeed };

const ACCEPT_ANY = 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,*/*;q=0.8';
const ACCEPT_HTML = 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8';

/** Fetches a URL and reads it as a feed or an article page. Throws IngestError. */
export async function fetchDocument(fetcher: Fetcher, url: string, hints: HtmlArticleHints = {}): Promise<FetchedDocument> {
  const res = await fetcher.get(url, { accept: ACCEPT_ANY });
  const { text } = decodeText(res.bytes, res.url, res.contentType);
  if (looksLikeFeed(res.contentType, text)) return { kind: 'feed', url: res.url, feed: parseFeedDocument(text, res.url) };
  return { kind: 'page', article: articleFromHtml(text, res.url, hints) };
}

/** Fetches an article page (a feed item's link). Throws IngestError. */
export async function fetchArticlePage(fetcher: Fetcher, url: string, hints: HtmlArticleHints = {}): Promise<Article> {
  const res = await fetcher.get(url, { accept: ACCEPT_HTML });
  const { text } = decodeText(res.bytes, res.url, res.contentType);
  return articleFromHtml(text, res.url, hints);
}

/**
 * Feeds → items: RSS 2.0, RSS 1.0 (RDF), Atom 1.0 and JSON Feed through feedsmith's
 * `parseFeed`, normalised to one FeedItem shape. Item text is HTML turned into paragraphs.
 */
import { parseFeed } from 'feedsmith';
import { parseHTML } from 'linkedom';
import type { IsoDate } from '../domain/article.ts';
import { IngestError } from './errors.ts';
import { parseIsoDate } from './front-matter.ts';
import { langCode } from './html-meta.ts';
import { nodeToText, type TextNodeLike } from './html-text.ts';

/** One feed entry, normalised. */
export interface FeedItem {
  /** Absolute article URL (link, else a guid that is a URL), or null. */
  readonly url: string | null;
  readonly title: string | null;
  readonly published: IsoDate | null;
  readonly byline: string | null;
  /** Full text when the feed carries it (content:encoded, Atom content, JSON content). */
  readonly content: string;
  /** Description or summary text. */
  readonly summary: string;
}

/** A parsed feed. */
export interface ParsedFeed {
  readonly format: 'rss' | 'atom' | 'rdf' | 'json';
  readonly title: string | null;
  readonly lang: string | null;
  readonly items: readonly FeedItem[];
}

type Loose = Record<string, unknown> | undefined;

function str(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (v && typeof v === 'object' && typeof (v as { value?: unknown }).value === 'string') return str((v as { value: string }).value);
  return null;
}

/** Plain text of an HTML (or plain) snippet, paragraphs kept. */
export function snippetText(html: string | null): string {
  if (!html) return '';
  if (!/[<&]/.test(html)) return html.trim();
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return nodeToText(document.body as unknown as TextNodeLike);
}

function absolute(link: string | null, base: string): string | null {
  if (!link) return null;
  try {
    const u = new URL(link, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

function names(list: unknown): string | null {
  if (!Array.isArray(list)) return str(list);
  const all = list.map((a) => (typeof a === 'string' ? a : str((a as Loose)?.name))).filter(Boolean);
  return all.length ? all.join(', ') : null;
}

function rssItem(it: Loose, base: string): FeedItem {
  const dc = it?.dc as Loose;
  const guid = str(it?.guid);
  return {
    url: absolute(str(it?.link), base) ?? absolute(guid, base),
    title: str(it?.title),
    published: parseIsoDate(str(it?.pubDate) ?? str((dc?.dates as unknown[] | undefined)?.[0]) ?? str(dc?.date)),
    byline: names(it?.authors) ?? names(dc?.creators) ?? str(dc?.creator),
    content: snippetText(str((it?.content as Loose)?.encoded)),
    summary: snippetText(str(it?.description)),
  };
}

function atomEntry(e: Loose, base: string): FeedItem {
  const links = (e?.links as Loose[] | undefined) ?? [];
  const link = links.find((l) => !l?.rel || l.rel === 'alternate') ?? links[0];
  return {
    url: absolute(str(link?.href), base) ?? absolute(str(e?.id), base),
    title: str(e?.title),
    published: parseIsoDate(str(e?.published) ?? str(e?.updated)),
    byline: names(e?.authors),
    content: snippetText(str(e?.content)),
    summary: snippetText(str(e?.summary)),
  };
}

function jsonItem(it: Loose, base: string): FeedItem {
  return {
    url: absolute(str(it?.url), base) ?? absolute(str(it?.external_url), base) ?? absolute(str(it?.id), base),
    title: str(it?.title),
    published: parseIsoDate(str(it?.date_published) ?? str(it?.date_modified)),
    byline: names(it?.authors) ?? names(it?.author ? [it.author] : undefined),
    content: snippetText(str(it?.content_html)) || (str(it?.content_text) ?? ''),
    summary: str(it?.summary) ?? '',
  };
}

/** Parses a feed document fetched from `feedUrl`. Throws IngestError('malformed-feed'). */
export function parseFeedDocument(text: string, feedUrl: string): ParsedFeed {
  let parsed: { format: string; feed: unknown };
  try {
    parsed = parseFeed(text) as { format: string; feed: unknown };
  } catch (err) {
    throw new IngestError('malformed-feed', feedUrl, `not a readable feed: ${(err as Error).message}`, { cause: err });
  }
  const feed = parsed.feed as Loose;
  const format = parsed.format as ParsedFeed['format'];
  const rawItems = ((format === 'atom' ? feed?.entries : feed?.items) as Loose[] | undefined) ?? [];
  const toItem = format === 'atom' ? atomEntry : format === 'json' ? jsonItem : rssItem;
  const dc = feed?.dc as Loose;
  return {
    format,
    title: str(feed?.title),
    lang: langCode(str(feed?.language) ?? str(feed?.lang) ?? str((dc?.languages as unknown[] | undefined)?.[0])),
    items: rawItems.map((it) => toItem(it, feedUrl)),
  };
}

/** Whether a fetched document is a feed rather than a page (by type, else by its first tag). */
export function looksLikeFeed(contentType: string | null, text: string): boolean {
  const ct = (contentType ?? '').toLowerCase();
  if (/(rss|atom|rdf)\+xml|feed\+json/.test(ct)) return true;
  if (ct.includes('html')) return false;
  const head = text.slice(0, 2048).replace(/^\uFEFF/, '').trimStart();
  return /^(<\?xml[^>]*>\s*(<!--[\s\S]*?-->\s*)*)?<(rss|feed|rdf:RDF)[\s>]/.test(head) || /"version"\s*:\s*"https:\/\/jsonfeed\.org/.test(head);
}

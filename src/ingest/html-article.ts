/**
 * HTML page → Article: metadata from the head, main text from @mozilla/readability over a
 * linkedom document. A page with no article text is an IngestError('no-article').
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Article, IsoDate } from '../domain/article.ts';
import { canonicalUrl, isHttpUrl } from './canonical-url.ts';
import { IngestError } from './errors.ts';
import { readHtmlMeta, type DocumentLike } from './html-meta.ts';
import { nodeToText, type TextNodeLike } from './html-text.ts';

/** Shorter main texts are navigation or error pages, not articles. */
const MIN_ARTICLE_CHARS = 80;

/** What the caller already knows, used when the page says nothing better. */
export interface HtmlArticleHints {
  readonly outlet?: string | null;
  readonly lang?: string | null;
  readonly published?: IsoDate | null;
  readonly title?: string | null;
}

function canonicalFor(pageUrl: string, declared: string | null): string {
  if (declared) {
    try {
      // A saved page (`file:` URL) keeps its canonical link only when that is absolute.
      const abs = isHttpUrl(pageUrl) ? new URL(declared, pageUrl) : new URL(declared);
      // Some sites point every page's canonical link at the home page; that is no identity.
      if (isHttpUrl(abs.href) && abs.pathname.replace(/\/+$/, '') !== '') return canonicalUrl(abs.href);
    } catch {
      // An unparsable canonical link is ignored.
    }
  }
  return canonicalUrl(pageUrl);
}

/** Parses a page (already decoded) fetched from or stored at `pageUrl`. */
export function articleFromHtml(html: string, pageUrl: string, hints: HtmlArticleHints = {}): Article {
  const { document } = parseHTML(html);
  const meta = readHtmlMeta(document as unknown as DocumentLike);
  let parsed: ReturnType<Readability['parse']>;
  try {
    parsed = new Readability(document as never, {
      serializer: (node: unknown) => nodeToText(node as TextNodeLike),
    }).parse();
  } catch (err) {
    throw new IngestError('no-article', pageUrl, `could not read the page: ${(err as Error).message}`, { cause: err });
  }
  const body = parsed?.content?.trim() ?? '';
  if (body.length < MIN_ARTICLE_CHARS) throw new IngestError('no-article', pageUrl, 'no article text found on the page');
  return {
    url: pageUrl,
    canonicalUrl: canonicalFor(pageUrl, meta.canonical),
    outlet: meta.outlet ?? parsed?.siteName?.trim() ?? hints.outlet ?? null,
    title: meta.title ?? meta.headline ?? (parsed?.title?.trim() || null) ?? hints.title ?? null,
    lang: meta.lang ?? hints.lang ?? null,
    published: meta.published ?? hints.published ?? null,
    byline: meta.byline ?? parsed?.byline?.trim() ?? null,
    body,
  };
}

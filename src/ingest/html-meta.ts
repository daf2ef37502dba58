/**
 * Article metadata from an HTML document's head: publication date (meta tags, JSON-LD,
 * `<time>`), outlet (`og:site_name`, JSON-LD publisher), title, byline, language and the
 * canonical link. Read before Readability runs, because Readability rewrites the document.
 */
import type { IsoDate } from '../domain/article.ts';
import { parseIsoDate } from './front-matter.ts';

/** The members of a DOM element this module reads. */
export interface ElementLike {
  getAttribute(name: string): string | null;
  readonly textContent: string | null;
}
/** The members of a DOM document this module reads. */
export interface DocumentLike {
  querySelector(selector: string): ElementLike | null;
  querySelectorAll(selector: string): ArrayLike<ElementLike>;
  readonly documentElement: ElementLike | null;
}

/** What the head says about the article; every field may be missing. */
export interface HtmlMeta {
  /** `og:title` only: Readability's title (from `<title>`, minus the site name) comes next. */
  readonly title: string | null;
  /** The first `<h1>` when `<title>` contains it (the headline without the site's suffix). */
  readonly headline: string | null;
  readonly outlet: string | null;
  readonly byline: string | null;
  readonly published: IsoDate | null;
  readonly lang: string | null;
  readonly canonical: string | null;
}

const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[property="og:article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="sailthru.date"]',
  'meta[name="dc.date.issued"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dcterms.created"]',
  'meta[name="date"]',
];

function attr(doc: DocumentLike, selector: string, name = 'content'): string | null {
  const v = doc.querySelector(selector)?.getAttribute(name)?.trim();
  return v ? v : null;
}

function first<T>(...values: (T | null | undefined)[]): T | null {
  for (const v of values) if (v !== null && v !== undefined && v !== '') return v;
  return null;
}

type Json = Record<string, unknown>;

function jsonLdObjects(doc: DocumentLike): Json[] {
  const out: Json[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      out.push(v as Json);
      // Articles hide in a graph or as a page's main entity; other nested objects (videos,
      // related links) carry dates that are not the article's.
      if ('@graph' in v) visit((v as Json)['@graph']);
      if ('mainEntity' in v) visit((v as Json).mainEntity);
    }
  };
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    try {
      visit(JSON.parse(scripts[i]!.textContent ?? ''));
    } catch {
      // A broken JSON-LD block is common and says nothing about the article: skip it.
    }
  }
  return out;
}

function nameOf(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return v.map(nameOf).filter(Boolean).join(', ') || null;
  if (v && typeof v === 'object' && typeof (v as Json).name === 'string') return ((v as Json).name as string).trim() || null;
  return null;
}

function fromJsonLd(doc: DocumentLike): { published: string | null; outlet: string | null; byline: string | null } {
  const objects = jsonLdObjects(doc);
  const article = objects.find((o) => typeof o.datePublished === 'string') ?? null;
  return {
    published: (article?.datePublished as string | undefined) ?? null,
    outlet: nameOf(article?.publisher) ?? null,
    byline: nameOf(article?.author) ?? null,
  };
}

/** ISO 639-1 code from `en-US`, `uk_UA`, `ru`. */
export function langCode(value: string | null | undefined): string | null {
  const m = /^([a-z]{2})(?:[-_]|$)/i.exec(value?.trim() ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

// `article:author` is often a profile URL, which is no byline.
function notUrl(v: string | null): string | null {
  return v && /^https?:\/\//i.test(v) ? null : v;
}

function headlineOf(doc: DocumentLike): string | null {
  const h1 = doc.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim();
  const title = doc.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim();
  return h1 && title?.includes(h1) ? h1 : null;
}

/** Reads the metadata of a parsed HTML document. */
export function readHtmlMeta(doc: DocumentLike): HtmlMeta {
  const ld = fromJsonLd(doc);
  const metaDate = first(...DATE_META.map((s) => attr(doc, s)));
  const timeDate = attr(doc, 'article time[datetime]', 'datetime') ?? attr(doc, 'time[datetime]', 'datetime');
  return {
    title: attr(doc, 'meta[property="og:title"]'),
    headline: headlineOf(doc),
    outlet: first(attr(doc, 'meta[property="og:site_name"]'), ld.outlet, attr(doc, 'meta[name="application-name"]')),
    byline: first(...[attr(doc, 'meta[name="author"]'), ld.byline, attr(doc, 'meta[property="article:author"]')].map(notUrl)),
    published: parseIsoDate(metaDate) ?? parseIsoDate(ld.published) ?? parseIsoDate(timeDate),
    lang: langCode(doc.documentElement?.getAttribute('lang')) ?? langCode(attr(doc, 'meta[property="og:locale"]')),
    canonical: first(attr(doc, 'link[rel="canonical"]', 'href'), attr(doc, 'meta[property="og:url"]')),
  };
}

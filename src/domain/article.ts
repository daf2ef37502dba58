/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/**
 * One news article, normalised from whatever it came from (a text file with front matter,
 * an HTML page, a feed item, a forwarded Telegram post). CLAIMS.md fixes these fields.
 */
export interface Article {
  /** Identity: the front-matter/page/feed URL, or `file:` + base name when there is none. */
  readonly url: string;
  /** The URL with tracking parameters, fragments, AMP and mobile variants removed. */
  readonly canonicalUrl: string;
  readonly outlet: string | null;
  readonly title: string | null;
  /** ISO 639-1 code (`en`, `uk`, `ru`) when known. */
  readonly lang: string | null;
  /** Publication date `YYYY-MM-DD` when known. */
  readonly published: IsoDate | null;
  readonly byline: string | null;
  /** Main text, paragraphs separated by blank lines, boilerplate kept (extraction drops it). */
  readonly body: string;
}

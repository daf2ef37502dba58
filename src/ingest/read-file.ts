/**
 * Local files → Articles: `.txt` with or without front matter (CLAIMS.md "Article files"),
 * `.html`/`.htm` saved pages, and directories walked recursively for those extensions.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Article, IsoDate } from '../domain/article.ts';
import { canonicalUrl } from './canonical-url.ts';
import { decodeText } from './decode.ts';
import { IngestError, toIngestError } from './errors.ts';
import { localIsoDate, parseIsoDate, splitFrontMatter } from './front-matter.ts';
import { articleFromHtml } from './html-article.ts';

const TEXT_EXT = new Set(['.txt', '.text', '.md']);
const HTML_EXT = new Set(['.html', '.htm', '.xhtml']);

/** Options for reading files; `fallbackPublished` is `--date` (else each file's mtime is used). */
export interface ReadFileOptions {
  readonly maxBytes: number;
  readonly fallbackPublished?: IsoDate | null;
}

/**
 * A plain-text article. Without front matter the first non-empty line is the title and the
 * identity is `file:` + the base name (the store then tells copies apart by content hash).
 */
export function articleFromText(text: string, fileName: string, fallbackPublished: IsoDate | null): Article {
  const { meta, body } = splitFrontMatter(text);
  const trimmed = body.trim();
  if (trimmed === '') throw new IngestError('empty', fileName, 'the article has no body text');
  const url = meta.url?.trim() || `file:${fileName}`;
  const firstLine = trimmed.split('\n', 1)[0]!.trim();
  return {
    url,
    canonicalUrl: canonicalUrl(url),
    outlet: meta.outlet || null,
    title: meta.title || firstLine || null,
    lang: meta.lang?.toLowerCase() || null,
    published: parseIsoDate(meta.published ?? meta.date) ?? fallbackPublished,
    byline: meta.author || meta.byline || null,
    body: trimmed,
  };
}

/** Whether a path names a file `ingest` reads when it meets it inside a directory. */
export function isArticleFile(path: string): boolean {
  const ext = extname(path).toLowerCase();
  return TEXT_EXT.has(ext) || HTML_EXT.has(ext);
}

/** Every article file under `path` (itself when it is a file), sorted, dot files skipped. */
export async function listArticleFiles(path: string): Promise<string[]> {
  const info = await stat(path).catch((err: unknown) => {
    throw toIngestError(err, path);
  });
  if (!info.isDirectory()) return [path];
  const entries = await readdir(path, { withFileTypes: true });
  const out: string[] = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.name.startsWith('.')) continue;
    const full = join(path, e.name);
    if (e.isDirectory()) out.push(...(await listArticleFiles(full)));
    else if (e.isFile() && isArticleFile(full)) out.push(full);
  }
  return out;
}

/** Reads one file as an article. Throws IngestError (binary, empty, too-large, no-article…). */
export async function readArticleFile(path: string, opts: ReadFileOptions): Promise<Article> {
  const info = await stat(path).catch((err: unknown) => {
    throw toIngestError(err, path);
  });
  if (info.size > opts.maxBytes) {
    throw new IngestError('too-large', path, `file of ${info.size} bytes is over the ${opts.maxBytes}-byte limit`);
  }
  if (info.size === 0) throw new IngestError('empty', path, 'the file is empty');
  const bytes = await readFile(path);
  const { text } = decodeText(bytes, path);
  const fallback = opts.fallbackPublished ?? localIsoDate(info.mtime);
  const name = basename(path);
  try {
    if (HTML_EXT.has(extname(path).toLowerCase())) {
      const page = articleFromHtml(text, `file:${name}`, { published: fallback });
      // A saved page that names its address is that article (links in digests lead to it).
      return page.canonicalUrl.startsWith('http') ? { ...page, url: page.canonicalUrl } : page;
    }
    return articleFromText(text, name, fallback);
  } catch (err) {
    const e = toIngestError(err, path);
    throw e.target === path ? e : new IngestError(e.reason, path, e.message, { cause: e });
  }
}

// Shared helpers for the per-language claim tables (uk.test.ts, ru.test.ts): one sentence or a
// short text → the (place, controller, claimant) tuples the extractor finds, with the real
// lexicon and the real gazetteer (Ukrainian and Russian case forms are the gazetteer's job).
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/domain/article.ts';
import type { Claim } from '../../src/domain/claim.ts';
import { extractClaims } from '../../src/extract/extract-claims.ts';
import { loadLexicon } from '../../src/extract/lexicon.ts';
import { loadGazetteer } from '../../src/gazetteer/gazetteer.ts';

const lexicon = loadLexicon();
const gazetteer = loadGazetteer();

/** A labelled row: text → expected "Place/controller/claimant" tuples (empty: no claim). */
export type Row = readonly [text: string, expected: readonly string[]];

/** The article around a text. */
export function article(body: string, lang: string | null, published = '2025-11-22'): Article {
  return {
    url: `https://example.org/${lang ?? 'xx'}/${published}`,
    canonicalUrl: `https://example.org/${lang ?? 'xx'}/${published}`,
    outlet: 'Test Desk',
    title: null,
    lang,
    published,
    byline: null,
    body,
  };
}

/** Every claim of a text read as an article in `lang`. */
export function claimsOf(body: string, lang: string | null, published?: string): Claim[] {
  return extractClaims(article(body, lang, published), { lexicon, gazetteer });
}

/** The current (non-historical) claims as sorted "Place/controller/claimant" strings. */
export function tuples(body: string, lang: string | null, published?: string): string[] {
  return claimsOf(body, lang, published)
    .filter((c) => !c.historical)
    .map((c) => `${c.place}/${c.controller}/${c.claimant}`)
    .sort();
}

/** A row in any language: [language, text, expected "Place/controller/claimant" tuples]. */
export type LangRow = readonly [lang: string, ...row: Row];

/** One describe block: each row's text read in its language gives exactly the expected tuples. */
export function langTable(name: string, rows: readonly LangRow[]): void {
  describe(name, () => {
    it.each(rows.map((r) => [r[1], r[0], r[2]] as const))('%s', (text, lang, expected) => {
      expect(tuples(text, lang)).toEqual([...expected].sort());
    });
  });
}

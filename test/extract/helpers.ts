// Shared fixtures for extractor tests: the real lexicon, the fake gazetteer, an article builder.
import { resolve } from 'node:path';
import type { Article } from '../../src/domain/article.ts';
import type { Claim } from '../../src/domain/claim.ts';
import { extractClaims } from '../../src/extract/extract-claims.ts';
import { loadLexicon } from '../../src/extract/lexicon.ts';
import { fakeGazetteer } from './fake-gazetteer.ts';

export const lexicon = loadLexicon(resolve('data/lexicon'));
export const gazetteer = fakeGazetteer();

/** An English article published on Thursday 2025-11-20 (unless given). */
export function article(body: string, published = '2025-11-20', lang: string | null = 'en'): Article {
  return { url: 'https://example.test/a', canonicalUrl: 'https://example.test/a', outlet: 'Test Wire', title: null, lang, published, byline: null, body };
}

/** Claims of a body as compact tuples `place/controller/scope/claimant`. */
export function tuples(body: string, published?: string): string[] {
  return claims(body, published).map((c) => `${c.place}/${c.controller}/${c.scope}/${c.claimant}`);
}

/** Claims of a body. */
export function claims(body: string, published?: string, lang?: string | null): Claim[] {
  return extractClaims(article(body, published, lang === undefined ? 'en' : lang), { lexicon, gazetteer });
}

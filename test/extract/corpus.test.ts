// The extractor on the development corpus (../shared/corpus), skipped when it is absent. The
// floors sit a few points under what the extractor reaches, so a regression fails loudly.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateCorpus } from '../../src/app/evaluate-corpus.ts';
import { extractClaims, loadLexicon } from '../../src/extract/index.ts';
import { loadGazetteer } from '../../src/gazetteer/gazetteer.ts';

const CORPUS = resolve('..', 'shared', 'corpus');
const FLOOR = { en: { f1: 0.88, scope: 0.9 } };

describe.skipIf(!existsSync(CORPUS))('development corpus', () => {
  it('English claims reach the agreed floor', { timeout: 60_000 }, () => {
    const deps = { lexicon: loadLexicon(), gazetteer: loadGazetteer() };
    const result = evaluateCorpus({ corpusDir: CORPUS, extract: (a) => extractClaims(a, deps), lang: 'en' });
    expect(result.articles).toBeGreaterThan(40);
    expect(result.overall.f1).toBeGreaterThanOrEqual(FLOOR.en.f1);
    expect(result.overall.scopeAccuracy).toBeGreaterThanOrEqual(FLOOR.en.scope);
  });
});

// The extractor on the blind sets: articles in en/uk/ru written on 2026-11-22 by engineers who
// never saw the extractor, its lexicons or its output. Each set's first score is the honest
// figure (in its README); after a set's error classes were worked on with general rules
// (test/extract/blind-classes.test.ts) it only guards against regressions. The floors sit a few
// points under the current scores so that a regression fails loudly.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateCorpus, readLabels } from '../../src/app/evaluate-corpus.ts';
import { extractClaims, loadLexicon } from '../../src/extract/index.ts';
import { loadGazetteer } from '../../src/gazetteer/gazetteer.ts';

interface BlindSet {
  readonly dir: string;
  readonly articles: number;
  readonly negatives: number;
  readonly required: number;
  // Per-language slices are small (18-43 required labels): one claim moves them by 2-5 points.
  readonly floor: { readonly f1: number; readonly precision: number; readonly recall: number; readonly en: number; readonly uk: number; readonly ru: number };
}

const SETS: readonly BlindSet[] = [
  { dir: 'blind', articles: 24, negatives: 2, required: 70, floor: { f1: 0.76, precision: 0.8, recall: 0.72, en: 0.68, uk: 0.74, ru: 0.88 } },
  { dir: 'blind2', articles: 24, negatives: 3, required: 80, floor: { f1: 0.69, precision: 0.71, recall: 0.66, en: 0.68, uk: 0.76, ru: 0.57 } },
  // Scored at the end of the session it was written in, its errors never read: a guard only.
  { dir: 'blind3', articles: 24, negatives: 3, required: 60, floor: { f1: 0.62, precision: 0.6, recall: 0.64, en: 0.6, uk: 0.63, ru: 0.62 } },
];

const deps = { lexicon: loadLexicon(), gazetteer: loadGazetteer() };

describe.each(SETS)('blind set $dir', (set) => {
  const dir = resolve('test', 'fixtures', set.dir);

  it('labels every article, in all three languages, with hard negatives', () => {
    const labels = readLabels(resolve(dir, 'labels.jsonl'));
    expect(labels.size).toBe(set.articles);
    expect([...labels.values()].flat().filter((c) => !c.optional).length).toBeGreaterThan(set.required);
    expect([...labels.values()].filter((claims) => claims.length === 0).length).toBe(set.negatives);
  });

  it('claims reach the floor overall and per language', { timeout: 60_000 }, () => {
    const result = evaluateCorpus({ corpusDir: dir, extract: (a) => extractClaims(a, deps) });
    expect(result.articles).toBe(set.articles);
    expect(result.overall.f1).toBeGreaterThanOrEqual(set.floor.f1);
    expect(result.overall.precision).toBeGreaterThanOrEqual(set.floor.precision);
    expect(result.overall.recall).toBeGreaterThanOrEqual(set.floor.recall);
    const byLang = new Map(result.byLanguage.map((s) => [s.name, s]));
    for (const lang of ['en', 'uk', 'ru'] as const) {
      expect(byLang.get(lang)?.f1, `${lang} F1`).toBeGreaterThanOrEqual(set.floor[lang]);
    }
  });
});

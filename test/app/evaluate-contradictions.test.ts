// The end-to-end contradiction evaluation (real ingest path, store, hook and timeline), driven by
// an "extractor" that returns the corpus labels, so the score isolates everything but extraction.
import { existsSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/domain/article.ts';
import type { Claim } from '../../src/domain/claim.ts';
import { corpusArticles, evaluateContradictions } from '../../src/app/evaluate-contradictions.ts';
import { foldPlaceForScore, scoreContradictions } from '../../src/app/contradiction-score.ts';

const corpus = join(resolve('..', 'shared'), 'corpus');

type Label = Partial<Claim> & Pick<Claim, 'place' | 'oblast' | 'controller' | 'scope' | 'claimant' | 'date'>;

function labelExtractor(dir: string): (a: Article) => Claim[] {
  const byFile = new Map<string, Label[]>();
  for (const line of readFileSync(join(dir, 'labels.jsonl'), 'utf8').split('\n').filter(Boolean)) {
    const r = JSON.parse(line) as { article: string; claims: Label[] };
    byFile.set(r.article, r.claims);
  }
  const fileOf = new Map(corpusArticles(dir).map((x) => [x.article.url, x.file]));
  return (a) =>
    (byFile.get(fileOf.get(a.url) ?? '') ?? []).map((c) => ({
      url: a.url,
      place: c.place,
      oblast: c.oblast,
      placeId: `${foldPlaceForScore(c.place)}/${c.oblast}`,
      controller: c.controller,
      scope: c.scope,
      claimant: c.claimant,
      source: c.source ?? null,
      date: c.date,
      historical: c.historical === true,
      hedged: c.hedged === true,
      disputes: c.disputes === true,
      quote: c.quote ?? '',
      ruleIds: [],
    }));
}

function article(name: string, published: string, body: string): [string, string] {
  return [name, `---\nurl: https://example.test/${name}\npublished: ${published}\n---\n${body}\n`];
}

describe('evaluateContradictions', () => {
  it('scores a small corpus of our own, in published order whatever the file names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'frontline-eval-'));
    mkdirSync(join(dir, 'articles'));
    const files = [
      article('b.txt', '2025-03-01', 'Moscow announced its troops had taken Exampleville.'),
      article('a.txt', '2025-03-03', 'Kyiv insisted its soldiers still held Exampleville.'),
      article('c.txt', '2025-09-01', 'Fighting flared again inside Exampleville this week.'),
    ];
    for (const [name, text] of files) writeFileSync(join(dir, 'articles', name), text);
    writeFileSync(
      join(dir, 'labels.jsonl'),
      [
        { article: 'b.txt', claims: [{ place: 'Exampleville', oblast: 'Test', controller: 'ru', scope: 'full', claimant: 'ru', date: '2025-03-01' }] },
        { article: 'a.txt', claims: [{ place: 'Exampleville', oblast: 'Test', controller: 'ua', scope: 'full', claimant: 'ua', date: '2025-03-03', disputes: true }] },
        { article: 'c.txt', claims: [{ place: 'Exampleville', oblast: 'Test', controller: 'contested', scope: 'partial', claimant: 'independent', date: '2025-09-01' }] },
      ].map((x) => JSON.stringify(x)).join('\n'),
    );
    writeFileSync(
      join(dir, 'contradictions.jsonl'),
      [
        '{"place":"Exampleville","earlier":"b.txt","later":"a.txt"}',
        '{"place":"Exampleville","earlier":"b.txt","later":"c.txt","optional":true}',
      ].join('\n'),
    );
    const score = evaluateContradictions({ corpusDir: dir, extract: labelExtractor(dir) });
    expect(score).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1, articles: 3, claims: 3 });
  });

  it.skipIf(!existsSync(join(corpus, 'contradictions.jsonl')))('reproduces the corpus contradictions from labels end to end', () => {
    const score = evaluateContradictions({ corpusDir: corpus, extract: labelExtractor(corpus) });
    console.log(`corpus labels via ingest: P=${score.precision.toFixed(3)} R=${score.recall.toFixed(3)} F1=${score.f1.toFixed(3)}`);
    expect(score.articles).toBe(65);
    expect(score.f1).toBeGreaterThanOrEqual(0.95);
  });
});

describe('scoreContradictions', () => {
  it('counts triples with places folded, optional lines neither missed nor unexpected', () => {
    const t = (place: string, earlier: string, later: string) => ({ place, earlier, later });
    const score = scoreContradictions(
      [t('Chasiv Yar', 'a', 'b'), t('Kupiansk', 'c', 'd'), t('Lyman', 'e', 'f'), t('Siversk', 'g', 'h')],
      [
        { ...t('chasiv-yar', 'a', 'b'), optional: false },
        { ...t('Kupiansk', 'x', 'y'), optional: false },
        { ...t('Lyman', 'e', 'f'), optional: true },
      ],
    );
    expect(score).toMatchObject({ tp: 1, fp: 2, fn: 1, precision: 1 / 3, recall: 1 / 2, f1: 0.4 });
    expect(score.unexpected.map((u) => u.place)).toEqual(['Kupiansk', 'Siversk']);
  });
});

import { describe, expect, it } from 'vitest';
import type { FoundClaim, LabelledClaim } from '../../src/domain/scoring.ts';
import { addScore, emptyCounts, foldPlaceName, metrics, scoreArticle } from '../../src/domain/scoring.ts';

const found = (place: string, controller: FoundClaim['controller'], claimant: FoundClaim['claimant'], extra: Partial<FoundClaim> = {}): FoundClaim => ({
  place, controller, claimant, scope: 'full', historical: false, ...extra,
});
const label = (place: string, controller: LabelledClaim['controller'], claimant: LabelledClaim['claimant'], extra: Partial<LabelledClaim> = {}): LabelledClaim => ({
  place, controller, claimant, scope: 'full', ...extra,
});

describe('foldPlaceName', () => {
  it.each([
    ['Kupiansk', 'kupiansk'],
    ["Kup'iansk", 'kupiansk'],
    ['Chasiv-Yar', 'chasiv yar'],
    ['Sievierodonétsk', 'sievierodonetsk'],
  ])('%s → %s', (name, folded) => expect(foldPlaceName(name)).toBe(folded));
});

describe('scoreArticle', () => {
  it('counts true and false positives and negatives on folded tuples', () => {
    const s = scoreArticle(
      [found('Chasiv-Yar', 'ru', 'ru'), found('Siversk', 'ua', 'ua'), found('Siversk', 'ua', 'ua')],
      [label('Chasiv Yar', 'ru', 'ru'), label('Lyman', 'contested', 'independent')],
    );
    expect([s.truePositives.length, s.falsePositives.length, s.falseNegatives.length]).toEqual([1, 1, 1]);
  });

  it('neither counts optional labels when missed nor penalises them when found', () => {
    const s = scoreArticle([found('Siversk', 'ua', 'ua')], [label('Siversk', 'ua', 'ua', { optional: true }), label('Lyman', 'ru', 'ru', { optional: true })]);
    expect([s.truePositives.length, s.falsePositives.length, s.falseNegatives.length]).toEqual([0, 0, 0]);
  });

  it('leaves historical findings out', () => {
    const s = scoreArticle([found('Siversk', 'ru', 'ru', { historical: true })], []);
    expect(s.falsePositives).toEqual([]);
  });
});

describe('metrics', () => {
  it('micro-averages and measures scope on non-contested true positives', () => {
    const counts = emptyCounts();
    addScore(counts, scoreArticle([found('A', 'ru', 'ru', { scope: 'partial' }), found('B', 'contested', 'ua', { scope: 'full' })], [label('A', 'ru', 'ru', { scope: 'partial' }), label('B', 'contested', 'ua', { scope: 'partial' })]));
    addScore(counts, scoreArticle([found('C', 'ua', 'ua')], [label('C', 'ua', 'ua', { scope: 'partial' }), label('D', 'ru', 'ru')]));
    expect(counts).toEqual({ tp: 3, fp: 0, fn: 1, scopeRight: 1, scopeTotal: 2 });
    const m = metrics(counts);
    expect(m.precision).toBe(1);
    expect(m.recall).toBe(0.75);
    expect(m.f1).toBeCloseTo(6 / 7);
    expect(m.scopeAccuracy).toBe(0.5);
  });

  it('splits by claimant', () => {
    const counts = emptyCounts();
    addScore(counts, scoreArticle([found('A', 'ru', 'ru'), found('B', 'ua', 'ua')], [label('A', 'ru', 'ru')]), 'ua');
    expect(counts).toMatchObject({ tp: 0, fp: 1, fn: 0 });
  });

  it('is zero, not NaN, with nothing to count', () => {
    expect(metrics(emptyCounts())).toEqual({ precision: 0, recall: 0, f1: 0, scopeAccuracy: 1 });
  });
});

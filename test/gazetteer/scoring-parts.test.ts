import { describe, expect, it } from 'vitest';
import { candidateList } from '../../src/gazetteer/candidates.ts';
import { formBonus, MISFIT, type FormMemo } from '../../src/gazetteer/form.ts';
import type { PlaceTable } from '../../src/gazetteer/places.ts';
import { Proximity, type Anchor } from '../../src/gazetteer/proximity.ts';

describe('candidateList', () => {
  it.each([
    [[], [], []],
    [[5 * 8 + 3], [5], [3]],
    // Several postings of one place keep the lowest (most trustworthy) alias kind, in first-posting order.
    [[7 * 8 + 4, 2 * 8 + 1, 7 * 8 + 0, 2 * 8 + 3], [7, 2], [0, 1]],
  ])('%j', (postings, idx, kind) => {
    const list = candidateList(postings);
    expect([...list.idx]).toEqual(idx);
    expect([...list.kind]).toEqual(kind);
  });
});

/** A table of places at the given coordinates (NaN: unknown), enough for `Proximity`. */
function table(points: [number, number][]): PlaceTable {
  return {
    lat: Float64Array.from(points, (p) => p[0]),
    lon: Float64Array.from(points, (p) => p[1]),
  } as unknown as PlaceTable;
}

describe('Proximity', () => {
  // 0: a candidate; 1: 10 km north of it; 2: 40 km north; 3: 200 km north; 4: no coordinates.
  const places = table([
    [48, 37],
    [48 + 10 / 111.19, 37],
    [48 + 40 / 111.19, 37],
    [48 + 200 / 111.19, 37],
    [NaN, NaN],
  ]);
  const anchor = (idx: number, folded: string, sentence: number, local = false): Anchor => ({ idx, folded, sentence, local });
  const cases: [string, Anchor[], { folded: string; sentence: number }, number, number][] = [
    ['no anchors', [], { folded: 'x', sentence: 1 }, 0, Infinity],
    ['near, same sentence', [anchor(1, 'a', 3)], { folded: 'x', sentence: 3 }, 0.5, 10],
    ['near, next sentence', [anchor(1, 'a', 4)], { folded: 'x', sentence: 3 }, 0.3, 10],
    ['near, far in the text', [anchor(1, 'a', 9)], { folded: 'x', sentence: 3 }, 0.175, 10],
    ['near, local context', [anchor(1, 'a', 9, true)], { folded: 'x', sentence: 3 }, 0.5, 10],
    ['the best of several', [anchor(2, 'b', 3), anchor(1, 'a', 9)], { folded: 'x', sentence: 3 }, 0.175, 10],
    ['same written name does not count', [anchor(1, 'x', 3)], { folded: 'x', sentence: 3 }, 0, Infinity],
    ['one of two spellings counts', [anchor(1, 'x', 3), anchor(1, 'y', 8)], { folded: 'x', sentence: 3 }, 0.175, 10],
    ['too far for a bonus', [anchor(3, 'c', 3)], { folded: 'x', sentence: 3 }, 0, 200],
    ['no coordinates', [anchor(4, 'd', 3)], { folded: 'x', sentence: 3 }, 0, Infinity],
    ['the place itself', [anchor(0, 'e', 3)], { folded: 'x', sentence: 3 }, 0, Infinity],
  ];
  it.each(cases)('%s', (_, anchors, hit, bonus, km) => {
    const p = new Proximity(places, anchors);
    expect(p.bonus(0, hit)).toBeCloseTo(bonus, 9);
    const nearest = p.nearestKm(0, hit);
    // The equirectangular distance is within 0.1 % of the metres laid out above.
    if (km === Infinity) expect(nearest).toBe(Infinity);
    else expect(Math.abs(nearest - km)).toBeLessThan(km / 1000);
  });
});

describe('formBonus', () => {
  const places = { cyrillicNominatives: (i: number) => [['покровськ'], ['покровське'], ['курахово']][i]! } as unknown as PlaceTable;
  it.each([
    ['покровськ', 0, 'uk', 0.15],
    ['покровська', 0, 'uk', 0],
    ['покровського', 0, 'uk', MISFIT],
    ['покровськ', 1, 'uk', MISFIT],
    ['покровському', 1, 'uk', 0],
    ['курахову', 2, 'uk', MISFIT],
    ['курахову', 2, 'ru', 0],
  ] as const)('%s / place %i / %s', (folded, idx, lang, bonus) => {
    const memo: FormMemo = new Map();
    expect(formBonus(places, folded, idx, lang, memo)).toBe(bonus);
    // Asked again in the same call: the memo answers the same.
    expect(formBonus(places, folded, idx, lang, memo)).toBe(bonus);
  });
});

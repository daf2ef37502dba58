import { describe, expect, it } from 'vitest';
import { CAP, COMMA_BEFORE, CYRILLIC, JOINS_PREV, POSITIONAL_CAP, tokenize } from '../../src/gazetteer/tokens.ts';

/** Each token as [word, flags as letters (C cap, J joins previous, `,` comma before, P positional capital), sentence]. */
function described(text: string): [string, string, number][] {
  const t = tokenize(text);
  const out: [string, string, number][] = [];
  for (let i = 0; i < t.count; i++) {
    const f = t.flags[i]!;
    const letters = (f & CAP ? 'C' : '') + (f & JOINS_PREV ? 'J' : '') + (f & COMMA_BEFORE ? ',' : '') + (f & POSITIONAL_CAP ? 'P' : '');
    expect(t.word(i)).toBe(text.slice(t.start[i], t.end[i]));
    out.push([t.word(i), letters, t.sentence[i]!]);
  }
  return out;
}

describe('gazetteer tokenize', () => {
  const cases: [string, [string, string, number][]][] = [
    [
      'Russian troops took Kupiansk, the mayor said. Gen. Syrskyi denied it.',
      [['Russian', 'CP', 1], ['troops', 'J', 1], ['took', 'J', 1], ['Kupiansk', 'CJ', 1], ['the', ',', 1], ['mayor', 'J', 1],
        ['said', 'J', 1], ['Gen', 'CP', 2], ['Syrskyi', 'CP', 3], ['denied', 'J', 3], ['it', 'J', 3]],
    ],
    [
      'Бої тривають біля Куп’янська і Велико-Михайлівки; ЗСУ відступили.',
      [['Бої', 'CP', 1], ['тривають', 'J', 1], ['біля', 'J', 1], ['Куп’янська', 'CJ', 1], ['і', 'J', 1], ['Велико', 'CJ', 1],
        ['Михайлівки', 'CJ', 1], ['ЗСУ', 'CP', 2], ['відступили', 'J', 2]],
    ],
    [
      'RUSSIA SAYS KUPIANSK TAKEN\nRussia Says Captured Key City Of Kupiansk\nthe army said on Monday',
      [['RUSSIA', 'CP', 1], ['SAYS', 'CJP', 1], ['KUPIANSK', 'CJP', 1], ['TAKEN', 'CJP', 1], ['Russia', 'CP', 2], ['Says', 'CJP', 2],
        ['Captured', 'CJP', 2], ['Key', 'CJP', 2], ['City', 'CJP', 2], ['Of', 'CJP', 2], ['Kupiansk', 'CJP', 2], ['the', 'P', 3],
        ['army', 'J', 3], ['said', 'J', 3], ['on', 'J', 3], ['Monday', 'CJ', 3]],
    ],
    [
      "Kupiansk's  outskirts - near Chasiv-Yar, the… end",
      [["Kupiansk's", 'CP', 1], ['outskirts', 'J', 1], ['near', 'J', 1], ['Chasiv', 'CJ', 1], ['Yar', 'CJ', 1], ['the', ',', 1], ['end', 'P', 2]],
    ],
    [
      'Ελλάδα and Zaporizhzhia ПРИДНЕПРОВЬЕ.Next',
      [['Ελλάδα', 'CP', 1], ['and', 'J', 1], ['Zaporizhzhia', 'CJ', 1], ['ПРИДНЕПРОВЬЕ', 'CJ', 1], ['Next', 'CP', 2]],
    ],
    ['', []],
    [' ,. ', []],
  ];
  it.each(cases)('%j', (text, expected) => {
    expect(described(text)).toEqual(expected);
  });

  it('marks words with Cyrillic letters, wherever they are', () => {
    const t = tokenize('Kyiv Київ Kиїв Kyiv’s');
    const cyrillic = Array.from({ length: t.count }, (_, i) => (t.flags[i]! & CYRILLIC) !== 0);
    expect(cyrillic).toEqual([false, true, true, false]);
  });

  it('handles texts with more words than a first guess of their number', () => {
    const text = 'a b '.repeat(3000);
    expect(tokenize(text).count).toBe(6000);
  });
});

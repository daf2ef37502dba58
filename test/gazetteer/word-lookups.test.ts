import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInflectionFile } from '../../src/gazetteer/data-files.ts';
import { cueOf, loadLexicons, matchLength, type WordSet } from '../../src/gazetteer/lexicons.ts';
import { foldCyrillicWord, foldLatinWord } from '../../src/text/fold.ts';
import { compileInflection, textStems } from '../../src/text/inflect.ts';

const DATA = resolve('data', 'gazetteer');
const raw = readInflectionFile(join(DATA, 'inflection.json'));
const rules = compileInflection(raw);

describe('foldLatinWord: words that fold to themselves and words that do not', () => {
  it.each([
    ['kupiansk', 'kupiansk'],
    ['Kupiansk', 'kupiansk'],
    ['KUPIANSK', 'kupiansk'],
    ['Kyiv', 'kiv'],
    ['Iivanivka', 'ivanivka'],
    ['Siiversk', 'siversk'],
    ['Wovchansk', 'vovchansk'],
    ["Kup'jans'k", 'kupiansk'],
    ['Kupiańsk', 'kupiansk'],
    ['', ''],
  ])('%s → %s', (word, folded) => {
    expect(foldLatinWord(word)).toBe(folded);
  });
});

describe('foldCyrillicWord', () => {
  it.each([
    ['покровськ', 'покровск'],
    ['Покровск', 'покровск'],
    ['Куп’янськ', 'купянск'],
    ['Слов’янськ', 'словянск'],
    ['ЁЛКИ', 'елки'],
    ['Ґалаґан', 'галаган'],
  ])('%s → %s', (word, folded) => {
    expect(foldCyrillicWord(word)).toBe(folded);
  });
});

describe('textStems: compiled rules (indexed by last letter) give what the plain list gives', () => {
  const plain = { ...rules, obliqueByLast: undefined };
  it.each(['покровську', 'покровськом', 'авдеевку', 'великої', 'новосилки', 'курахове', 'бахмута', 'ии', 'к', ''])('%s', (word) => {
    expect(textStems(word, rules)).toEqual(textStems(word, plain));
  });
});

/** The definition of `matchLength` over the prefix lengths, longest first. */
function byLengths(set: WordSet, folded: string): number {
  if (set.exact.has(folded)) return folded.length + 1;
  for (const len of set.prefixLengths) if (len <= folded.length && set.prefixes.has(folded.slice(0, len))) return len;
  return 0;
}

describe('word-list lookups by first letter agree with lookups by prefix length', () => {
  const lex = loadLexicons(DATA, rules, ['Kharkiv', 'Donetsk', 'Luhansk', 'Zaporizhzhia', 'Kherson', 'Dnipropetrovsk', 'Sumy',
    'Chernihiv', 'Mykolaiv', 'Odesa', 'Kyiv', 'Poltava', 'Zhytomyr', 'Vinnytsia', 'Cherkasy', 'Kirovohrad', 'Khmelnytskyi',
    'Lviv', 'Volyn', 'Rivne', 'Ternopil', 'Ivano-Frankivsk', 'Zakarpattia', 'Chernivtsi', 'Crimea', 'Kursk', 'Belgorod', 'Bryansk']);
  const words = ['region', 'regions', 'области', 'областной', 'обласний', 'район', 'районах', 'district', 'village', 'селе',
    'села', 'селища', 'місто', 'городе', 'town', 'the', 'river', 'general', 'мэр', '', 'о'];
  it.each(words)('%s', (word) => {
    for (const set of [lex.regionWords, lex.raionWords, lex.notAfter, lex.notBefore, lex.personBefore, lex.conjunctions]) {
      expect(matchLength(set, word)).toBe(byLengths(set, word));
    }
    let expected = lex.cues.exact.get(word);
    if (!expected) {
      for (const len of lex.cues.prefixLengths) {
        if (len > word.length) continue;
        expected = lex.cues.prefixes.get(word.slice(0, len));
        if (expected) break;
      }
    }
    expect(cueOf(lex.cues, word)).toBe(expected);
  });
});

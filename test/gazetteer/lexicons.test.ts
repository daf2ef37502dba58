import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadLexicons } from '../../src/gazetteer/lexicons.ts';
import { readInflectionFile } from '../../src/gazetteer/data-files.ts';
import { compileInflection, indexStems, textStems } from '../../src/text/inflect.ts';
import { foldCyrillicWord, foldLatinWord, foldName, romaniseRussian } from '../../src/text/fold.ts';

const DATA = resolve('data', 'gazetteer');
const rules = compileInflection(readInflectionFile(join(DATA, 'inflection.json')));
const OBLASTS = ['Kharkiv', 'Donetsk', 'Luhansk', 'Zaporizhzhia', 'Kherson', 'Dnipropetrovsk', 'Sumy', 'Chernihiv',
  'Mykolaiv', 'Odesa', 'Kyiv', 'Poltava', 'Zhytomyr', 'Vinnytsia', 'Cherkasy', 'Kirovohrad', 'Khmelnytskyi', 'Lviv',
  'Volyn', 'Rivne', 'Ternopil', 'Ivano-Frankivsk', 'Zakarpattia', 'Chernivtsi', 'Crimea', 'Kursk', 'Belgorod', 'Bryansk'];

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function copyWith(file: string, edit: (json: Record<string, unknown>) => void): string {
  dir = mkdtempSync(join(tmpdir(), 'gaz-lex-'));
  cpSync(DATA, dir, { recursive: true });
  const path = join(dir, file);
  const json = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  edit(json);
  writeFileSync(path, JSON.stringify(json));
  return dir;
}

describe('gazetteer lexicons (data/gazetteer/*.json)', () => {
  it('load and compile', () => {
    const lex = loadLexicons(DATA, rules, OBLASTS);
    expect(lex.stop.get('pravda')).toBe('always');
    expect(lex.regionWords.exact.has('region')).toBe(true);
  });

  it('a bad entry is reported with its file and id', () => {
    const d = copyWith('stoplist.json', (j) => {
      (j.entries as Record<string, unknown>[])[0]!.reason = 42;
    });
    expect(() => loadLexicons(d, rules, OBLASTS)).toThrow(/stoplist\.json: entries\.0\.reason \(entry "peace-words"\)/);
  });

  it('an unknown oblast in regions.json names the entry', () => {
    const d = copyWith('regions.json', (j) => {
      (j.entries as Record<string, unknown>[])[0]!.oblast = 'Atlantis';
    });
    expect(() => loadLexicons(d, rules, OBLASTS)).toThrow(/regions\.json: entry "kharkiv": unknown oblast Atlantis/);
  });
});

describe('folding and stems', () => {
  it.each([
    ["Kup'jans'k", 'kupiansk'],
    ['Kupyansk', 'kupiansk'],
    ['Kupiańsk', 'kupiansk'],
    ['Pokrowsk', 'pokrovsk'],
    ['KRASNOARMEYSK', 'krasnoarmeisk'],
  ])('Latin %s → %s', (word, folded) => expect(foldLatinWord(word)).toBe(folded));

  it.each([
    ['Куп’янськ', 'купянск'],
    ['Купянск', 'купянск'],
    ['Сєвєродонецьк', 'северодонецк'],
    ['Артёмовск', 'артемовск'],
    ['Ґалаґан', 'галаган'],
  ])('Cyrillic %s → %s', (word, folded) => expect(foldCyrillicWord(word)).toBe(folded));

  it('folds decomposed й the same as composed', () => {
    expect(foldCyrillicWord('Гуляи\u0306поле')).toBe(foldCyrillicWord('Гуляйполе'));
  });

  it('case forms share a stem with the dictionary form', () => {
    const stem = (w: string): string[] => textStems(foldCyrillicWord(w), rules);
    const index = (w: string): string[] => indexStems(foldCyrillicWord(w), rules);
    for (const [nom, form] of [
      ['Покровськ', 'Покровськом'],
      ['Авдіївка', 'Авдіївці'],
      ['Авдеевка', 'Авдеевку'],
      ['Харків', 'Харкові'],
      ['Курахове', 'Кураховому'],
      ['Суми', 'Сумах'],
      ['Велика', 'Великої'],
    ] as const) {
      expect(stem(form).some((s) => index(nom).includes(s)), `${form} ~ ${nom}`).toBe(true);
    }
  });

  it('romanises Russian the press way and folds whole names', () => {
    expect(romaniseRussian('Красноармейск')).toBe('Krasnoarmeysk');
    expect(romaniseRussian('Авдеевка', false)).toBe('Avdeevka');
    expect(foldName('Chasiv-Yar')).toBe('chasiv iar');
  });
});

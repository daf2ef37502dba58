import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/extract-claims.ts';
import { loadLexicon } from '../../src/extract/lexicon.ts';
import { compileOutlets, loadOutlets, outletSide } from '../../src/extract/outlet-voice.ts';
import { loadGazetteer } from '../../src/gazetteer/gazetteer.ts';
import { LexiconError } from '../../src/text/lexicon-file.ts';
import { article } from './claims-table.ts';

const registry = loadOutlets(resolve('data', 'lexicon', 'outlets.json'));
const side = (outlet: string | null, url = 'https://example.org/a'): string | null => outletSide({ outlet, url }, registry)?.claimant ?? null;

describe('outlet voice', () => {
  it.each([
    ['ТАСС', 'ru'],
    ['ТАСС (стиль)', 'ru'],
    ['RIA Novosti', 'ru'],
    ['Рыбарь (Telegram)', 'ru'],
    ['Генеральний штаб ЗСУ (ранкове зведення)', 'ua'],
    ['Telegram-канал механізованої бригади', 'ua'],
    ['ArmyInform', 'ua'],
  ])('%s speaks for %s', (outlet, expected) => {
    expect(side(outlet)).toBe(expected);
  });

  it.each(['Reuters', 'The Kyiv Independent', 'Українська правда', 'Медуза', 'DeepState', 'Report Daily', 'Мариамполь сегодня', 'Вести', null])(
    '%s reports in its own, independent voice',
    (outlet) => {
      expect(side(outlet)).toBeNull();
    },
  );

  it('knows an outlet by its host when the name is missing', () => {
    expect(side(null, 'https://tass.ru/armiya-i-opk/123')).toBe('ru');
    expect(side(null, 'https://www.armyinform.com.ua/2025/10/01/x/')).toBe('ua');
    expect(side(null, 'https://nottass.ru/x')).toBeNull();
    expect(side(null, 'file:article.txt')).toBeNull();
  });

  it('rejects an entry without a side, naming it', () => {
    expect(() => compileOutlets([{ id: 'x', reason: 'r', names: ['a'], hosts: [] }])).toThrow(LexiconError);
    expect(() => compileOutlets([{ id: 'x', reason: 'r', names: ['a'], hosts: [] }])).toThrow(/entry "x"/);
  });
});

describe('the outlet voice in extraction', () => {
  const lexicon = loadLexicon();
  const gazetteer = loadGazetteer();
  const claimsBy = (outlet: string, body: string): string[] =>
    extractClaims({ ...article(body, 'ru'), outlet }, { lexicon, gazetteer }).map((c) => `${c.place}/${c.controller}/${c.claimant}`);

  it("makes a party outlet's own sentences its side's claims", () => {
    expect(claimsBy('ТАСС', 'Российские подразделения освободили Северск.')).toEqual(['Siversk/ru/ru']);
    expect(claimsBy('Независимая газета', 'Российские подразделения освободили Северск.')).toEqual(['Siversk/ru/independent']);
  });

  it('leaves attributed sentences to their speaker', () => {
    expect(claimsBy('ТАСС', 'Силы обороны Украины удерживают Северск, сообщили в Генштабе ВСУ.')).toEqual(['Siversk/ua/ua']);
  });
});

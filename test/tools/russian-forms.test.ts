import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRussianSpelling } from '../../src/tools/russian-forms.ts';

const TABLE = resolve('data', 'gazetteer', 'russian-spelling.json');
const guesser = readRussianSpelling(TABLE);

// Ukrainian name → Russian forms that must be among the guesses
const formsTable: [string, string[]][] = [
  ['Ольгівське', ['Ольговское']],
  ['Кондрашівка', ['Кондрашовка']],
  ['Кучерів Яр', ['Кучеров Яр']],
  ['Золотий Колодязь', ['Золотой Колодязь', 'Золотый Колодязь']],
  ['Малі Щербаки', ['Малые Щербаки']],
  ['Велика Новосілка', ['Великая Новоселка']],
  ['Мала Токмачка', ['Малая Токмачка']],
  ['Верхня Писарівка', ['Верхняя Писаревка']],
  ['Новий Сад', ['Новый Сад']],
  ['Кривий Ріг', ['Кривой Рог']],
  ['Маліївка', ['Малиевка']],
  ['Андріївка', ['Андреевка']],
  ['Миколаївка', ['Николаевка']],
  ['Олександрівка', ['Александровка']],
  ['Новоолександрівка', ['Новоалександровка']],
  ['Костянтинівка', ['Константиновка']],
  ['Михайлівка', ['Михайловка']],
  ['Василівка', ['Васильевка']],
  ['Кіндратівка', ['Кондратовка']],
  ['Тернове', ['Терновое', 'Терново']],
  ['Курахове', ['Курахово']],
  ['Вільне', ['Вольное']],
  ['Кам’янське', ['Каменское']],
  ['Кам’янка-Дніпровська', ['Каменка-Днепровская']],
  ['Верхньокам’янське', ['Верхнекаменское']],
  ['Торецьке', ['Торецкое']],
  ['Вугледар', ['Угледар']],
  ['Вовчанськ', ['Волчанск']],
  ['Підгородне', ['Подгородное']],
  ['Відрадне', ['Отрадное']],
  ['Іллінка', ['Ильинка']],
  ['Мар’ївка', ['Марьевка']],
  ['Добропілля', ['Доброполье']],
  ['Запоріжжя', ['Запорожье']],
  ['Єлизаветівка', ['Елизаветовка']],
  ['Жовті Води', ['Желтые Воды']],
  ['Ясинувата', ['Ясиноватая']],
  ['Криничувате', ['Криничеватое']],
  ['Глибоке', ['Глубокое']],
  ['Вільшанка', ['Ольшанка']],
  ['Горіхове', ['Орехово']],
  ['Грузьке', ['Грузское']],
  ['Слобідка', ['Слободка']],
];

describe('russian-spelling.json: likely Russian forms of Ukrainian names', () => {
  it.each(formsTable)('%s → %j', (uk, expected) => {
    const forms = guesser.forms(uk);
    for (const ru of expected) expect(forms).toContain(ru);
    expect(forms).not.toContain(uk);
  });

  it('does not translate: Велика stays Великая, never Большая', () => {
    expect(guesser.forms('Велика Новосілка').some((f) => f.startsWith('Большая'))).toBe(false);
    expect(guesser.forms('Червоний Лиман').some((f) => f.startsWith('Красн'))).toBe(false);
  });

  it('guesses nothing for short one-word names (Сіль → Соль would be a common noun)', () => {
    expect(guesser.forms('Сіль')).toEqual([]);
    expect(guesser.forms('Піски')).toEqual([]);
    expect(guesser.forms('Рубіж')).toEqual([]);
  });

  it('but does for short neuter adjectival names', () => {
    expect(guesser.forms('Лісне')).toContain('Лесное');
  });

  it('keeps within the configured number of forms', () => {
    expect(guesser.forms('Кіндратівка-Білогірська Нова').length).toBeLessThanOrEqual(6);
  });

  it('gives the genitive plural of several-word plural names only', () => {
    expect(guesser.genitivePlural('Малі Щербаки')).toEqual(['Малі Щербаків']);
    expect(guesser.genitivePlural('Соколи')).toEqual([]);
    expect(guesser.genitivePlural('Кучерів Яр')).toEqual([]);
  });
});

describe('russian-spelling.json: validation names the file and the rule', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ru-spelling-'));
  const write = (rules: unknown[]): string => {
    const file = join(dir, `t${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(file, JSON.stringify({ maxFormsPerWord: 4, maxForms: 6, minLength: 6, minLengthNeuter: 5, rules }));
    return file;
  };

  it('rejects an entry without a reason', () => {
    const file = write([{ id: 'no-reason', match: 'і', to: ['е'] }]);
    expect(() => readRussianSpelling(file)).toThrow(/no-reason.*reason|reason.*no-reason/s);
  });

  it('rejects a pattern that does not compile', () => {
    const file = write([{ id: 'bad-re', match: '(і', to: ['е'], reason: 'test' }]);
    expect(() => readRussianSpelling(file)).toThrow(/bad-re.*bad pattern/);
  });

  it('rejects a rule whose example the rules do not produce', () => {
    const file = write([{ id: 'wrong-example', match: 'і', to: ['е'], reason: 'test', examples: [['Сіверськ', 'Сиверск']] }]);
    expect(() => readRussianSpelling(file)).toThrow(/wrong-example.*Сіверськ → Сиверск not produced \(got Северськ\)/);
  });
});

import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileBoilerplate, dropBoilerplate, loadBoilerplateRules } from '../../src/text/boilerplate.ts';
import { LexiconError } from '../../src/text/lexicon-file.ts';

const rules = loadBoilerplateRules(resolve('data/lexicon/boilerplate.json'));
const ARTICLE = 'Ukrainian units said on Monday they were still holding the town of Siversk.';

describe('dropBoilerplate', () => {
  it.each([
    ['read-more teaser naming a place', 'Read more: Why the fight for Siversk is not over'],
    ['read-also teaser, Ukrainian', 'Читайте також: Як живе Куп’янськ під обстрілами'],
    ['read-also teaser, Russian', 'Читайте также: что происходит под Купянском'],
    ['app promotion', 'Read on the Example News app'],
    ['download line', 'Download the Example Wire app for breaking alerts.'],
    ['newsletter', 'Get our evening newsletter with the day in five minutes.'],
    ['support line', 'Support The Example Courier!'],
    ['donation', 'Example Wire depends on its readers. Donate today to keep us reporting.'],
    ['messenger sign-up, Ukrainian', 'Підписуйтеся на нашу стрічку в Telegram.'],
    ['photo caption with parenthesised credit', 'Soldiers walk past ruins in Siversk, May 3. (Example Wire / handout)'],
    ['photo caption with slash credit', 'A tank near the road. Press Service / TASS'],
    ['photo label, Ukrainian', 'Фото: Генштаб ЗСУ'],
    ['agency caption with place and date', 'A soldier rests near Siversk, Donetsk Oblast, Ukraine, March 2, 2025.'],
    ['author bio', 'Jane Doe is a senior correspondent for Example Wire based in Kyiv.'],
    ['widget label', '3 min read'],
    ['headline-like line without punctuation', 'Russia claims the capture of Siversk as talks stall'],
    ['wire credit', 'Example Agency contributed reporting.'],
  ])('drops %s', (_name, line) => {
    expect(dropBoilerplate(`${ARTICLE}\n\n${line}\n\n${ARTICLE}`, rules)).toBe(`${ARTICLE}\n\n${ARTICLE}`);
  });

  it.each([
    ['a plain sentence', ARTICLE],
    ['a sentence that mentions support', 'Western partners pledged to support the defence of Siversk with more shells.'],
    ['a sentence ending in a quotation', 'The spokesman said the town was "firmly in our hands."'],
    ['a Ukrainian sentence', 'Сили оборони утримують Сіверськ, заявив речник угруповання.'],
  ])('keeps %s', (_name, line) => {
    expect(dropBoilerplate(line, rules)).toBe(line);
  });

  it('cuts a dateline from the start of a line', () => {
    expect(dropBoilerplate('SIVERSK, Ukraine (Example) — Troops held the town on Monday.', rules)).toBe('Troops held the town on Monday.');
    expect(dropBoilerplate('KYIV — The ministry said the town was held.', rules)).toBe('The ministry said the town was held.');
  });

  it('cuts an appeal block to the end of the body, even inside one long line', () => {
    const body = `${ARTICLE} More text follows here. A Message from Example Times: Dear readers, please give.`;
    expect(dropBoilerplate(body, rules)).toBe(`${ARTICLE} More text follows here.`);
  });

  it('keeps a long one-line body that contains sign-up words', () => {
    const body = `${ARTICLE} `.repeat(10) + 'Sign up for our newsletter.';
    expect(dropBoilerplate(body, rules)).toBe(body);
  });

  it('names the file and entry of a bad rule', () => {
    const bad = [{ id: 'broken', reason: 'x', kind: 'line', pattern: '(' }];
    expect(() => compileBoilerplate(bad)).toThrow(LexiconError);
    expect(() => compileBoilerplate(bad)).toThrow(/boilerplate\.json entry "broken"/);
    expect(() => compileBoilerplate([{ id: 'no-kind', reason: 'x', pattern: 'a' }])).toThrow(/"no-kind".*kind/);
  });
});

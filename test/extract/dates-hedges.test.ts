// Dates resolved against the article date (Thursday 2025-11-20), historical background, hedges.
import { describe, expect, it } from 'vitest';
import { claims } from './helpers.ts';

function only(body: string, published?: string) {
  const found = claims(body, published);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('claim dates', () => {
  it.each([
    ['no date: the article date', 'The Kremlin said Russian troops had captured Siversk.', '2025-11-20'],
    ['weekday: the latest such day', 'The Kremlin said on Monday that Russian troops had captured Siversk.', '2025-11-17'],
    ['same weekday as the article', 'The Kremlin said on Thursday that Russian troops had captured Siversk.', '2025-11-20'],
    ['last weekday', 'The Kremlin said last Thursday that Russian troops had captured Siversk.', '2025-11-13'],
    ['yesterday', 'The Kremlin said yesterday that Russian troops had captured Siversk.', '2025-11-19'],
    ['month and day', 'The Kremlin said on Nov. 3 that Russian troops had captured Siversk.', '2025-11-03'],
    ['day and month', 'The Kremlin said on 14 November that Russian troops had captured Siversk.', '2025-11-14'],
    ['end of a month', 'The Kremlin claimed at the end of October that Russian troops had captured Siversk.', '2025-10-31'],
    ['last week', 'The Kremlin said last week that Russian troops had captured Siversk.', '2025-11-13'],
  ])('%s', (_name, body, date) => {
    expect(only(body).date).toBe(date);
  });

  it('a month without a year is the latest such month', () => {
    expect(only('Moscow said on Dec. 30 that it had captured Siversk.', '2026-01-10').date).toBe('2025-12-30');
  });
});

describe('historical background', () => {
  it.each([
    ['a year long before', 'Russian forces captured Kupiansk in 2022.'],
    ['month and year long before', 'Ukrainian troops liberated Kupiansk in September 2022.'],
    ['start of the invasion', 'Kupiansk fell to Russian troops in the first days of the invasion.'],
    ['that year', 'Russia seized Kupiansk in 2022 before Ukrainian forces retook it later that year.'],
  ])('%s', (_name, body) => {
    const found = claims(body);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((c) => c.historical)).toBe(true);
  });

  it('a current claim beside a historical one stays current', () => {
    const found = claims('The Russian army claimed on Monday to have captured Kupiansk, which it first seized in 2022.');
    expect(found.map((c) => [c.place, c.controller, c.historical])).toEqual([['Kupiansk', 'ru', false]]);
  });

  it('"since" dates a state, not a past event', () => {
    const c = only('Moscow has said since Oct. 30 that the rest of Siversk is in its hands.');
    expect([c.controller, c.scope, c.historical]).toEqual(['ru', 'partial', false]);
  });
});

describe('hedges and disputes', () => {
  it.each([
    ['if confirmed', "Siversk's capture by Russian forces, if confirmed, was announced by the Kremlin.", true],
    ['purportedly', 'The Defence Ministry in Moscow released a video purportedly showing its troops in Siversk, saying they had captured it.', true],
    ['could not be verified', 'Russian bloggers claimed that Russian units had entered Siversk, which could not be verified.', true],
    ['plain', 'The Kremlin said Russian troops had captured Siversk.', false],
  ])('%s', (_name, body, hedged) => {
    const found = claims(body);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((c) => c.hedged === hedged)).toBe(true);
  });

  it('marks denials and "still hold" as disputing', () => {
    expect(only('The General Staff dismissed as false a report that Moscow had taken Kupiansk.').disputes).toBe(true);
    expect(only('The General Staff said Ukrainian units still hold Pokrovsk.').disputes).toBe(true);
    expect(only('The Kremlin said Russian troops had captured Siversk.').disputes).toBe(false);
  });

  it('keeps the quote, source, oblast, place id and rule ids', () => {
    const c = only("Russia's Defence Ministry said its troops had captured Siversk.");
    expect(c).toMatchObject({
      place: 'Siversk',
      oblast: 'Donetsk',
      source: 'Russian Defence Ministry',
      quote: "Russia's Defence Ministry said its troops had captured Siversk.",
      url: 'https://example.test/a',
    });
    expect(c.placeId).toMatch(/^UA-FAKE-/);
    expect(c.ruleIds).toEqual(expect.arrayContaining(['take-capture', 'ru-mod']));
  });
});

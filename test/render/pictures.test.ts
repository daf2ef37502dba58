// The adapter from places and timelines to pictures, and the `render` CLI command over real
// timelines (built by src/timeline from invented claims) and a small in-memory place list.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  historyChartInputOf,
  mapCaption,
  mapInputOf,
  mapPointOf,
  neighbourhood,
  pictureCaption,
} from '../../src/app/pictures.ts';
import { runRender, type RenderSources } from '../../src/cli/commands/render.ts';
import type { Claim } from '../../src/domain/claim.ts';
import type { Place } from '../../src/domain/place.ts';
import type { PlaceTimeline, SourcedClaim } from '../../src/domain/timeline.ts';
import { buildPlaceTimeline } from '../../src/timeline/build.ts';
import { claimIn } from '../timeline/fixtures.ts';

function place(id: string, name: string, nameLocal: string, lat: number | null, lon: number | null): Place {
  return { id, name, nameLocal, oblast: 'Donetsk', raion: null, country: 'UA', type: 'city', lat, lon, population: null };
}

const POKROVSK = place('UA-POK', 'Pokrovsk', 'Покровськ', 48.2826, 37.1758);
const MYRNOHRAD = place('UA-MYR', 'Myrnohrad', 'Мирноград', 48.3022, 37.2613);
const KRAMATORSK = place('UA-KRA', 'Kramatorsk', 'Краматорськ', 48.7389, 37.5844);
const NOWHERE = place('UA-NOW', 'Nowhere', 'Ніде', null, null);
const PLACES = [POKROVSK, MYRNOHRAD, KRAMATORSK, NOWHERE];

let n = 0;
function sourced(p: Place, state: string, date: string, extra: Partial<Claim> = {}): SourcedClaim {
  n++;
  const about = { url: `https://example.test/${n}`, place: p.name, oblast: p.oblast, placeId: p.id, quote: `A made-up line number ${n}.` };
  return { claim: claimIn(state, date, { ...about, ...extra }), outlet: 'Test Outlet', published: date, firstSeenAt: `${date}T12:00:00.000Z` };
}

const timelines = new Map<string, PlaceTimeline>([
  [
    POKROVSK.id,
    buildPlaceTimeline([
      sourced(POKROVSK, 'ru/full/ru', '2022-05-01', { historical: true }),
      sourced(POKROVSK, 'ru/full/ru', '2025-11-01'),
      sourced(POKROVSK, 'ua/full/ua', '2025-11-04'),
    ]),
  ],
  [MYRNOHRAD.id, buildPlaceTimeline([sourced(MYRNOHRAD, 'contested/full/independent', '2025-11-02')])],
]);

const sources: RenderSources = {
  places: {
    get: (id) => PLACES.find((p) => p.id === id),
    resolve: (q) => PLACES.filter((p) => p.name.toLowerCase() === q.toLowerCase()).map((p) => ({ place: p, score: 1, matched: p.name })),
  },
  timelines: { timelineOf: (id) => timelines.get(id) },
  knownPlaceIds: () => [...timelines.keys()],
};

describe('historyChartInputOf', () => {
  const input = historyChartInputOf(timelines.get(POKROVSK.id)!, 'Покровськ', 'uk');

  it('charts current events only and links their contradiction', () => {
    expect(input.events.map((e) => [e.date, e.claimant, e.controller])).toEqual([
      ['2025-11-01', 'ru', 'ru'],
      ['2025-11-04', 'ua', 'ua'],
    ]);
    expect(input.contradictions).toHaveLength(1);
    const ids = new Set(input.events.map((e) => e.id));
    expect(ids.has(input.contradictions[0]!.earlierId)).toBe(true);
    expect(ids.has(input.contradictions[0]!.laterId)).toBe(true);
  });
});

describe('historyChartInputOf with several reports of one event', () => {
  it('draws one line per pair of events, however many article pairs contradict', () => {
    const t = buildPlaceTimeline([
      sourced(KRAMATORSK, 'ru/full/ru', '2025-11-01'),
      sourced(KRAMATORSK, 'ru/full/ru', '2025-11-01'),
      sourced(KRAMATORSK, 'ua/full/ua', '2025-11-03'),
    ]);
    expect(t.contradictions.length).toBeGreaterThan(1);
    const input = historyChartInputOf(t, 'Kramatorsk', 'en');
    expect(input.events).toHaveLength(2);
    expect(input.contradictions).toHaveLength(1);
  });
});

describe('mapPointOf', () => {
  it('colours by the consensus and names the place in the user language', () => {
    const status = timelines.get(MYRNOHRAD.id)!.status;
    expect(mapPointOf({ place: MYRNOHRAD, status }, 'uk')).toMatchObject({ name: 'Мирноград', status: 'contested' });
    expect(mapPointOf({ place: KRAMATORSK, status: undefined }, 'en')).toMatchObject({ name: 'Kramatorsk', status: 'unknown' });
    expect(mapPointOf({ place: POKROVSK, status: timelines.get(POKROVSK.id)!.status }, 'en')?.status).toBe('disputed');
  });

  it('leaves out places without coordinates', () => {
    expect(mapPointOf({ place: NOWHERE, status: undefined }, 'en')).toBeNull();
    const input = mapInputOf([{ place: NOWHERE, status: undefined }, { place: KRAMATORSK, status: undefined }], { lang: 'en', date: '2025-11-20' });
    expect(input.points.map((p) => p.name)).toEqual(['Kramatorsk']);
  });

  it('titles a map of one place and its neighbours after the place', () => {
    const subjects = [{ place: POKROVSK, status: undefined, primary: true }, { place: MYRNOHRAD, status: undefined }];
    expect(mapInputOf(subjects, { lang: 'uk', date: '2025-11-20', around: true }).title).toBe('Покровськ та околиці');
    expect(mapInputOf(subjects, { lang: 'en', date: '2025-11-20' }).title).toBeUndefined();
  });
});

describe('captions', () => {
  it('lists places with their status, primary places first', () => {
    const text = mapCaption([{ place: KRAMATORSK, status: undefined }, { place: POKROVSK, status: timelines.get(POKROVSK.id)!.status, primary: true }], 'en');
    expect(text.split('\n')).toEqual(['Pokrovsk: disputed (open contradiction)', 'Kramatorsk: no recent claims']);
  });

  it('stays within Telegram caption limit, cut at a line end', () => {
    const long = Array.from({ length: 200 }, (_, i) => `Line ${i} of a long timeline`).join('\n');
    const cut = pictureCaption(long);
    expect(cut.length).toBeLessThanOrEqual(1024);
    expect(cut.endsWith('timeline…')).toBe(true);
    expect(pictureCaption('short')).toBe('short');
  });
});

describe('neighbourhood', () => {
  it('finds places within the radius, nearest first, never the centre', () => {
    expect(neighbourhood(POKROVSK, PLACES, 40).map((p) => p.name)).toEqual(['Myrnohrad']);
    expect(neighbourhood(POKROVSK, PLACES, 80).map((p) => p.name)).toEqual(['Myrnohrad', 'Kramatorsk']);
  });
});

describe('render command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'frontline-render-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('draws a map of one place with its known neighbours', () => {
    const out = join(dir, 'map.png');
    const line = JSON.parse(runRender(['map', 'Pokrovsk', '--out', out, '--lang', 'uk'], sources, '2025-11-20'));
    expect(line.places).toEqual([
      { place: 'Pokrovsk', status: 'disputed', primary: true },
      { place: 'Myrnohrad', status: 'contested', primary: false },
    ]);
    expect([...readFileSync(out).subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
  });

  it('draws a history chart, also for a place with no claims', () => {
    const out = join(dir, 'history.png');
    expect(JSON.parse(runRender(['history', 'Pokrovsk', '--out', out], sources, '2025-11-20')).events).toBe(3);
    expect(JSON.parse(runRender(['history', 'Kramatorsk', '--out', out], sources, '2025-11-20')).events).toBe(0);
    expect(readFileSync(out).length).toBeGreaterThan(1000);
  });

  it('picks, among same-name places, the one with claims', () => {
    const other = place('UA-MYR-OTHER', 'Myrnohrad', 'Мирноград', 50.1, 30.1);
    const twins: RenderSources = {
      ...sources,
      places: {
        get: (id) => [other, ...PLACES].find((p) => p.id === id),
        resolve: (q) => [other, MYRNOHRAD].filter((p) => p.name === q).map((p) => ({ place: p, score: 1, matched: p.name })),
      },
    };
    const line = JSON.parse(runRender(['map', 'Myrnohrad', 'Myrnohrad', '--out', join(dir, 'twins.png')], twins, '2025-11-20'));
    expect(line.places[0]).toEqual({ place: 'Myrnohrad', status: 'contested', primary: true });
  });

  it('says which place it does not know, and rejects bad arguments', () => {
    const out = join(dir, 'x.png');
    expect(() => runRender(['map', 'Atlantis', '--out', out], sources, '2025-11-20')).toThrow(/unknown place: Atlantis/);
    expect(() => runRender(['map', 'Pokrovsk'], sources, '2025-11-20')).toThrow(/--out/);
    expect(() => runRender(['map', 'Pokrovsk', '--out', out, '--lang', 'ru'], sources, '2025-11-20')).toThrow(/--lang/);
    expect(() => runRender(['chart', 'Pokrovsk', '--out', out], sources, '2025-11-20')).toThrow(/map or history/);
  });
});

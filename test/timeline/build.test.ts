import { describe, expect, it } from 'vitest';
import { buildPlaceTimeline } from '../../src/timeline/build.ts';
import type { PlaceTimeline } from '../../src/domain/timeline.ts';
import { claims, shuffled, type Row } from './fixtures.ts';

const pairs = (t: PlaceTimeline) => t.contradictions.map((c) => `${c.earlier.url}>${c.later.url}:${c.reason}`);

describe('contradictions (CLAIMS.md)', () => {
  it.each<[string, Row[], string[]]>([
    ['ru full vs ua full, different claimants', [['1', '2025-11-20', 'ru/full/ru', '2025-11-20'], ['2', '2025-11-21', 'ua/full/ua', '2025-11-21']], ['1>2:conflict-within-window']],
    ['ru full vs contested', [['1', '2025-11-20', 'ru/full/ru', '2025-11-20'], ['2', '2025-11-21', 'contested/partial/independent', '2025-11-21']], ['1>2:conflict-within-window']],
    ['ua full vs ru partial', [['1', '2025-11-20', 'ua/full/ua', '2025-11-20'], ['2', '2025-11-21', 'ru/partial/ru', '2025-11-21']], ['1>2:conflict-within-window']],
    ['partial and contested are compatible', [['1', '2025-11-20', 'ru/partial/ru', '2025-11-20'], ['2', '2025-11-21', 'contested/partial/ua', '2025-11-21'], ['3', '2025-11-22', 'ua/partial/ua', '2025-11-22']], []],
    ['44 days apart is inside the window', [['1', '2025-01-01', 'ru/full/ru', '2025-01-01'], ['2', '2025-02-14', 'ua/full/ua', '2025-02-14']], ['1>2:conflict-within-window']],
    ['46 days apart is outside it', [['1', '2025-01-01', 'ru/full/ru', '2025-01-01'], ['2', '2025-02-16', 'ua/full/ua', '2025-02-16']], []],
    ['an explicit denial by the other side reaches any distance', [['1', '2025-01-01', 'ru/full/ru', '2025-01-01'], ['2', '2025-06-01', 'ua/full/ua', '2025-06-01', { disputes: true }]], ['1>2:explicit-dispute']],
    ['a later claim of the same claimant is a change of control', [['1', '2025-01-01', 'ua/full/ua', '2025-01-01'], ['2', '2025-01-10', 'ru/full/ua', '2025-01-10']], []],
    ['the same claimant disputing never contradicts itself', [['1', '2025-01-01', 'contested/partial/ua', '2025-01-01'], ['2', '2025-01-10', 'ua/full/ua', '2025-01-10', { disputes: true }]], []],
    ['historical claims never contradict', [['1', '2025-11-20', 'ru/full/ru', '2025-11-20'], ['2', '2025-11-21', 'ua/full/ua', '2022-09-10', { historical: true }]], []],
    ['claims of one article never pair', [['1', '2025-11-20', 'ru/full/ru', '2025-11-20'], ['1', '2025-11-20', 'ua/full/ua', '2025-11-20']], []],
    ['pairs run from the earlier-published article', [['2', '2025-11-25', 'ua/full/ua', '2025-11-19'], ['1', '2025-11-20', 'ru/full/ru', '2025-11-20']], ['1>2:conflict-within-window']],
  ])('%s', (_name, rows, expected) => {
    expect(pairs(buildPlaceTimeline(claims(rows)))).toEqual(expected);
  });

  it('takes the window from the options (CONTRADICTION_WINDOW_DAYS)', () => {
    const rows: Row[] = [['1', '2025-01-01', 'ru/full/ru', '2025-01-01'], ['2', '2025-01-11', 'ua/full/ua', '2025-01-11']];
    expect(pairs(buildPlaceTimeline(claims(rows), { windowDays: 9 }))).toEqual([]);
    expect(pairs(buildPlaceTimeline(claims(rows), { windowDays: 10 }))).toHaveLength(1);
  });
});

describe('events', () => {
  it('collapses reports of one claim from several outlets into one event listing all of them', () => {
    const t = buildPlaceTimeline(
      claims([
        ['1', '2025-11-20', 'ru/full/ru', '2025-11-20'],
        ['2', '2025-11-21', 'ru/full/ru', '2025-11-20'],
        ['3', '2025-11-22', 'ru/full/ru', '2025-11-22'],
        ['4', '2025-11-21', 'ru/partial/ru', '2025-11-21'],
      ]),
    );
    expect(t.events.map((e) => [e.scope, e.reports.map((r) => r.url)])).toEqual([
      ['full', ['1', '2', '3']],
      ['partial', ['4']],
    ]);
    expect(t.events[0]).toMatchObject({ firstDate: '2025-11-20', lastDate: '2025-11-22', hedged: false });
    expect(t.events[0]!.reports[1]).toMatchObject({ outlet: 'Outlet 2', quote: expect.stringContaining('ru/full/ru') });
  });

  it('attaches a claim restated later as background to the original event', () => {
    const t = buildPlaceTimeline(
      claims([
        ['1', '2025-11-20', 'ru/full/ru', '2025-11-20'],
        ['2', '2025-12-12', 'ru/full/ru', '2025-11-30'],
        ['3', '2025-12-12', 'ua/partial/ua', '2025-12-12'],
      ]),
    );
    const ru = t.events.filter((e) => e.claimant === 'ru');
    expect(ru).toHaveLength(1);
    expect(ru[0]!.reports.map((r) => [r.url, r.restated])).toEqual([['1', false], ['2', true]]);
  });

  it('keeps a fresh claim weeks after the first as a new event, and a lone late claim as its own', () => {
    const t = buildPlaceTimeline(
      claims([
        ['1', '2025-11-01', 'ru/full/ru', '2025-11-01'],
        ['2', '2025-11-20', 'ru/full/ru', '2025-11-20'],
        ['3', '2025-12-20', 'ua/full/ua', '2025-12-01'],
      ]),
    );
    expect(t.events.map((e) => e.reports.map((r) => r.url))).toEqual([['1'], ['2'], ['3']]);
    expect(t.events.flatMap((e) => e.reports).every((r) => !r.restated)).toBe(true);
  });

  it('marks an event hedged only when every report doubts it', () => {
    const t = buildPlaceTimeline(
      claims([
        ['1', '2025-11-20', 'ru/full/ru', '2025-11-20', { hedged: true }],
        ['2', '2025-11-20', 'ua/full/ua', '2025-11-20', { hedged: true }],
        ['3', '2025-11-21', 'ua/full/ua', '2025-11-21'],
      ]),
    );
    expect(t.events.map((e) => [e.claimant, e.hedged])).toEqual([['ru', true], ['ua', false]]);
    expect(t.status.hedged).toEqual(['ru']);
  });
});

describe('confirmations and status', () => {
  it('confirms a claim the other side concedes', () => {
    const t = buildPlaceTimeline(
      claims([
        ['1', '2024-02-17', 'ru/full/ru', '2024-02-17'],
        ['2', '2024-02-18', 'ru/full/ua', '2024-02-17'],
      ]),
    );
    expect(t.contradictions).toEqual([]);
    expect(t.confirmations.map((c) => [c.controller, c.claim.claimant, c.confirmedBy.claimant])).toEqual([['ru', 'ru', 'ua']]);
    expect(t.status).toMatchObject({ consensus: 'ru', standing: 'confirmed-by-both-sides', confirmed: { ru: true, ua: true } });
    expect(t.status.label).toMatch(/^Confirmed by both sides/);
  });

  it('does not let a partial concession confirm a full claim', () => {
    const t = buildPlaceTimeline(claims([['1', '2024-02-17', 'ru/full/ru', '2024-02-17'], ['2', '2024-02-18', 'ru/partial/ua', '2024-02-18']]));
    expect(t.confirmations).toEqual([]);
  });

  it.each<[string, Row[], string, string]>([
    ['nothing', [], 'unknown', 'unknown'],
    ['one side only', [['1', '2025-11-20', 'ru/full/ru', '2025-11-20']], 'ru', 'claimed-by-one-side'],
    ['the sides disagree', [['1', '2025-11-20', 'ru/full/ru', '2025-11-20'], ['2', '2025-11-21', 'ua/full/ua', '2025-11-21']], 'disputed', 'disputed'],
    ['one side concedes part of what the other claims', [['1', '2025-11-20', 'ua/full/ua', '2025-11-20'], ['2', '2025-11-21', 'ua/partial/ru', '2025-11-21']], 'ua', 'confirmed-by-both-sides'],
    ['both say it is fought over', [['1', '2025-11-20', 'ru/partial/ru', '2025-11-20'], ['2', '2025-11-21', 'contested/partial/ua', '2025-11-21']], 'contested', 'contested'],
    ['an old claim of the other side is stale', [['1', '2025-01-01', 'ua/full/ua', '2025-01-01'], ['2', '2025-11-21', 'ru/full/ru', '2025-11-21']], 'ru', 'claimed-by-one-side'],
  ])('status when %s', (_n, rows, consensus, standing) => {
    const t = buildPlaceTimeline(claims(rows));
    expect([t.status.consensus, t.status.standing]).toEqual([consensus, standing]);
  });

  it('reports the latest claim of each side, the last change of control and open contradictions', () => {
    const t = buildPlaceTimeline(
      claims([
        ['1', '2022-02-27', 'ru/full/ru', '2022-02-27'],
        ['2', '2022-09-10', 'ua/full/ua', '2022-09-10'],
        ['3', '2025-11-20', 'ru/full/ru', '2025-11-20'],
        // A denial reaches back to the 2022 claim too (explicit disputes have no window), but that one is stale, not open.
        ['4', '2025-11-21', 'ua/full/ua', '2025-11-21', { disputes: true }],
        ['5', '2025-11-22', 'contested/partial/independent', '2025-11-22'],
      ]),
    );
    expect(t.status.latestBySide.ru?.firstDate).toBe('2025-11-20');
    expect(t.status.latestBySide.ua?.firstDate).toBe('2025-11-21');
    expect(t.status.latestBySide.independent?.controller).toBe('contested');
    expect(t.status.lastChange).toMatchObject({ from: 'ru', to: 'ua', date: '2025-11-21' });
    expect(pairs(t)).toContain('1>4:explicit-dispute');
    expect(t.status.openContradictions.map((c) => `${c.earlier.url}>${c.later.url}`)).toEqual(['3>5', '4>5', '3>4']);
    expect(t.status.asOf).toBe('2025-11-22');
  });

  it('has no open contradiction once a side concedes what it disputed', () => {
    const t = buildPlaceTimeline(
      claims([
        ['1', '2025-03-09', 'ua/full/ua', '2025-03-09'],
        ['2', '2025-03-13', 'ru/full/ru', '2025-03-13'],
        // Ukraine's own later word: the other side holds it. The 1>2 clash is history now.
        ['3', '2025-03-16', 'ru/full/ua', '2025-03-16'],
      ]),
    );
    expect(pairs(t)).toContain('1>2:conflict-within-window');
    expect(t.status.standing).toBe('confirmed-by-both-sides');
    expect(t.status.openContradictions).toEqual([]);
  });
});

describe('order independence', () => {
  const stream: Row[] = [
    ['01', '2025-09-12', 'contested/partial/independent', '2025-09-12'],
    ['02', '2025-09-15', 'contested/partial/ua', '2025-09-15'],
    ['03', '2025-09-15', 'ua/full/independent', '2025-09-15'],
    ['04', '2025-10-26', 'contested/partial/ru', '2025-10-26'],
    ['05', '2025-11-20', 'ru/full/ru', '2025-11-20'],
    ['06', '2025-11-21', 'ru/full/ru', '2025-11-20'],
    ['07', '2025-11-21', 'ua/full/ua', '2025-11-20', { disputes: true }],
    ['08', '2025-12-12', 'ru/full/ru', '2025-11-30'],
    ['08', '2025-12-12', 'ua/partial/ua', '2025-12-12'],
    ['09', '2026-01-11', 'ua/full/ua', '2026-01-11', { disputes: true }],
    ['10', '2026-01-16', 'ru/full/ru', '2026-01-16', { hedged: true }],
    ['11', '2026-01-17', 'ru/full/ua', '2026-01-17'],
  ];

  it('gives the same events, contradictions, confirmations and status for any arrival order', () => {
    const reference = buildPlaceTimeline(claims(stream));
    expect(reference.contradictions.length).toBeGreaterThan(5);
    for (const seed of [1, 2, 3, 42, 2026]) {
      expect(buildPlaceTimeline(shuffled(claims(stream), seed))).toEqual(reference);
    }
  });
});

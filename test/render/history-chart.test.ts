import { describe, expect, it } from 'vitest';
import { renderHistoryChartSvg } from '../../src/render/history-chart.ts';
import type { HistoryChartInput, HistoryEvent } from '../../src/render/types.ts';

function ev(id: string, date: string, claimant: HistoryEvent['claimant'], controller: HistoryEvent['controller'], more: Partial<HistoryEvent> = {}): HistoryEvent {
  return { id, date, claimant, controller, scope: 'full', hedged: false, confirmed: false, ...more };
}

const input: HistoryChartInput = {
  place: 'Покровськ',
  lang: 'uk',
  events: [
    ev('a', '2025-11-01', 'ru', 'ru'),
    ev('b', '2025-11-03', 'ua', 'ua'),
    ev('c', '2025-11-03', 'ua', 'contested', { scope: 'partial' }),
    ev('d', '2025-11-10', 'independent', 'contested'),
    ev('e', '2025-11-20', 'ru', 'ru', { confirmed: true }),
    ev('f', '2025-11-21', 'independent', 'ru', { hedged: true }),
  ],
  contradictions: [
    { earlierId: 'a', laterId: 'b' },
    { earlierId: 'a', laterId: 'missing' },
  ],
};

function count(svg: string, needle: string): number {
  return svg.split(needle).length - 1;
}

function marks(svg: string): Array<{ x: number; y: number; cls: string }> {
  return [...svg.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)"[^>]*class="mark ([a-z-]+)"/g)].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
    cls: m[3]!,
  }));
}

describe('renderHistoryChartSvg', () => {
  const svg = renderHistoryChartSvg(input);

  it('draws one mark per claim event, coloured by the controller it names', () => {
    expect(count(svg, 'class="mark controller-ru"')).toBe(3);
    expect(count(svg, 'class="mark controller-ua"')).toBe(1);
    expect(count(svg, 'class="mark controller-contested"')).toBe(2);
  });

  it('puts each claimant on its own row and later claims further right', () => {
    const m = marks(svg);
    const ruRow = m.filter((x) => x.cls === 'controller-ru').slice(0, 2);
    expect(ruRow[0]!.y).toBe(ruRow[1]!.y);
    expect(ruRow[1]!.x).toBeGreaterThan(ruRow[0]!.x);
    const ys = new Set(m.map((x) => Math.round(x.y / 76)));
    expect(ys.size).toBe(3);
  });

  it('keeps two claims of one side on one day apart', () => {
    const sameDay = marks(svg).filter((x) => x.cls === 'controller-ua' || x.cls === 'controller-contested').slice(0, 2);
    expect(sameDay[0]!.x).toBe(sameDay[1]!.x);
    expect(Math.abs(sameDay[0]!.y - sameDay[1]!.y)).toBeGreaterThanOrEqual(14);
  });

  it('links contradictions and skips links to events it does not have', () => {
    expect(count(svg, 'class="contradiction"')).toBe(1);
  });

  it('marks confirmations with a ring and hedged claims with a dashed outline', () => {
    expect(count(svg, 'class="ring"')).toBe(1);
    expect(count(svg, 'stroke-dasharray="3 2"')).toBe(1);
  });

  it('labels rows, axis and legend in Ukrainian', () => {
    expect(svg).toContain('>Російська сторона</text>');
    expect(svg).toContain('>Незалежні</text>');
    expect(svg).toContain('Покровськ: хто що заявляв і коли');
    expect(svg).toMatch(/class="tick">\d+ лис<\/text>/);
    expect(count(svg, 'class="legend-label"')).toBe(6);
  });

  it('escapes the place name', () => {
    const odd = renderHistoryChartSvg({ ...input, lang: 'en', place: 'A&B <x>' });
    expect(odd).toContain('A&amp;B &lt;x&gt;: who said what, when');
    expect(odd).not.toContain('<x>');
  });

  it('says so when there are no claims', () => {
    const empty = renderHistoryChartSvg({ ...input, lang: 'en', events: [], contradictions: [] });
    expect(count(empty, 'class="mark')).toBe(0);
    expect(empty).toContain('no claims yet');
  });

  it('shows the last 120 days and counts older claims under their row', () => {
    const svg = renderHistoryChartSvg({
      ...input,
      lang: 'en',
      events: [ev('old1', '2022-05-01', 'ua', 'ua'), ev('old2', '2025-06-01', 'ua', 'ru'), ...input.events],
      contradictions: [{ earlierId: 'old1', laterId: 'a' }],
    });
    expect(count(svg, 'class="mark')).toBe(input.events.length);
    expect(svg).toContain('>+2 earlier</text>');
    expect(count(svg, 'class="earlier"')).toBe(1);
    expect(count(svg, 'class="contradiction"')).toBe(0);
    expect(svg).not.toMatch(/class="tick">[^<]*2022/);
  });

  it('labels month starts on a long span', () => {
    const long = renderHistoryChartSvg({
      ...input,
      lang: 'en',
      events: [ev('x', '2025-02-01', 'ru', 'ru'), ev('y', '2025-06-01', 'ua', 'ua')],
      contradictions: [],
    });
    expect(long).toMatch(/class="tick">[A-Z][a-z]{2} 2025<\/text>/);
  });
});

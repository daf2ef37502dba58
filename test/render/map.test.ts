import { describe, expect, it } from 'vitest';
import { renderMapSvg } from '../../src/render/map.ts';
import type { MapInput, MapPoint } from '../../src/render/types.ts';

const points: MapPoint[] = [
  { name: 'Покровськ', lat: 48.28, lon: 37.18, status: 'ru', primary: true },
  { name: 'Мирноград', lat: 48.3, lon: 37.26, status: 'ru', confirmed: true },
  { name: 'Kupiansk', lat: 49.71, lon: 37.62, status: 'disputed' },
  { name: 'Huliaipole', lat: 47.66, lon: 36.26, status: 'contested' },
  { name: 'Kramatorsk', lat: 48.74, lon: 37.58, status: 'ua' },
  { name: 'Sloviansk', lat: 48.85, lon: 37.6, status: 'ua' },
  { name: 'Sumy', lat: 50.91, lon: 34.8, status: 'unknown' },
];

function count(svg: string, needle: string): number {
  return svg.split(needle).length - 1;
}

describe('renderMapSvg', () => {
  const input: MapInput = { points, lang: 'uk', date: '2025-11-20' };
  const svg = renderMapSvg(input, []);

  it('draws one mark per place, coloured by its status', () => {
    expect(count(svg, 'class="mark status-ru"')).toBe(2);
    expect(count(svg, 'class="mark status-ua"')).toBe(2);
    expect(count(svg, 'class="mark status-disputed"')).toBe(1);
    expect(count(svg, 'class="mark status-contested"')).toBe(1);
    expect(count(svg, 'class="mark status-unknown"')).toBe(1);
    expect(count(svg, 'fill="#d7301f" stroke="#ffffff" stroke-width="1.5" class="mark')).toBe(2);
  });

  it('rings the places the other side confirmed', () => {
    expect(count(svg, 'class="ring"')).toBe(1);
  });

  it('labels places in the language given, Cyrillic included', () => {
    expect(svg).toContain('>Покровськ</text>');
    expect(svg).toContain('>Kupiansk</text>');
  });

  it('has a legend entry for every status, in Ukrainian', () => {
    for (const st of ['ru', 'ua', 'contested', 'disputed', 'unknown']) {
      expect(svg).toContain(`class="legend status-${st}"`);
    }
    expect(svg).toContain('під контролем України');
    expect(svg).toContain('підтверджено іншою стороною');
    expect(count(svg, 'class="legend-label"')).toBe(6);
  });

  it('prints the date in the title line', () => {
    expect(svg).toContain('станом на 20 лис 2025');
    expect(renderMapSvg({ ...input, lang: 'en' }, [])).toContain('as of 20 Nov 2025');
  });

  it('escapes every text that comes from data', () => {
    const odd = renderMapSvg({ points: [{ name: 'A&B <x>', lat: 48, lon: 37, status: 'ua' }], lang: 'en', date: '2025-11-20', title: '"T" & <U>' }, []);
    expect(odd).toContain('A&amp;B &lt;x&gt;');
    expect(odd).toContain('&quot;T&quot; &amp; &lt;U&gt;');
    expect(odd).not.toContain('A&B <x>');
    expect(odd).not.toContain('<x>');
  });

  it('keeps every mark inside the picture', () => {
    for (const m of svg.matchAll(/<circle cx="([\d.-]+)" cy="([\d.-]+)"[^>]*class="mark/g)) {
      expect(Number(m[1])).toBeGreaterThan(0);
      expect(Number(m[1])).toBeLessThan(1000);
      expect(Number(m[2])).toBeGreaterThan(56);
      expect(Number(m[2])).toBeLessThan(760);
    }
  });

  it('never puts the legend over a mark', () => {
    // Marks in all four corners of the points' box: the legend has to make room.
    const corners: MapPoint[] = [
      { name: 'SW', lat: 47.0, lon: 35.0, status: 'ru' },
      { name: 'SE', lat: 47.0, lon: 39.0, status: 'ua' },
      { name: 'NW', lat: 50.0, lon: 35.0, status: 'contested' },
      { name: 'NE', lat: 50.0, lon: 39.0, status: 'disputed' },
    ];
    for (const pts of [points, corners]) {
      const out = renderMapSvg({ points: pts, lang: 'en', date: '2025-11-20' }, []);
      const [, x, y, w, h] = /<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" rx="6"/.exec(out)!.map(Number);
      for (const m of out.matchAll(/<circle cx="([\d.-]+)" cy="([\d.-]+)" r="([\d.]+)"[^>]*class="mark/g)) {
        const [cx, cy, r] = [Number(m[1]), Number(m[2]), Number(m[3])];
        const clear = cx + r < x! || cx - r > x! + w! || cy + r < y! || cy - r > y! + h!;
        expect(clear, `mark at ${cx},${cy} under the legend`).toBe(true);
      }
    }
  });

  it('draws country borders from the bundled Natural Earth data, cut to the view', () => {
    const withBorders = renderMapSvg(input);
    const paths = withBorders.match(/<path d="M[^"]*Z"/g) ?? [];
    expect(paths.length).toBeGreaterThan(1);
    // Cut to the view: no border point lies far outside the picture.
    for (const p of paths) {
      for (const m of p.matchAll(/[ML]([\d.-]+) ([\d.-]+)/g)) {
        expect(Math.abs(Number(m[1]))).toBeLessThan(2000);
        expect(Math.abs(Number(m[2]))).toBeLessThan(2000);
      }
    }
  });

  it('names the countries in view, in the language given', () => {
    expect(renderMapSvg(input)).toMatch(/class="country">УКРАЇНА<\/text>/);
    expect(renderMapSvg({ ...input, lang: 'en' })).toMatch(/class="country">UKRAINE<\/text>/);
  });

  it('shows a single place with a neighbourhood around it', () => {
    const one = renderMapSvg({ points: [points[0]!], lang: 'en', date: '2025-11-20' }, []);
    const scale = /<text[^>]*>(\d+) km<\/text>/.exec(one);
    expect(Number(scale?.[1])).toBeGreaterThanOrEqual(5);
    expect(Number(scale?.[1])).toBeLessThanOrEqual(50);
  });

  it('says so when there is nothing to show', () => {
    const empty = renderMapSvg({ points: [], lang: 'en', date: '2025-11-20' }, []);
    expect(count(empty, 'class="mark')).toBe(0);
    expect(empty).toContain('no places with known coordinates');
  });
});

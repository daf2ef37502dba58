import { describe, expect, it } from 'vitest';
import { clipRing, loadBorders } from '../../src/render/borders.ts';
import { placeLabels } from '../../src/render/layout.ts';
import { fitProjection, scaleBarKm } from '../../src/render/projection.ts';
import { esc } from '../../src/render/svg.ts';
import { dayNumber, isoDay, ticks } from '../../src/render/time-axis.ts';

const frame = { x: 0, y: 50, width: 1000, height: 700 };

describe('fitProjection', () => {
  const pts = [
    { lat: 48.28, lon: 37.18 },
    { lat: 49.71, lon: 37.62 },
    { lat: 47.66, lon: 36.26 },
  ];
  const proj = fitProjection(pts, frame, { padding: 0.1, minSpanKm: 60 });

  it('puts every point inside the padded frame, north up and east right', () => {
    for (const p of pts) {
      const [x, y] = proj.project(p.lon, p.lat);
      expect(x).toBeGreaterThanOrEqual(frame.x + 99);
      expect(x).toBeLessThanOrEqual(frame.x + frame.width - 99);
      expect(y).toBeGreaterThanOrEqual(frame.y + 69);
      expect(y).toBeLessThanOrEqual(frame.y + frame.height - 69);
    }
    expect(proj.project(37, 49)[1]).toBeLessThan(proj.project(37, 48)[1]);
    expect(proj.project(38, 48)[0]).toBeGreaterThan(proj.project(37, 48)[0]);
  });

  it('keeps shapes: a km east is as long as a km north', () => {
    const [x0, y0] = proj.project(37, 48.5);
    const [, y1] = proj.project(37, 48.5 + 1 / 111.32);
    const [x2] = proj.project(37 + 1 / (111.32 * Math.cos((48.685 * Math.PI) / 180)), 48.5);
    expect(Math.abs(y0 - y1)).toBeCloseTo(proj.pxPerKm, 1);
    expect(Math.abs(x2 - x0)).toBeCloseTo(proj.pxPerKm, 1);
  });

  it('picks round scale bar lengths', () => {
    expect(scaleBarKm(1, 140)).toBe(100);
    expect(scaleBarKm(2, 140)).toBe(50);
    expect(scaleBarKm(10, 140)).toBe(10);
    expect(scaleBarKm(0.5, 140)).toBe(200);
  });
});

describe('clipRing', () => {
  const box = { west: 0, south: 0, east: 10, north: 10 };
  it('cuts a ring to the box and drops rings outside it', () => {
    const [cut] = clipRing([[-5, -5], [5, -5], [5, 5], [-5, 5]], box);
    expect(cut!.box).toEqual({ west: 0, south: 0, east: 5, north: 5 });
    expect(clipRing([[20, 20], [30, 20], [30, 30]], box)).toEqual([]);
  });
});

describe('loadBorders', () => {
  function countryAt(lon: number, lat: number): string[] {
    return loadBorders().flatMap((c) => (c.rings.some((r) => pointIn(lon, lat, r.points)) ? [c.name] : []));
  }
  function pointIn(x: number, y: number, ring: readonly (readonly number[])[]): boolean {
    let hit = false;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as [number, number];
      const [xj, yj] = ring[j] as [number, number];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
    }
    return hit;
  }

  it('draws internationally recognised borders: Crimea and Donetsk in Ukraine, Rostov in Russia', () => {
    expect(countryAt(34.1, 44.95)).toEqual(['Ukraine']); // Simferopol
    expect(countryAt(33.52, 44.6)).toEqual(['Ukraine']); // Sevastopol
    expect(countryAt(37.8, 48.0)).toEqual(['Ukraine']); // Donetsk
    expect(countryAt(39.7, 47.23)).toEqual(['Russia']); // Rostov-on-Don
  });

  it('keeps only the region of interest', () => {
    for (const c of loadBorders()) for (const r of c.rings) expect(r.box.west).toBeGreaterThanOrEqual(12);
  });
});

describe('placeLabels', () => {
  it('moves a label that would cover another and leaves out one with no room', () => {
    const reqs = [
      { x: 500, y: 300, r: 7, text: 'Alpha', fontSize: 13 },
      { x: 505, y: 302, r: 7, text: 'Bravo', fontSize: 13 },
    ];
    const [a, b] = placeLabels(reqs, frame, []);
    expect(a).not.toBeNull();
    expect(b).not.toBeNull();
    expect(`${a!.x},${a!.y}`).not.toBe(`${b!.x},${b!.y}`);
    const walled = placeLabels([reqs[0]!], frame, [{ x: 0, y: 0, width: 1000, height: 800 }]);
    expect(walled).toEqual([null]);
  });
});

describe('time axis', () => {
  it('round-trips dates and rejects junk', () => {
    expect(isoDay(dayNumber('2025-11-20')!)).toBe('2025-11-20');
    expect(dayNumber('20.11.2025')).toBeNull();
  });

  it('uses days for short spans and month starts for long ones', () => {
    const short = ticks(dayNumber('2025-11-01')!, dayNumber('2025-11-07')!);
    expect(short.length).toBe(7);
    const long = ticks(dayNumber('2024-01-15')!, dayNumber('2025-06-01')!).map((t) => isoDay(t.day));
    expect(long.length).toBeLessThanOrEqual(8);
    expect(long.every((d) => d.endsWith('-01'))).toBe(true);
  });
});

describe('esc', () => {
  it('escapes markup and drops control characters', () => {
    expect(esc(`<a href="x">'&'</a>\u0001`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

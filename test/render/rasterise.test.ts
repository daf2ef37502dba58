import { describe, expect, it } from 'vitest';
import { renderHistoryChart } from '../../src/render/history-chart.ts';
import { renderMap } from '../../src/render/map.ts';
import { svgToPixels } from '../../src/render/rasterise.ts';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from the IHDR chunk, which must come first. */
function ihdr(png: Uint8Array): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(Buffer.from(png.subarray(12, 16)).toString('latin1')).toBe('IHDR');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function labelSvg(label: string): string {
  return (
    '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="60">' +
    '<rect width="240" height="60" fill="#ffffff"/>' +
    `<text x="10" y="40" font-family="DejaVu Sans" font-size="28" fill="#000000">${label}</text></svg>`
  );
}

function inkPixels(rgba: Uint8Array): number {
  let dark = 0;
  for (let i = 0; i < rgba.length; i += 4) if (rgba[i]! < 128) dark++;
  return dark;
}

describe('PNG output', () => {
  it('renders a map as a PNG of the map size', () => {
    const png = renderMap({ points: [{ name: 'Покровськ', lat: 48.28, lon: 37.18, status: 'ru' }], lang: 'uk', date: '2025-11-20' });
    expect(ihdr(png)).toEqual({ width: 1000, height: 760 });
  });

  it('renders a history chart as a PNG of the chart size', () => {
    const png = renderHistoryChart({
      place: 'Kupiansk',
      lang: 'en',
      events: [{ id: 'a', date: '2025-11-20', claimant: 'ru', controller: 'ru', scope: 'full', hedged: false, confirmed: false }],
      contradictions: [],
    });
    expect(ihdr(png)).toEqual({ width: 1000, height: 420 });
  });
});

describe('fonts', () => {
  it('draws Cyrillic text with the bundled font, not nothing', () => {
    const { width, height, rgba } = svgToPixels(labelSvg('Покровськ'));
    expect(width * height * 4).toBe(rgba.length);
    expect(inkPixels(rgba)).toBeGreaterThan(300);
  });

  it('draws different Cyrillic letters differently (real glyphs, not missing-glyph boxes)', () => {
    const a = svgToPixels(labelSvg('ППП')).rgba;
    const b = svgToPixels(labelSvg('ШШШ')).rgba;
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
    expect(inkPixels(b)).toBeGreaterThan(inkPixels(a));
  });

  it('ignores the fonts of the machine: an unknown family falls back to the bundled one', () => {
    const svg = labelSvg('Київ').replace('DejaVu Sans', 'Some Font Nobody Has');
    expect(inkPixels(svgToPixels(svg).rgba)).toBeGreaterThan(100);
  });
});

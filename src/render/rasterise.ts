// SVG → PNG in-process with resvg. Fonts are DejaVu Sans cut to Latin + Cyrillic from the
// dejavu-fonts-ttf package (data/fonts/, made by src/tools/subset-fonts.ts) and system fonts are
// never loaded, so the same SVG gives the same pixels on every machine, Cyrillic included.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

let fontFilesCache: string[] | undefined;

/** The TTF files pictures are drawn with (DejaVu Sans regular and bold). */
export function fontFiles(): string[] {
  if (!fontFilesCache) {
    const dir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'fonts');
    fontFilesCache = [join(dir, 'DejaVuSans-subset.ttf'), join(dir, 'DejaVuSans-Bold-subset.ttf')];
  }
  return fontFilesCache;
}

function renderer(svg: string): Resvg {
  return new Resvg(svg, {
    font: { fontFiles: fontFiles(), loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
    shapeRendering: 2,
    textRendering: 1,
  });
}

/** Rasterises an SVG document to PNG bytes at its own size. */
export function svgToPng(svg: string): Uint8Array {
  return renderer(svg).render().asPng();
}

/** Rasterises an SVG document to raw RGBA pixels (for checks that look at the picture). */
export function svgToPixels(svg: string): { width: number; height: number; rgba: Uint8Array } {
  const img = renderer(svg).render();
  return { width: img.width, height: img.height, rgba: img.pixels };
}

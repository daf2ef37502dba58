// Equirectangular projection scaled by cos(latitude) at the middle of the box: at the scale of a
// front line (a few hundred km) it is indistinguishable from a conformal one and needs no library.

/** A rectangle of the picture in pixels. */
export interface Frame {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A box in degrees. */
export interface GeoBox {
  readonly west: number;
  readonly south: number;
  readonly east: number;
  readonly north: number;
}

/** A fitted projection: degrees → pixels, plus what the frame shows. */
export interface Projection {
  readonly project: (lon: number, lat: number) => readonly [number, number];
  /** The geographic box the frame shows (larger than the points' box). */
  readonly view: GeoBox;
  readonly pxPerKm: number;
}

const KM_PER_DEG_LAT = 111.32;

export interface FitOptions {
  /** Margin around the points, as a fraction of the fitting area (each side). */
  readonly padding: number;
  /** Smallest north–south span shown, so a single place still gets a neighbourhood. */
  readonly minSpanKm: number;
  /** Fit the points into this part of the frame (to keep them clear of a legend); default the frame. */
  readonly fitInto?: Frame;
}

/** Fits the points into the frame, keeping their shape (no stretching). */
export function fitProjection(
  points: readonly { readonly lat: number; readonly lon: number }[],
  frame: Frame,
  options: FitOptions,
): Projection {
  const area = options.fitInto ?? frame;
  const lats = points.map((p) => p.lat);
  const lons = points.map((p) => p.lon);
  const south = lats.length ? Math.min(...lats) : 48.4;
  const north = lats.length ? Math.max(...lats) : 48.4;
  const west = lons.length ? Math.min(...lons) : 37.5;
  const east = lons.length ? Math.max(...lons) : 37.5;
  const latC = (south + north) / 2;
  const lonC = (west + east) / 2;
  const cos = Math.cos((latC * Math.PI) / 180);
  const minSpanDeg = options.minSpanKm / KM_PER_DEG_LAT;
  const spanLat = Math.max(north - south, minSpanDeg);
  const spanX = Math.max((east - west) * cos, minSpanDeg);
  const k = Math.min(
    (area.width * (1 - 2 * options.padding)) / spanX,
    (area.height * (1 - 2 * options.padding)) / spanLat,
  );
  const cx = area.x + area.width / 2;
  const cy = area.y + area.height / 2;
  const lonAt = (x: number) => lonC + (x - cx) / k / cos;
  const latAt = (y: number) => latC - (y - cy) / k;
  return {
    project: (lon, lat) => [cx + (lon - lonC) * cos * k, cy - (lat - latC) * k],
    view: { west: lonAt(frame.x), east: lonAt(frame.x + frame.width), north: latAt(frame.y), south: latAt(frame.y + frame.height) },
    pxPerKm: k / KM_PER_DEG_LAT,
  };
}

/** A round length (1, 2 or 5 × 10ⁿ km) whose bar is at most `maxPx` long. */
export function scaleBarKm(pxPerKm: number, maxPx: number): number {
  const raw = maxPx / pxPerKm;
  const pow = 10 ** Math.floor(Math.log10(raw));
  for (const step of [5, 2, 1]) if (step * pow <= raw) return step * pow;
  return pow;
}

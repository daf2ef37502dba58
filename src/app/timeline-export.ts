/**
 * Output formats of the timeline commands: CLAIMS.md contradiction lines, and claims and place
 * statuses as JSON, CSV or GeoJSON.
 */
import type { Place } from '../domain/place.ts';
import { toClaimRecord } from '../extract/record.ts';
import type { ClaimRef, Contradiction, PlaceStatus, SourcedClaim } from '../domain/timeline.ts';

function side(r: ClaimRef) {
  return { url: r.url, date: r.date, controller: r.controller, scope: r.scope, claimant: r.claimant };
}

/**
 * CLAIMS.md `contradictions` lines, one per (place, earlier article, later article): when two
 * articles clash on several claims about one place, the first pair speaks for them.
 */
export function contradictionLines(list: readonly Contradiction[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const c of list) {
    const key = `${c.placeId}\u0000${c.earlier.url}\u0000${c.later.url}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(JSON.stringify({ place: c.place, earlier: side(c.earlier), later: side(c.later), reason: c.reason }));
  }
  return out;
}

/**
 * One claim as an export record: the CLAIMS.md extract fields (the extractor's own record, so
 * both outputs stay the same shape) plus provenance (outlet, published, firstSeenAt).
 */
export function claimRecord(s: SourcedClaim) {
  const { url, ...fields } = toClaimRecord(s.claim);
  return { url, outlet: s.outlet, published: s.published, ...fields, firstSeenAt: s.firstSeenAt };
}

const CSV_COLUMNS = [
  'url', 'outlet', 'published', 'place', 'oblast', 'placeId', 'controller', 'scope', 'claimant',
  'source', 'date', 'historical', 'hedged', 'disputes', 'quote', 'firstSeenAt',
] as const;

function csvCell(v: unknown): string {
  const raw = v === null || v === undefined ? '' : String(v);
  // Quotes come from articles: a cell starting with = + - @ would run as a formula when the
  // file is opened in a spreadsheet, so such text is prefixed with an apostrophe.
  const s = /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180 CSV of claims, header first. */
export function claimsCsv(claims: Iterable<SourcedClaim>): string[] {
  const lines = [CSV_COLUMNS.join(',')];
  for (const s of claims) {
    const r = claimRecord(s);
    lines.push(CSV_COLUMNS.map((k) => csvCell(r[k])).join(','));
  }
  return lines;
}

/** A place status as a flat export record. */
export function statusRecord(s: PlaceStatus) {
  const latest = (k: 'ru' | 'ua' | 'independent') => {
    const e = s.latestBySide[k];
    return e ? { controller: e.controller, scope: e.scope, date: e.lastDate, reports: e.reports.length, hedged: e.hedged } : null;
  };
  return {
    placeId: s.placeId,
    place: s.place,
    oblast: s.oblast,
    consensus: s.consensus,
    standing: s.standing,
    label: s.label,
    asOf: s.asOf,
    latest: { ru: latest('ru'), ua: latest('ua'), independent: latest('independent') },
    lastChange: s.lastChange,
    openContradictions: s.openContradictions.length,
    confirmed: s.confirmed,
    hedged: s.hedged,
  };
}

/** GeoJSON FeatureCollection of place statuses; a place without coordinates gets a null geometry. */
export function statusesGeoJson(statuses: readonly PlaceStatus[], placeOf: (id: string) => Place | undefined) {
  return {
    type: 'FeatureCollection' as const,
    features: statuses.map((s) => {
      const p = placeOf(s.placeId);
      const point = p && p.lat !== null && p.lon !== null ? { type: 'Point' as const, coordinates: [p.lon, p.lat] } : null;
      return { type: 'Feature' as const, id: s.placeId, geometry: point, properties: statusRecord(s) };
    }),
  };
}

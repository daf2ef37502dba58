import type { CliCommand } from '../command.ts';
import { optionValue, parseArgs } from '../args.ts';
import { UsageError } from '../command.ts';
import { writeOutFile } from '../out-file.ts';
import { claimRecord, claimsCsv, statusesGeoJson, statusRecord } from '../../app/timeline-export.ts';
import { tryLoadGazetteer } from '../../app/timeline-places.ts';
import { openTimelineStore, type TimelineStore } from '../../app/timeline-store.ts';
import type { PlaceStatus } from '../../domain/timeline.ts';

const FORMATS = ['json', 'csv', 'geojson'] as const;
type Format = (typeof FORMATS)[number];

function statuses(store: TimelineStore): PlaceStatus[] {
  return store.claims.places().flatMap((p) => store.service.timelineOf(p.id)?.status ?? []);
}

function render(format: Format, store: TimelineStore, ctx: Parameters<CliCommand['run']>[0]): string[] {
  if (format === 'csv') return claimsCsv(store.claims.iterateAll());
  if (format === 'json') {
    const claims = [...store.claims.iterateAll()].map(claimRecord);
    return [JSON.stringify({ claims, places: statuses(store).map(statusRecord) }, null, 2)];
  }
  const gazetteer = tryLoadGazetteer(ctx.logger);
  return [JSON.stringify(statusesGeoJson(statuses(store), (id) => gazetteer?.get(id)))];
}

/** `export`: claims and place statuses for other tools. */
export const command: CliCommand = {
  name: 'export',
  summary: 'export claims and place statuses as JSON, CSV (claims) or GeoJSON (places)',
  usage: [
    'Usage: export --format json|csv|geojson [--out FILE]',
    '',
    'json     {"claims":[…],"places":[status…]}',
    'csv      one row per claim, header first',
    'geojson  a FeatureCollection: one Point per place (gazetteer lat/lon) with its status',
    '--out    write to FILE instead of stdout',
  ].join('\n'),
  run(ctx) {
    const parsed = parseArgs(ctx.args, { valued: ['format', 'out'] });
    const format = optionValue(parsed, 'format') ?? 'json';
    if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown format "${format}"`);
    const store = openTimelineStore(ctx.env);
    try {
      const lines = render(format as Format, store, ctx);
      const out = optionValue(parsed, 'out');
      if (out) writeOutFile(out, `${lines.join('\n')}\n`);
      else for (const line of lines) ctx.out(line);
      return Promise.resolve(0);
    } finally {
      store.close();
    }
  },
};

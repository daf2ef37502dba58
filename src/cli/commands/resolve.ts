import { optionValue, parseArgs } from '../args.ts';
import { UsageError, type CliCommand } from '../command.ts';
import { loadGazetteer } from '../../gazetteer/gazetteer.ts';

/** `resolve`: a place name in any spelling, script or case form → best settlements as JSON lines. */
export const command: CliCommand = {
  name: 'resolve',
  summary: 'look up a settlement by any spelling (typos, Russian/Ukrainian/Latin, old names)',
  usage: [
    'Usage: resolve NAME [--limit N]',
    '',
    'Prints one JSON line per match, best first:',
    '{"place","oblast","raion","lat","lon","score","id","type","matched"}',
    'NAME may be several words (Chasiv Yar, "Велика Новосілка"). --limit defaults to 5 (1..50).',
    'Exit code 1 when nothing matches.',
  ].join('\n'),
  run(ctx) {
    const parsed = parseArgs(ctx.args, { valued: ['limit'] });
    const query = parsed.positional.join(' ').trim();
    if (query === '') throw new UsageError('NAME is required');
    const limitText = optionValue(parsed, 'limit') ?? '5';
    const limit = Number(limitText);
    if (!Number.isInteger(limit) || limit < 1 || limit > 50) throw new UsageError('--limit must be an integer 1..50');
    const gazetteer = loadGazetteer();
    const results = gazetteer.resolve(query, { limit });
    for (const r of results) {
      const p = r.place;
      ctx.out(
        JSON.stringify({
          place: p.name,
          oblast: p.oblast,
          raion: p.raion,
          lat: p.lat,
          lon: p.lon,
          score: r.score,
          id: p.id,
          type: p.type,
          matched: r.matched,
        }),
      );
    }
    return Promise.resolve(results.length > 0 ? 0 : 1);
  },
};
